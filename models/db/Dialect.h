#pragma once

#include <QSqlError>
#include <QString>
#include <QStringList>

#include <memory>

class Database;
class ResponseIdStore;

// Every difference between the SQL that SQLite and PostgreSQL accept lives here, so migrations
// and repositories are written once. Both backends understand ON CONFLICT (use it instead of
// INSERT OR IGNORE / REPLACE), RETURNING (instead of lastInsertId), COALESCE (not IFNULL),
// LIMIT/OFFSET, || and CAST(x AS TEXT). Keep booleans as 0/1 integers and bind them as int, not
// bool (PostgreSQL refuses 'true' for an INTEGER column). SUM() of a BIGINT is NUMERIC on
// PostgreSQL: read it with toLongLong(), which accepts both. Case-insensitive search goes
// through caseInsensitiveLike(); grouped text through stringAggregate().
class Dialect
{
public:
    enum class Backend { SQLite, PostgreSQL };

    explicit Dialect(Backend backend = Backend::SQLite)
        : m_backend(backend)
    {}

    Backend backend() const { return m_backend; }
    bool isSQLite() const { return m_backend == Backend::SQLite; }
    bool isPostgreSQL() const { return m_backend == Backend::PostgreSQL; }

    // Expands the placeholders used in schema scripts:
    //   ${PK}   an auto-generated 64-bit primary key column type
    //   ${BLOB} a binary column type
    //   ${BIGINT} a 64-bit integer
    //   ${DOUBLE} a double-precision number
    QString expand(QString sql) const;

    // The statement that opens a write transaction. SQLite takes the write lock at once, so
    // two writers queue behind the busy timeout instead of failing on a lock upgrade.
    QString beginWriteTransaction() const;

    // A statement run first in every migration transaction so that programs starting at once
    // migrate one after the other (PostgreSQL: a transaction-scoped advisory lock; SQLite's
    // BEGIN IMMEDIATE already serializes, so nothing).
    QString migrationLock() const;

    // A statement run first in every tally import's transaction so that imports take turns
    // (PostgreSQL: a transaction-scoped advisory lock; SQLite: nothing, as for migrationLock).
    QString importLock() const;
    // The same lock without waiting: a SELECT giving true when it was taken (PostgreSQL only;
    // the importer polls it, so that a waiting import can be cancelled).
    QString tryImportLock() const;

    // Every write transaction takes turns like SQLite's BEGIN IMMEDIATE, so that a wait is seen,
    // limited, cancellable and can name who goes first (PostgreSQL: a SELECT giving true when
    // the transaction-scoped advisory write lock was taken; SQLite: nothing).
    QString tryWriteLock() const;
    // The key of that advisory lock, as pg_locks shows it (classid, objid; objsubid 1).
    static qint64 writeLockKey();

    // Appended to a SELECT inside a write transaction to lock the rows it reads until commit
    // (PostgreSQL: FOR UPDATE; SQLite's BEGIN IMMEDIATE already holds the write lock: nothing).
    QString lockRowsSuffix() const;

    // Adds CHECK (condition) as constraint name to an existing table, in the caller's
    // transaction. PostgreSQL: ALTER TABLE ... ADD CONSTRAINT. SQLite cannot add a constraint:
    // the table is rebuilt with it (created beside, filled, the old one dropped, the new one
    // renamed, its indexes and triggers made again), which needs foreign keys off around the
    // transaction (foreignKeysSwitch) so that dropping the old table touches no other.
    QSqlError addCheck(Database &db, const QString &table, const QString &name,
                       const QString &condition) const;
    // The statement that turns foreign key enforcement on or off for the connection, outside
    // any transaction (SQLite's PRAGMA foreign_keys; PostgreSQL: nothing, it needs none).
    QString foreignKeysSwitch(bool on) const;

    // The store of counted response ids for a tally import (importId: the import that counts
    // them), with this backend's fastest way to check and insert a batch (db/*ResponseIdStore).
    std::unique_ptr<ResponseIdStore> responseIdStore(Database &db, qint64 importId) const;

    // A SELECT of the rows of a JSON array of arrays bound as one text value (its only `?`);
    // column i is the i-th element, BIGINT or TEXT as types[i] says. Many rows go in one
    // statement with one bound value, instead of a statement and a bound value per cell (on
    // Qt 6.4 each bindValue formats and hashes a placeholder name). Ends in a WHERE clause, so
    // that SQLite parses an INSERT … SELECT … ON CONFLICT after it.
    QString selectJsonRows(const QStringList &types) const;
    // Case-insensitive LIKE for search.
    QString caseInsensitiveLike() const;

    // Concatenates expression over a group with separator (a string literal such as "', '").
    QString stringAggregate(const QString &expression, const QString &separatorLiteral) const;

    // An error that goes away when the transaction is simply tried again: SQLite busy or locked
    // (another program held the write lock past the busy timeout); PostgreSQL serialization
    // failure, deadlock detected or lock not available. Nothing was changed.
    bool isTransientError(const QSqlError &error) const;

    // A privilege error: the server refused the statement for the connected user's roles.
    bool isPermissionError(const QSqlError &error) const;
    // The error as a user reads it: a refused privilege (PostgreSQL) or a read-only file
    // (SQLite) says so in words; anything else is the driver's text.
    static QString describeError(const QSqlError &error);

private:
    Backend m_backend;
};
