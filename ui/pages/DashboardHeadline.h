#pragma once

#include "progress/ProgressQuery.h"

#include <QWidget>

class QLabel;

// The dashboard's five headline cards: valid samples, share of the overall target, units that
// reported on the last day with figures, suggestions, projected final count (with the units
// behind pace), over the selection the filters leave.
class DashboardHeadline : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardHeadline(QWidget *parent = nullptr);

    // totals: of the filtered units; snapshot gives the day; null shows dashes.
    void setData(const ProgressSnapshot *snapshot, const ProgressTotals &totals);
    // Each card as "figure note", e.g. "2,412,911 241 unit(s)".
    QStringList texts() const;

private:
    QList<QLabel *> m_figures; // valid, share, reported, suggestions, projected
    QList<QLabel *> m_notes;
};
