#include "charts/BreakdownChart.h"

#include "charts/ChartKit.h"
#include "domain/Regions.h"
#include "domain/UnitKind.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QLocale>

BreakdownChart::BreakdownChart(By by, QWidget *parent)
    : DashboardChart(ChartKit::newChart(by == ByRegion ? tr("Valid samples and targets by region")
                                                       : tr("By kind of unit")),
                     parent)
    , m_by(by)
    , m_valid(new QBarSet(tr("Valid samples")))
    , m_target(new QBarSet(tr("Target")))
    , m_series(new QBarSeries(this)) // the chart takes them over in attach()
    , m_x(new QBarCategoryAxis(this))
    , m_y(ChartKit::newCountAxis(this))
{
    m_valid->setColor(ChartKit::kValidColor);
    m_target->setColor(ChartKit::kTargetColor);
    m_series->append(m_target);
    m_series->append(m_valid);
    m_x->setTruncateLabels(false);
    QStringList labels;
    if (by == ByRegion) {
        setObjectName(QStringLiteral("regionChart"));
        const bool chinese = QLocale().language() == QLocale::Chinese;
        for (const Region &region : Regions::all()) {
            m_codes << region.code;
            labels << (chinese ? region.shortName : Regions::displayName(region.code));
        }
        m_x->setLabelsAngle(-90);
        // QtCharts hides an end label whose rotated box (the font's line height) is wider than
        // half a category; with 34 regions the CJK line height is just too tall at the default
        // size, which dropped 北京 and 澳门. A slightly smaller font keeps every label.
        QFont font = m_x->labelsFont();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        m_x->setLabelsFont(font);
    } else {
        setObjectName(QStringLiteral("kindChart"));
        QStringList names;
        for (UnitKind k : DomainNames::unitKinds()) {
            m_codes << DomainNames::code(k);
            names << DomainNames::displayName(k);
        }
        // Short names so all three fit under a narrow chart; the full names are in the tooltip.
        labels = {tr("1st-level", "kind axis"), tr("2nd-level", "kind axis"),
                  tr("Supporting", "kind axis")};
        setToolTip(names.join(QStringLiteral(" · ")));
    }
    m_x->append(labels);
}

void BreakdownChart::attach()
{
    chart()->addSeries(m_series);
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
}

QString BreakdownChart::codeOf(const UnitProgress &u) const
{
    return m_by == ByRegion ? u.province : u.kind;
}

void BreakdownChart::clearData()
{
    m_valid->remove(0, m_valid->count());
    m_target->remove(0, m_target->count());
}

void BreakdownChart::fill(const ProgressSnapshot &s, const QList<int> &rows)
{
    QHash<QString, QPair<qint64, qint64>> sums; // code -> valid, target
    for (int r : rows) {
        const UnitProgress &u = s.units.at(r);
        auto &sum = sums[codeOf(u)];
        sum.first += u.valid;
        sum.second += u.target;
    }
    QList<qreal> valid, target;
    double top = 0;
    for (const QString &code : std::as_const(m_codes)) {
        const auto v = sums.value(code);
        valid << double(v.first);
        target << double(v.second);
        top = qMax(top, double(qMax(v.first, v.second)));
    }
    ChartKit::setValues(m_valid, valid);
    ChartKit::setValues(m_target, target);
    ChartKit::setNiceRange(m_y, top);
}
