#pragma once

#include "charts/DashboardChart.h"

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

// Cumulative valid samples per window day against the target pace (the selection's target spread
// evenly over the window), up to the last day with figures.
class CumulativeChart : public DashboardChart
{
    Q_OBJECT
public:
    explicit CumulativeChart(QWidget *parent = nullptr);

    QLineSeries *cumulativeSeries() const { return m_cumulative; }
    QLineSeries *paceSeries() const { return m_pace; }

protected:
    void attach() override;
    void fill(const ProgressSnapshot &s, const QList<int> &rows) override;
    void clearData() override;

private:
    QLineSeries *m_cumulative;
    QLineSeries *m_pace;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
};
