#pragma once

#include "progress/ProgressQuery.h"

#include <QDialog>

#include <memory>

class QBarSet;
class QChart;
class QChartView;
class QLineSeries;

// One unit's daily series: valid samples per day (bars), cumulative samples and the pace to its
// target (lines), with its figures, group totals and year over year above.
class UnitSeriesDialog : public QDialog
{
    Q_OBJECT
public:
    UnitSeriesDialog(std::shared_ptr<const ProgressSnapshot> snapshot, qint64 unitId,
                     QWidget *parent = nullptr);

    qint64 unitId() const { return m_unitId; }
    QBarSet *dailySet() const { return m_daily; }
    QLineSeries *cumulativeSeries() const { return m_cumulative; }
    QLineSeries *paceSeries() const { return m_pace; }
    QChartView *chartView() const { return m_view; }

private:
    QString figuresText(const UnitProgress &u) const;
    QString previousYearText(const UnitProgress &u) const;
    QChart *createChart(const UnitProgress &u);
    static void addAxes(QChart *chart, const QStringList &days, double top);

    std::shared_ptr<const ProgressSnapshot> m_snapshot;
    qint64 m_unitId;
    QBarSet *m_daily = nullptr;
    QLineSeries *m_cumulative = nullptr;
    QLineSeries *m_pace = nullptr;
    QChartView *m_view = nullptr;
};
