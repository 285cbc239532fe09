#include "TestSupport.h"

#include "db/Database.h"
#include "db/Migrations.h"

#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace TestSupport {

CliResult runCli(const QStringList &arguments, const QByteArray &stdinData)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SECRETARIAT_DB"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SECRETARIAT_CLI_PATH), arguments);
    if (!process.waitForStarted(10000))
        return {};
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    process.waitForFinished(240000);
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

bool isPostgres()
{
    return qEnvironmentVariable("SECRETARIAT_TEST_BACKEND") == QLatin1String("postgresql");
}

QString newDatabaseLocation(const QString &name)
{
    static QTemporaryDir dir;
    if (!isPostgres())
        return dir.filePath(name + QStringLiteral(".sqlite"));
    // PostgreSQL: implemented with the shared-server work (issue 8).
    QTest::qFail("PostgreSQL test databases are not available yet", __FILE__, __LINE__);
    return {};
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

} // namespace TestSupport
