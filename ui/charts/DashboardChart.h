#pragma once

#include "progress/ProgressFilter.h"

#include <QChartView>

// One chart of the progress dashboard: a QChartView that shows the units of a progress snapshot
// that a filter accepts. The filter's text is ignored (it narrows the unit list only), so the
// charts show what the headline figures count. A null snapshot clears the chart.
//
// A chart's series and axes are added to it only after its first figures are set (attach()):
// every change of range, ticks or categories of an axis in a chart lays the axis out again and
// measures its labels through a QTextDocument, so filling detached axes and attaching them once
// costs one layout instead of one per change (bench/README.md, "Opening the dashboard").
class DashboardChart : public QChartView
{
    Q_OBJECT
public:
    DashboardChart(QChart *chart, const QString &title, QWidget *parent = nullptr);

    // The chart's title. The chart gets it when the view is first sized, on being shown: the
    // scene lays a QChart out whether its view is shown or not, and a chart never shown has no
    // size, so Qt Charts would measure the title again and again in search of a shortening that
    // fits (4 M instructions of the dashboard's first opening).
    void setTitle(const QString &title);
    QString title() const { return m_title; }

    void setData(const ProgressSnapshot *snapshot, const ProgressFilter &filter);

    // Whether the series and axes are in the chart (after the first figures).
    bool isAttached() const { return m_attached; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    // Adds the series and axes, filled, to the chart; called once, after the first fill().
    virtual void attach() = 0;
    // rows: indexes into snapshot.units, in snapshot order.
    virtual void fill(const ProgressSnapshot &snapshot, const QList<int> &rows) = 0;
    virtual void clearData() = 0;

private:
    bool m_attached = false;
    bool m_sized = false; // shown once, so sized
    QString m_title;
};
