#include "charts/ChartOverlay.h"

#include <QAbstractSeries>
#include <QChart>

ChartOverlay::ChartOverlay(QChart *chart)
    : QGraphicsObject(chart)
    , m_chart(chart)
    , m_font(chart->font())
{
    setZValue(10); // over the plot area, its grid and the series
    connect(chart, &QChart::plotAreaChanged, this, [this] { update(); });
    connect(chart, &QGraphicsWidget::geometryChanged, this, [this] { prepareGeometryChange(); });
}

void ChartOverlay::setSeries(QAbstractSeries *series)
{
    m_series = series;
    update();
}

void ChartOverlay::setColor(const QColor &color)
{
    m_color = color;
    update();
}

QRectF ChartOverlay::boundingRect() const
{
    return m_chart->boundingRect();
}

bool ChartOverlay::isPlaced() const
{
    return m_series && m_chart->series().contains(m_series);
}
