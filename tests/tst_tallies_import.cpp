// Sample tally import end to end: golden case folders run through secretariat-cli (GB18030,
// BOM, tabs, quoted line breaks, LibreOffice .xlsx, overlapping exports, repeats, corrections,
// revoked/unknown links, out-of-window rows), malformed files that must change nothing,
// cancellation, backups, --skip-invalid rejects, history, and the value parsers.
#include "TallyTestData.h"
#include "TestSupport.h"

#include "db/Database.h"
#include "db/Migrations.h"
#include "db/Transaction.h"
#include "imports/ColumnMapping.h"
#include "imports/DatabaseBackup.h"
#include "imports/LinkCache.h"
#include "GoldenFolders.h"
#include "common/Sha256.h"
#include "imports/TallyImporter.h"
#include "imports/TallyValueParser.h"
#include "io/ReadAheadTable.h"
#include "io/TableReader.h"
#include "repo/CampaignRepository.h"
#include "repo/ImportRepository.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using TestSupport::runCli;

class tst_TalliesImport : public QObject
{
    Q_OBJECT
private slots:
    void valueParsers_data();
    void valueParsers();
    void flagsAndCounts();
    void responseHashIsStable();
    void linkCacheFindsWhatItWasGiven();
    void columnMapping();
    void goldenCases_data();
    void goldenCases();
    void malformedFilesChangeNothing_data();
    void malformedFilesChangeNothing();
    void rejectedFileViaCliChangesNothing();
    void skipInvalidWritesRejects();
    void cancelHalfWayLeavesNothing();
    void repeatsAcrossLargeBatches();
    void numericIdsAsRuns();
    void alreadyImportedWhileRowsAreRead();
    void responseSerial_data();
    void responseSerial();
    void serialIdsAsRuns_data();
    void serialIdsAsRuns();
    void readAheadGivesTheReadersRows();
    void unknownTokensListedAsRead();
    void numbersHashedBeforeRunsStayHashed();
    void serialsHashedBeforeRunsStayHashed();
    void backupsKeepLastFive();
    void historyListsImports();
    void wizardMappingOverridesHeader();
    void usageErrors();
    void twoDesksImportOverlappingFilesAtOnce();
    void importWaitsItsTurnAndSaysSo();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_malformedDb;
    qint64 m_malformedCampaign = 0;
};

using namespace TallyTestData;

namespace {

// Campaign 2024 (window 07-17..07-26) with active links ab12, cd34, ef56 and revoked gh78;
// campaign 2023 with link old1. Returns the 2024 campaign id.
qint64 makeFixture(Database &db)
{
    Campaign c2023;
    c2023.year = 2023;
    c2023.startDate = QDate(2023, 7, 17);
    c2023.endDate = QDate(2023, 7, 26);
    c2023.baseUrl = QStringLiteral("https://survey.example.cn/q");
    Campaign c2024 = c2023;
    c2024.year = 2024;
    c2024.startDate = QDate(2024, 7, 17);
    c2024.endDate = QDate(2024, 7, 26);
    CampaignRepository repo(db);
    if (!repo.add(c2023).isEmpty() || !repo.add(c2024).isEmpty())
        return 0;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral(
        "INSERT INTO units (name, name_key, created_at, updated_at) VALUES "
        "('测试单位甲', 'ceshidanweijia', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')"));
    const qint64 unitId = q.lastInsertId().toLongLong();
    const auto link = [&](qint64 campaign, const char *token, const char *status) {
        q.prepare(
            QStringLiteral("INSERT INTO links (campaign_id, unit_id, token, status, created_at) "
                           "VALUES (?, ?, ?, ?, '2024-07-01T00:00:00Z')"));
        q.addBindValue(campaign);
        q.addBindValue(unitId);
        q.addBindValue(QString::fromLatin1(token));
        q.addBindValue(QString::fromLatin1(status));
        return q.exec();
    };
    if (!link(c2024.id, "ab12", "active") || !link(c2024.id, "cd34", "active")
        || !link(c2024.id, "ef56", "active") || !link(c2024.id, "gh78", "revoked")
        || !link(c2023.id, "old1", "active"))
        return 0;
    // Each link under its campaign's questionnaire, as the program issues them (its id prefix,
    // numeric ids kept as runs).
    if (!q.exec(QStringLiteral("UPDATE links SET questionnaire_id = (SELECT MIN(qn.id) FROM"
                               " questionnaires qn WHERE qn.campaign_id = links.campaign_id)")))
        return 0;
    return c2024.id;
}

QString writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(data);
    return path;
}

} // namespace

void tst_TalliesImport::valueParsers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("allowTime");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const char *text, bool time, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(text) << time << QString::fromLatin1(expected);
    };
    row("iso", "2024-07-17", false, "2024-07-17");
    row("slashes", "2024/7/8", false, "2024-07-08");
    row("dots", "2024.07.08", false, "2024-07-08");
    row("chinese", "2024年7月8日", false, "2024-07-08");
    row("padded", " 2024-07-17 ", false, "2024-07-17");
    row("serial", "45490", false, "2024-07-17");
    row("serial with time", "45490.75", true, "2024-07-17");
    row("serial fraction as day", "45490.75", false, "");
    row("minutes", "2024-07-17 10:11", true, "2024-07-17");
    row("seconds", "2024-07-17 10:11:12", true, "2024-07-17");
    row("T and zone", "2024-07-17T10:11:12.345+08:00", true, "2024-07-17");
    row("Z", "2024-07-17T10:11:12Z", true, "2024-07-17");
    row("chinese with time", "2024年7月17日 9:05", true, "2024-07-17");
    row("slashes with time", "2024/7/17 9:05:01", true, "2024-07-17");
    row("end of day", "2024-07-31 24:00", true, "2024-07-31");
    row("time not allowed", "2024-07-17 10:11", false, "");
    row("24:30", "2024-07-17 24:30", true, "");
    row("bad month", "2024-13-17", false, "");
    row("feb 30", "2024-02-30", false, "");
    row("mixed separators", "2024-07/17", false, "");
    row("two-digit year", "24-07-17", false, "");
    row("day first", "17/07/2024", false, "");
    row("words", "today", false, "");
    row("year only", "2024", false, "");
    row("empty", "", false, "");
    row("am/pm", "2024-07-17 10:00 PM", true, "");
}

void tst_TalliesImport::valueParsers()
{
    QFETCH(QString, text);
    QFETCH(bool, allowTime);
    QFETCH(QString, expected);
    const QDate d = TallyValueParser::parseDay(text, allowTime);
    QCOMPARE(d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : QString(), expected);
}

void tst_TalliesImport::flagsAndCounts()
{
    for (const char *yes : {"1", "true", "TRUE", "True", "是", "yes", "Y", "有效"})
        QCOMPARE(TallyValueParser::parseFlag(QString::fromUtf8(yes)), 1);
    for (const char *no : {"0", "false", "FALSE", "否", "no", "N", "无效"})
        QCOMPARE(TallyValueParser::parseFlag(QString::fromUtf8(no)), 0);
    for (const char *neither : {"", "2", "maybe", "是的", "-1"})
        QCOMPARE(TallyValueParser::parseFlag(QString::fromUtf8(neither)), -1);
    QCOMPARE(TallyValueParser::parseCount(u"0"), 0);
    QCOMPARE(TallyValueParser::parseCount(u" 1234 "), 1234);
    QCOMPARE(TallyValueParser::parseCount(u"12.0"), 12);
    QCOMPARE(TallyValueParser::parseCount(u"-1"), -1);
    QCOMPARE(TallyValueParser::parseCount(u"1,234"), -1);
    QCOMPARE(TallyValueParser::parseCount(u"1.5"), -1);
    QCOMPARE(TallyValueParser::parseCount(u""), -1);
}

