// Kills lose nothing: a secretariat-cli importing tallies, importing units, issuing 500 letters
// or issuing 10,000 links is killed (SIGKILL) at a random moment; afterwards the database passes
// PRAGMA integrity_check (SQLite), holds either nothing of the operation or all of it, and
// running the operation again gives exactly the full result. The same on PostgreSQL.
//
// The normal suite kills each operation SECRETARIAT_KILL_REPEATS times (default 2, on
// PostgreSQL 1);
// bench/kill-test runs the full 20 on both backends. SECRETARIAT_KILL_SEED repeats a run's
// random moments (each run prints its seed).
#include "TestSupport.h"

#include "db/Database.h"
#include "demo/DemoDataGenerator.h"
#include "imports/UnitImporter.h"
#include "repo/CampaignRepository.h"
#include "repo/UnitRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

namespace {
constexpr int kNewUnits = 1000;
constexpr int kLetters = 500;
constexpr int kLinks = 10000;
constexpr int kResponses = 20000;

// What an operation may change, counted: equal fingerprints mean "nothing" or "all of it".
QString fingerprint(Database &db)
{
    QStringList parts;
    for (const char *sql : {"SELECT COUNT(*) FROM units", "SELECT COUNT(*) FROM participations",
                            "SELECT COUNT(*) FROM letters", "SELECT COUNT(*) FROM links",
                            "SELECT COUNT(*), COALESCE(SUM(valid_samples), 0) FROM daily_tallies",
                            "SELECT COUNT(*) FROM response_ids", "SELECT COUNT(*) FROM imports",
                            "SELECT COUNT(*) FROM audit_log"}) {
        QSqlQuery q(db.connection());
        if (!q.exec(QLatin1String(sql)) || !q.next())
            return QStringLiteral("query failed: ") + q.lastError().text();
        parts << q.value(0).toString();
        if (q.record().count() > 1)
            parts << q.value(1).toString();
    }
    return parts.join(QLatin1Char('/'));
}

QString integrity(Database &db)
{
    if (!db.dialect().isSQLite())
        return QStringLiteral("ok"); // the server recovers on its own; counts are checked below
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return q.lastError().text();
    return q.value(0).toString();
}

// SQLite copies are removed as soon as checked (20 kills of 4 operations add up); PostgreSQL's
// are dropped when the test program ends.
void removeCopy(const QString &location)
{
    if (TestSupport::isPostgres())
        return;
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(location + QLatin1String(suffix));
}

int repeats()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("SECRETARIAT_KILL_REPEATS", &ok);
    if (ok && n > 0)
        return n;
    return TestSupport::isPostgres() ? 1 : 2; // the server's runs are slower; keep the suite quick
}
} // namespace

class tst_KillSafety : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void killedOperationLosesNothing_data();
    void killedOperationLosesNothing();

private:
    void writeUnitsFile();
    void writeResponsesFile(Database &db);
    // Runs secretariat-cli on location to the end; fails the test unless it exits 0.
    void runToEnd(const QString &location, const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_template;
    QString m_unitsFile;
    QString m_responsesFile;
    qint64 m_linkUnit = 0;
    QStringList m_letterUnits;
    QRandomGenerator m_random;
};

