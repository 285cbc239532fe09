#include "charts/RankingChart.h"

#include "charts/BarValueLabels.h"
#include "charts/CategoryLabels.h"
#include "charts/ChartKit.h"

#include <QBarSet>
#include <QHelpEvent>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

RankingChart::RankingChart(QWidget *parent)
    : DashboardChart(ChartKit::newChart(), QString(), parent)
    , m_set(new QBarSet(tr("Share of target (%)")))
    , m_series(new QHorizontalBarSeries(this)) // the chart takes them over in attach()
    , m_targetLine(new QLineSeries(this))
    , m_y(new QValueAxis(this))
    , m_x(new QValueAxis(this))
    , m_names(new CategoryLabels(chart(), CategoryLabels::Left))
    , m_figures(new BarValueLabels(chart()))
{
    setObjectName(QStringLiteral("rankingChart"));
    m_set->setColor(ChartKit::kValidColor);
    m_series->append(m_set);
    m_series->setBarWidth(0.7);
    m_targetLine->setName(tr("Target (100%)"));
    QPen targetPen(ChartKit::kPaceColor);
    targetPen.setWidth(2);
    m_targetLine->setPen(targetPen);
    // Bar i at value i, named by m_names; the axis draws its line and nothing else.
    m_y->setTickCount(2);
    m_y->setLabelsVisible(false);
    m_y->setGridLineVisible(false);
    m_x->setLabelFormat(QStringLiteral("%.0f%"));
    chart()->legend()->hide();
    connect(m_set, &QBarSet::clicked, this, [this](int index) {
        if (index >= 0 && index < m_bars.size())
            emit unitClicked(m_bars.at(index).unitId);
    });
    setMouseTracking(true);
}

void RankingChart::attach()
{
    chart()->addSeries(m_series);
    chart()->addSeries(m_targetLine);
    chart()->addAxis(m_y, Qt::AlignLeft);
    chart()->addAxis(m_x, Qt::AlignBottom);
    m_series->attachAxis(m_y);
    m_series->attachAxis(m_x);
    m_targetLine->attachAxis(m_x);
    m_targetLine->attachAxis(m_y);
    m_names->setColor(m_x->labelsBrush().color()); // the theme's, as on the share axis
    m_names->setSeries(m_series);
    m_figures->setColor(m_x->labelsBrush().color());
    m_figures->setSeries(m_series);
}

void RankingChart::setRanking(bool top, int count)
{
    m_top = top;
    m_count = count;
}

QList<qint64> RankingChart::unitIds() const
{
    QList<qint64> ids;
    for (const Bar &b : m_bars)
        ids << b.unitId;
    return ids;
}

void RankingChart::clearData()
{
    m_set->remove(0, m_set->count());
    m_names->setLabels({});
    m_figures->setBars({}, {});
    m_bars.clear();
}

void RankingChart::fill(const ProgressSnapshot &s, const QList<int> &rows)
{
    // Units with a target, by share (tenths of a percent, then id for a stable order).
    QList<int> ranked;
    for (int r : rows) {
        if (s.units.at(r).hasTarget())
            ranked << r;
    }
    const auto key = [&](int r) {
        return Percent::tenths(s.units.at(r).valid, s.units.at(r).target);
    };
    const int n = qMin(m_count, int(ranked.size()));
    const auto better = [&](int a, int b) {
        const qint64 ka = key(a), kb = key(b);
        return ka != kb ? (m_top ? ka > kb : ka < kb) : s.units.at(a).unitId < s.units.at(b).unitId;
    };
    std::partial_sort(ranked.begin(), ranked.begin() + n, ranked.end(), better);
    ranked.resize(n);
    // A horizontal bar chart draws its first category at the bottom: add the ranking reversed so
    // the first place is on top.
    QStringList categories, figures;
    QList<qreal> values;
    m_bars.clear();
    double maxShare = 100;
    for (int i = n - 1; i >= 0; --i) {
        const UnitProgress &u = s.units.at(ranked.at(i));
        categories << QStringLiteral("%1. %2").arg(i + 1).arg(ChartKit::shortName(u.name));
        const double percent = key(ranked.at(i)) / 10.0;
        values << percent;
        figures << Percent::text(u.valid, u.target) + QLatin1Char('%');
        maxShare = qMax(maxShare, percent);
        m_bars.append({u.unitId, u.name, u.valid, u.target, percent});
    }
    m_names->setLabels(categories);
    ChartKit::setValues(m_set, values);
    m_figures->setBars(values, figures);
    ChartKit::setRange(m_y, -0.5, qMax(1, n) - 0.5);
    // Round the axis to a whole step so the ticks read 0%, 50%, 100% … (100% steps when wide):
    // narrower steps overlap in a column of this width.
    const double step = maxShare > 400 ? 100 : 50;
    const double axisTop = std::ceil(maxShare * 1.08 / step) * step;
    ChartKit::setRange(m_x, 0, axisTop);
    if (m_x->tickCount() != int(axisTop / step) + 1)
        m_x->setTickCount(int(axisTop / step) + 1);
    m_targetLine->replace({QPointF(100, -0.5), QPointF(100, qMax(0, n) - 0.5)});
    setTitle(m_top ? tr("Top %n", nullptr, n) : tr("Bottom %n", nullptr, n));
    setMinimumHeight(qMax(260, 70 + 24 * n));
}

int RankingChart::barAt(const QPoint &viewportPos) const
{
    if (m_bars.isEmpty() || !isAttached())
        return -1;
    const QPointF inChart = chart()->mapFromScene(mapToScene(viewportPos));
    const QRectF plot = chart()->plotArea();
    // The labels are left of the plot area: any point level with a bar, up to its right edge.
    if (inChart.y() < plot.top() || inChart.y() > plot.bottom() || inChart.x() > plot.right())
        return -1;
    const QPointF value = chart()->mapToValue(inChart, chart()->series().constFirst());
    const int bar = int(std::lround(value.y()));
    return bar >= 0 && bar < m_bars.size() ? bar : -1;
}

QString RankingChart::toolTipAt(int bar) const
{
    if (bar < 0 || bar >= m_bars.size())
        return {};
    const Bar &b = m_bars.at(bar);
    const QLocale locale;
    const int place = int(m_bars.size()) - bar;
    return tr("%1. %2\n%3% of the target: %4 of %5 valid samples\nClick for the daily series")
        .arg(place)
        .arg(b.name, locale.toString(b.percent, 'f', 1), locale.toString(b.valid),
             locale.toString(b.target));
}

bool RankingChart::viewportEvent(QEvent *event)
{
    // QGraphicsView hands a tooltip request to its scene, whose bar items carry none: answer it
    // here with the full name of the bar (or label) under the pointer.
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(barAt(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return DashboardChart::viewportEvent(event);
}
