#include "charts/BreakdownChart.h"

#include "charts/CategoryLabels.h"
#include "charts/ChartKit.h"
#include "domain/Regions.h"
#include "domain/UnitKind.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QLocale>
#include <QValueAxis>

BreakdownChart::BreakdownChart(By by, QWidget *parent)
    : DashboardChart(
        ChartKit::newChart(),
        by == ByRegion ? tr("Valid samples and targets by region") : tr("By kind of unit"), parent)
    , m_by(by)
    , m_valid(new QBarSet(tr("Valid samples")))
    , m_target(new QBarSet(tr("Target")))
    , m_series(new QBarSeries(this)) // the chart takes them over in attach()
    , m_x(new QValueAxis(this))
    , m_y(ChartKit::newCountAxis(this))
    , m_names(new CategoryLabels(
          chart(), by == ByRegion ? CategoryLabels::BelowTurned : CategoryLabels::Below))
{
    m_valid->setColor(ChartKit::kValidColor);
    m_target->setColor(ChartKit::kTargetColor);
    m_series->append(m_target);
    m_series->append(m_valid);
    QStringList labels;
    if (by == ByRegion) {
        setObjectName(QStringLiteral("regionChart"));
        const bool chinese = QLocale().language() == QLocale::Chinese;
        for (const Region &region : Regions::all()) {
            m_codes << region.code;
            labels << (chinese ? region.shortName : Regions::displayName(region.code));
        }
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
    m_names->setLabels(labels);
    // Category i at value i, named by m_names; the axis draws its line and nothing else.
    m_x->setRange(-0.5, double(labels.size()) - 0.5);
    m_x->setTickCount(2);
    m_x->setLabelsVisible(false);
    m_x->setGridLineVisible(false);
}

void BreakdownChart::attach()
{
    chart()->addSeries(m_series);
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
    m_names->setColor(m_y->labelsBrush().color()); // the theme's, as on the count axis
    m_names->setSeries(m_series);
}

void BreakdownChart::clearData()
{
    m_valid->remove(0, m_valid->count());
    m_target->remove(0, m_target->count());
}

void BreakdownChart::fill(const ProgressSnapshot &s, const QList<int> &rows)
{
    // Category i is m_codes[i]: Regions::all() or DomainNames::unitKinds(), in that order, as
    // UnitProgress::regionIndex and kindIndex count them.
    QList<qreal> valid(m_codes.size(), 0.0), target(m_codes.size(), 0.0);
    for (int r : rows) {
        const UnitProgress &u = s.units.at(r);
        const int category = m_by == ByRegion ? u.regionIndex : u.kindIndex;
        if (category < 0)
            continue;
        valid[category] += double(u.valid);
        target[category] += double(u.target);
    }
    double top = 0;
    for (int i = 0; i < m_codes.size(); ++i)
        top = qMax(top, qMax(valid.at(i), target.at(i)));
    ChartKit::setValues(m_valid, valid);
    ChartKit::setValues(m_target, target);
    ChartKit::setNiceRange(m_y, top);
}
