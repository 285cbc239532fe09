// Backups a clerk can use: a checked copy on request, a restore that keeps what it replaces and
// refuses what it cannot use, the daily copy kept 14 days; in the core and through the CLI.
// On PostgreSQL the program gives the pg_dump / pg_restore commands instead: the test runs them
// exactly as given and checks that they bring the server database back.
#include "TestSupport.h"

#include "db/Database.h"
#include "demo/DemoDataGenerator.h"
#include "imports/DatabaseBackup.h"
#include "imports/DatabaseCopy.h"
#include "repo/CampaignRepository.h"

#include <QDir>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString shell(const QString &path, const QString &sql)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), path, sql});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

Campaign campaignOf(int year)
{
    Campaign c;
    c.year = year;
    c.title = QStringLiteral("%1 调查活动").arg(year);
    c.startDate = QDate(year, 7, 17);
    c.endDate = QDate(year, 7, 26);
    return c;
}
} // namespace

class tst_DbBackup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void backupIsACheckedCopy();
    void restoreBringsBackAndKeepsTheReplaced();
    void restoreRefusesWhatItCannotUse();
    void dailyCopyOncePerDayKeptFourteenDays();
    void commandLine();
    void postgresCommandsBringTheDatabaseBack();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void tst_DbBackup::initTestCase()
{
    if (TestSupport::isPostgres())
        return; // only postgresCommandsBringTheDatabaseBack runs there
    m_path = m_dir.filePath(QStringLiteral("office.sqlite"));
    auto db = TestSupport::openMigrated(m_path);
    QVERIFY(db);
    QVERIFY(DemoDataGenerator(*db).generate(2024).isEmpty());
}

void tst_DbBackup::backupIsACheckedCopy()
{
    if (TestSupport::isPostgres())
        QSKIP("SQLite files; a server is backed up with pg_dump");
    auto db = TestSupport::openMigrated(m_path);
    const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
    QCOMPARE(DatabaseCopy::backupTo(*db, copy), QString());
    QCOMPARE(shell(copy, QStringLiteral("PRAGMA integrity_check;")), QStringLiteral("ok"));
    QCOMPARE(shell(copy, QStringLiteral("SELECT count(*) FROM units;")),
             QString::number(TestSupport::count(*db, QStringLiteral("units"))));
    // Again over the same file (the save dialog confirmed the overwrite).
    QCOMPARE(DatabaseCopy::backupTo(*db, copy), QString());
    // Never over the database itself.
    QVERIFY(!DatabaseCopy::backupTo(*db, m_path).isEmpty());
    QCOMPARE(shell(m_path, QStringLiteral("PRAGMA quick_check;")), QStringLiteral("ok"));
}

void tst_DbBackup::restoreBringsBackAndKeepsTheReplaced()
{
    if (TestSupport::isPostgres())
        QSKIP("SQLite files; a server is backed up with pg_dump");
    auto db = TestSupport::openMigrated(m_path);
    const QString before = TestSupport::snapshot(*db);
    const QString copy = m_dir.filePath(QStringLiteral("before-2031.sqlite"));
    QCOMPARE(DatabaseCopy::backupTo(*db, copy), QString());
    Campaign c = campaignOf(2031);
    QVERIFY(CampaignRepository(*db).add(c).isEmpty());
    // Another desk has the file open meanwhile.
    auto other = TestSupport::openMigrated(m_path);
    QVERIFY(CampaignRepository(*other).byYear(2031).has_value());

    QString kept;
    QCOMPARE(DatabaseCopy::restoreFrom(*db, copy, &kept), QString());
    QCOMPARE(TestSupport::snapshot(*db), before);
    QVERIFY(!CampaignRepository(*db).byYear(2031).has_value());
    QVERIFY(!CampaignRepository(*other).byYear(2031).has_value());
    // What was replaced is kept, with the 2031 campaign.
    QVERIFY(kept.startsWith(DatabaseBackup::folderFor(*db)));
    QCOMPARE(shell(kept, QStringLiteral("SELECT count(*) FROM campaigns WHERE year = 2031;")),
             QStringLiteral("1"));
    // Still a WAL database, sound, and writable by both.
    QCOMPARE(shell(m_path, QStringLiteral("PRAGMA journal_mode;")), QStringLiteral("wal"));
    Campaign d = campaignOf(2032);
    QVERIFY(CampaignRepository(*other).add(d).isEmpty());
    QVERIFY(CampaignRepository(*db).byYear(2032).has_value());
    other.reset();
    db.reset();
    QCOMPARE(shell(m_path, QStringLiteral("PRAGMA integrity_check;")), QStringLiteral("ok"));
}

