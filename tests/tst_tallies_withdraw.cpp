// Withdrawing a tally import: a database where an import was made and then withdrawn holds the
// same figures and response ids as one where it was never made, with imports before and after
// it (overlapping responses, daily figures replacing others) keeping their parts; the import
// stays in the history, marked withdrawn with who and when; refusals change nothing.
#include "TallyTestData.h"
#include "TestSupport.h"

#include "db/Database.h"
#include "imports/TallyImporter.h"
#include "imports/TallyWithdrawal.h"
#include "repo/AuditLog.h"
#include "repo/CampaignRepository.h"
#include "repo/ImportRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace TallyTestData;

class tst_TalliesWithdraw : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void withdrawnImportIsAsIfNeverMade();
    void withdrawnRunsAreRecountedExactly();
    void withdrawnSerialRunsAreRecountedExactly_data();
    void withdrawnSerialRunsAreRecountedExactly();
    void refusalsChangeNothing();

private:
    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QTemporaryDir m_dir;
};

namespace {

// Campaign 2024 (07-17..07-26) with links ab12, cd34, ef56. Returns the campaign id.
qint64 makeCampaign(Database &db)
{
    Campaign c;
    c.year = 2024;
    c.startDate = QDate(2024, 7, 17);
    c.endDate = QDate(2024, 7, 26);
    c.baseUrl = QStringLiteral("https://survey.example.cn/q");
    if (!CampaignRepository(db).add(c).isEmpty())
        return 0;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral(
        "INSERT INTO units (name, name_key, created_at, updated_at) VALUES "
        "('测试单位甲', 'ceshidanweijia', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')"));
    const qint64 unitId = q.lastInsertId().toLongLong();
    for (const char *token : {"ab12", "cd34", "ef56"}) {
        q.prepare(
            QStringLiteral("INSERT INTO links (campaign_id, unit_id, token, status,"
                           " created_at) VALUES (?, ?, ?, 'active', '2024-07-01T00:00:00Z')"));
        q.addBindValue(c.id);
        q.addBindValue(unitId);
        q.addBindValue(QString::fromLatin1(token));
        if (!q.exec())
            return 0;
    }
    // Each link under its campaign's questionnaire, as the program issues them (its id prefix,
    // numeric ids kept as runs).
    if (!q.exec(QStringLiteral("UPDATE links SET questionnaire_id = (SELECT MIN(qn.id) FROM"
                               " questionnaires qn WHERE qn.campaign_id = links.campaign_id)")))
        return 0;
    return c.id;
}

// Imports files in order; their import ids, 0 for one not imported.
QList<qint64> importAll(Database &db, qint64 campaignId, const QStringList &files)
{
    TallyImporter importer(db, campaignId);
    TallyImporter::Options options;
    options.backup = false;
    options.user = QStringLiteral("clerk-a");
    QList<qint64> ids;
    for (const QString &f : files) {
        const ImportReport r = importer.importFile(f, options);
        ids << (r.outcome == ImportReport::Outcome::Imported ? r.importId : 0);
    }
    return ids;
}

struct State
{
    QStringList tallies;
    qint64 responseIds = 0;
};

State stateOf(Database &db)
{
    return {tallies(db), countedResponseIds(db)};
}

// A fresh database with only these files imported, in order; with hashed, its questionnaire hashes
// every response id (as before runs were kept).
State reference(const QString &name, const QStringList &files, bool hashed = false)
{
    auto db = TestSupport::openMigrated(TestSupport::newDatabaseLocation(name));
    const qint64 campaignId = makeCampaign(*db);
    if (hashed
        && !QSqlQuery(db->connection())
                .exec(QStringLiteral(
                    "UPDATE questionnaires SET numbers_hashed = 1, serials_hashed = 1")))
        return {{QStringLiteral("fixture failed")}, -1};
    const QList<qint64> ids = importAll(*db, campaignId, files);
    if (campaignId == 0 || ids.contains(0))
        return {{QStringLiteral("fixture failed")}, -1};
    return stateOf(*db);
}

ImportRecord record(Database &db, qint64 id)
{
    return ImportRepository(db).byId(id);
}

} // namespace

