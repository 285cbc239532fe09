#pragma once

#include "charts/ChartOverlay.h"

#include <QList>
#include <QStringList>

// Category names drawn beside a chart's plot area, in place of a category axis's labels.
//
// Qt Charts (6.4) lays out every axis label as a QGraphicsTextItem with a QTextDocument of its
// own, and measures each label two or three times per layout through a 32-entry cache that the 34
// region names overflow, so every pass lays them all out again. The region and ranking charts'
// names took about a third of the dashboard's first opening that way (bench/README.md, "Opening
// the dashboard"). A chart with CategoryLabels keeps a value axis without labels (category i at
// value i); each name is measured once, with QFontMetricsF, when the names are set, and drawn with
// QPainter where its category is (QChart::mapToPosition).
//
// The names take room outside the plot area, below it or left of it: the item widens that margin
// of the chart (QChart::setMargins) to extent() beyond the margin the chart had when the item was
// made. A chart with names below it keeps its legend elsewhere (ChartKit::newChart puts it on
// top).
class CategoryLabels : public ChartOverlay
{
    Q_OBJECT
public:
    enum Placement {
        Below, // under the plot area, level, centred on category i (x = i)
        BelowTurned, // under the plot area, turned to read upwards, ending at the axis (x = i)
        Left, // left of the plot area, level, ending at the axis, centred on category i (y = i)
    };

    // Over chart; the series (setSeries()) gives the categories' places.
    CategoryLabels(QChart *chart, Placement placement);

    // The names of categories 0, 1, …; measured here, drawn at the next paint.
    void setLabels(const QStringList &labels);
    QStringList labels() const { return m_labels; }

    // The room the names take beyond the plot area's edge, in pixels: the gap plus the longest
    // name (turned or left of it) or one line (below it).
    qreal extent() const;
    // Where name i is drawn, in the chart's coordinates; empty when it is not drawn (no series
    // yet, or it would overlap the name before it).
    QRectF labelRect(int index) const;

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

private:
    // Every name's rectangle (empty: not drawn), in the chart's coordinates.
    QList<QRectF> layout() const;
    QRectF rectAt(int index, const QRectF &plot) const;
    // The names' widths in font(), and the room they take.
    void measure();
    void reserveRoom();

    Placement m_placement;
    QStringList m_labels;
    QList<qreal> m_widths; // each name's advance in font()
    qreal m_longest = 0;
    QMargins m_baseMargins; // the chart's margins before the names' room
};