void tst_DbBackup::restoreRefusesWhatItCannotUse()
{
    if (TestSupport::isPostgres())
        QSKIP("SQLite files; a server is backed up with pg_dump");
    auto db = TestSupport::openMigrated(m_path);
    const QString before = TestSupport::snapshot(*db);
    const QString newer = m_dir.filePath(QStringLiteral("newer.sqlite"));
    QCOMPARE(DatabaseCopy::backupTo(*db, newer), QString());
    shell(newer, QStringLiteral("INSERT INTO schema_migrations VALUES (9999, 'from the future', "
                                "'2030-01-01T00:00:00Z');"));
    const QString garbage = m_dir.filePath(QStringLiteral("garbage.sqlite"));
    {
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    }
    const QString foreign = m_dir.filePath(QStringLiteral("foreign.sqlite"));
    shell(foreign, QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES (1);"));

    const struct
    {
        QString file;
        QString says;
    } cases[] = {
        {newer, QStringLiteral("newer version")},
        {garbage, QStringLiteral("cannot be opened|not a sound database")},
        {foreign, QStringLiteral("not a database of this program")},
        {m_dir.filePath(QStringLiteral("missing.sqlite")), QStringLiteral("does not exist")},
    };
    for (const auto &c : cases) {
        const QString error = DatabaseCopy::restoreFrom(*db, c.file);
        QVERIFY2(error.contains(QRegularExpression(c.says)), qPrintable(c.file + ": " + error));
        QCOMPARE(TestSupport::snapshot(*db), before);
    }
}

void tst_DbBackup::dailyCopyOncePerDayKeptFourteenDays()
{
    if (TestSupport::isPostgres())
        QSKIP("SQLite files; a server is backed up with pg_dump");
    const QString path = m_dir.filePath(QStringLiteral("daily.sqlite"));
    auto db = TestSupport::openMigrated(path);
    const QDir folder(DatabaseBackup::folderFor(*db));
    const QDate first(2026, 11, 1);
    QString error;
    const QString copy = DatabaseCopy::takeDaily(*db, first, &error);
    QVERIFY2(!copy.isEmpty(), qPrintable(error));
    QVERIFY(copy.endsWith(QStringLiteral("daily-daily-20261101.sqlite")));
    QCOMPARE(DatabaseCopy::takeDaily(*db, first), copy); // once a day
    for (int day = 1; day < 20; ++day)
        QVERIFY(!DatabaseCopy::takeDaily(*db, first.addDays(day)).isEmpty());
    QStringList daily = folder.entryList({QStringLiteral("daily-daily-*.sqlite")}, QDir::Files,
                                         QDir::Name);
    QCOMPARE(daily.size(), DatabaseCopy::kDailyKeep);
    QCOMPARE(daily.first(), QStringLiteral("daily-daily-20261107.sqlite"));
    QCOMPARE(daily.last(), QStringLiteral("daily-daily-20261120.sqlite"));
    // The copies taken before imports are pruned apart: they never remove daily ones.
    for (int i = 0; i < DatabaseBackup::kKeep + 2; ++i)
        QVERIFY(!DatabaseBackup::take(*db, QStringLiteral("import"), &error).isEmpty());
    daily = folder.entryList({QStringLiteral("daily-daily-*.sqlite")}, QDir::Files);
    QCOMPARE(daily.size(), DatabaseCopy::kDailyKeep);
    QCOMPARE(folder.entryList({QStringLiteral("daily-2*.sqlite")}, QDir::Files).size(),
             DatabaseBackup::kKeep);
}

void tst_DbBackup::commandLine()
{
    if (TestSupport::isPostgres())
        QSKIP("SQLite files; a server is backed up with pg_dump");
    const QString copy = m_dir.filePath(QStringLiteral("cli-copy.sqlite"));
    const auto backup = TestSupport::runCli(
        {QStringLiteral("--db"), m_path, QStringLiteral("backup"), copy});
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
    QVERIFY(backup.out.contains(QStringLiteral("integrity_check ok")));
    const auto add = TestSupport::runCli(
        {QStringLiteral("--db"), m_path, QStringLiteral("campaign"), QStringLiteral("add"),
         QStringLiteral("--year"), QStringLiteral("2033"), QStringLiteral("--start"),
         QStringLiteral("2033-07-17"), QStringLiteral("--end"), QStringLiteral("2033-07-26")});
    QCOMPARE(add.exitCode, 0);
    const auto restore = TestSupport::runCli(
        {QStringLiteral("--db"), m_path, QStringLiteral("restore"), copy});
    QVERIFY2(restore.exitCode == 0, qPrintable(restore.err));
    QVERIFY(restore.out.contains(QStringLiteral("kept as")));
    QCOMPARE(shell(m_path, QStringLiteral("SELECT count(*) FROM campaigns WHERE year = 2033;")),
             QStringLiteral("0"));
    const auto bad = TestSupport::runCli({QStringLiteral("--db"), m_path, QStringLiteral("restore"),
                                          m_dir.filePath(QStringLiteral("nothing.sqlite"))});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(bad.err.contains(QStringLiteral("does not exist")));
}

// The commands the Back up / Restore dialogs show on PostgreSQL, run as a clerk would paste them
// into a shell: the dump, a change, the restore, and the change is gone, the data is back.
void tst_DbBackup::postgresCommandsBringTheDatabaseBack()
{
    if (!TestSupport::isPostgres())
        QSKIP("the pg_dump / pg_restore commands are for a server database");
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("pg dump"));
    auto db = TestSupport::openMigrated(location);
    QVERIFY(db);
    QVERIFY(DemoDataGenerator(*db).generate(2024).isEmpty());
    const int units = TestSupport::count(*db, QStringLiteral("units"));
    QVERIFY(units > 0);

    const QStringList commands = DatabaseCopy::postgresCommands(*db).split(QLatin1Char('\n'));
    QCOMPARE(commands.size(), 2);
    QVERIFY(commands.at(0).startsWith(QLatin1String("pg_dump ")));
    QVERIFY(commands.at(1).startsWith(QLatin1String("pg_restore ")));
    QVERIFY(!commands.join(QLatin1Char(' ')).contains(QLatin1String("password")));
    auto run = [&](const QString &command) {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral("sh"), {QStringLiteral("-c"), command});
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            qWarning().noquote() << command << p.readAllStandardError();
            return false;
        }
        return true;
    };
    QVERIFY(run(commands.at(0)));
    Campaign added = campaignOf(2033);
    QVERIFY(CampaignRepository(*db).add(added).isEmpty());
    QVERIFY(CampaignRepository(*db).byYear(2033).has_value());
    QVERIFY(run(commands.at(1)));
    QVERIFY(!CampaignRepository(*db).byYear(2033).has_value());
    QCOMPARE(TestSupport::count(*db, QStringLiteral("units")), units);
}

QTEST_MAIN(tst_DbBackup)
#include "tst_db_backup.moc"
