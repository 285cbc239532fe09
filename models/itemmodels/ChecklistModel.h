#pragma once

#include "checklist/Checklist.h"

#include <QAbstractTableModel>

class Workspace;

// The checklist of the current campaign, one row per unit the filter accepts: unit, kind,
// region, parent, contact, phone, one column per item (a tick and the day it was done, or
// "overdue" in red; the tooltip says who ticked it, when, from where, and the due date) and the
// number of items missing. Reloads when units, letters, links, campaigns or ticks change.
class ChecklistModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        UnitColumn,
        KindColumn,
        RegionColumn,
        ParentColumn,
        ContactColumn,
        PhoneColumn,
        FirstItemColumn,
        MissingColumn = FirstItemColumn + 9,
        ColumnCount
    };
    enum Role { UnitIdRole = Qt::UserRole + 1, SortRole, OverdueRole };

    explicit ChecklistModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setFilter(const ChecklistFilter &filter);
    const ChecklistFilter &filter() const { return m_filter; }
    // The rows shown (filtered), and every row of the campaign.
    const QList<ChecklistRow> &rows() const { return m_shown; }
    const QList<ChecklistRow> &allRows() const { return m_all; }
    static std::optional<ChecklistItem> itemOfColumn(int column);
    void reload();

    // The error of the last reload (the first one is made by the constructor, before anyone
    // can hear loadFailed), in Dialect::describeError's words; empty when it read.
    QString loadError() const { return m_loadError; }

signals:
    // reload() read nothing because the database failed: its error, in Dialect::describeError's
    // words.
    void loadFailed(const QString &message);

private:
    // Not itemData(): that name would hide QAbstractItemModel::itemData (clang's
    // -Woverloaded-virtual, in the fuzz build).
    QVariant checklistItemData(const ChecklistRow &row, ChecklistItem item, int role) const;
    void applyFilter();

    QString m_loadError;
    Workspace *m_workspace;
    ChecklistFilter m_filter;
    QList<ChecklistRow> m_all;
    QList<ChecklistRow> m_shown;
};
