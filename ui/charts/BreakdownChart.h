#pragma once

#include "charts/DashboardChart.h"

class CategoryLabels;
class QBarSeries;
class QBarSet;
class QValueAxis;

// Valid samples against targets, summed per category of unit: by region (all 34 regions in code
// order, so a filter changes the values only) or by kind (the three kinds). Updated in place.
class BreakdownChart : public DashboardChart
{
    Q_OBJECT
public:
    enum By { ByRegion, ByKind };
    explicit BreakdownChart(By by, QWidget *parent = nullptr);

    QBarSet *validSet() const { return m_valid; }
    QBarSet *targetSet() const { return m_target; }
    // The category codes, in bar order: region codes ("11" … "82") or kind codes.
    QStringList categoryCodes() const { return m_codes; }
    // The categories' names under the bars, in bar order.
    CategoryLabels *names() const { return m_names; }

protected:
    void attach() override;
    void fill(const ProgressSnapshot &s, const QList<int> &rows) override;
    void clearData() override;

private:
    By m_by;
    QStringList m_codes;
    QBarSet *m_valid;
    QBarSet *m_target;
    QBarSeries *m_series;
    QValueAxis *m_x;
    QValueAxis *m_y;
    CategoryLabels *m_names;
};
