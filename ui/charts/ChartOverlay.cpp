#include "charts/ChartOverlay.h"

#include <QAbstractSeries>
#include <QChart>
#include <QFontInfo>
#include <QFontMetricsF>

ChartOverlay::ChartOverlay(QChart *chart)
    : QGraphicsObject(chart)
    , m_chart(chart)
    , m_font(chart->font())
{
    // In pixels, which the painter's transform scales: a size in points is the device's, so
    // the chart rendered into a PDF at 150 dpi (ChartExport) would draw the text half as large
    // again as everything else on the page, which Qt Charts lays out on the screen's metrics.
    m_font.setPixelSize(QFontInfo(m_font).pixelSize());
    m_lineHeight = QFontMetricsF(m_font).height();
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

QList<qreal> ChartOverlay::advances(const QStringList &texts) const
{
    const QFontMetricsF metrics(m_font);
    QList<qreal> out;
    out.reserve(texts.size());
    for (const QString &text : texts)
        out << metrics.horizontalAdvance(text);
    return out;
}

bool ChartOverlay::isPlaced() const
{
    return m_series && m_chart->series().contains(m_series);
}
