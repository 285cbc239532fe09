#pragma once

#include <QSqlError>
#include <QString>
#include <QStringList>

class Database;

// The group roles of a shared PostgreSQL database and what each may do; the server enforces
// them. Each role includes the one below it (a manager is also a coordinator and a clerk):
//   secretariat_clerk        edits units, participations and the information form's sub-records
//   secretariat_coordinator  issues letters and tracking links (letter numbers, templates)
//   secretariat_manager      sets up campaigns, imports tallies, sets sample targets and grades
// Everyone reads every table and writes the audit log. An office gives each person a login role
// that is a member of one group role (see the README).
//
// Tables added by later migrations: every role can read them (ALTER DEFAULT PRIVILEGES and the
// blanket SELECT grant); who may write them is listed in ServerRoles.cpp (kTableGrants), and
// running `secretariat-cli init` again applies the grants to the new tables.
class ServerRoles
{
public:
    static QString clerk() { return QStringLiteral("secretariat_clerk"); }
    static QString coordinator() { return QStringLiteral("secretariat_coordinator"); }
    static QString manager() { return QStringLiteral("secretariat_manager"); }
    static QStringList all() { return {clerk(), coordinator(), manager()}; }

    // Creates the group roles if missing and (re)grants every privilege on the connected
    // database. Idempotent. Needs a user with CREATEROLE that owns the tables (the one that ran
    // the migrations). Does nothing on SQLite.
    static QSqlError install(Database &db);

    // Whether the group roles exist on the server (false on SQLite). After a migration on a
    // database whose roles exist the program re-applies the grants, so tables added by a newer
    // version are writable by the roles that should write them.
    static bool exist(Database &db);
};
