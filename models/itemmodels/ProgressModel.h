#pragma once

#include "progress/ProgressFilter.h"
#include "progress/ProgressQuery.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <memory>

// One row per unit of a progress snapshot: target, valid samples, share, forecast, group
// totals and year over year. Set a new snapshot to refresh (one model reset).
class ProgressModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        UnitColumn,
        KindColumn,
        RegionColumn,
        TargetColumn,
        ValidColumn,
        ShareColumn, // percent of target; draw with ProgressBarDelegate
        ForecastColumn,
        GroupValidColumn,
        GroupTargetColumn,
        PreviousColumn,
        YoyColumn,
        GradeColumn,
        ColumnCount
    };
    enum Role {
        UnitIdRole = Qt::UserRole + 1,
        SortRole, // raw number or text to sort by
        ShareRole, // share of target as a fraction (double), for ProgressBarDelegate
        BehindRole, // projected final below target
        RegionRole, // region code
        KindRole, // kind code
        GroupRole, // id of the first-level unit whose group it is in
        RowRole // row in the snapshot
    };

    explicit ProgressModel(QObject *parent = nullptr);

    void setSnapshot(std::shared_ptr<const ProgressSnapshot> snapshot);
    std::shared_ptr<const ProgressSnapshot> snapshot() const { return m_snapshot; }
    const UnitProgress *unitAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const ProgressSnapshot> m_snapshot;
};

// Filters a ProgressModel by ProgressFilter (and optionally to units behind pace) and sorts by
// SortRole. Filtering reads the snapshot directly, so a keystroke costs one pass over the units.
class ProgressFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ProgressFilterModel(QObject *parent = nullptr);

    void setFilter(const ProgressFilter &filter);
    ProgressFilter filter() const { return m_filter; }
    void setText(const QString &text);
    void setBehindOnly(bool behindOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Compares the snapshot's numbers directly (no QVariant per comparison).
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    ProgressFilter m_filter;
    bool m_behindOnly = false;
};
