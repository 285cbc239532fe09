#pragma once

#include "charts/ChartOverlay.h"

#include <QList>
#include <QStringList>

// The figures at the ends of a horizontal bar chart's bars, drawn by the page, as CategoryLabels
// draws the categories' names: inside the bar's end, in white, where the text fits, else just
// past the end in the axes' colour. They are drawn over the series, so that a line across the
// bars (the ranking's 100 %) does not strike them through, which Qt Charts' own bar labels
// suffered; those are also a QGraphicsTextItem each, laid out through a QTextDocument whenever
// a value changes (issue #18: the dashboard's first opening).
class BarValueLabels : public ChartOverlay
{
    Q_OBJECT
public:
    // Over chart; the series (setSeries()) is a horizontal bar series, bar i at value i of the
    // vertical axis.
    explicit BarValueLabels(QChart *chart);

    // Bar i's value on the horizontal axis and the text shown at its end ("158.8%").
    void setBars(const QList<qreal> &values, const QStringList &texts);
    QStringList texts() const { return m_texts; }

    // Where bar i's text is drawn, in the chart's coordinates (empty: not drawn), and whether
    // inside the bar.
    QRectF labelRect(int index, bool *inside = nullptr) const;

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

private:
    QList<qreal> m_values;
    QStringList m_texts;
    QList<qreal> m_widths; // each text's advance
};
