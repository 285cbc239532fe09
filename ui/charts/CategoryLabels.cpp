#include "charts/CategoryLabels.h"

#include <QChart>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {
// Between the plot area's edge and the names: clear of the axis's tick marks.
constexpr qreal kGap = 6;
} // namespace

CategoryLabels::CategoryLabels(QChart *chart, Placement placement)
    : ChartOverlay(chart)
    , m_placement(placement)
    , m_baseMargins(chart->margins())
{
    measure();
}

void CategoryLabels::setLabels(const QStringList &labels)
{
    if (labels == m_labels)
        return;
    m_labels = labels;
    measure();
}

void CategoryLabels::measure()
{
    m_widths = advances(m_labels);
    m_longest = m_widths.isEmpty() ? 0 : *std::max_element(m_widths.cbegin(), m_widths.cend());
    reserveRoom();
    update();
}

qreal CategoryLabels::extent() const
{
    return kGap + (m_placement == Below ? lineHeight() : m_longest);
}

void CategoryLabels::reserveRoom()
{
    QMargins margins = m_baseMargins;
    const int room = int(std::ceil(extent()));
    if (m_placement == Left)
        margins.setLeft(margins.left() + room);
    else
        margins.setBottom(margins.bottom() + room);
    if (chart()->margins() != margins)
        chart()->setMargins(margins);
}

QRectF CategoryLabels::rectAt(int index, const QRectF &plot) const
{
    const qreal width = m_widths.at(index);
    if (m_placement == Left) {
        const qreal y = chart()->mapToPosition(QPointF(0, index), series()).y();
        return {plot.left() - kGap - width, y - lineHeight() / 2, width, lineHeight()};
    }
    const qreal x = chart()->mapToPosition(QPointF(index, 0), series()).x();
    if (m_placement == BelowTurned)
        return {x - lineHeight() / 2, plot.bottom() + kGap, lineHeight(), width};
    return {x - width / 2, plot.bottom() + kGap, width, lineHeight()};
}

QList<QRectF> CategoryLabels::layout() const
{
    QList<QRectF> rects(m_labels.size());
    if (!isPlaced())
        return rects;
    const QRectF plot = chart()->plotArea();
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

void CategoryLabels::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QList<QRectF> rects = layout();
    painter->setFont(font());
    painter->setPen(color());
    for (int i = 0; i < rects.size(); ++i) {
        const QRectF &rect = rects.at(i);
        if (rect.isNull())
            continue;
        if (m_placement != BelowTurned) {
            painter->drawText(rect, Qt::AlignCenter | Qt::TextSingleLine | Qt::TextDontClip,
                              m_labels.at(i));
            continue;
        }
        painter->save();
        painter->translate(rect.center());
        painter->rotate(-90);
        const QRectF level(-rect.height() / 2, -rect.width() / 2, rect.height(), rect.width());
        painter->drawText(level, Qt::AlignCenter | Qt::TextSingleLine | Qt::TextDontClip,
                          m_labels.at(i));
        painter->restore();
    }
}