void tst_TalliesImport::responseHashIsStable()
{
    // First 8 bytes of SHA-256("1001"), big-endian, as signed 64-bit: fixed forever, since the
    // stored ids depend on it.
    QCOMPARE(TallyValueParser::responseHash(u"1001"), TallyValueParser::responseHash(u" 1001 "));
    QVERIFY(TallyValueParser::responseHash(u"1001") != TallyValueParser::responseHash(u"1002"));
    QCOMPARE(TallyValueParser::responseHash(u"abc"), qint64(0xba7816bf8f01cfeaLL));
}

// The link resolver's cache of texts (open addressing over one text buffer): each text under its
// own index through growth, texts that differ in one character or only in length apart, the
// empty text, nothing after clear().
void tst_TalliesImport::linkCacheFindsWhatItWasGiven()
{
    LinkCache cache;
    QStringList texts = {QString(),
                         QStringLiteral("a"),
                         QStringLiteral("ab"),
                         QStringLiteral("tk0388"),
                         QStringLiteral("tk0389"),
                         QStringLiteral("https://www.wjx.cn/vm/AbCd.aspx?sojumpparm=TK0388"),
                         QStringLiteral("单位甲-TK0388")};
    for (int i = 0; i < 20000; ++i)
        texts << QStringLiteral("t%1").arg(i, 5, 36, QLatin1Char('0'));
    for (const QString &t : texts) {
        QCOMPARE(cache.find(t), qsizetype(-1));
        const qsizetype next = cache.size();
        QCOMPARE(cache.add(t), next);
    }
    QCOMPARE(cache.size(), qsizetype(texts.size()));
    for (qsizetype i = 0; i < texts.size(); ++i)
        QCOMPARE(cache.find(texts.at(i)), i);
    QCOMPARE(cache.find(QStringLiteral("tk038")), qsizetype(-1));
    QCOMPARE(cache.find(QStringLiteral("tk03888")), qsizetype(-1));
    QCOMPARE(cache.find(QStringLiteral("TK0388")), qsizetype(-1));
    cache.clear();
    QCOMPARE(cache.size(), qsizetype(0));
    QCOMPARE(cache.find(QStringLiteral("tk0388")), qsizetype(-1));
    QCOMPARE(cache.add(QStringLiteral("tk0388")), qsizetype(0));
    QCOMPARE(cache.find(QStringLiteral("tk0388")), qsizetype(0));
}

void tst_TalliesImport::columnMapping()
{
    using F = ColumnMapping::Field;
    ColumnMapping m = ColumnMapping::fromHeader(
        {QStringLiteral("\uFEFF链接编号"), QStringLiteral("日期"), QStringLiteral("有效样本数"),
         QStringLiteral("备注"), QStringLiteral("意见建议数")});
    QCOMPARE(m.kind(), ColumnMapping::Kind::Daily);
    QCOMPARE(m.column(F::Link), 0);
    QCOMPARE(m.column(F::Day), 1);
    QCOMPARE(m.column(F::ValidSamples), 2);
    QCOMPARE(m.column(F::Suggestions), 4);
    QVERIFY(m.missingFields().isEmpty());
    QCOMPARE(m.ignoredColumns(), QList<int>({3}));

    m = ColumnMapping::fromHeader({QStringLiteral("Response ID"), QStringLiteral("Link URL"),
                                   QStringLiteral("submitted_at"), QStringLiteral("Valid"),
                                   QStringLiteral("Province")});
    QCOMPARE(m.kind(), ColumnMapping::Kind::Responses);
    QCOMPARE(m.column(F::ResponseId), 0);
    QCOMPARE(m.column(F::Link), 1);
    QCOMPARE(m.column(F::SubmittedAt), 2);
    QCOMPARE(m.column(F::ValidFlag), 3);
    QCOMPARE(m.column(F::Region), 4);

    m = ColumnMapping::fromHeader(
        {QStringLiteral("答卷编号"), QStringLiteral("链接"), QStringLiteral("提交时间")});
    QCOMPARE(m.kind(), ColumnMapping::Kind::Responses);
    QCOMPARE(m.missingFields(), QList<F>({F::ValidFlag}));
    m.setColumn(F::ValidFlag, 1); // a column feeds one field only
    QCOMPARE(m.column(F::Link), -1);

    m = ColumnMapping::fromHeader({QStringLiteral("名称"), QStringLiteral("数量")});
    QCOMPARE(m.kind(), ColumnMapping::Kind::Unknown);
    m = ColumnMapping::fromHeader(
        {QStringLiteral("链接"), QStringLiteral("日期"), QStringLiteral("有效样本数")},
        ColumnMapping::Kind::Responses);
    QCOMPARE(m.kind(), ColumnMapping::Kind::Responses);
    QVERIFY(m.missingFields().contains(F::ResponseId));
}

void tst_TalliesImport::goldenCases_data()
{
    GoldenFolders::addRows(QStringLiteral("tallies/cases"), 15);
}

void tst_TalliesImport::goldenCases()
{
    QFETCH(QString, folder);
    const QDir dir(folder);
    const QString location
        = TestSupport::newDatabaseLocation(QStringLiteral("golden-") + dir.dirName());
    {
        auto db = TestSupport::openMigrated(location);
        QVERIFY(db);
        QVERIFY(makeFixture(*db) > 0);
    }
    const QStringList extra = GoldenFolders::args(folder);
    const QStringList inputs = GoldenFolders::inputs(folder);
    const QStringList summaries = fileLines(dir.filePath(QStringLiteral("expected-summary.txt")));
    QCOMPARE(inputs.size(), summaries.size());
    QString allOutput;
    const QString rejects = m_dir.filePath(dir.dirName() + QStringLiteral(".rejects.csv"));
    for (int i = 0; i < inputs.size(); ++i) {
        QStringList args {QStringLiteral("--db"),     location,
                          QStringLiteral("tallies"),  QStringLiteral("import"),
                          dir.filePath(inputs.at(i)), QStringLiteral("--campaign"),
                          QStringLiteral("2024")};
        args += extra;
        if (extra.contains(QStringLiteral("--skip-invalid")))
            args << QStringLiteral("--rejects") << rejects;
        const auto r = runCli(args);
        allOutput += r.out + r.err;
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(lastLine(r.out), summaries.at(i));
    }
    for (const QString &message : fileLines(dir.filePath(QStringLiteral("expected-warnings.txt"))))
        QVERIFY2(allOutput.contains(message),
                 qPrintable(QStringLiteral("'%1' not in:\n%2").arg(message, allOutput)));
    auto db = TestSupport::openMigrated(location);
    QStringList expected = fileLines(dir.filePath(QStringLiteral("expected.csv")));
    expected.removeFirst();
    QCOMPARE(tallies(*db), expected);
    // Each imported file is recorded once, with its SHA-256.
    const qint64 imported
        = TestSupport::count(*db, QStringLiteral("imports"), QStringLiteral("status = 'imported'"));
    qint64 expectedImports = 0;
    for (const QString &s : summaries)
        expectedImports += s.startsWith(QLatin1String("read 0,")) ? 0 : 1;
    QCOMPARE(imported, expectedImports);
}

void tst_TalliesImport::malformedFilesChangeNothing_data()
{
    GoldenFolders::addRows(QStringLiteral("tallies/malformed"), 30);
}

