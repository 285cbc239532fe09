#pragma once

#include "db/DataEvents.h"
#include "db/Dialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <map>
#include <memory>

// One connection to the program's database: an SQLite file (the default, one desk) or a shared
// PostgreSQL server (postgresql://user[:password]@host[:port]/dbname, several desks).
// A Database belongs to the thread that opened it; worker threads open a clone().
class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Where the database is when nothing else is said: the per-user application data folder.
    static QString defaultLocation();
    // The location to use: an explicit one (--db) wins over SECRETARIAT_DB, which wins over the
    // default.
    static QString resolveLocation(const QString &explicitLocation);
    static bool isPostgresLocation(const QString &location);

    // Opens (and for SQLite creates) the database; applies connection settings. Does not
    // migrate: see Migrations::prepare().
    QSqlError open(const QString &location, bool readOnly = false);
    void close();
    bool isOpen() const;

    // A new connection to the same database, for use in another thread. Shares the event hub.
    std::unique_ptr<Database> clone() const;

    QSqlDatabase connection() const;
    const Dialect &dialect() const { return m_dialect; }
    QString location() const { return m_location; }
    // The location with any password removed, for status bars and messages.
    QString displayLocation() const;
    QString connectionName() const { return m_connectionName; }
    // Who is working, as recorded in updated_by and the audit log: the server login on
    // PostgreSQL (the URL's user, else the OS account libpq also defaults to), the OS account on
    // SQLite.
    QString userName() const;

    // SQLite's busy timeout for every connection, in milliseconds: how long a statement waits
    // for another program's lock before it fails (10 000; SECRETARIAT_BUSY_TIMEOUT_MS
    // overrides it, for tests). Transaction waits longer by trying again (see WriteWait).
    static int busyTimeoutMs();
    // Sets this SQLite connection's busy timeout (a no-op on PostgreSQL).
    void setBusyTimeout(int ms);

    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    void markReadOnly(const QString &reason);

    DataEvents *events() const { return m_events.get(); }

    // For an SQLite file: checks (in /proc/locks) that this process still holds SQLite's locks
    // on the database file and, if something in the process dropped them (see DatabaseFiles),
    // logs a warning on the category secretariat.db and reconnects, so that no statement runs
    // on a connection whose locks are gone. Call between statements, never inside a
    // transaction (Transaction calls it before BEGIN). Returns false only if reconnecting
    // failed; a no-op for PostgreSQL and where /proc/locks cannot be read.
    bool ensureLocks();
    // How often ensureLocks() had to reconnect since this object was created.
    int lockRecoveries() const { return m_reconnects; }
    // True when ensureLocks()'s last reconnect did not get every lock back: another connection
    // of this process keeps SQLite's map of the -shm file, with whose opening the switch goes.
    // The next ensureLocks() reconnects again.
    bool locksPending() const { return m_locksPending; }

    // A statement prepared once per connection and reused: for statements run many times in a
    // loop (the audit log, per-row inserts). On PostgreSQL every prepare is a round trip to the
    // server (PREPARE, and DEALLOCATE when the query is destroyed), so reuse halves the cost.
    // Bind with bindValue(position, value). Returns nullptr if the statement does not prepare
    // (see error). Valid until close().
    QSqlQuery *cachedQuery(const QString &sql, QSqlError *error = nullptr);

private:
    QSqlError openSqlite(bool readOnly);
    QSqlError openPostgres(bool readOnly);
    static void keepWalOnClose(const QSqlDatabase &db);
    enum class LockedFile { Database, Shm };
    // Whether this process holds the lock SQLite keeps on file while the connection is open.
    bool heldLocks(LockedFile file) const;

    QString m_connectionName;
    QString m_location;
    Dialect m_dialect;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    std::shared_ptr<DataEvents> m_events;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    QString m_registeredFile;
    bool m_expectsLocks = false;
    bool m_expectsShmLocks = false;
    int m_reconnects = 0;
    bool m_locksPending = false;
};
