#include "dialogs/UnitSeriesDialog.h"

#include "domain/Regions.h"
#include "domain/UnitKind.h"
#include "progress/ProgressExport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>
#include <QVBoxLayout>

UnitSeriesDialog::UnitSeriesDialog(std::shared_ptr<const ProgressSnapshot> snapshot, qint64 unitId,
                                   QWidget *parent)
    : QDialog(parent)
    , m_snapshot(std::move(snapshot))
    , m_unitId(unitId)
{
    setObjectName(QStringLiteral("unitSeriesDialog"));
    const UnitProgress *u = m_snapshot ? m_snapshot->unit(unitId) : nullptr;
    auto *layout = new QVBoxLayout(this);
    if (!u) {
        layout->addWidget(new QLabel(tr("This unit has no figures in the campaign."), this));
        return;
    }
    setWindowTitle(tr("Daily series: %1").arg(u->name));
    auto *label = new QLabel(figuresText(*u), this);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_view = new QChartView(createChart(*u), this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(640, 360);
    layout->addWidget(m_view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

// The unit's name, kind and region, its samples against its target and projection, its group's
// totals and its year over year, as rich text.
QString UnitSeriesDialog::figuresText(const UnitProgress &u) const
{
    const QLocale locale;
    const auto kind = DomainNames::unitKindFromText(u.kind);
    QString details = QStringLiteral("<h3>%1</h3>").arg(u.name.toHtmlEscaped());
    details += QStringLiteral("<p>%1 · %2</p>")
                   .arg((kind ? DomainNames::displayName(*kind) : u.kind).toHtmlEscaped(),
                        Regions::displayName(u.province).toHtmlEscaped());
    details += QStringLiteral("<p>")
        + tr("Valid samples %1 of a target of %2 (%3%); projected final %4 at %5 a day.")
              .arg(locale.toString(u.valid), locale.toString(u.target),
                   u.hasTarget() ? Percent::text(u.valid, u.target) : QStringLiteral("–"),
                   locale.toString(u.forecast), locale.toString(u.rate, 'f', 1))
              .toHtmlEscaped();
    if (u.groupSize > 1)
        details += QStringLiteral("<br>")
            + tr("Group of %1 units: %2 valid samples of a target of %3.")
                  .arg(u.groupSize)
                  .arg(locale.toString(u.groupValid), locale.toString(u.groupTarget))
                  .toHtmlEscaped();
    if (m_snapshot->previousYear)
        details += QStringLiteral("<br>") + previousYearText(u).toHtmlEscaped();
    return details + QStringLiteral("</p>");
}

// Its valid samples the year before and the change, or that it did not take part.
QString UnitSeriesDialog::previousYearText(const UnitProgress &u) const
{
    if (u.previousValid < 0)
        return tr("Did not take part in %1.").arg(m_snapshot->previousYear);
    const QString yoy = ProgressExport::yoyText(u);
    return tr("%1: %2 valid samples%3.")
        .arg(m_snapshot->previousYear)
        .arg(QLocale().toString(u.previousValid),
             yoy.isEmpty()
                 ? QString()
                 : tr(" (change %1%)")
                       .arg(yoy.startsWith(QLatin1Char('-')) ? yoy : QLatin1Char('+') + yoy));
}

// Valid samples per day of the window (bars, none after today), their running total and the
// pace to the target (lines).
QChart *UnitSeriesDialog::createChart(const UnitProgress &u)
{
    auto *chart = new QChart;
    m_daily = new QBarSet(tr("Valid samples that day"));
    auto *bars = new QBarSeries;
    bars->append(m_daily);
    m_cumulative = new QLineSeries;
    m_cumulative->setName(tr("Cumulative"));
    m_pace = new QLineSeries;
    m_pace->setName(tr("Target pace"));
    QPen pacePen(QColor(0xc0, 0x39, 0x2b));
    pacePen.setStyle(Qt::DashLine);
    pacePen.setWidth(2);
    m_pace->setPen(pacePen);
    QStringList days;
    qint64 sum = 0;
    const QList<double> pace = ProgressTotals::pace(u.target, m_snapshot->windowDays);
    for (int d = 0; d < m_snapshot->windowDays; ++d) {
        days << m_snapshot->dayAt(d).toString(
            QStringLiteral("M/d")); // short ticks, as on the dashboard
        const bool reached = d <= m_snapshot->asOfIndex;
        m_daily->append(reached ? double(u.daily.at(d)) : 0.0);
        if (reached) {
            sum += u.daily.at(d);
            m_cumulative->append(d, double(sum));
        }
        m_pace->append(d, pace.at(d));
    }
    chart->addSeries(bars);
    chart->addSeries(m_cumulative);
    chart->addSeries(m_pace);
    addAxes(chart, days, qMax<double>(double(sum), double(u.target)));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// Days below, samples on the left up to a little over top.
void UnitSeriesDialog::addAxes(QChart *chart, const QStringList &days, double top)
{
    auto *x = new QBarCategoryAxis;
    x->append(days);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setRange(0, qMax<double>(10, top * 1.08));
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}
