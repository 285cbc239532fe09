#include "TestSupport.h"

#include "db/Database.h"
#include "db/Migrations.h"
#include "imports/DatabaseCopy.h"
#include "dialogs/ConflictDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <vector>

namespace TestSupport {

namespace {
void startCli(QProcess &process, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SECRETARIAT_DB"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SECRETARIAT_CLI_PATH), arguments);
}

CliResult finishCli(QProcess &process)
{
    process.waitForFinished(240000);
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}
} // namespace

CliResult runCli(const QStringList &arguments, const QByteArray &stdinData)
{
    QProcess process;
    startCli(process, arguments);
    if (!process.waitForStarted(10000))
        return {};
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    return finishCli(process);
}

QList<CliResult> runCliAtOnce(const QList<QStringList> &argumentLists)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const QStringList &arguments : argumentLists) {
        processes.push_back(std::make_unique<QProcess>());
        startCli(*processes.back(), arguments);
    }
    QList<CliResult> results;
    for (const auto &process : processes)
        results.append(finishCli(*process));
    return results;
}

bool isPostgres()
{
    return qEnvironmentVariable("SECRETARIAT_TEST_BACKEND") == QLatin1String("postgresql");
}

QString postgresServerLocation()
{
    const QString fromEnv = qEnvironmentVariable("SECRETARIAT_TEST_PG_URL");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QFile file(QStringLiteral(SECRETARIAT_TEST_PG_STATE "/url"));
    if (file.open(QIODevice::ReadOnly))
        return QString::fromUtf8(file.readAll()).trimmed();
    return QStringLiteral("postgresql://postgres@127.0.0.1:55432/postgres");
}

namespace {

// The connection to the test server's maintenance database that creates (and at exit drops) the
// per-test databases. Lives in the main thread for the whole test program.
struct PostgresTestServer
{
    std::unique_ptr<Database> admin;
    QStringList created;
};

PostgresTestServer &server()
{
    static PostgresTestServer s;
    return s;
}

void dropCreatedDatabases()
{
    PostgresTestServer &s = server();
    if (s.admin && s.admin->isOpen()) {
        QSqlQuery q(s.admin->connection());
        for (const QString &name : std::as_const(s.created))
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    }
    s.created.clear();
    s.admin.reset();
}

QString uniqueDatabaseName(const QString &name)
{
    static int counter = 0;
    QString base
        = QFileInfo(QCoreApplication::applicationFilePath()).baseName() + QLatin1Char('_') + name;
    QString clean;
    for (const QChar c : base.toLower())
        clean += (c.isLetterOrNumber() && c.unicode() < 128) ? c : QLatin1Char('_');
    const QString suffix
        = QStringLiteral("_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    // PostgreSQL names are at most 63 bytes.
    return clean.left(63 - suffix.size()) + suffix;
}

} // namespace

QString locationWithUser(const QString &location, const QString &user, const QString &password)
{
    QUrl url(location);
    url.setUserName(user);
    url.setPassword(password);
    return url.toString();
}

QString newDatabaseLocation(const QString &name)
{
    static QTemporaryDir dir;
    if (!isPostgres())
        return dir.filePath(name + QStringLiteral(".sqlite"));
    PostgresTestServer &s = server();
    if (!s.admin) {
        s.admin = std::make_unique<Database>();
        if (const QSqlError e = s.admin->open(postgresServerLocation()); e.isValid()) {
            QTest::qFail(qPrintable(QStringLiteral("PostgreSQL test server %1: %2")
                                        .arg(s.admin->displayLocation(), e.text())),
                         __FILE__, __LINE__);
            s.admin.reset();
            return {};
        }
        qAddPostRoutine(dropCreatedDatabases);
    }
    const QString dbName = uniqueDatabaseName(name);
    QSqlQuery q(s.admin->connection());
    if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(dbName))) {
        QTest::qFail(qPrintable(q.lastError().text()), __FILE__, __LINE__);
        return {};
    }
    s.created.append(dbName);
    QUrl url(postgresServerLocation());
    url.setPath(QLatin1Char('/') + dbName);
    return url.toString();
}

QString copyDatabase(const QString &location, const QString &name)
{
    const QString copy = newDatabaseLocation(name);
    if (copy.isEmpty())
        return {};
    if (!isPostgres()) {
        Database source;
        if (const QSqlError e = source.open(location); e.isValid()) {
            QTest::qFail(qPrintable(e.text()), __FILE__, __LINE__);
            return {};
        }
        if (const QString error = DatabaseCopy::backupTo(source, copy); !error.isEmpty()) {
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
            return {};
        }
        return copy;
    }
    // newDatabaseLocation made an empty database to be dropped later; make it again from the
    // template under the same name.
    const QString copyName = QUrl(copy).path().mid(1);
    QSqlQuery q(server().admin->connection());
    if (!q.exec(QStringLiteral("DROP DATABASE %1").arg(copyName))
        || !q.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2")
                       .arg(copyName, QUrl(location).path().mid(1)))) {
        QTest::qFail(qPrintable(q.lastError().text()), __FILE__, __LINE__);
        return {};
    }
    return copy;
}

QString dataPath(const QString &relative)
{
    return QStringLiteral(SECRETARIAT_TEST_DATA "/") + relative;
}

std::unique_ptr<Database> openMigrated(const QString &location)
{
    auto db = std::make_unique<Database>();
    const QSqlError openError = db->open(location);
    if (openError.isValid()) {
        QTest::qFail(qPrintable(openError.text()), __FILE__, __LINE__);
        return nullptr;
    }
    const QSqlError migrateError = Migrations::prepare(*db);
    if (migrateError.isValid()) {
        QTest::qFail(qPrintable(migrateError.text()), __FILE__, __LINE__);
        return nullptr;
    }
    return db;
}

qint64 count(Database &db, const QString &table, const QString &where)
{
    QSqlQuery q(db.connection());
    QString sql = QStringLiteral("SELECT COUNT(*) FROM ") + table;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString snapshot(Database &db)
{
    QString text;
    QStringList tables = db.connection().tables();
    tables.sort();
    for (const QString &table : tables) {
        if (table == QLatin1String("sqlite_sequence") || table == QLatin1String("audit_log"))
            continue;
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table)))
            continue;
        text += QStringLiteral("[%1]\n").arg(table);
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << q.value(i).toString();
            text += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return text;
}

void answerConflict(const QString &button, QString *text)
{
    QTimer::singleShot(20, [button, text] {
        auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return answerConflict(button, text);
        *text = dialog->text();
        dialog->findChild<QAbstractButton *>(button)->click();
    });
}

QString loginAs(Database &owner, const QString &location, const QString &name, const QString &group)
{
    const QString role = QStringLiteral("%1_%2").arg(name).arg(QCoreApplication::applicationPid());
    QSqlQuery q(owner.connection());
    q.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(role));
    if (!group.isEmpty())
        q.exec(QStringLiteral("GRANT %1 TO %2").arg(group, role));
    return locationWithUser(location, role);
}

} // namespace TestSupport
