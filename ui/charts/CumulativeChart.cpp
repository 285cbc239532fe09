#include "charts/CumulativeChart.h"

#include "charts/ChartKit.h"

#include <QCategoryAxis>
#include <QDateTimeAxis>
#include <QLineSeries>

namespace {
qint64 msecs(const QDate &day)
{
    return QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch();
}
} // namespace

CumulativeChart::CumulativeChart(QWidget *parent)
    : DashboardChart(ChartKit::newChart(), tr("Cumulative valid samples against the target pace"),
                     parent)
    , m_cumulative(new QLineSeries(this)) // the chart takes them over in attach()
    , m_pace(new QLineSeries(this))
    , m_x(new QDateTimeAxis(this))
    , m_y(ChartKit::newCountAxis(this))
{
    setObjectName(QStringLiteral("cumulativeChart"));
    m_cumulative->setName(tr("Valid samples (cumulative)"));
    QPen pen(ChartKit::kValidColor);
    pen.setWidth(3);
    m_cumulative->setPen(pen);
    m_cumulative->setPointsVisible(true);
    m_pace->setName(tr("Target pace"));
    QPen pacePen(ChartKit::kPaceColor);
    pacePen.setWidth(2);
    pacePen.setStyle(Qt::DashLine);
    m_pace->setPen(pacePen);
    m_x->setFormat(QStringLiteral("M/d"));
}

void CumulativeChart::attach()
{
    chart()->addSeries(m_pace);
    chart()->addSeries(m_cumulative);
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    for (QLineSeries *s : {m_pace, m_cumulative}) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
}

void CumulativeChart::clearData()
{
    m_cumulative->clear();
    m_pace->clear();
}

void CumulativeChart::fill(const ProgressSnapshot &s, const QList<int> &rows)
{
    const ProgressTotals t = ProgressQuery::totals(s, rows);
    const QList<qint64> cumulative = t.cumulative();
    const QList<double> pace = ProgressTotals::pace(t.target, s.windowDays);
    QList<QPointF> points;
    for (int d = 0; d <= s.asOfIndex && d < cumulative.size(); ++d)
        points.append(QPointF(double(msecs(s.dayAt(d))), double(cumulative.at(d))));
    if (points != m_cumulative->points())
        m_cumulative->replace(points);
    QList<QPointF> pacePoints;
    for (int d = 0; d < pace.size(); ++d)
        pacePoints.append(QPointF(double(msecs(s.dayAt(d))), pace.at(d)));
    if (pacePoints != m_pace->points())
        m_pace->replace(pacePoints);
    if (s.windowDays > 0) {
        // Ticks on the days themselves (noon, where the points are), every day or every few
        // days so that at most 6 short labels share the narrow chart (every other day for 10).
        const int step = qMax(1, (s.windowDays - 1 + 4) / 5);
        const int intervals = qMax(1, (s.windowDays - 1 + step - 1) / step);
        const QDateTime first(s.campaign.startDate, QTime(12, 0));
        const QDateTime last = first.addDays(qint64(intervals) * step);
        if (m_x->min() != first || m_x->max() != last)
            m_x->setRange(first, last);
        if (m_x->tickCount() != intervals + 1)
            m_x->setTickCount(intervals + 1);
    }
    const double top = qMax(
        double(t.target), cumulative.isEmpty() ? 0.0 : double(cumulative.at(qMax(0, s.asOfIndex))));
    ChartKit::setNiceRange(m_y, top);
}
