#pragma once

#include "db/ConflictError.h"

#include <QList>
#include <QPair>
#include <QSqlError>
#include <QString>
#include <QVariant>

class Database;

// The one way to save an edited record without losing someone else's update. Every editable
// table has row_version; a record is loaded with it and saved with
//
//     UPDATE t SET ..., row_version = row_version + 1, updated_at = ?, updated_by = ?
//      WHERE id = ? AND row_version = <loaded version>
//
// inside the caller's Transaction. If no row matched, someone else saved first (or deleted the
// record): the save is refused and conflict() says who changed what. The guarded UPDATE is
// atomic on both backends (SQLite holds the write lock from BEGIN IMMEDIATE; PostgreSQL
// re-checks the WHERE on the row another transaction just committed), so two saves of the same
// version never both succeed. updated_at / updated_by are set when the table has them.
//
//     Transaction tx(db);
//     OptimisticUpdate up(db, QStringLiteral("units"), unit.id, unit.rowVersion);
//     up.set(QStringLiteral("name"), SqlValue::text(unit.name));
//     switch (up.exec()) {
//     case OptimisticUpdate::Result::Conflict: return up.conflict();   // show, reload/overwrite
//     case OptimisticUpdate::Result::Failed: return up.error();
//     case OptimisticUpdate::Result::Updated: break;
//     }
//     AuditLog::record(...); tx.commit(); unit.rowVersion = up.newVersion();
//
// To overwrite after the user chose so, run it again with conflict().currentVersion as the
// loaded version.
class OptimisticUpdate
{
public:
    enum class Result { Updated, Conflict, Failed };

    OptimisticUpdate(Database &db, const QString &table, qint64 id, int loadedVersion);

    // A column (a program constant, never user input) and its new value.
    OptimisticUpdate &set(const QString &column, const QVariant &value);

    Result exec();

    int newVersion() const { return m_loadedVersion + 1; }
    const ConflictError &conflict() const { return m_conflict; }
    QSqlError error() const { return m_error; }

private:
    Database &m_db;
    QString m_table;
    qint64 m_id;
    int m_loadedVersion;
    QList<QPair<QString, QVariant>> m_values;
    ConflictError m_conflict;
    QSqlError m_error;
};
