// A full disk: an import into a database whose file system fills up fails with a message that
// names the disk, leaves the data as it was (integrity_check ok, same contents) and the program
// usable: the same session, and the next program, write again once the import is refused.
// The test mounts a small tmpfs for the database, so it needs root (it is skipped otherwise):
// RLIMIT_FSIZE would not do, as SQLite reports EFBIG as a write error, not as a full disk.
// SQLite files only: a PostgreSQL server's disk is the server administrator's.
#include "TestSupport.h"

#include "db/Database.h"
#include "demo/DemoDataGenerator.h"
#include "imports/DatabaseCopy.h"
#include "imports/UnitImporter.h"
#include "repo/CampaignRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString integrity(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return q.lastError().text();
    return q.value(0).toString();
}

bool run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

void writeUnits(const QString &path, const QString &prefix, int count)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return;
    f.write("name,kind,region,city,contact,phone,email,position,parent,target\n");
    for (int i = 0; i < count; ++i)
        f.write(QStringLiteral("%1%2,支持单位,上海市,上海市,周明,13700000003,sh@example.org,"
                               "理事（负责与调查秘书处的全部联络工作）,,20\n")
                    .arg(prefix)
                    .arg(i)
                    .toUtf8());
}
} // namespace

class tst_DiskFull : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void importFailsNamingTheDiskAndChangesNothing();
    void sameSessionWritesAgain();

private:
    // Mounts (or with "remount,..." resizes) the tmpfs at m_mount; false when that fails.
    bool mountTmpfs(const QString &options);

    QTemporaryDir m_dir;
    QString m_seed;
    QString m_mount;
    QString m_path;
    QString m_bigFile;
    QString m_smallFile;
    qint64 m_campaign = 0;
};

void tst_DiskFull::initTestCase()
{
    if (TestSupport::isPostgres())
        QSKIP("SQLite files; a PostgreSQL server's disk belongs to the server");
    // The database with demo data on an ordinary disk; each test works on a copy on the small one.
    m_seed = m_dir.filePath(QStringLiteral("seed.sqlite"));
    const QString &seed = m_seed;
    {
        auto db = TestSupport::openMigrated(seed);
        QVERIFY(db);
        QVERIFY(DemoDataGenerator(*db).generate(2024).isEmpty());
        m_campaign = CampaignRepository(*db).byYear(2024)->id;
    }
    m_bigFile = m_dir.filePath(QStringLiteral("many-units.csv"));
    writeUnits(m_bigFile, QStringLiteral("满盘测试单位"), 1500);
    m_smallFile = m_dir.filePath(QStringLiteral("one-unit.csv"));
    writeUnits(m_smallFile, QStringLiteral("满盘之后的单位"), 1);

    m_mount = m_dir.filePath(QStringLiteral("small-disk"));
    QVERIFY(QDir().mkpath(m_mount));
    if (!mountTmpfs(QStringLiteral("size=64m")))
        QSKIP("cannot mount a small tmpfs here (the test needs root)");
    m_path = m_mount + QStringLiteral("/office.sqlite");
}

void tst_DiskFull::init()
{
    // Each test on a fresh copy: a failed import leaves its -wal file as large as the disk let
    // it grow, room that a later transaction of the same size would find already there.
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(m_path + QLatin1String(suffix));
    Database source;
    QVERIFY(mountTmpfs(QStringLiteral("remount,size=64m")));
    QVERIFY(!source.open(m_seed).isValid());
    QCOMPARE(DatabaseCopy::backupTo(source, m_path), QString());
    source.close();
    // Room for the database and its -wal and -shm files with 256 KiB to spare: far less than
    // 1,500 units with their participations and audit entries need.
    const QStorageInfo disk(m_mount);
    const qint64 usedKb = (disk.bytesTotal() - disk.bytesFree()) / 1024;
    QVERIFY(mountTmpfs(QStringLiteral("remount,size=%1k").arg(usedKb + 256)));
}

bool tst_DiskFull::mountTmpfs(const QString &options)
{
    return run(QStringLiteral("mount"),
               {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), options,
                QStringLiteral("tmpfs"), m_mount});
}

void tst_DiskFull::cleanupTestCase()
{
    if (!m_path.isEmpty())
        run(QStringLiteral("umount"), {m_mount});
}

void tst_DiskFull::importFailsNamingTheDiskAndChangesNothing()
{
    QString before;
    {
        auto db = TestSupport::openMigrated(m_path);
        before = TestSupport::snapshot(*db);
    }
    const auto r = TestSupport::runCli({QStringLiteral("--db"), m_path, QStringLiteral("units"),
                                        QStringLiteral("import"), QStringLiteral("--campaign"),
                                        QStringLiteral("2024"), m_bigFile});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("the disk that holds the database is full")),
             qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("Unable to")), qPrintable(r.err)); // no Qt jargon
    auto db = TestSupport::openMigrated(m_path);
    QVERIFY(db);
    QCOMPARE(integrity(*db), QStringLiteral("ok"));
    QCOMPARE(TestSupport::snapshot(*db), before);
    db.reset();
    // The next program writes as soon as there is room for what it writes.
    const auto small = TestSupport::runCli({QStringLiteral("--db"), m_path, QStringLiteral("units"),
                                            QStringLiteral("import"), QStringLiteral("--campaign"),
                                            QStringLiteral("2024"), m_smallFile});
    QVERIFY2(small.exitCode == 0, qPrintable(small.err));
}

void tst_DiskFull::sameSessionWritesAgain()
{
    auto db = TestSupport::openMigrated(m_path);
    QVERIFY(db);
    const QString before = TestSupport::snapshot(*db);
    UnitImporter::Options options;
    options.campaignId = m_campaign;
    const ImportReport refused = UnitImporter(*db).run(m_bigFile, options);
    QCOMPARE(refused.created, 0); // what the wizard reports: not the rows it had written
    QVERIFY(!refused.problems.isEmpty());
    QVERIFY2(refused.problems.constFirst().message.contains(QStringLiteral("disk")),
             qPrintable(refused.problems.constFirst().message));
    QCOMPARE(TestSupport::snapshot(*db), before);
    QCOMPARE(integrity(*db), QStringLiteral("ok"));
    // The same connection goes on working.
    writeUnits(m_smallFile, QStringLiteral("同一会话的单位"), 1);
    const ImportReport one = UnitImporter(*db).run(m_smallFile, options);
    QVERIFY(one.problems.isEmpty());
    QCOMPARE(one.created, 1);
}

QTEST_MAIN(tst_DiskFull)
#include "tst_disk_full.moc"
