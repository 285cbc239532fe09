#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class Database;

namespace TestSupport {

// The result of running secretariat-cli.
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs build/bin/secretariat-cli with arguments (and SECRETARIAT_DB unset).
CliResult runCli(const QStringList &arguments, const QByteArray &stdinData = {});
// Starts one secretariat-cli per argument list at the same moment (several desks at once) and
// waits for all of them.
QList<CliResult> runCliAtOnce(const QList<QStringList> &argumentLists);

// The backend the suite runs against: SQLite unless SECRETARIAT_TEST_BACKEND=postgresql (then
// SECRETARIAT_TEST_PG_URL points at a throw-away server, e.g.
// postgresql://postgres@127.0.0.1:55432/postgres).
bool isPostgres();

// A location for a brand-new, empty database named after name: an SQLite file in a temporary
// folder that lives as long as the test program, or a fresh database on the PostgreSQL test
// server. Pass it to Database::open(), openMigrated() or the CLI's --db.
// On PostgreSQL each call creates a new database (named after the test program, name, the
// process id and a counter) that is dropped when the test program ends.
QString newDatabaseLocation(const QString &name);

// The PostgreSQL test server's maintenance database as a superuser URL: SECRETARIAT_TEST_PG_URL,
// else the URL of the cluster the CTest fixture started, else the default port 55432.
QString postgresServerLocation();

// location (a postgresql:// URL) with another user and password.
QString locationWithUser(const QString &location, const QString &user,
                         const QString &password = QString());

// PostgreSQL: creates a login role <name>_<pid> on the server of owner (a member of group
// unless group is empty) and returns location for it.
QString loginAs(Database &owner, const QString &location, const QString &name,
                const QString &group);

// A new database named after name holding a copy of the one at location, which nobody may have
// open on PostgreSQL (CREATE DATABASE ... TEMPLATE); an SQLite file is copied with the online
// backup. Returns its location, or an empty string (and fails the test) on error.
QString copyDatabase(const QString &location, const QString &name);

// A golden-case folder under tests/data.
QString dataPath(const QString &relative);

// Opens a database at location (creating and migrating it); fails the test on error.
std::unique_ptr<Database> openMigrated(const QString &location);

// Counts rows of a table, or of a WHERE clause with no parameters.
qint64 count(Database &db, const QString &table, const QString &where = QString());

// A stable text picture of the whole database's user data, for "nothing changed" checks.
QString snapshot(Database &db);

// Clicks the button named button ("reload", "overwrite", "cancel") of the conflict dialog as
// soon as one is shown, and keeps what it said in *text.
void answerConflict(const QString &button, QString *text);

} // namespace TestSupport
