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

// Runs q, prepared (and bound) just before, unless the database refused to prepare it: then
// false with the database's own error left in q.lastError(). QSqlQuery::exec() would first clear
// that error and fail with the driver's "Parameter count mismatch" (SQLite) or an empty EXECUTE's
// syntax error (PostgreSQL), so a read behind a missing table told the user nothing. Qt clears
// lastError() on every successful prepare() and exec(), so a valid error here is the refusal.
// Use it in place of q.exec() for every statement prepared with a plain q.prepare(sql).
inline bool execPrepared(QSqlQuery &q)
{
    return !q.lastError().isValid() && q.exec();
}
