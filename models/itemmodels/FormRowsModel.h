#pragma once

#include "domain/Unit.h"

#include <QAbstractTableModel>
#include <QHash>

// One editable sub-table of the information form: recommended initiating units, recommended
// supporting units, gift goods or experts. Rows are edited in place; writeTo() gives them back
// as domain records. Choice columns (sort, expert field) hold the code in Qt::EditRole and list
// their choices in ChoicesRole for the combo-box delegate; check columns use Qt::CheckStateRole.
class FormRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Table { RecommendedInitiating, RecommendedSupporting, GiftGoods, Experts };
    enum class ColumnType { Text, Phone, Count, Check, Sort, Field };
    enum Role {
        ChoicesRole = Qt::UserRole + 1, // QVariantList of QVariantList{code, display name}
        ProblemRole, // what is wrong with the cell, or empty
        RegisteredUnitRole, // recommended units: the registered unit's id or 0
    };

    explicit FormRowsModel(Table table, QObject *parent = nullptr);

    Table table() const { return m_table; }
    ColumnType columnType(int column) const;

    void setForm(const InformationForm &form);
    void writeTo(InformationForm &form) const;
    // Appends an empty row and returns its index.
    int appendRow();
    void setRegisteredUnit(int row, qint64 unitId);
    // Rows a returned form changed, with what is stored (empty: a new row): shown highlighted
    // with the stored text as tooltip while the clerk reviews the form. Cleared by setForm().
    void setMarkedRows(const QHash<int, QString> &storedByRow);
    bool isMarked(int row) const { return m_marked.contains(row); }
    RecommendedUnit recommendedAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

private:
    struct ColumnSpec
    {
        QString key;
        ColumnType type;
    };
    QString problem(int row, int column) const;

    Table m_table;
    QList<ColumnSpec> m_columns;
    QList<QVariantMap> m_rows; // by column key; "registered" holds the registered unit id
    QHash<int, QString> m_marked;
};
