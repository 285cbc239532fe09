#include "charts/BarValueLabels.h"

#include <QAbstractSeries>
#include <QChart>
#include <QFontMetricsF>
#include <QPainter>

namespace {
// Between the text and the bar's end.
constexpr qreal kPad = 4;
} // namespace

BarValueLabels::BarValueLabels(QChart *chart)
    : QGraphicsObject(chart)
    , m_chart(chart)
    , m_font(chart->font())
    , m_lineHeight(QFontMetricsF(m_font).height())
{
    setZValue(10); // over the series, the target line included
    connect(chart, &QChart::plotAreaChanged, this, [this] { update(); });
    connect(chart, &QGraphicsWidget::geometryChanged, this, [this] { prepareGeometryChange(); });
}

void BarValueLabels::setSeries(QAbstractSeries *series)
{
    m_series = series;
    update();
}

void BarValueLabels::setBars(const QList<qreal> &values, const QStringList &texts)
{
    Q_ASSERT(values.size() == texts.size());
    m_values = values;
    if (texts != m_texts) {
        m_texts = texts;
        const QFontMetricsF metrics(m_font);
        m_widths.clear();
        for (const QString &text : texts)
            m_widths << metrics.horizontalAdvance(text);
    }
    update();
}

void BarValueLabels::setColor(const QColor &color)
{
    m_color = color;
    update();
}

QRectF BarValueLabels::labelRect(int index, bool *inside) const
{
    if (inside)
        *inside = false;
    if (index < 0 || index >= m_texts.size() || !m_series || !m_chart->series().contains(m_series))
        return {};
    const QPointF start = m_chart->mapToPosition(QPointF(0, index), m_series);
    const QPointF end = m_chart->mapToPosition(QPointF(m_values.at(index), index), m_series);
    const qreal width = m_widths.at(index);
    const bool fits = end.x() - start.x() >= width + 2 * kPad;
    if (inside)
        *inside = fits;
    const qreal left = fits ? end.x() - kPad - width : end.x() + kPad;
    return {left, end.y() - m_lineHeight / 2, width, m_lineHeight};
}

QRectF BarValueLabels::boundingRect() const
{
    return m_chart->boundingRect();
}

void BarValueLabels::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setFont(m_font);
    for (int i = 0; i < m_texts.size(); ++i) {
        bool inside = false;
        const QRectF rect = labelRect(i, &inside);
        if (rect.isNull())
            continue;
        painter->setPen(inside ? QColor(Qt::white) : m_color);
        painter->drawText(rect, Qt::AlignCenter | Qt::TextSingleLine, m_texts.at(i));
    }
}
