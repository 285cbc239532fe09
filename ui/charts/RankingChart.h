#pragma once

#include "charts/DashboardChart.h"

class BarValueLabels;
class CategoryLabels;
class QBarSet;
class QHorizontalBarSeries;
class QLineSeries;
class QValueAxis;

// Units with a target ranked by their share of it: the top or bottom N as horizontal bars, the
// first place on top, with a line at 100 %. Names left of the bars are shortened
// (ChartKit::shortName); hovering over a bar or its label shows the unit's full name, share and
// samples. Clicking a bar emits unitClicked.
class RankingChart : public DashboardChart
{
    Q_OBJECT
public:
    explicit RankingChart(QWidget *parent = nullptr);

    // Top (best share first) or bottom N; takes effect at the next setData().
    void setRanking(bool top, int count);
    bool isTop() const { return m_top; }
    int count() const { return m_count; }

    QBarSet *barSet() const { return m_set; }
    // Bar i -> unit id (bar 0 is drawn at the bottom, i.e. it is the last place shown).
    QList<qint64> unitIds() const;
    // The bars' names ("1. 浙江云帆…有限公司"), bar 0 first.
    CategoryLabels *names() const { return m_names; }
    // The shares at the bars' ends ("158.8%", Percent::text), bar 0 first.
    BarValueLabels *figures() const { return m_figures; }
    // The text shown on hovering over bar i (empty outside the bars).
    QString toolTipAt(int bar) const;
    // The bar at a point of the viewport, on the bar or on its label; -1 when none.
    int barAt(const QPoint &viewportPos) const;

signals:
    void unitClicked(qint64 unitId);

protected:
    void attach() override;
    void fill(const ProgressSnapshot &s, const QList<int> &rows) override;
    void clearData() override;
    bool viewportEvent(QEvent *event) override;

private:
    struct Bar
    {
        qint64 unitId = 0;
        QString name;
        qint64 valid = 0;
        qint64 target = 0;
        double percent = 0;
    };

    bool m_top = true;
    int m_count = 20;
    QList<Bar> m_bars;
    QBarSet *m_set;
    QHorizontalBarSeries *m_series;
    QLineSeries *m_targetLine;
    QValueAxis *m_y;
    QValueAxis *m_x;
    CategoryLabels *m_names;
    BarValueLabels *m_figures;
};
