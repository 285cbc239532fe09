#pragma once

#include "progress/Grading.h"
#include "progress/ProgressQuery.h"

#include <QAbstractTableModel>

#include <memory>

class Database;

// The grade list of one campaign: each unit's figures, its support score (editable: stored
// through GradingRepository) and the grade the rules give it, beside the grade stored for it.
class GradeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        UnitColumn,
        KindColumn,
        RegionColumn,
        TargetColumn,
        ValidColumn,
        PercentColumn,
        SupportColumn,
        GradeColumn,
        StoredGradeColumn,
        ColumnCount
    };
    enum Role { UnitIdRole = Qt::UserRole + 1, SortRole, RankRole };

    explicit GradeModel(QObject *parent = nullptr);

    // db is used to store support scores; may be null (read-only list).
    void setData(Database *db, std::shared_ptr<const ProgressSnapshot> snapshot,
                 const QList<GradingRule> &rules);
    const QList<UnitGrade> &grades() const { return m_grades; }
    std::shared_ptr<const ProgressSnapshot> snapshot() const { return m_snapshot; }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database *m_db = nullptr;
    std::shared_ptr<const ProgressSnapshot> m_snapshot;
    QList<GradingRule> m_rules;
    QList<UnitGrade> m_grades;
    QHash<int, int> m_scoreOverrides; // row -> support score stored since the snapshot was read
    QString m_error;
};