void tst_TalliesWithdraw::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const auto write = [this](const char *name, const char *text) {
        QFile f(file(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    // A: daily figures.
    write("a-daily.csv", "链接,日期,有效样本数\nab12,2024-07-17,10\ncd34,2024-07-18,4\n");
    // B: responses.
    write("b-responses.csv",
          "答卷编号,链接,提交时间,是否有效\n"
          "1001,ab12,2024-07-17 09:00,1\n"
          "1002,ab12,2024-07-17 09:30,1\n"
          "1003,cd34,2024-07-17 10:00,0\n");
    // W, the wrong one: 1002 again (B counted it), 1004, 1005 and 1007 first.
    write("w-responses.csv",
          "答卷编号,链接,提交时间,是否有效\n"
          "1002,ab12,2024-07-17 09:30,1\n"
          "1004,cd34,2024-07-18 10:00,1\n"
          "1005,ab12,2024-07-17 18:00,1\n"
          "1007,ef56,2024-07-19 08:00,0\n");
    // C: daily figures replacing cd34's 07-18 after W.
    write("c-daily.csv", "链接,日期,有效样本数,无效样本数\ncd34,2024-07-18,7,2\n");
    // D: overlaps W (1004, 1005 twice), and something new.
    write("d-responses.csv",
          "答卷编号,链接,提交时间,是否有效\n"
          "1004,cd34,2024-07-18 10:00,1\n"
          "1005,ab12,2024-07-17 18:00,1\n"
          "1008,ef56,2024-07-19 09:00,1\n"
          "1005,ab12,2024-07-17 18:00,1\n");
}

void tst_TalliesWithdraw::withdrawnImportIsAsIfNeverMade()
{
    const QString a = file("a-daily.csv"), b = file("b-responses.csv"), w = file("w-responses.csv"),
                  c = file("c-daily.csv"), d = file("d-responses.csv");
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("withdraw"));
    auto db = TestSupport::openMigrated(location);
    const qint64 campaignId = makeCampaign(*db);
    QVERIFY(campaignId > 0);
    const QList<qint64> ids = importAll(*db, campaignId, {a, b, w, c, d});
    QVERIFY2(!ids.contains(0), "every file imports");
    const qint64 wId = ids.at(2), cId = ids.at(3), dId = ids.at(4);
    QCOMPARE(record(*db, dId).accepted, qint64(1)); // 1004 and 1005 were W's
    const State withW = stateOf(*db);

    // W withdrawn through the CLI: as if only A, B, C, D had been imported.
    const auto r = TestSupport::runCli({QStringLiteral("--db"), location, QStringLiteral("tallies"),
                                        QStringLiteral("withdraw"), QString::number(wId)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("withdrawn")), qPrintable(r.out));
    const State expected = reference(QStringLiteral("ref1"), {a, b, c, d});
    State now = stateOf(*db);
    QVERIFY(now.tallies != withW.tallies);
    QCOMPARE(now.tallies, expected.tallies);
    QCOMPARE(now.responseIds, expected.responseIds);
    // D counts the responses W had counted first, as it would have without W.
    QCOMPARE(record(*db, dId).accepted, qint64(3));
    QCOMPARE(record(*db, dId).duplicate, qint64(1));
    const ImportRecord withdrawn = record(*db, wId);
    QCOMPARE(withdrawn.status, QStringLiteral("withdrawn"));
    QVERIFY(!withdrawn.withdrawnAt.isEmpty());
    QVERIFY(!withdrawn.withdrawnBy.isEmpty());
    QCOMPARE(record(*db, cId).status, QStringLiteral("imported"));
    const QList<AuditLog::Entry> log = AuditLog::forRecord(*db, QStringLiteral("imports"), wId);
    QVERIFY(std::any_of(log.cbegin(), log.cend(), [](const AuditLog::Entry &e) {
        return e.action == QLatin1String("withdraw");
    }));

    // The corrected W imported again counts only what no remaining import counted.
    const QList<qint64> again = importAll(*db, campaignId, {w});
    QVERIFY(again.first() > 0);
    now = stateOf(*db);
    const State expected2 = reference(QStringLiteral("ref2"), {a, b, c, d, w});
    QCOMPARE(now.tallies, expected2.tallies);
    QCOMPARE(now.responseIds, expected2.responseIds);

    // C, daily figures that replaced A's: withdrawn, A's figure comes back under the later
    // responses, as if C had never been imported.
    const TallyWithdrawal::Result rc
        = TallyWithdrawal(*db, cId, QStringLiteral("manager-b"), false).run();
    QVERIFY2(rc.ok, qPrintable(rc.message));
    QCOMPARE(record(*db, cId).withdrawnBy, QStringLiteral("manager-b"));
    const State expected3 = reference(QStringLiteral("ref3"), {a, b, d, w});
    now = stateOf(*db);
    QCOMPARE(now.tallies, expected3.tallies);
    QVERIFY(now.tallies.contains(QStringLiteral("cd34,2024-07-18,5,0,0"))); // A's 4 + 1004
    QCOMPARE(now.responseIds, expected3.responseIds);

    // Everything withdrawn: nothing left.
    for (qint64 id : {ids.at(0), ids.at(1), dId, again.first()}) {
        const TallyWithdrawal::Result x = TallyWithdrawal(*db, id, QString(), false).run();
        QVERIFY2(x.ok, qPrintable(x.message));
    }
    QCOMPARE(tallies(*db), QStringList());
    QCOMPARE(countedResponseIds(*db), qint64(0));
}

// Ids that are numbers are kept as runs (response_id_ranges): withdrawing the import that
// counted a run first forgets the whole run, and a later import that had some of its numbers
// (and text ids beside them) counts exactly those, each once, as if the withdrawn one had never
// been imported; re-importing it counts only what no remaining import counted.
void tst_TalliesWithdraw::withdrawnRunsAreRecountedExactly()
{
    const auto write = [this](const char *name, const QList<QByteArray> &ids) {
        QFile f(file(name));
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        f.write("答卷编号,链接,提交时间,是否有效\n");
        int n = 0;
        for (const QByteArray &id : ids) {
            ++n;
            f.write(id + "," + (n % 2 ? "ab12" : "cd34") + ",2024-07-"
                    + QByteArray::number(17 + n % 5) + " 10:00," + (n % 4 ? "1" : "0") + "\n");
        }
        return f.fileName();
    };
    const auto numbers = [](int first, int last) {
        QList<QByteArray> ids;
        for (int i = first; i <= last; ++i)
            ids << QByteArray::number(i);
        return ids;
    };
    const QString b = write("runs-b.csv", numbers(1, 100) + QList<QByteArray>({"T1", "T2", "T5"}));
    const QString w
        = write("runs-w.csv", numbers(50, 150) + QList<QByteArray>({"T5", "T11", "T12"}));
    const QString d = write("runs-d.csv",
                            QList<QByteArray>({"T12", "140"}) + numbers(120, 130)
                                + QList<QByteArray>({"140", "200", "T12"}));
    auto db = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("runs")));
    const qint64 campaignId = makeCampaign(*db);
    QVERIFY(campaignId > 0);
    const QList<qint64> ids = importAll(*db, campaignId, {b, w, d});
    QVERIFY(!ids.contains(0));
    QCOMPARE(record(*db, ids.at(2)).accepted, qint64(1)); // 200
    QCOMPARE(record(*db, ids.at(2)).duplicate, qint64(15));
    const qint64 runs = TestSupport::count(*db, QStringLiteral("response_id_ranges"));
    QVERIFY2(runs >= 2 && runs <= 4, qPrintable(QString::number(runs))); // B's, W's, D's 200

    const TallyWithdrawal::Result r = TallyWithdrawal(*db, ids.at(1), QString(), false).run();
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.forgotten, qint64(50 + 2)); // 101..150, T11, T12
    QCOMPARE(r.recounted, qint64(12 + 1)); // 120..130 and 140 once, T12 once
    const State expected = reference(QStringLiteral("runs-ref1"), {b, d});
    State now = stateOf(*db);
    QCOMPARE(now.tallies, expected.tallies);
    QCOMPARE(now.responseIds, expected.responseIds);
    QCOMPARE(record(*db, ids.at(2)).accepted, qint64(14));
    QCOMPARE(record(*db, ids.at(2)).duplicate, qint64(2)); // the second 140 and T12

    const QList<qint64> again = importAll(*db, campaignId, {w});
    QVERIFY(again.first() > 0);
    const State expected2 = reference(QStringLiteral("runs-ref2"), {b, d, w});
    now = stateOf(*db);
    QCOMPARE(now.tallies, expected2.tallies);
    QCOMPARE(now.responseIds, expected2.responseIds);
    QCOMPARE(record(*db, again.first()).accepted, qint64(38 + 1)); // 101..150 but D's 12; T11
}