void tst_TalliesImport::malformedFilesChangeNothing()
{
    QFETCH(QString, folder);
    std::unique_ptr<Database> &db = m_malformedDb;
    qint64 &campaignId = m_malformedCampaign;
    if (!db) {
        db = TestSupport::openMigrated(
            TestSupport::newDatabaseLocation(QStringLiteral("malformed")));
        QVERIFY(db);
        campaignId = makeFixture(*db);
        QVERIFY(campaignId > 0);
        // Some data already there, which must stay as it is.
        TallyImporter seed(*db, campaignId);
        const ImportReport r = seed.importFile(TestSupport::dataPath(
            QStringLiteral("tallies/cases/overlapping_responses/1-export-morning.csv")));
        QCOMPARE(r.outcome, ImportReport::Outcome::Imported);
    }
    const QDir dir(folder);
    const QStringList inputs = GoldenFolders::inputs(folder);
    QCOMPARE(inputs.size(), 1);
    const QString before = TestSupport::snapshot(*db);
    TallyImporter importer(*db, campaignId);
    TallyImporter::Options options;
    options.backup = false;
    const ImportReport report = importer.importFile(dir.filePath(inputs.first()), options);
    QCOMPARE(report.outcome, ImportReport::Outcome::Rejected);
    QVERIFY(!report.problems.isEmpty());
    QCOMPARE(report.accepted, 0);
    // Only the bad rows count as rejected; the others were not imported with them.
    QVERIFY(report.rejected <= report.read);
    QCOMPARE(report.notImported, report.read - report.rejected);
    const QString text = report.problemText();
    for (const QString &expected : fileLines(dir.filePath(QStringLiteral("expected-messages.txt"))))
        QVERIFY2(text.contains(expected),
                 qPrintable(QStringLiteral("'%1' not in:\n%2").arg(expected, text)));
    QCOMPARE(TestSupport::snapshot(*db), before);
}

void tst_TalliesImport::rejectedFileViaCliChangesNothing()
{
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("cli-rejected"));
    {
        auto db = TestSupport::openMigrated(location);
        QVERIFY(makeFixture(*db) > 0);
    }
    const QString good
        = TestSupport::dataPath(QStringLiteral("tallies/cases/daily_twice/1-daily.csv"));
    QCOMPARE(runCli({QStringLiteral("--db"), location, QStringLiteral("tallies"),
                     QStringLiteral("import"), good})
                 .exitCode,
             0);
    QString before;
    {
        auto db = TestSupport::openMigrated(location);
        before = TestSupport::snapshot(*db);
    }
    const QString bad
        = TestSupport::dataPath(QStringLiteral("tallies/malformed/several_bad_rows/input.csv"));
    const auto r = runCli({QStringLiteral("--db"), location, QStringLiteral("tallies"),
                           QStringLiteral("import"), QStringLiteral("--campaign"),
                           QStringLiteral("2024"), bad});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(
        r.err.contains(bad + QStringLiteral(":2: valid_samples: 'x' is not a number of samples")));
    QVERIFY(r.err.contains(bad + QStringLiteral(":4: day: '2024-99-17' is not a date")));
    QCOMPARE(lastLine(r.out),
             QStringLiteral("read 3, accepted 0, duplicate 0, rejected 2, unknown-link 0, "
                            "not-imported 1"));
    auto db = TestSupport::openMigrated(location);
    QCOMPARE(TestSupport::snapshot(*db), before);
}

void tst_TalliesImport::skipInvalidWritesRejects()
{
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("skip"));
    {
        auto db = TestSupport::openMigrated(location);
        QVERIFY(makeFixture(*db) > 0);
    }
    const QString input = QDir(m_dir.path()).filePath(QStringLiteral("skip.csv"));
    writeFile(input,
              "链接,日期,有效样本数\nab12,2024-07-17,10\ncd34,2024-07-17,x\n\"gh78\",2024-"
              "07-17,1\nab12,2024-08-01,1\n");
    const auto r = runCli({QStringLiteral("--db"), location, QStringLiteral("tallies"),
                           QStringLiteral("import"), input, QStringLiteral("--skip-invalid")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(lastLine(r.out),
             QStringLiteral("read 4, accepted 1, duplicate 0, rejected 2, unknown-link 1"));
    const QString rejects = input + QStringLiteral(".rejects.csv");
    auto reader = TableReader::open(rejects);
    QVERIFY(reader);
    QStringList cells;
    QVERIFY(reader->readRow(cells));
    QCOMPARE(cells,
             QStringList({QStringLiteral("file"), QStringLiteral("line"), QStringLiteral("field"),
                          QStringLiteral("reason"), QStringLiteral("row")}));
    QList<QStringList> rows;
    while (reader->readRow(cells))
        rows << cells;
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).at(1), QStringLiteral("3"));
    QCOMPARE(rows.at(0).at(2), QStringLiteral("valid_samples"));
    QCOMPARE(
        rows.at(0).mid(4),
        QStringList({QStringLiteral("cd34"), QStringLiteral("2024-07-17"), QStringLiteral("x")}));
    QCOMPARE(rows.at(1).at(1), QStringLiteral("4"));
    QVERIFY(rows.at(1).at(3).contains(QStringLiteral("revoked")));
    QCOMPARE(rows.at(2).at(2), QStringLiteral("day"));
}

void tst_TalliesImport::cancelHalfWayLeavesNothing()
{
    auto db = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("cancel")));
    const qint64 campaignId = makeFixture(*db);
    QVERIFY(campaignId > 0);
    TallyImporter importer(*db, campaignId);
    const ImportReport first = importer.importFile(TestSupport::dataPath(
        QStringLiteral("tallies/cases/overlapping_responses/1-export-morning.csv")));
    QCOMPARE(first.outcome, ImportReport::Outcome::Imported);

    const QString path = m_dir.filePath(QStringLiteral("cancel.csv"));
    QByteArray data = "答卷编号,链接,提交时间,是否有效\n";
    for (int i = 0; i < 60000; ++i)
        data += "c" + QByteArray::number(i) + (i % 2 ? ",ab12," : ",cd34,") + "2024-07-2"
            + QByteArray::number(i % 7) + " 10:00:00," + QByteArray::number(i % 3 ? 1 : 0) + "\n";
    writeFile(path, data);
    const QString before = TestSupport::snapshot(*db);
    std::atomic<bool> cancel {false};
    double seen = 0;
    const ImportReport r = importer.importFile(path, {}, &cancel, [&](double p) {
        seen = p;
        if (p >= 0.5)
            cancel = true;
    });
    QCOMPARE(r.outcome, ImportReport::Outcome::Cancelled);
    QVERIFY(seen >= 0.5 && seen < 0.9);
    QVERIFY(r.read > 20000 && r.read < 50000);
    QCOMPARE(TestSupport::snapshot(*db), before);
    // The same file then imports in full: the cancelled run left no response ids behind.
    cancel = false;
    const ImportReport again = importer.importFile(path, {}, &cancel);
    QCOMPARE(again.outcome, ImportReport::Outcome::Imported);
    QCOMPARE(again.accepted, 60000);
    QCOMPARE(again.duplicate, 0);
}

