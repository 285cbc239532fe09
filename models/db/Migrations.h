#pragma once

#include <QSqlError>
#include <QString>
#include <QStringList>

class Database;

// Versioned, forward-only schema migrations. Each migration runs in one transaction and records
// itself in schema_migrations; the schema version is the highest recorded one. Statements use
// the Dialect placeholders so the same list serves SQLite and PostgreSQL.
class Migrations
{
public:
    struct Migration
    {
        int version;
        const char *description;
        QStringList statements;
        // Runs after the statements, in the same transaction, for changes SQL cannot express
        // (stored text rewritten by rules that live in C++). Null for most migrations.
        QSqlError (*rewrite)(Database &db) = nullptr;
        // It rebuilds a table others refer to (SQLite cannot add a constraint otherwise): foreign
        // keys are off around its transaction, as SQLite's table rebuild asks.
        bool rebuildsTables = false;
    };

    enum class State { Fresh, Current, Migrated, NewerThanProgram };

    static const QList<Migration> &all();
    static int latestVersion();

    // The version recorded in the database, 0 for an empty one.
    static int currentVersion(Database &db, QSqlError *error = nullptr);

    // Applies every migration above the current version up to target (the latest by default).
    static QSqlError migrate(Database &db, int target = -1);

    // What the program does on opening: migrate to the latest version, or, if the database was
    // written by a newer program, reopen it read-only and say why. state and message may be null.
    static QSqlError prepare(Database &db, State *state = nullptr);

private:
    static QSqlError apply(Database &db, const Migration &m);
};
