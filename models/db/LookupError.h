#pragma once

#include "db/SqlPrepare.h"

#include "common/Expected.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>

// Why a repository look-up (a campaign by year, a unit by id, a link by token ...) has no value.
//
// The convention of the core (models/): a look-up of one record returns Lookup<T>, never
// std::optional<T>, and says which of two things happened:
//   - NotFound: the database answered and holds no such record (a year never added, a unit
//     since deleted, a mistyped token). Callers say so in their own words.
//   - Database: the database failed (unreadable or damaged file, lost server connection,
//     refused privilege ...); sqlError is the driver's error. Callers show message(), never a
//     "not found" text, because the record may well be there.
// `if (auto c = repo.byYear(y))` and `*c`, `c->id` read as they did with std::optional.
struct LookupError
{
    enum class Kind { NotFound, Database };

    Kind kind = Kind::NotFound;
    QSqlError sqlError; // set when kind is Database

    static LookupError notFound() { return {}; }
    static LookupError database(const QSqlError &error) { return {Kind::Database, error}; }

    bool isNotFound() const { return kind == Kind::NotFound; }
    bool isDatabase() const { return kind == Kind::Database; }
    // The database's error as a user reads it (Dialect::describeError: the situation in words
    // with the driver's text in brackets); "not found" (translated) for NotFound.
    QString message() const;
};

template<class T>
using Lookup = Expected<T, LookupError>;

// The error side of a Lookup, for `return lookupNotFound();` / `return
// lookupFailed(q.lastError());`.
inline Unexpected<LookupError> lookupNotFound()
{
    return Unexpected(LookupError::notFound());
}
inline Unexpected<LookupError> lookupFailed(const QSqlError &error)
{
    return Unexpected(LookupError::database(error));
}

// Runs the prepared (and bound) query q and reads its first row with read(q): the value, NotFound
// when there is no row, Database when exec() or fetching the row failed (SQLite reports a
// damaged or unreadable page only when the row is fetched).
template<class Read>
auto lookupFirstRow(QSqlQuery &q, Read read) -> Lookup<decltype(read(q))>
{
    if (!execPrepared(q))
        return lookupFailed(q.lastError());
    if (!q.next()) {
        if (q.lastError().isValid())
            return lookupFailed(q.lastError());
        return lookupNotFound();
    }
    return read(q);
}

// The core's convention for every other read (many rows, a count, a yes/no): the function takes
// `QSqlError *error` last; when the database fails it sets *error (if given) and returns what it
// read so far (empty, 0, false), so a caller that shows the result passes one and shows the error
// instead of an empty table. readEveryRow runs the prepared (and bound) query q and calls
// read(q) for each row: true when every row was read, false (and *error set) when exec() or a
// fetch failed.
template<class Read>
bool readEveryRow(QSqlQuery &q, QSqlError *error, Read read)
{
    if (execPrepared(q)) {
        while (q.next())
            read(q);
        if (!q.lastError().isValid())
            return true;
    }
    if (error)
        *error = q.lastError();
    return false;
}

// Hands a read's failure e on to the caller's `QSqlError *error`: true when e is a failure, for
// `if (failedWith(e, error)) return {};`.
inline bool failedWith(const QSqlError &e, QSqlError *error)
{
    if (!e.isValid())
        return false;
    if (error)
        *error = e;
    return true;
}
