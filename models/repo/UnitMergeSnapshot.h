#pragma once

#include <QList>
#include <QSqlError>
#include <QSqlRecord>
#include <QString>

class Database;

// The rows a unit merge changes, as they were just before it: what undoing the merge puts back
// (UnitRepository::unmerge). Taken inside the merge's transaction.
class UnitMergeSnapshot
{
public:
    // Reads every row UnitRepository::merge(keep, other) may change or delete: the other unit,
    // both units' participations and those naming the other as parent, the other's form rows,
    // links, letters and history, and recommendations naming it.
    QSqlError capture(Database &db, qint64 keep, qint64 other);
    // Puts those rows back as they were (in the caller's transaction): a row still there is
    // set to its old values (its row_version counted up, so an open form sees the change), a
    // row the merge deleted is inserted again with its id.
    QSqlError restore(Database &db) const;

    qint64 keep() const { return m_keep; }
    qint64 other() const { return m_other; }
    bool isEmpty() const { return m_tables.isEmpty(); }

private:
    struct Table
    {
        QString name;
        QList<QSqlRecord> rows;
    };
    QSqlError read(Database &db, const QString &table, const QString &where,
                   const QVariantList &values);
    static QSqlError restoreRow(Database &db, const QString &table, const QSqlRecord &row);

    qint64 m_keep = 0;
    qint64 m_other = 0;
    QList<Table> m_tables;
};