// More rows than one batch of ids (262,144 on SQLite): repeats inside a batch, across batches
// and of ids stored by an earlier import count once, for the row first in the file.
void tst_TalliesImport::repeatsAcrossLargeBatches()
{
    auto db = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("large")));
    const qint64 campaignId = makeFixture(*db);
    QVERIFY(campaignId > 0);
    TallyImporter importer(*db, campaignId);
    const char *const links[] = {"ab12", "cd34", "ef56"};
    QSet<QByteArray> seen;
    QMap<QString, std::pair<int, int>> expected; // "token,day" -> valid, invalid
    qint64 accepted = 0;
    qint64 duplicate = 0;
    const auto row = [&](QByteArray &data, int id, int link, int day, bool valid, bool count) {
        const QByteArray rid = "L" + QByteArray::number(id);
        const QByteArray date = "2024-07-" + QByteArray::number(17 + day);
        data += rid + "," + links[link] + "," + date + " 09:30:00," + (valid ? "1" : "0") + "\n";
        if (!count)
            return;
        if (seen.contains(rid)) {
            ++duplicate;
            return;
        }
        seen.insert(rid);
        ++accepted;
        auto &c = expected[QStringLiteral("%1,%2").arg(QLatin1String(links[link]),
                                                       QString::fromLatin1(date))];
        ++(valid ? c.first : c.second);
    };
    // An earlier import stores ids 1000..1999.
    QByteArray earlier = "答卷编号,链接,提交时间,是否有效\n";
    for (int i = 1000; i < 2000; ++i)
        row(earlier, i, 0, 0, true, true);
    QCOMPARE(importer.importFile(writeFile(m_dir.filePath(QStringLiteral("earlier.csv")), earlier))
                 .outcome,
             ImportReport::Outcome::Imported);
    accepted = duplicate = 0;

    QByteArray data = "答卷编号,链接,提交时间,是否有效\n";
    const int n = 300000;
    for (int i = 0; i < n; ++i) {
        row(data, i, i % 3, i % 10, i % 7 != 0, true);
        if (i % 997 == 0) // the same id again at once, with other figures
            row(data, i, (i + 1) % 3, (i + 3) % 10, i % 2 == 0, true);
    }
    for (int i = 0; i < n; i += 1009) // ids of the first batch again, in a later one
        row(data, i, (i + 2) % 3, (i + 5) % 10, true, true);
    const ImportReport r
        = importer.importFile(writeFile(m_dir.filePath(QStringLiteral("large.csv")), data));
    QCOMPARE(r.outcome, ImportReport::Outcome::Imported);
    QCOMPARE(r.accepted, accepted);
    QCOMPARE(r.duplicate, duplicate);
    QVERIFY(duplicate > 1000 + n / 997 + n / 1009 - 2);
    QStringList want;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        want << QStringLiteral("%1,%2,%3,0").arg(it.key()).arg(it->first).arg(it->second);
    QCOMPARE(tallies(*db), want);
}

namespace {

// What one database makes of a series of files: per file "accepted/duplicate", then the tallies.
QStringList importSeries(Database &db, qint64 campaignId, const QStringList &files)
{
    TallyImporter importer(db, campaignId);
    TallyImporter::Options options;
    options.backup = false;
    QStringList result;
    for (const QString &f : files) {
        const ImportReport r = importer.importFile(f, options);
        result << QStringLiteral("%1 %2/%3").arg(int(r.outcome)).arg(r.accepted).arg(r.duplicate);
    }
    return result + tallies(db);
}

} // namespace

// Ids that are numbers are kept as runs (response_id_ranges): gaps, overlaps with earlier runs
// and with the gaps between them, repeats in a file and across its batches, the same rows again,
// numbers next to text ids ("007" is not 7), all count exactly as hashed ids do: the same files
// into a database whose questionnaire hashes its numbers give the same reports and tallies.
void tst_TalliesImport::numericIdsAsRuns()
{
    const QByteArray header = "答卷编号,链接,提交时间,是否有效\n";
    const auto line = [](const QByteArray &id, int n) {
        return id + ","
            + QByteArray(n % 3 == 0       ? "ab12"
                             : n % 3 == 1 ? "cd34"
                                          : "ef56")
            + ",2024-07-" + QByteArray::number(17 + n % 10) + " 09:30," + (n % 7 ? "1" : "0")
            + "\n";
    };
    QByteArray one = header, two = header, big = header;
    for (int i = 1; i <= 1000; ++i) // runs 1..1000 and 2000..2999 with a gap, text ids between
        one += line(QByteArray::number(i), i) + line(QByteArray::number(i + 1999), i)
            + (i % 2 ? line("A" + QByteArray::number(i), i) : QByteArray());
    one += line("7", 8) + line("007", 9) + line("0", 1) + line("A1", 5); // repeat, text, zero
    for (int i = 500; i <= 2500; ++i) // overlaps both runs and the gap
        two += line(QByteArray::number(i), i + 1)
            + (i % 3 ? QByteArray() : line("A" + QByteArray::number(i - 200), i));
    for (int i = 300000; i >= 1; i -= (i % 5 ? 1 : 2)) // descending: later batches hold lower ids
        big += line(QByteArray::number(i), i);
    big += line("299999", 3) + line("150000", 4);
    const QStringList files
        = {writeFile(m_dir.filePath(QStringLiteral("runs-1.csv")), one),
           writeFile(m_dir.filePath(QStringLiteral("runs-2.csv")), two),
           writeFile(m_dir.filePath(QStringLiteral("runs-1.csv")), one), // the same file again
           writeFile(m_dir.filePath(QStringLiteral("runs-1b.csv")), one + "\n"), // same rows
           writeFile(m_dir.filePath(QStringLiteral("runs-big.csv")), big)};

    auto runs = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("runs")));
    const qint64 campaignRuns = makeFixture(*runs);
    auto hashed
        = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("hashed")));
    const qint64 campaignHashed = makeFixture(*hashed);
    QVERIFY(campaignRuns > 0 && campaignHashed > 0);
    QVERIFY(QSqlQuery(hashed->connection())
                .exec(QStringLiteral(
                    "UPDATE questionnaires SET numbers_hashed = 1, serials_hashed = 1")));
    const QStringList viaRuns = importSeries(*runs, campaignRuns, files);
    QCOMPARE(viaRuns, importSeries(*hashed, campaignHashed, files));
    const QString imported = QString::number(int(ImportReport::Outcome::Imported));
    const QString again = QString::number(int(ImportReport::Outcome::AlreadyImported));
    QCOMPARE(
        viaRuns.mid(0, 5),
        QStringList({imported + QStringLiteral(" 2502/2"), imported + QStringLiteral(" 1549/1119"),
                     again + QStringLiteral(" 0/0"), imported + QStringLiteral(" 0/2504"),
                     imported + QStringLiteral(" 237602/2400")}));
    // Numbers (007 too: a stem of "00") went into few runs, text ids (A..., whose number follows a
    // letter) into response_ids; the same total.
    QCOMPARE(countedResponseIds(*runs), countedResponseIds(*hashed));
    QCOMPARE(TestSupport::count(*runs, QStringLiteral("response_ids")), qint64(1050));
    QVERIFY(TestSupport::count(*runs, QStringLiteral("response_id_ranges")) < 60100);
    QCOMPARE(TestSupport::count(*hashed, QStringLiteral("response_id_ranges")), qint64(0));
}

// The file's digest is taken on a thread of its own while the rows are read: a large file
// imported again is found out then, and reports nothing of the rows read before (0 read, 0
// accepted), changes nothing, and the first import's row holds the file's SHA-256 (written when
// it finished, as it began without one).
void tst_TalliesImport::alreadyImportedWhileRowsAreRead()
{
    QByteArray data = "答卷编号,链接,提交时间,是否有效\n";
    for (int i = 1; i <= 1200000; ++i) // 41 MB: its digest comes after the first rows
        data += QByteArray::number(i) + (i % 2 ? ",ab12" : ",cd34") + ",2024-07-"
            + QByteArray::number(17 + i % 10) + " 09:30,1\n";
    const QString path = writeFile(m_dir.filePath(QStringLiteral("again.csv")), data);
    auto db = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("again")));
    const qint64 campaignId = makeFixture(*db);
    QVERIFY(campaignId > 0);
    TallyImporter importer(*db, campaignId);
    TallyImporter::Options options;
    options.backup = false;
    const ImportReport first = importer.importFile(path, options);
    QCOMPARE(first.outcome, ImportReport::Outcome::Imported);
    QCOMPARE(first.accepted, qint64(1200000));
    QCOMPARE(first.sha256, Sha256::fileHex(path));
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT sha256 FROM imports")) && q.next());
    QCOMPARE(q.value(0).toString(), first.sha256);
    const QStringList before = tallies(*db);

    const ImportReport again = importer.importFile(path, options);
    QCOMPARE(again.outcome, ImportReport::Outcome::AlreadyImported);
    QCOMPARE(again.importId, first.importId);
    QCOMPARE(again.read, qint64(0));
    QCOMPARE(again.accepted, qint64(0));
    QCOMPARE(again.duplicate, qint64(0));
    QVERIFY(again.problems.isEmpty());
    QCOMPARE(tallies(*db), before);
    QCOMPARE(TestSupport::count(*db, QStringLiteral("imports")), qint64(1));
}

