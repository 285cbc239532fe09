#pragma once

#include "progress/ProgressFilter.h"

#include <QChartView>

// One chart of the progress dashboard: a QChartView that shows the units of a progress snapshot
// that a filter accepts. The filter's text is ignored (it narrows the unit list only), so the
// charts show what the headline figures count. A null snapshot clears the chart.
class DashboardChart : public QChartView
{
    Q_OBJECT
public:
    explicit DashboardChart(QChart *chart, QWidget *parent = nullptr);

    void setData(const ProgressSnapshot *snapshot, const ProgressFilter &filter);

protected:
    // rows: indexes into snapshot.units, in snapshot order.
    virtual void fill(const ProgressSnapshot &snapshot, const QList<int> &rows) = 0;
    virtual void clearData() = 0;
};
