#include "charts/CategoryLabels.h"

#include <QAbstractSeries>
#include <QChart>
#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace {
// Between the plot area's edge and the names: clear of the axis's tick marks.
constexpr qreal kGap = 6;
} // namespace

CategoryLabels::CategoryLabels(QChart *chart, Placement placement)
    : QGraphicsObject(chart)
    , m_chart(chart)
    , m_placement(placement)
    , m_font(chart->font())
    , m_baseMargins(chart->margins())
{
    setZValue(10); // over the plot area's background and grid
    connect(chart, &QChart::plotAreaChanged, this, [this] { update(); });
    connect(chart, &QGraphicsWidget::geometryChanged, this, [this] { prepareGeometryChange(); });
    setFont(m_font);
}

void CategoryLabels::setSeries(QAbstractSeries *series)
{
    m_series = series;
    update();
}

void CategoryLabels::setLabels(const QStringList &labels)
{
    if (labels == m_labels)
        return;
    m_labels = labels;
    const QFontMetricsF metrics(m_font);
    m_widths.clear();
    m_longest = 0;
    for (const QString &label : labels) {
        m_widths << metrics.horizontalAdvance(label);
        m_longest = qMax(m_longest, m_widths.constLast());
    }
    reserveRoom();
    update();
}

void CategoryLabels::setFont(const QFont &font)
{
    m_font = font;
    m_lineHeight = QFontMetricsF(font).height();
    const QStringList labels = std::exchange(m_labels, {});
    setLabels(labels); // measured again
    reserveRoom();
}

void CategoryLabels::setColor(const QColor &color)
{
    m_color = color;
    update();
}

qreal CategoryLabels::extent() const
{
    return kGap + (m_placement == Below ? m_lineHeight : m_longest);
}

void CategoryLabels::reserveRoom()
{
    QMargins margins = m_baseMargins;
    const int room = int(std::ceil(extent()));
    if (m_placement == Left)
        margins.setLeft(margins.left() + room);
    else
        margins.setBottom(margins.bottom() + room);
    if (m_chart->margins() != margins)
        m_chart->setMargins(margins);
}

QRectF CategoryLabels::rectAt(int index, const QRectF &plot) const
{
    const qreal width = m_widths.at(index);
    if (m_placement == Left) {
        const qreal y = m_chart->mapToPosition(QPointF(0, index), m_series).y();
        return {plot.left() - kGap - width, y - m_lineHeight / 2, width, m_lineHeight};
    }
    const qreal x = m_chart->mapToPosition(QPointF(index, 0), m_series).x();
    if (m_placement == BelowTurned)
        return {x - m_lineHeight / 2, plot.bottom() + kGap, m_lineHeight, width};
    return {x - width / 2, plot.bottom() + kGap, width, m_lineHeight};
}

QList<QRectF> CategoryLabels::layout() const
{
    QList<QRectF> rects(m_labels.size());
    if (!m_series || !m_chart->series().contains(m_series))
        return rects;
    const QRectF plot = m_chart->plotArea();
    QRectF previous;
    for (int i = 0; i < m_labels.size(); ++i) {
        const QRectF rect = rectAt(i, plot);
        // A name that would run into the one before it is left out, as Qt Charts does, rather
        // than drawn over it (only when the chart is far narrower than the dashboard's least).
        if (!previous.isNull() && rect.intersects(previous))
            continue;
        rects[i] = rect;
        previous = rect;
    }
    return rects;
}

QRectF CategoryLabels::labelRect(int index) const
{
    return index >= 0 && index < m_labels.size() ? layout().at(index) : QRectF();
}

QRectF CategoryLabels::boundingRect() const
{
    return m_chart->boundingRect();
}

void CategoryLabels::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QList<QRectF> rects = layout();
    painter->setFont(m_font);
    painter->setPen(m_color);
    for (int i = 0; i < rects.size(); ++i) {
        const QRectF &rect = rects.at(i);
        if (rect.isNull())
            continue;
        if (m_placement != BelowTurned) {
            painter->drawText(rect, Qt::AlignCenter | Qt::TextSingleLine, m_labels.at(i));
            continue;
        }
        painter->save();
        painter->translate(rect.center());
        painter->rotate(-90);
        const QRectF level(-rect.height() / 2, -rect.width() / 2, rect.height(), rect.width());
        painter->drawText(level, Qt::AlignCenter | Qt::TextSingleLine, m_labels.at(i));
        painter->restore();
    }
}