void tst_TalliesWithdraw::withdrawnSerialRunsAreRecountedExactly_data()
{
    // Three files imported in order (TallyTestData::expandIds); the second is withdrawn.
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("w");
    QTest::addColumn<QString>("d");
    QTest::addColumn<qint64>("forgotten");
    QTest::addColumn<qint64>("recounted");
    // W first: S1-101..150, T5, T11. D had S1-120..130 and S1-140 (twice) of them.
    QTest::newRow("prefix and number") << "S1-{1..100} T1 T2"
                                       << "S1-{50..150} T5 T11"
                                       << "S1-140 S1-{120..130} S1-140 S1-200" << 52LL << 12LL;
    // W first: R-0101..0150 and R-50..60; D had R-0120..0130, R-0140 and R-55 (not R-140).
    QTest::newRow("leading zeros") << "R-{0001..0100}"
                                   << "R-{0050..0150} R-{50..60}"
                                   << "R-{0120..0130} R-0140 R-55 R-140" << 61LL << 13LL;
    // W first: S1-51..60, S2-51..55 and 7; D had S2-51, S2-52, S1-55 and 7 (S2-50, S1-7: B's).
    QTest::newRow("two prefixes") << "S1-{1..50} S2-{1..50}"
                                  << "S1-{40..60} S2-{45..55} 7"
                                  << "S2-{50..52} S1-55 7 S1-7" << 16LL << 4LL;
}

