#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

class Database;

// A clerk's backups of an SQLite database: a copy written on request, the daily copy taken at
// the first start of each day, and a restore from a copy. Everything goes through SQLite (VACUUM
// INTO, the online backup API), never through reading the file, so a database in use stays
// consistent and keeps its locks (see DatabaseFiles). PostgreSQL databases are backed up with
// the server's own tools (postgresCommands()).
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)
public:
    static constexpr int kDailyKeep = 14; // days

    // Writes a consistent copy of db to file (replacing it) and checks the copy with
    // PRAGMA integrity_check. Returns an error message for the user, empty on success.
    static QString backupTo(Database &db, const QString &file);

    // Checks that file is a database this program can use: an SQLite file that passes
    // integrity_check and was not written by a newer program. Empty when it is; else why not.
    static QString checkBackup(const QString &file);

    // Replaces db's contents with those of file (checked first, see checkBackup), after taking a
    // copy of what it replaces into the backups folder (*keptCopy gets its path); other desks on
    // the file see the restored data at their next read. Brings an older copy's schema up to
    // date. Returns an error message, empty on success; on failure db is unchanged.
    static QString restoreFrom(Database &db, const QString &file, QString *keptCopy = nullptr);

    // The copy of the day: <stem>-daily-yyyyMMdd.sqlite in the backups folder, taken unless it
    // exists; daily copies older than kDailyKeep days are removed. Returns the copy's path (empty
    // for PostgreSQL or a read-only database) or an error in *error.
    static QString takeDaily(Database &db, const QDate &today, QString *error = nullptr);

    // What to run instead on PostgreSQL: the pg_dump and pg_restore command lines for db's
    // server and database (no password in them).
    static QString postgresCommands(const Database &db);
};
