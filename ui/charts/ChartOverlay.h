#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsObject>
#include <QList>
#include <QStringList>

class QAbstractSeries;
class QChart;

// Text a dashboard chart draws itself over its QChart (CategoryLabels, BarValueLabels) rather
// than as Qt Charts labels, each of which is a QGraphicsTextItem laid out through a
// QTextDocument (issue #18). A child item of the chart, over its series, covering the whole
// chart; redrawn when the plot area moves. Places come from the series' axes
// (QChart::mapToPosition), so nothing is drawn until a series attached to the chart is set.
class ChartOverlay : public QGraphicsObject
{
    Q_OBJECT
public:
    explicit ChartOverlay(QChart *chart);

    // A series of the chart whose axes place the text; set once it is attached to them.
    void setSeries(QAbstractSeries *series);
    QFont font() const { return m_font; }
    void setColor(const QColor &color);

    QRectF boundingRect() const override;

protected:
    QChart *chart() const { return m_chart; }
    QAbstractSeries *series() const { return m_series; }
    QColor color() const { return m_color; }
    // One line of font(), and each text's advance in it (pixels).
    qreal lineHeight() const { return m_lineHeight; }
    QList<qreal> advances(const QStringList &texts) const;
    // The series is set and in the chart: mapToPosition() can place things.
    bool isPlaced() const;

private:
    QChart *m_chart;
    QFont m_font; // the chart's, in pixels
    qreal m_lineHeight = 0;
    QAbstractSeries *m_series = nullptr;
    QColor m_color {Qt::black};
};
