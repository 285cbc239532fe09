#include "charts/BarValueLabels.h"

#include <QChart>
#include <QPainter>

namespace {
// Between the text and the bar's end.
constexpr qreal kPad = 4;
} // namespace

BarValueLabels::BarValueLabels(QChart *chart)
    : ChartOverlay(chart)
{}

void BarValueLabels::setBars(const QList<qreal> &values, const QStringList &texts)
{
    Q_ASSERT(values.size() == texts.size());
    m_values = values;
    if (texts != m_texts) {
        m_texts = texts;
        m_widths = advances(texts);
    }
    update();
}

QRectF BarValueLabels::labelRect(int index, bool *inside) const
{
    if (inside)
        *inside = false;
    if (index < 0 || index >= m_texts.size() || !isPlaced())
        return {};
    const QPointF start = chart()->mapToPosition(QPointF(0, index), series());
    const QPointF end = chart()->mapToPosition(QPointF(m_values.at(index), index), series());
    const qreal width = m_widths.at(index);
    const bool fits = end.x() - start.x() >= width + 2 * kPad;
    if (inside)
        *inside = fits;
    const qreal left = fits ? end.x() - kPad - width : end.x() + kPad;
    return {left, end.y() - lineHeight() / 2, width, lineHeight()};
}

void BarValueLabels::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setFont(font());
    for (int i = 0; i < m_texts.size(); ++i) {
        bool inside = false;
        const QRectF rect = labelRect(i, &inside);
        if (rect.isNull())
            continue;
        painter->setPen(inside ? QColor(Qt::white) : color());
        painter->drawText(rect, Qt::AlignCenter | Qt::TextSingleLine | Qt::TextDontClip,
                          m_texts.at(i));
    }
}
