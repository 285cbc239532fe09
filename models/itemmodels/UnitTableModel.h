#pragma once

#include "repo/UnitRepository.h"

#include <QAbstractTableModel>
#include <QCollatorSortKey>

#include <vector>

class Database;

// The units of one campaign, one row each, for the unit list. Reads through UnitRepository;
// edits (the target column) are not written here but announced with editRequested(), so the
// page can push an undoable command that goes through the repository.
class UnitTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        KindColumn,
        RegionColumn,
        ParentColumn,
        ContactColumn,
        PhoneColumn,
        TargetColumn,
        ProgressColumn, // valid samples so far (sum of daily tallies over the unit's links)
        ColumnCount
    };
    enum Role {
        UnitIdRole = Qt::UserRole + 1,
        KindCodeRole, // "initiating-1" ...
        RegionCodeRole, // "44"
        SortKeyRole, // what sorting compares: numbers for numeric columns, text otherwise
        SearchKeyRole, // lower-cased name, contact, phone and e-mail
        TargetRole, // the sample target (qint64)
        ValidSamplesRole,
        EmailRole,
        CityRole,
        ShareRole, // valid samples / target as a double (1.0 = 100 %); invalid without a target
    };

    explicit UnitTableModel(QObject *parent = nullptr);

    void setSource(Database *db, qint64 campaignId);
    qint64 campaignId() const { return m_campaignId; }
    // Re-reads the rows. When the same units are listed, the rows are updated in place so the
    // view keeps its selection and scroll position.
    void reload();
    // Sets the rows directly (tests, benchmarks).
    void setRows(const QList<UnitListRow> &rows);

    // Whether the target column can be edited (managers set targets; see Permissions).
    void setTargetsEditable(bool editable) { m_targetsEditable = editable; }
    bool targetsEditable() const { return m_targetsEditable; }

    const UnitListRow &rowAt(int row) const { return m_rows.at(row); }
    const QString &searchKey(int row) const { return m_searchKeys.at(row); }
    int rowOfUnit(qint64 unitId) const;
    // Compares two rows' text in a column in Chinese collation order (pinyin), with keys
    // computed once per column and kept until the rows change.
    int compareText(int rowA, int rowB, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void editRequested(qint64 unitId, int column, const QVariant &oldValue,
                       const QVariant &newValue);
    void loadFailed(const QString &message);

private:
    void rebuildKeys();

    Database *m_db = nullptr;
    qint64 m_campaignId = 0;
    QList<UnitListRow> m_rows;
    QStringList m_searchKeys;
    QStringList m_regionNames;
    QHash<qint64, int> m_rowOfUnit;
    mutable QHash<int, std::vector<QCollatorSortKey>> m_collationKeys;
    bool m_targetsEditable = true;
};
