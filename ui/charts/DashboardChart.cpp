#include "charts/DashboardChart.h"

DashboardChart::DashboardChart(QChart *chart, const QString &title, QWidget *parent)
    : QChartView(chart, parent)
    , m_title(title)
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

void DashboardChart::setTitle(const QString &title)
{
    m_title = title;
    if (m_sized)
        chart()->setTitle(title);
}

void DashboardChart::resizeEvent(QResizeEvent *event)
{
    // A widget gets its first resize event when it is first shown (before its show event).
    if (!m_sized)
        chart()->setTitle(m_title);
    m_sized = true;
    QChartView::resizeEvent(event);
}