void tst_TalliesImport::responseSerial_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("stem"); // "-" for an id that is hashed
    QTest::addColumn<qint64>("number");
    const auto row = [](const char *name, const char *id, const char *stem, qint64 number) {
        QTest::newRow(name) << QString::fromUtf8(id) << QString::fromUtf8(stem) << number;
    };
    row("number", "17", "", 17);
    row("zero", "0", "", 0);
    row("two zeros", "00", "0", 0);
    row("leading zeros", "007", "00", 7);
    row("prefix and number", "S1-7", "S1-", 7);
    row("prefix and zero", "S1-0", "S1-", 0);
    row("padded serial", "R2024-000123", "R2024-000", 123);
    row("padded serial, no zeros", "R2024-123", "R2024-", 123);
    row("dot", "No.17", "No.", 17);
    row("slash and zeros", "2024/0017", "2024/00", 17);
    row("underscore", "S1_7", "S1_", 7);
    row("space", "S1 7", "S1 ", 7);
    row("trimmed", "  S1-7 ", "S1-", 7);
    row("chinese prefix", "问卷-12", "问卷-", 12);
    row("18 digits", "S1-999999999999999999", "S1-", 999999999999999999LL);
    row("18 digits after zeros", "S1-000999999999999999999", "S1-000", 999999999999999999LL);
    row("19 digits", "S1-1000000000000000000", "-", -1);
    row("2^63 - 1", "9223372036854775807", "-", -1);
    row("20 digits", "12345678901234567890", "-", -1);
    row("digits after a letter", "A17", "-", -1);
    row("digits after a chinese letter", "问卷12", "-", -1);
    row("qualtrics", "R_1LnCjDs7r9Zc3E", "-", -1);
    row("qualtrics ending in digits", "R_1LnCjDs7r9Zc37", "-", -1);
    row("no digits", "abc", "-", -1);
    row("prefix only", "S1-", "-", -1);
    row("empty", "", "-", -1);
    row("full-width digits", "S1-１２", "-", -1);
    row("random token", "52e6b438-17", "-", -1);
    row("uuid", "3f2a8c1e-9b7d-4e2a-8f1c-000000000017", "-", -1);
    row("7 letters and digits", "WJX2024-17", "WJX2024-", 17);
    row("8 letters only", "ABCDEFGH-17", "ABCDEFGH-", 17);
    row("8 digits", "20240718-0017", "20240718-00", 17);
    row("token broken by a separator", "WJX2024-A1B2C3D-5", "WJX2024-A1B2C3D-", 5);
    row("chinese and digits", "问卷2024第3期-17", "问卷2024第3期-", 17);
    const QByteArray longStem = "S-" + QByteArray(98, 'x') + "-";
    QTest::newRow("stem of 101") << QString::fromLatin1(longStem + "7") << QStringLiteral("-")
                                 << qint64(-1);
    QTest::newRow("stem of 100") << QString::fromLatin1(longStem.mid(1) + "7")
                                 << QString::fromLatin1(longStem.mid(1)) << qint64(7);
}

// Stem and number stand for exactly the id's text; ids of no such shape are left to the hash.
void tst_TalliesImport::responseSerial()
{
    QFETCH(QString, id);
    QFETCH(QString, stem);
    QFETCH(qint64, number);
    QStringView got = u"untouched";
    QCOMPARE(TallyValueParser::responseSerial(id, &got), number);
    if (number < 0) {
        QCOMPARE(got, u"untouched");
        return;
    }
    QCOMPARE(got.toString(), stem);
    QCOMPARE(got.toString() + QString::number(number), id.trimmed());
}

void tst_TalliesImport::serialIdsAsRuns_data()
{
    // Each file: its ids (TallyTestData::expandIds), or "=N" for file N (from 1) again.
    QTest::addColumn<QStringList>("files");
    // Per file: I(mported) or A(lready imported), then accepted/duplicate.
    QTest::addColumn<QStringList>("reports");
    QTest::addColumn<qint64>("hashed"); // rows of response_ids
    QTest::addColumn<qint64>("runs"); // rows of response_id_ranges
    QTest::newRow("prefix and number") << QStringList {"S1-{1..500}", "S1-{250..750}"}
                                       << QStringList {"I 500/0", "I 250/251"} << 0LL << 2LL;
    // 1..9, 10..99 and 100..300 have stems of their own (R2024-00000, -0000, -000), and R2024-
    // another; R2024-0123 is new.
    QTest::newRow("leading zeros")
        << QStringList {"R2024-{000001..000300} R2024-{1..300}",
                        "R2024-000123 R2024-123 R2024-0123 R2024-{000290..000310}"}
        << QStringList {"I 600/0", "I 11/13"} << 0LL << 6LL;
    QTest::newRow("beyond 63 bits")
        << QStringList {"S1-999999999999999999 S1-1000000000000000000 S1-99999999999999999999"
                        " S1-0000000000000000000000007 S1-7 12345678901234567890"
                        " 123456789012345678 9223372036854775807",
                        "9223372036854775807 S1-07 S1-7 12345678901234567890 123456789012345678"
                        " S1-0000000000000000000000007 S1-99999999999999999999"
                        " S1-1000000000000000000 S1-999999999999999999"}
        << QStringList {"I 8/0", "I 1/8"} << 4LL << 5LL;
    QTest::newRow("mixed shapes in one file")
        << QStringList {"1 2 3 S1-1 S1-2 S1-3 007 7 A7 R_1LnCjDs7r9Zc3E R_3kXyz 00 0 S1-1 3"
                        " 52e6b438-17",
                        "R_1LnCjDs7r9Zc3E 0 00 007 S1-3 A7 4 52e6b438-17"}
        << QStringList {"I 14/2", "I 1/7"} << 4LL << 6LL;
    QTest::newRow("same serial under two prefixes")
        << QStringList {"S1-7 S2-7 S1_7 S1-7 S17 s1-7", "S2-{1..10} S1-{6..8}"}
        << QStringList {"I 5/1", "I 11/2"} << 1LL << 8LL;
    QTest::newRow("re-import") << QStringList {"S1-{1..300} 5 6", "=1", "S1-{1..300} 5 6",
                                               "S1-{301..310} S1-300"}
                               << QStringList {"I 302/0", "A 0/0", "I 0/302", "I 10/1"} << 0LL
                               << 3LL;
}

