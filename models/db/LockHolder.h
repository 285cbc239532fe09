#pragma once

#include "db/LookupError.h"

#include <QCoreApplication>
#include <QString>

class Database;

// Who holds the PostgreSQL write lock (Dialect::tryWriteLock) that this desk waits for, as
// pg_locks and pg_stat_activity tell: the program and desk (application_name, e.g. "secretariat
// desk li@office-3"), the server user, the client address and since when it holds it. A clerk's
// role sees only some of these for other users' sessions; what is hidden is left out.
class LockHolder
{
    Q_DECLARE_TR_FUNCTIONS(LockHolder)

public:
    // One line such as "secretariat desk li@office-3 (user clerk_li, from 10.0.0.7, since
    // 09:30:12)". NotFound on SQLite (which cannot tell) and when nobody else holds the lock;
    // Database, with the server's error, when pg_locks or pg_stat_activity could not be read.
    static Lookup<QString> describe(Database &db);
    // The application_name this program gives its PostgreSQL connections:
    // "secretariat ROLE OSUSER@HOST" (ROLE is "desk" or "cli", see setRole), at most 63 bytes.
    static QString applicationName();
    // What the program is, for applicationName(): the CLI sets "cli"; the default is "desk".
    static void setRole(const QString &role);
};