// Withdrawing an import whose ids of a prefix and a serial number went into runs forgets them, a
// later import that had some counts exactly those (per stem: S1-7 is not S2-7, R-0055 not R-55),
// and importing the withdrawn file again counts what no remaining import counted: the same as a
// database that hashes every id.
void tst_TalliesWithdraw::withdrawnSerialRunsAreRecountedExactly()
{
    QFETCH(QString, b);
    QFETCH(QString, w);
    QFETCH(QString, d);
    QFETCH(qint64, forgotten);
    QFETCH(qint64, recounted);
    const QString tag = QString::fromUtf8(QTest::currentDataTag());
    const auto write = [&](const char *name, const QString &ids) {
        QFile f(m_dir.filePath(QStringLiteral("serials-%1-%2.csv").arg(tag, QLatin1String(name))));
        return f.open(QIODevice::WriteOnly) && f.write(responsesCsv(expandIds(ids))) > 0
            ? f.fileName()
            : QString();
    };
    const QString bFile = write("b", b), wFile = write("w", w), dFile = write("d", d);
    static int run = 0; // database names per data row
    ++run;
    const QString name = QStringLiteral("serials%1").arg(run);
    auto db = TestSupport::openMigrated(TestSupport::newDatabaseLocation(name));
    const qint64 campaignId = makeCampaign(*db);
    QVERIFY(campaignId > 0);
    const QList<qint64> ids = importAll(*db, campaignId, {bFile, wFile, dFile});
    QVERIFY(!ids.contains(0));
    QVERIFY(TestSupport::count(*db, QStringLiteral("response_id_ranges")) > 0);

    const TallyWithdrawal::Result r = TallyWithdrawal(*db, ids.at(1), QString(), false).run();
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.forgotten, forgotten);
    QCOMPARE(r.recounted, recounted);
    const State expected = reference(name + QStringLiteral("-ref1"), {bFile, dFile}, true);
    State now = stateOf(*db);
    QCOMPARE(now.tallies, expected.tallies);
    QCOMPARE(now.responseIds, expected.responseIds);

    const QList<qint64> again = importAll(*db, campaignId, {wFile});
    QVERIFY(again.first() > 0);
    const State expected2 = reference(name + QStringLiteral("-ref2"), {bFile, dFile, wFile}, true);
    now = stateOf(*db);
    QCOMPARE(now.tallies, expected2.tallies);
    QCOMPARE(now.responseIds, expected2.responseIds);
}

void tst_TalliesWithdraw::refusalsChangeNothing()
{
    auto db = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("refuse")));
    const qint64 campaignId = makeCampaign(*db);
    const QList<qint64> ids = importAll(*db, campaignId, {file("b-responses.csv")});
    QVERIFY(ids.first() > 0);
    QVERIFY(TallyWithdrawal(*db, ids.first(), QString(), false).run().ok);
    const QString before = TestSupport::snapshot(*db);
    TallyWithdrawal::Result r = TallyWithdrawal(*db, ids.first(), QString(), false).run();
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(QStringLiteral("withdrawn already")), qPrintable(r.message));
    r = TallyWithdrawal(*db, 9999, QString(), false).run();
    QVERIFY(!r.ok);
    QVERIFY(r.message.contains(QStringLiteral("no import")));
    // An import made by an older version: its way back is the copy taken before it.
    const QList<qint64> old = importAll(*db, campaignId, {file("d-responses.csv")});
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(
        QStringLiteral("UPDATE imports SET withdrawable = 0 WHERE id = %1").arg(old.first())));
    const QString beforeOld = TestSupport::snapshot(*db);
    r = TallyWithdrawal(*db, old.first(), QString(), false).run();
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(QStringLiteral("older version")), qPrintable(r.message));
    QCOMPARE(TestSupport::snapshot(*db), beforeOld);
    Q_UNUSED(before);
    const auto cli = TestSupport::runCli(
        {QStringLiteral("tallies"), QStringLiteral("withdraw"), QStringLiteral("x")});
    QCOMPARE(cli.exitCode, 2);
}

QTEST_GUILESS_MAIN(tst_TalliesWithdraw)
#include "tst_tallies_withdraw.moc"