// Ids of a text prefix and a serial number are kept as runs, one key per stem: leading zeros,
// numbers beyond 63 bits, shapes side by side, the same serial under two prefixes and files
// imported again all count exactly as hashed ids do (a database whose questionnaire hashes every
// id gives the same reports and tallies), with the ids of no such shape in response_ids.
void tst_TalliesImport::serialIdsAsRuns()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, reports);
    QFETCH(qint64, hashed);
    QFETCH(qint64, runs);
    QStringList paths;
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (files.at(i).startsWith(QLatin1Char('='))) {
            paths << paths.at(files.at(i).mid(1).toInt() - 1);
            continue;
        }
        // Blank lines after the rows (not rows) make two files of the same ids two files.
        const QString name
            = QStringLiteral("serials-%1-%2.csv").arg(QTest::currentDataTag()).arg(i);
        paths << writeFile(m_dir.filePath(name),
                           responsesCsv(expandIds(files.at(i))) + QByteArray(i, '\n'));
    }
    static int run = 0; // a database name per data row
    ++run;
    auto viaRuns = TestSupport::openMigrated(
        TestSupport::newDatabaseLocation(QStringLiteral("serials%1").arg(run)));
    auto viaHashes = TestSupport::openMigrated(
        TestSupport::newDatabaseLocation(QStringLiteral("hashes%1").arg(run)));
    const qint64 campaignRuns = makeFixture(*viaRuns);
    const qint64 campaignHashes = makeFixture(*viaHashes);
    QVERIFY(campaignRuns > 0 && campaignHashes > 0);
    QVERIFY(QSqlQuery(viaHashes->connection())
                .exec(QStringLiteral(
                    "UPDATE questionnaires SET numbers_hashed = 1, serials_hashed = 1")));
    const QStringList got = importSeries(*viaRuns, campaignRuns, paths);
    QCOMPARE(got, importSeries(*viaHashes, campaignHashes, paths));
    QStringList want;
    for (const QString &r : reports)
        want << QString::number(int(r.startsWith(QLatin1Char('I'))
                                        ? ImportReport::Outcome::Imported
                                        : ImportReport::Outcome::AlreadyImported))
                + r.mid(1);
    QCOMPARE(got.mid(0, reports.size()), want);
    QCOMPARE(countedResponseIds(*viaRuns), countedResponseIds(*viaHashes));
    QCOMPARE(TestSupport::count(*viaRuns, QStringLiteral("response_ids")), hashed);
    QCOMPARE(TestSupport::count(*viaRuns, QStringLiteral("response_id_ranges")), runs);
    QCOMPARE(TestSupport::count(*viaHashes, QStringLiteral("response_id_ranges")), qint64(0));
}

// The reading thread hands over exactly the rows, and line numbers, the reader gives itself
// (records spanning lines included), in order, in batches smaller than the file; stopped, it
// hands over nothing more.
void tst_TalliesImport::readAheadGivesTheReadersRows()
{
    QByteArray data = "a,b\n";
    for (int i = 0; i < 50; ++i)
        data += QByteArray::number(i) + (i % 7 ? ",x\n" : ",\"two\nlines\"\n");
    const QString path = writeFile(m_dir.filePath(QStringLiteral("ahead.csv")), data);
    QList<QPair<qint64, QStringList>> direct, ahead;
    {
        auto reader = TableReader::open(path);
        QVERIFY(reader);
        QStringList cells;
        while (reader->readRow(cells))
            direct.append({reader->lineNumber(), cells});
    }
    QCOMPARE(direct.size(), 51);
    auto reader = TableReader::open(path);
    QVERIFY(reader);
    {
        ReadAheadTable table(*reader, 4, 2);
        while (const ReadAheadTable::Batch *b = table.next()) {
            QVERIFY(b->size > 0 && b->size <= 4);
            for (qsizetype i = 0; i < b->size; ++i)
                ahead.append({b->lines[size_t(i)], b->rows[size_t(i)]});
        }
    }
    QCOMPARE(ahead, direct);
    QVERIFY(reader->errorString().isEmpty());
    auto again = TableReader::open(path);
    ReadAheadTable stopped(*again, 4, 2);
    QVERIFY(stopped.next());
    stopped.stop();
    QVERIFY(!stopped.next());
}

// Rows whose link does not count are listed by the token as read, once per row, also when the
// link resolver answers from its cache (the same cell again): unknown, revoked, another
// campaign's, and with a questionnaire chosen, another questionnaire's links.
void tst_TalliesImport::unknownTokensListedAsRead()
{
    auto db = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("tok")));
    const qint64 campaignId = makeFixture(*db);
    QVERIFY(campaignId > 0);
    const QByteArray rows = "答卷编号,链接,提交时间,是否有效\n"
                            "1,ab12,2024-07-17 09:00,1\n"
                            "2,https://s.example.cn/q?src=zz99,2024-07-17 09:01,1\n"
                            "3,gh78,2024-07-18 09:00,1\n"
                            "4,ab12,2024-07-18 09:02,0\n"
                            "5,https://s.example.cn/q?src=zz99,2024-07-19 09:00,1\n"
                            "6,old1,2024-07-19 09:03,1\n"
                            "7, gh78 ,2024-07-20 09:00,1\n"
                            "8,cd34,2024-07-20 09:04,1\n";
    TallyImporter importer(*db, campaignId);
    TallyImporter::Options options;
    options.backup = false;
    const ImportReport r
        = importer.importFile(writeFile(m_dir.filePath(QStringLiteral("tok.csv")), rows), options);
    QCOMPARE(r.outcome, ImportReport::Outcome::Imported);
    QCOMPARE(r.accepted, qint64(3));
    QCOMPARE(r.unknownLink, qint64(5));
    const QMap<QString, qint64> expected {
        {QStringLiteral("zz99"), 2}, {QStringLiteral("gh78"), 2}, {QStringLiteral("old1"), 1}};
    QCOMPARE(r.unknownTokens, expected);
    // The same rows for a questionnaire none of the links is under: every link is listed.
    options.questionnaireId = 999999;
    const ImportReport other = importer.importFile(
        writeFile(m_dir.filePath(QStringLiteral("tok-q.csv")), rows + "\n"), options);
    QCOMPARE(other.accepted, qint64(0));
    QCOMPARE(other.unknownLink, qint64(8));
    QMap<QString, qint64> all = expected;
    all.insert(QStringLiteral("ab12"), 2);
    all.insert(QStringLiteral("cd34"), 1);
    QCOMPARE(other.unknownTokens, all);
}

// A questionnaire whose numbers were hashed before schema version 32 keeps hashing them, so an
// id counted then is still found after the upgrade; a campaign without imports gets runs.
void tst_TalliesImport::numbersHashedBeforeRunsStayHashed()
{
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("v31"));
    qint64 campaignId = 0;
    {
        Database old;
        QVERIFY(!old.open(location).isValid());
        QVERIFY(!Migrations::migrate(old, 31).isValid());
        campaignId = makeFixture(old);
        QVERIFY(campaignId > 0);
        // What an import of response 7 left before version 32: its hashed id.
        QSqlQuery q(old.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO imports (campaign_id, kind, file_name, sha256,"
                                      " status, started_at) VALUES (%1, 'responses', 'old.csv',"
                                      " 'x', 'imported', '2024-07-18T00:00:00Z') RETURNING id")
                           .arg(campaignId))
                && q.next());
        const qint64 importId = q.value(0).toLongLong();
        q.finish();
        QVERIFY(q.exec(QStringLiteral("SELECT id_prefix FROM questionnaires WHERE campaign_id = %1")
                           .arg(campaignId))
                && q.next());
        const qint64 hash
            = TallyValueParser::responseHash(q.value(0).toString() + QLatin1Char('7'));
        q.finish();
        q.prepare(QStringLiteral("INSERT INTO response_ids (hash, import_id) VALUES (?, ?)"));
        q.addBindValue(hash);
        q.addBindValue(importId);
        QVERIFY(q.exec());
    }
    auto db = TestSupport::openMigrated(location); // on to the latest version
    QCOMPARE(TestSupport::count(*db, QStringLiteral("questionnaires"),
                                QStringLiteral("numbers_hashed = 1")),
             qint64(1)); // 2024's; 2023 had no imports
    TallyImporter importer(*db, campaignId);
    TallyImporter::Options options;
    options.backup = false;
    const QString file = writeFile(m_dir.filePath(QStringLiteral("hashed-789.csv")),
                                   "答卷编号,链接,提交时间,是否有效\n7,ab12,2024-07-17 09:30,1\n"
                                   "8,ab12,2024-07-17 09:30,1\n9,ab12,2024-07-17 09:30,1\n");
    const ImportReport r = importer.importFile(file, options);
    QCOMPARE(r.outcome, ImportReport::Outcome::Imported);
    QCOMPARE(r.accepted, qint64(2));
    QCOMPARE(r.duplicate, qint64(1));
    QCOMPARE(TestSupport::count(*db, QStringLiteral("response_ids")), qint64(3));
    QCOMPARE(TestSupport::count(*db, QStringLiteral("response_id_ranges")), qint64(0));
}

