#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>

// Prepares q with sql and says whether the database refused the statement: true, with the
// database's error in q.lastError(), when it did. SQLite refuses at prepare() a statement that
// names a table or column that is not there (or when it cannot read the schema), PostgreSQL at
// PREPARE; exec() after that would replace the database's error by the driver's own ("Parameter
// count mismatch" on SQLite, a syntax error of an empty EXECUTE on PostgreSQL), so the user never
// read why. A connection already closed is not a refusal here (Qt sets no error for it): exec()
// reports it. Use: `if (refusedToPrepare(q, sql)) return fail(q.lastError());`.
inline bool refusedToPrepare(QSqlQuery &q, const QString &sql)
{
    return !q.prepare(sql) && q.lastError().isValid();
}
