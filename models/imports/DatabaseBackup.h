#pragma once

#include <QCoreApplication>
#include <QString>

class Database;

// Copies of an SQLite database taken before imports, in "<db file>.backups/" next to it, the
// newest few kept. Made with VACUUM INTO: a consistent copy while the database is in use.
class DatabaseBackup
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackup)
public:
    static constexpr int kKeep = 5;

    // The folder backups of db go to (empty for PostgreSQL).
    static QString folderFor(const Database &db);
    // Takes a copy named <stem>-<UTC time>.sqlite and removes all but the newest kKeep.
    // Returns the copy's path; on failure an empty path and *error. PostgreSQL: nothing to do
    // (the server's own backups apply), returns empty without error.
    static QString take(Database &db, const QString &reason, QString *error);
};