// A questionnaire whose ids of a prefix and a serial number were hashed before schema version 33
// keeps hashing them, so that importing the same responses again after the upgrade counts none
// twice; its plain numbers stay runs (its campaign had no import at version 32), and a campaign
// without imports gets runs for both.
void tst_TalliesImport::serialsHashedBeforeRunsStayHashed()
{
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("v32"));
    const QList<QByteArray> before = expandIds(QStringLiteral("S1-{1..50} R-{0001..0010} 1 2"));
    qint64 campaignId = 0;
    {
        Database old;
        QVERIFY(!old.open(location).isValid());
        QVERIFY(!Migrations::migrate(old, 32).isValid());
        campaignId = makeFixture(old);
        QVERIFY(campaignId > 0);
        // What an import of those ids left at version 32: hashes of the text ids, a run of 1, 2.
        QSqlQuery q(old.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO imports (campaign_id, kind, file_name, sha256,"
                                      " status, started_at) VALUES (%1, 'responses', 'old.csv',"
                                      " 'x', 'imported', '2024-07-18T00:00:00Z') RETURNING id")
                           .arg(campaignId))
                && q.next());
        const qint64 importId = q.value(0).toLongLong();
        q.finish();
        QVERIFY(q.exec(QStringLiteral("SELECT id_prefix FROM questionnaires WHERE campaign_id = %1")
                           .arg(campaignId))
                && q.next());
        const QString prefix = q.value(0).toString();
        q.finish();
        q.prepare(QStringLiteral("INSERT INTO response_ids (hash, import_id) VALUES (?, ?)"));
        for (const QByteArray &id : before.mid(0, 60)) {
            q.addBindValue(TallyValueParser::responseHash(prefix + QString::fromLatin1(id)));
            q.addBindValue(importId);
            QVERIFY(q.exec());
        }
        q.prepare(QStringLiteral("INSERT INTO response_id_ranges (id_prefix, first_id, last_id,"
                                 " import_id) VALUES (?, 1, 2, ?)"));
        q.addBindValue(prefix);
        q.addBindValue(importId);
        QVERIFY(q.exec());
        // A questionnaire with the shared empty prefix (as migration 12 made them), in 2023.
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO questionnaires (campaign_id, name, id_prefix, created_at, updated_at)"
            " SELECT id, 'shared', '', '2023-07-01', '2023-07-01' FROM campaigns"
            " WHERE year = 2023")));
    }
    auto db = TestSupport::openMigrated(location); // on to the latest version
    QCOMPARE(TestSupport::count(*db, QStringLiteral("questionnaires"),
                                QStringLiteral("serials_hashed = 1")),
             qint64(2)); // 2024's, and 2023's with the empty prefix; 2023's own had no imports
    QCOMPARE(TestSupport::count(*db, QStringLiteral("questionnaires"),
                                QStringLiteral("numbers_hashed = 1")),
             qint64(0));
    const QString again
        = writeFile(m_dir.filePath(QStringLiteral("serials-again.csv")), responsesCsv(before));
    const QString more = writeFile(
        m_dir.filePath(QStringLiteral("serials-more.csv")),
        responsesCsv(expandIds(QStringLiteral("S1-{45..60} R-{0009..0012} R-9 {1..5}"))));
    const QStringList got = importSeries(*db, campaignId, {again, more});
    const QString imported = QString::number(int(ImportReport::Outcome::Imported));
    QCOMPARE(
        got.mid(0, 2),
        QStringList({imported + QStringLiteral(" 0/62"), imported + QStringLiteral(" 16/10")}));
    // S1-51..60, R-0011, R-0012 and R-9 hashed like the old ones; 3..5 a run.
    QCOMPARE(TestSupport::count(*db, QStringLiteral("response_ids")), qint64(60 + 13));
    QCOMPARE(TestSupport::count(*db, QStringLiteral("response_id_ranges")), qint64(2));
}

void tst_TalliesImport::backupsKeepLastFive()
{
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("backups"));
    auto db = TestSupport::openMigrated(location);
    if (TestSupport::isPostgres()) {
        // A server database is backed up by the server's own means: nothing to copy here.
        QString error;
        QVERIFY(DatabaseBackup::folderFor(*db).isEmpty());
        QVERIFY(DatabaseBackup::take(*db, QStringLiteral("test"), &error).isEmpty());
        QVERIFY(error.isEmpty());
        QSKIP("SQLite file copies; on PostgreSQL the server's own backups apply");
    }
    const qint64 campaignId = makeFixture(*db);
    TallyImporter importer(*db, campaignId);
    for (int i = 0; i < 7; ++i) {
        const QString path = m_dir.filePath(QStringLiteral("b%1.csv").arg(i));
        writeFile(path, "链接,日期,有效样本数\nab12,2024-07-17," + QByteArray::number(i) + "\n");
        const ImportReport r = importer.importFile(path);
        QCOMPARE(r.outcome, ImportReport::Outcome::Imported);
        QTest::qWait(2); // distinct file names
    }
    const QDir backups(DatabaseBackup::folderFor(*db));
    const QStringList copies
        = backups.entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
    QCOMPARE(copies.size(), DatabaseBackup::kKeep);
    // The newest copy is the database as it was before the last import: figure 5, not 6.
    Database copy;
    QVERIFY(!copy.open(backups.filePath(copies.last())).isValid());
    QSqlQuery q(copy.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT valid_samples FROM daily_tallies")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 5);
}

void tst_TalliesImport::historyListsImports()
{
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("history"));
    {
        auto db = TestSupport::openMigrated(location);
        QVERIFY(makeFixture(*db) > 0);
    }
    const QString a = TestSupport::dataPath(
        QStringLiteral("tallies/cases/overlapping_responses/1-export-morning.csv"));
    const QString b = TestSupport::dataPath(
        QStringLiteral("tallies/cases/overlapping_responses/2-export-evening.csv"));
    auto r = runCli({QStringLiteral("--db"), location, QStringLiteral("tallies"),
                     QStringLiteral("import"), a, b, QStringLiteral("--campaign"),
                     QStringLiteral("2024")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(lastLine(r.out),
             QStringLiteral("read 9, accepted 6, duplicate 3, rejected 0, unknown-link 0"));
    r = runCli({QStringLiteral("--db"), location, QStringLiteral("tallies"),
                QStringLiteral("import"), a, QStringLiteral("--campaign"), QStringLiteral("2024")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("already imported")));
    QVERIFY(r.out.contains(QStringLiteral("nothing changed")));
    r = runCli({QStringLiteral("--db"), location, QStringLiteral("tallies"),
                QStringLiteral("history"), QStringLiteral("--campaign"), QStringLiteral("2024"),
                QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("id,finished_at,user,kind,file,read,accepted")));
    QVERIFY(lines.at(1).contains(QStringLiteral(",responses,2-export-evening.csv,5,2,3,0,0,")));
    QVERIFY(lines.at(2).contains(QStringLiteral(",responses,1-export-morning.csv,4,4,0,0,0,")));
    QCOMPARE(lines.at(2).section(QLatin1Char(','), 10, 10), Sha256::fileHex(a));
    QVERIFY(lines.at(2).endsWith(QStringLiteral(",imported,,")));
    auto db = TestSupport::openMigrated(location);
    QCOMPARE(ImportRepository(*db).forCampaign(0).size(), 2);
}

void tst_TalliesImport::wizardMappingOverridesHeader()
{
    // Headers the aliases do not know: the wizard maps them by hand.
    auto db
        = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("mapping")));
    const qint64 campaignId = makeFixture(*db);
    const QString path = writeFile(m_dir.filePath(QStringLiteral("odd.csv")),
                                   "来源码;统计日;数量;备注\ncd34;2024/7/20;9;x\n");
    const TallyImporter::Preview p = TallyImporter::preview(path, {});
    QCOMPARE(p.delimiter, QLatin1Char(';'));
    QCOMPARE(p.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(p.rows.size(), 1);
    QCOMPARE(p.mapping.kind(), ColumnMapping::Kind::Unknown);
    ColumnMapping m = p.mapping;
    m.setKind(ColumnMapping::Kind::Daily);
    m.setColumn(ColumnMapping::Link, 0);
    m.setColumn(ColumnMapping::Day, 1);
    m.setColumn(ColumnMapping::ValidSamples, 2);
    QVERIFY(m.missingFields().isEmpty());
    TallyImporter::Options options;
    options.mapping = m;
    options.backup = false;
    TallyImporter importer(*db, campaignId);
    const ImportReport r = importer.importFile(path, options);
    QCOMPARE(r.outcome, ImportReport::Outcome::Imported);
    QCOMPARE(tallies(*db), QStringList({QStringLiteral("cd34,2024-07-20,9,0,0")}));
}