void tst_KillSafety::initTestCase()
{
    quint32 seed = quint32(qEnvironmentVariableIntValue("SECRETARIAT_KILL_SEED"));
    if (seed == 0)
        seed = QRandomGenerator::global()->generate() | 1;
    m_random.seed(seed);
    qInfo("kill moments: SECRETARIAT_KILL_SEED=%u, %d kill(s) per operation", seed, repeats());

    m_template = TestSupport::newDatabaseLocation(QStringLiteral("template"));
    auto db = TestSupport::openMigrated(m_template);
    QVERIFY(db);
    QVERIFY(DemoDataGenerator(*db).generate(2024).isEmpty());
    const qint64 campaign = CampaignRepository(*db).byYear(2024)->id;
    // 500 units without a letter, for "letters issue".
    QFile f(m_dir.filePath(QStringLiteral("letter-units.csv")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("name,kind,region,city,contact,phone,email,position,parent,target\n");
    for (int i = 0; i < kLetters; ++i)
        f.write(QStringLiteral("致函单位%1,支持单位,北京市,北京市,赵磊,13900000002,bj@example.org,"
                               "会长,,10\n")
                    .arg(i)
                    .toUtf8());
    f.close();
    UnitImporter::Options options;
    options.campaignId = campaign;
    const auto imported = UnitImporter(*db).run(f.fileName(), options);
    QVERIFY(imported.problems.isEmpty());
    QCOMPARE(imported.created, kLetters);
    for (const UnitListRow &u : UnitRepository(*db).list(campaign)) {
        if (u.name.startsWith(QStringLiteral("致函单位")))
            m_letterUnits << QStringLiteral("--unit") << QString::number(u.unitId);
        else if (m_linkUnit == 0)
            m_linkUnit = u.unitId;
    }
    QCOMPARE(m_letterUnits.size(), 2 * kLetters);
    writeUnitsFile();
    writeResponsesFile(*db);
    // Copies are made from the template, which nobody may have open then (PostgreSQL).
    db.reset();
}

void tst_KillSafety::writeUnitsFile()
{
    m_unitsFile = m_dir.filePath(QStringLiteral("units.csv"));
    QFile f(m_unitsFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("name,kind,region,city,contact,phone,email,position,parent,target\n");
    for (int i = 0; i < kNewUnits; ++i)
        f.write(
            QStringLiteral("新登记单位%1,支持单位,上海市,上海市,周明,13700000003,sh@example.org,"
                           "理事,,20\n")
                .arg(i)
                .toUtf8());
}

void tst_KillSafety::writeResponsesFile(Database &db)
{
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT token FROM links WHERE status = 'active' ORDER BY id")));
    QStringList tokens;
    while (q.next())
        tokens << q.value(0).toString();
    QVERIFY(!tokens.isEmpty());
    m_responsesFile = m_dir.filePath(QStringLiteral("responses.csv"));
    QFile f(m_responsesFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("答卷编号,链接,提交时间,是否有效\n");
    for (int i = 0; i < kResponses; ++i)
        f.write(QStringLiteral("K%1,%2,2024-07-%3 10:%4:00,%5\n")
                    .arg(i)
                    .arg(tokens.at(i % tokens.size()))
                    .arg(18 + i % 5)
                    .arg(i % 60, 2, 10, QLatin1Char('0'))
                    .arg(i % 7 ? QStringLiteral("是") : QStringLiteral("否"))
                    .toUtf8());
}

void tst_KillSafety::killedOperationLosesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("tallies import")
        << QStringList {QStringLiteral("tallies"), QStringLiteral("import"), m_responsesFile};
    QTest::newRow("units import") << QStringList {QStringLiteral("units"), QStringLiteral("import"),
                                                  m_unitsFile};
    QTest::newRow("letters issue 500")
        << QStringList {QStringLiteral("letters"), QStringLiteral("issue")} + m_letterUnits;
    QTest::newRow("links issue 10000") << QStringList {
        QStringLiteral("links"),     QStringLiteral("issue"),   QStringLiteral("--unit"),
        QString::number(m_linkUnit), QStringLiteral("--count"), QString::number(kLinks)};
}

void tst_KillSafety::runToEnd(const QString &location, const QStringList &arguments)
{
    const auto r = TestSupport::runCli(QStringList {QStringLiteral("--db"), location} + arguments);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void tst_KillSafety::killedOperationLosesNothing()
{
    QFETCH(QStringList, arguments);
    arguments.insert(2, QStringLiteral("--campaign"));
    arguments.insert(3, QStringLiteral("2024"));
    const QString tag
        = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'));

    // Nothing and everything: the template, and a copy the operation ran on to its end.
    QString before, full;
    {
        auto db = TestSupport::openMigrated(m_template);
        before = fingerprint(*db);
    }
    const QString reference = TestSupport::copyDatabase(m_template, tag + QStringLiteral("_ref"));
    QElapsedTimer timer;
    timer.start();
    runToEnd(reference, arguments);
    const qint64 fullMs = timer.elapsed();
    {
        auto db = TestSupport::openMigrated(reference);
        full = fingerprint(*db);
    }
    QVERIFY(full != before);

    int midway = 0;
    for (int i = 0; i < repeats(); ++i) {
        const QString location = TestSupport::copyDatabase(m_template, tag);
        QProcess process;
        process.start(QStringLiteral(SECRETARIAT_CLI_PATH),
                      QStringList {QStringLiteral("--db"), location} + arguments);
        QVERIFY(process.waitForStarted(10000));
        // Anywhere from start-up to a little past the end of a full run.
        QThread::msleep(m_random.bounded(quint32(fullMs * 11 / 10 + 1)));
        if (process.state() == QProcess::Running) {
            ++midway;
            ::kill(pid_t(process.processId()), SIGKILL);
        }
        process.waitForFinished(60000);
        {
            auto db = TestSupport::openMigrated(location);
            QVERIFY(db);
            QCOMPARE(integrity(*db), QStringLiteral("ok"));
            const QString after = fingerprint(*db);
            QVERIFY2(after == before || after == full,
                     qPrintable(QStringLiteral("kill %1: %2, neither nothing (%3) nor all (%4)")
                                    .arg(i)
                                    .arg(after, before, full)));
            if (after == full) {
                db.reset();
                removeCopy(location);
                continue;
            }
        }
        runToEnd(location, arguments);
        auto db = TestSupport::openMigrated(location);
        QCOMPARE(fingerprint(*db), full);
        db.reset();
        removeCopy(location);
    }
    qInfo("%s: %d of %d kill(s) landed while it ran (full run %lld ms)", qPrintable(tag), midway,
          repeats(), fullMs);
}

QTEST_MAIN(tst_KillSafety)
#include "tst_kill_safety.moc"
