#include "charts/DashboardChart.h"

DashboardChart::DashboardChart(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
}

void DashboardChart::setData(const ProgressSnapshot *snapshot, const ProgressFilter &filter)
{
    if (!snapshot) {
        clearData();
        return;
    }
    ProgressFilter charts = filter;
    charts.text.clear();
    fill(*snapshot, charts.rows(*snapshot));
    if (!m_attached) {
        attach();
        m_attached = true;
    }
}