void tst_TalliesImport::usageErrors()
{
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("usage"));
    QCOMPARE(runCli({QStringLiteral("--db"), location, QStringLiteral("tallies")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("--db"), location, QStringLiteral("tallies"),
                     QStringLiteral("import")})
                 .exitCode,
             2);
    QCOMPARE(runCli({QStringLiteral("--db"), location, QStringLiteral("tallies"),
                     QStringLiteral("import"), QStringLiteral("x.csv"), QStringLiteral("--kind"),
                     QStringLiteral("weekly")})
                 .exitCode,
             2);
    QCOMPARE(runCli({QStringLiteral("--db"), location, QStringLiteral("tallies"),
                     QStringLiteral("import"), QStringLiteral("x.csv"),
                     QStringLiteral("--encoding"), QStringLiteral("latin1")})
                 .exitCode,
             2);
    // No campaign yet: rejected with a reason.
    const auto r = runCli(
        {QStringLiteral("--db"), location, QStringLiteral("tallies"), QStringLiteral("import"),
         TestSupport::dataPath(QStringLiteral("tallies/cases/daily_twice/1-daily.csv"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("campaign")));
}

void tst_TalliesImport::twoDesksImportOverlappingFilesAtOnce()
{
    // Two managers import overlapping response exports at the same moment, each with the
    // command-line program (two processes, two connections): every response counts once.
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("two-desks"));
    {
        auto db = TestSupport::openMigrated(location);
        QVERIFY(makeFixture(*db) > 0);
    }
    const char *const tokens[] = {"ab12", "cd34", "ef56"};
    const auto row = [&](int id) {
        return QStringLiteral("%1,%2,2024-07-%3 %4:%5,%6\n")
            .arg(id)
            .arg(QLatin1String(tokens[id % 3]))
            .arg(17 + id % 10)
            .arg(8 + id % 12, 2, 10, QLatin1Char('0'))
            .arg(id % 60, 2, 10, QLatin1Char('0'))
            .arg(id % 7 == 0 ? 0 : 1);
    };
    // Desk 1 has responses 1..40000, desk 2 has 20001..60000, in another order.
    const QString first = QDir(m_dir.path()).filePath(QStringLiteral("desk1.csv"));
    const QString second = QDir(m_dir.path()).filePath(QStringLiteral("desk2.csv"));
    QString a = QStringLiteral("答卷编号,链接,提交时间,是否有效\n");
    QString b = a;
    for (int id = 1; id <= 40000; ++id)
        a += row(id);
    for (int id = 60000; id > 20000; --id)
        b += row(id);
    writeFile(first, a.toUtf8());
    writeFile(second, b.toUtf8());
    // What counting each response once gives, per link and day.
    QMap<QString, qint64> expected;
    for (int id = 1; id <= 60000; ++id) {
        if (id % 7 != 0)
            ++expected[QStringLiteral("%1 2024-07-%2")
                           .arg(QLatin1String(tokens[id % 3]))
                           .arg(17 + id % 10)];
    }

    const auto importAtOnce = [&](const QStringList &files) {
        QList<QStringList> desks;
        for (const QString &file : files)
            desks.append({QStringLiteral("--db"), location, QStringLiteral("tallies"),
                          QStringLiteral("import"), QStringLiteral("--campaign"),
                          QStringLiteral("2024"), file});
        return TestSupport::runCliAtOnce(desks);
    };
    for (const TestSupport::CliResult &r : importAtOnce({first, second}))
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    auto db = TestSupport::openMigrated(location);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT l.token, t.day, t.valid_samples FROM daily_tallies t"
                                  " JOIN links l ON l.id = t.link_id")));
    QMap<QString, qint64> stored;
    while (q.next())
        stored[q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString()]
            += q.value(2).toLongLong();
    QCOMPARE(stored, expected);
    QCOMPARE(countedResponseIds(*db), qint64(60000));
    QCOMPARE(
        TestSupport::count(*db, QStringLiteral("imports"), QStringLiteral("status = 'imported'")),
        qint64(2));

    // Both desks import the same new file at once: it is recorded once, counted once.
    const QString third = QDir(m_dir.path()).filePath(QStringLiteral("desk3.csv"));
    QString c = QStringLiteral("答卷编号,链接,提交时间,是否有效\n");
    for (int id = 60001; id <= 61000; ++id)
        c += row(id);
    writeFile(third, c.toUtf8());
    for (const TestSupport::CliResult &r : importAtOnce({third, third}))
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(
        TestSupport::count(*db, QStringLiteral("imports"), QStringLiteral("status = 'imported'")),
        qint64(3));
    QCOMPARE(countedResponseIds(*db), qint64(61000));
}

void tst_TalliesImport::importWaitsItsTurnAndSaysSo()
{
    if (!TestSupport::isPostgres())
        QSKIP("PostgreSQL only: on SQLite the second import waits in BEGIN IMMEDIATE");
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("turns"));
    auto desk1 = TestSupport::openMigrated(location);
    QVERIFY(desk1);
    const qint64 campaignId = makeFixture(*desk1);
    QVERIFY(campaignId > 0);
    // Desk 1 is in the middle of an import: it holds the turn.
    auto holder = std::make_unique<Transaction>(*desk1);
    QSqlQuery q(desk1->connection());
    QVERIFY(q.exec(desk1->dialect().importLock()));

    std::atomic_bool waited = false;
    std::atomic_bool cancel = false;
    ImportReport report;
    const auto importer = [&] {
        return QThread::create([&] {
            const std::unique_ptr<Database> db = desk1->clone();
            TallyImporter::Options options;
            options.waiting = [&waited] {
                waited = true;
            };
            report = TallyImporter(*db, campaignId)
                         .importFile(TestSupport::dataPath(
                                         QStringLiteral("tallies/cases/daily_twice/1-daily.csv")),
                                     options, &cancel);
        });
    };
    // A waiting import can be cancelled.
    QThread *desk2 = importer();
    desk2->start();
    QTRY_VERIFY_WITH_TIMEOUT(waited.load(), 10000);
    cancel = true;
    QVERIFY(desk2->wait(10000));
    delete desk2;
    QCOMPARE(report.outcome, ImportReport::Outcome::Cancelled);

    // Or it waits its turn, then imports.
    waited = false;
    cancel = false;
    desk2 = importer();
    desk2->start();
    QTRY_VERIFY_WITH_TIMEOUT(waited.load(), 10000);
    QVERIFY(!desk2->isFinished()); // still waiting
    holder->rollback();
    holder.reset();
    QVERIFY(desk2->wait(30000));
    delete desk2;
    QCOMPARE(report.outcome, ImportReport::Outcome::Imported);
    QVERIFY(report.accepted > 0);
}

QTEST_GUILESS_MAIN(tst_TalliesImport)
#include "tst_tallies_import.moc"
