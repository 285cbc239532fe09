// Progress, group totals, forecasts, year over year, grades and commendations against a small
// hand-computed fixture; the CLI's progress/daily/grades/commendations/targets commands; exports
// read back.
#include "GoldenFolders.h"
#include "PdfText.h"
#include "TestSupport.h"

#include "db/Database.h"
#include "domain/Regions.h"
#include "domain/UnitKind.h"
#include "progress/Commendations.h"
#include "progress/Forecast.h"
#include "progress/Grading.h"
#include "progress/GradingRepository.h"
#include "progress/ProgressExport.h"
#include "progress/ProgressQuery.h"
#include "progress/TableExport.h"
#include "io/TableReader.h"
#include "imports/RejectFile.h"
#include "imports/TargetImporter.h"
#include "repo/CampaignRepository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::runCli;

namespace {

// The fixture, window 2024-07-17 .. 07-26 (10 days), figures for the first five days only:
//   1 北方网络安全促进会 initiating-1, region 11, target 1000; two links (one revoked):
//       daily 110, 100, 50, (none+30)=30, 120 -> 410; last 3 reported days 50, 30, 120
//       -> rate 66.67 x 5 remaining = 333 -> forecast 743. 2023: 900.
//   2 北方东城联合会      initiating-2, parent 1, target 500: 50, 60, -, -, 100 -> 210;
//       rate (100+60+50)/3 = 70 -> +350 -> 560. 2023: took part, no samples.
//   3 北方融媒体中心      supporting, parent 2 (recommended by the second-level unit), target 200:
//       -, 7 -> 7; rate 7 -> 42.
//   4 北方信息技术有限公司 supporting, parent 1, target 100: nothing -> 0, forecast 0.
//   5 南方网络安全促进会  initiating-1, region 44, no target: -, -, 5, 5 -> 10; rate 5 -> 35.
//   6 南方,联合会         supporting, parent 1, target 3: day 5: 2 -> 2 (66.7 %); rate 2 -> 12.
// Group of 1: units 1, 2, 3, 4, 6 -> target 1803, valid 629.
void exec(QSqlQuery &q, const QString &sql, const QVariantList &values = {})
{
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        QTest::qFail(qPrintable(q.lastError().text() + QStringLiteral(" in ") + sql), __FILE__,
                     __LINE__);
}

void buildFixture(Database &db)
{
    QSqlQuery q(db.connection());
    const QString now = QStringLiteral("2024-07-21T12:00:00Z");
    exec(q,
         QStringLiteral(
             "INSERT INTO campaigns (id, year, start_date, end_date, created_at, updated_at)"
             " VALUES (1, 2023, '2023-07-17', '2023-07-26', ?, ?), (2, 2024, '2024-07-17', "
             "'2024-07-26', ?, ?)"),
         {now, now, now, now});
    const QList<QVariantList> units = {
        {1, QStringLiteral("北方网络安全促进会"), QStringLiteral("11"),
         QStringLiteral("initiating-1"), QVariant(), 1000},
        {2, QStringLiteral("北方东城联合会"), QStringLiteral("11"), QStringLiteral("initiating-2"),
         1, 500},
        {3, QStringLiteral("北方融媒体中心"), QStringLiteral("11"), QStringLiteral("supporting"), 2,
         200},
        {4, QStringLiteral("北方信息技术有限公司"), QStringLiteral("11"),
         QStringLiteral("supporting"), 1, 100},
        {5, QStringLiteral("南方网络安全促进会"), QStringLiteral("44"),
         QStringLiteral("initiating-1"), QVariant(), 0},
        {6, QStringLiteral("南方,联合会"), QStringLiteral("44"), QStringLiteral("supporting"), 1,
         3},
    };
    for (const QVariantList &u : units) {
        exec(q,
             QStringLiteral(
                 "INSERT INTO units (id, name, name_key, province, created_at, updated_at)"
                 " VALUES (?, ?, ?, ?, ?, ?)"),
             {u[0], u[1], u[1], u[2], now, now});
        exec(q,
             QStringLiteral("INSERT INTO participations (campaign_id, unit_id, kind, "
                            "parent_unit_id, sample_target,"
                            " created_at, updated_at) VALUES (2, ?, ?, ?, ?, ?, ?)"),
             {u[0], u[3], u[4].isValid() ? u[4] : QVariant(QMetaType(QMetaType::LongLong)), u[5],
              now, now});
    }
    // 2023: units 1 and 2 took part; only 1 has samples.
    exec(q,
         QStringLiteral(
             "INSERT INTO participations (campaign_id, unit_id, kind, sample_target, created_at, "
             "updated_at)"
             " VALUES (1, 1, 'initiating-1', 800, ?, ?), (1, 2, 'initiating-2', 100, ?, ?)"),
         {now, now, now, now});
    exec(q,
         QStringLiteral(
             "INSERT INTO links (id, campaign_id, unit_id, token, status, created_at) VALUES"
             " (1, 2, 1, 'a1', 'active', ?), (2, 2, 1, 'a2', 'revoked', ?), (3, 2, 2, 'b', "
             "'active', ?),"
             " (4, 2, 3, 'c', 'active', ?), (5, 2, 4, 'd', 'active', ?), (6, 2, 5, 'e', 'active', "
             "?),"
             " (7, 2, 6, 'f', 'active', ?), (8, 1, 1, 'old', 'active', ?)"),
         {now, now, now, now, now, now, now, now});
    const QList<QVariantList> tallies = {
        {1, "2024-07-17", 100, 9}, {1, "2024-07-18", 100, 0}, {1, "2024-07-19", 50, 0},
        {1, "2024-07-21", 120, 0}, {2, "2024-07-17", 10, 1},  {2, "2024-07-20", 30, 0},
        {3, "2024-07-17", 50, 2},  {3, "2024-07-18", 60, 0},  {3, "2024-07-21", 100, 0},
        {4, "2024-07-18", 7, 0},   {6, "2024-07-19", 5, 0},   {6, "2024-07-20", 5, 0},
        {7, "2024-07-21", 2, 0},   {8, "2023-07-20", 900, 0},
    };
    for (const QVariantList &t : tallies)
        exec(q,
             QStringLiteral("INSERT INTO daily_tallies (link_id, day, valid_samples, suggestions) "
                            "VALUES (?, ?, ?, ?)"),
             {t[0], QString::fromLatin1(t[1].toByteArray()), t[2], t[3]});
}

// Exactly as written: no NFKC here, the text layer names 网 and not the Kangxi radical ⽹ that
// Noto Sans CJK draws with the same glyph (issue #14; tst_pdf_text has every such pair).
QStringList pdfText(const QString &path)
{
    return PdfText::read(path).split(QLatin1Char('\n'));
}

} // namespace

namespace {
struct TableRow
{
    qint64 line = 0;
    QStringList cells;
};

// A CSV or .xlsx file read back with the project's own reader.
QList<TableRow> readTable(const QString &path, QString *error = nullptr)
{
    QList<TableRow> rows;
    QString openError;
    std::unique_ptr<TableReader> reader = TableReader::open(path, {}, &openError);
    if (!reader) {
        if (error)
            *error = openError;
        return rows;
    }
    QStringList cells;
    while (reader->readRow(cells))
        rows.append({reader->lineNumber(), cells});
    if (error)
        *error = reader->errorString();
    return rows;
}
} // namespace

class tst_ProgressQuery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void forecastDefinition();
    void forecastOfClosedCampaignEqualsCount();
    void perUnitFigures();
    void groupTotalsFollowParentChains();
    void yearOverYear();
    void totalsAndPace();
    void gradesAndCommendations();
    void gradingRepositoryValidatesAndStores();
    void cliProgressCsvAndJson();
    void cliDaily();
    void cliGradesAndCommendations();
    void exportsReadBack();
    void targetsImport_data();
    void targetsImport();
    void targetsImportXlsx();
    void targetsRejectsFile();

private:
    QString freshCopy(const QString &name);
    QString m_path;
    std::unique_ptr<Database> m_db;
    QTemporaryDir m_dir;
};

void tst_ProgressQuery::initTestCase()
{
    // The figures below are as of the fifth window day: forecasts count the days after it.
    qputenv("SECRETARIAT_TODAY", "2024-07-21");
    m_path = TestSupport::newDatabaseLocation(QStringLiteral("progress-fixture"));
    m_db = TestSupport::openMigrated(m_path);
    QVERIFY(m_db);
    buildFixture(*m_db);
}

// The targets import reports through ImportReport and writes what it refused to the one rejects
// layout (RejectFile: file,line,field,reason,row...), as units and tallies do.
void tst_ProgressQuery::targetsRejectsFile()
{
    const QString path = freshCopy(QStringLiteral("targets-rejects"));
    auto db = TestSupport::openMigrated(path);
    const QString input = TestSupport::dataPath(QStringLiteral("targets/bad-rows/input.csv"));
    const QString rejectsPath = m_dir.filePath(QStringLiteral("targets.rejects.csv"));
    RejectFile rejects(rejectsPath);
    const QString before = TestSupport::snapshot(*db);
    const ImportReport r = TargetImporter(*db).importFile(CampaignRepository(*db).byYear(2024)->id,
                                                          input, rejects.sink());
    QCOMPARE(r.outcome, ImportReport::Outcome::Rejected);
    QCOMPARE(r.problems.size(), 4);
    QCOMPARE(r.problems.at(1).toString(),
             input
                 + QStringLiteral(":4: target: '-5' is not a sample target: write a whole number"
                                  " such as 5000"));
    QCOMPARE(r.updated, 0);
    QCOMPARE(TestSupport::snapshot(*db), before);
    QVERIFY(rejects.close().isEmpty());
    QCOMPARE(rejects.rowsWritten(), 4);
    QFile file(rejectsPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with BOM, for Excel
    const QStringList lines
        = QString::fromUtf8(bytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0), QStringLiteral("file,line,field,reason,row"));
    QCOMPARE(lines.at(1),
             input
                 + QStringLiteral(",3,unit,no unit 'No Such Unit' takes part in this"
                                  " campaign,No Such Unit,100"));
}

QString tst_ProgressQuery::freshCopy(const QString &name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".sqlite"));
    QFile::remove(path);
    auto db = TestSupport::openMigrated(path);
    buildFixture(*db);
    return path;
}

void tst_ProgressQuery::forecastDefinition()
{
    const QList<qint64> daily = {110, 100, 50, 30, 120, 0, 0, 0, 0, 0};
    const QList<bool> reported = {true, true, true, true, true, false, false, false, false, false};
    QCOMPARE(Forecast::recentRate(daily, reported, 4), 200.0 / 3);
    QCOMPARE(Forecast::projectedFinal(410, 200.0 / 3, 10, 4), qint64(743));
    // Days without a figure are skipped, not counted as zero.
    const QList<bool> gaps = {true, true, false, false, true, false, false, false, false, false};
    QCOMPARE(Forecast::recentRate({50, 60, 0, 0, 100, 0, 0, 0, 0, 0}, gaps, 4), 70.0);
    // Nothing reported: no rate; after the window: the count itself.
    QCOMPARE(Forecast::recentRate(daily, QList<bool>(10, false), 4), 0.0);
    QCOMPARE(Forecast::projectedFinal(410, 66.7, 10, 9), qint64(410));
    QVERIFY(Forecast::isBehind(999, 1000));
    QVERIFY(!Forecast::isBehind(1000, 1000));
    QVERIFY(!Forecast::isBehind(0, 0));
    QCOMPARE(Percent::text(2, 3), QStringLiteral("66.7"));
    QCOMPARE(Percent::text(1, 8), QStringLiteral("12.5")); // exact half rounds up
    QCOMPARE(Percent::text(1, 16), QStringLiteral("6.3")); // 6.25 -> 6.3
    QCOMPARE(Percent::text(0, 5), QStringLiteral("0.0"));
    QCOMPARE(Percent::text(5, 0), QString());
}

void tst_ProgressQuery::forecastOfClosedCampaignEqualsCount()
{
    // Two years after the window: nothing remains, whatever day the last figure came.
    qputenv("SECRETARIAT_TODAY", "2026-11-30");
    const auto closed = ProgressQuery(*m_db).load(2);
    // Before the window opens: every window day remains.
    qputenv("SECRETARIAT_TODAY", "2024-07-01");
    const auto before = ProgressQuery(*m_db).load(2);
    qputenv("SECRETARIAT_TODAY", "2024-07-21");
    QVERIFY(closed && before);
    for (const UnitProgress &u : closed->units)
        QCOMPARE(u.forecast, u.valid);
    QCOMPARE(ProgressQuery::totals(*closed).forecast, ProgressQuery::totals(*closed).valid);
    QCOMPARE(Forecast::projectedFinal(410, 200.0 / 3, 10, -17), qint64(410 + 667));
    QCOMPARE(before->unit(1)->forecast, qint64(410 + 667));
}

void tst_ProgressQuery::perUnitFigures()
{
    QSqlError error;
    const auto s = ProgressQuery(*m_db).load(2, &error);
    QVERIFY2(s, qPrintable(error.text()));
    QCOMPARE(s->windowDays, 10);
    QCOMPARE(s->asOfIndex, 4);
    QCOMPARE(s->asOfDay(), QDate(2024, 7, 21));
    QCOMPARE(s->units.size(), 6);
    const UnitProgress *f = s->unit(1);
    QCOMPARE(f->daily.mid(0, 5), (QList<qint64> {110, 100, 50, 30, 120}));
    QCOMPARE(f->valid, qint64(410));
    QCOMPARE(f->suggestions, qint64(10));
    QCOMPARE(f->forecast, qint64(743));
    QVERIFY(f->isBehindPace());
    QCOMPARE(s->unit(2)->valid, qint64(210));
    QCOMPARE(s->unit(2)->forecast, qint64(560));
    QVERIFY(!s->unit(2)->isBehindPace());
    QCOMPARE(s->unit(3)->forecast, qint64(42));
    QCOMPARE(s->unit(4)->valid, qint64(0));
    QCOMPARE(s->unit(4)->forecast, qint64(0));
    QCOMPARE(s->unit(5)->forecast, qint64(35));
    QVERIFY(!s->unit(5)->isBehindPace()); // no target
    QCOMPARE(s->unit(6)->forecast, qint64(12));
    QCOMPARE(Percent::text(s->unit(6)->valid, s->unit(6)->target), QStringLiteral("66.7"));
    // Kind and region as indexes into DomainNames::unitKinds() and Regions::all() (the charts
    // sum by them).
    for (const UnitProgress &u : s->units) {
        QCOMPARE(DomainNames::code(DomainNames::unitKinds().value(u.kindIndex)), u.kind);
        QCOMPARE(Regions::all().value(u.regionIndex).code, u.province);
    }
    QCOMPARE(QList<int>({s->unit(1)->kindIndex, s->unit(2)->kindIndex, s->unit(3)->kindIndex}),
             QList<int>({0, 1, 2}));
    QVERIFY(s->unit(1)->regionIndex != s->unit(5)->regionIndex);
}

void tst_ProgressQuery::groupTotalsFollowParentChains()
{
    const auto s = ProgressQuery(*m_db).load(2);
    QVERIFY(s);
    const UnitProgress *f = s->unit(1);
    QCOMPARE(f->groupTarget, qint64(1803));
    QCOMPARE(f->groupValid, qint64(629));
    QCOMPARE(f->groupSize, 5);
    QCOMPARE(s->unit(3)->rootId, qint64(1)); // via its second-level recommender
    QCOMPARE(s->unit(2)->groupValid, qint64(210)); // not first-level: its own figures
    QCOMPARE(s->unit(5)->groupValid, qint64(10));
    QCOMPARE(s->unit(5)->groupSize, 1);
}

void tst_ProgressQuery::yearOverYear()
{
    const auto s = ProgressQuery(*m_db).load(2);
    QCOMPARE(s->previousYear, 2023);
    QCOMPARE(s->unit(1)->previousValid, qint64(900));
    QCOMPARE(ProgressExport::yoyText(*s->unit(1)), QStringLiteral("-54.4"));
    QCOMPARE(s->unit(2)->previousValid, qint64(0));
    QCOMPARE(ProgressExport::yoyText(*s->unit(2)), QString());
    QCOMPARE(s->unit(3)->previousValid, qint64(-1));
    const auto old = ProgressQuery(*m_db).load(1);
    QCOMPARE(old->previousYear, 0);
    QCOMPARE(old->unit(1)->valid, qint64(900));
}

void tst_ProgressQuery::totalsAndPace()
{
    const auto s = ProgressQuery(*m_db).load(2);
    const ProgressTotals t = ProgressQuery::totals(*s);
    QCOMPARE(t.target, qint64(1803));
    QCOMPARE(t.valid, qint64(639));
    QCOMPARE(t.suggestions, qint64(12));
    QCOMPARE(t.daily.mid(0, 5), (QList<qint64> {160, 167, 55, 35, 222}));
    QCOMPARE(t.cumulative().at(4), qint64(639));
    QCOMPARE(t.reportedOnAsOfDay, 3); // units 1, 2, 6 reported on 07-21
    QCOMPARE(t.behindPace, 3); // 1, 3, 4
    QCOMPARE(t.forecast, qint64(743 + 560 + 42 + 0 + 35 + 12));
    const QList<double> pace = ProgressTotals::pace(1000, 10);
    QCOMPARE(pace.first(), 100.0);
    QCOMPARE(pace.last(), 1000.0);
}

void tst_ProgressQuery::gradesAndCommendations()
{
    const QList<GradingRule> rules = {{QStringLiteral("B"), 2, 0.4, 0, 0},
                                      {QStringLiteral("A"), 1, 0.4, 400, 2},
                                      {QStringLiteral("C"), 3, 0, 0, 0}};
    auto s = ProgressQuery(*m_db).load(2);
    // Without support score unit 1 misses A.
    QList<UnitGrade> g = Grading::grade(*s, rules);
    QCOMPARE(g.at(s->rowOfUnit.value(1)).grade, QStringLiteral("B"));
    QVERIFY(GradingRepository(*m_db).setSupportScore(2, 1, 3).isEmpty());
    s = ProgressQuery(*m_db).load(2);
    g = Grading::grade(*s, rules);
    QStringList grades;
    for (const UnitGrade &x : g)
        grades << x.grade;
    QCOMPARE(grades, (QStringList {"A", "B", "C", "C", "C", "B"}));
    QCOMPARE(g.first().rank, 1);

    const QList<Commendation> list = Commendations::build(*s, rules);
    QCOMPARE(list.size(), 1);
    QCOMPARE(s->units.at(list.first().row).unitId, qint64(1));
    QList<qint64> supporters;
    for (int r : list.first().supporterRows)
        supporters << s->units.at(r).unitId;
    QCOMPARE(
        supporters,
        (QList<qint64> {6, 4})); // recommended by 1, most samples first; 3 was recommended by 2
    const QList<QVariantList> rows = Commendations::rows(*s, list);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).at(1).toString(), QStringLiteral("南方,联合会"));
    QCOMPARE(rows.at(1).at(8).toLongLong(), qint64(1));
    QVERIFY(GradingRepository(*m_db).setSupportScore(2, 1, 0).isEmpty());
}

void tst_ProgressQuery::gradingRepositoryValidatesAndStores()
{
    GradingRepository repo(*m_db);
    bool stored = true;
    QCOMPARE(repo.rules(2, &stored), Grading::defaultRules());
    QVERIFY(!stored);
    const QString before = TestSupport::snapshot(*m_db);
    QVERIFY(
        !repo.saveRules(2, {{QStringLiteral("A"), 1, 0.5, 0, 0}, {QStringLiteral("A"), 2, 0, 0, 0}})
             .isEmpty());
    QVERIFY(!repo.saveRules(2, {{QStringLiteral("A"), 1, -0.5, 0, 0}}).isEmpty());
    QVERIFY(!repo.saveRules(2, {}).isEmpty());
    QCOMPARE(TestSupport::snapshot(*m_db), before);
    const QList<GradingRule> rules
        = {{QStringLiteral("甲"), 1, 0.4, 0, 0}, {QStringLiteral("乙"), 2, 0, 0, 0}};
    QVERIFY(repo.saveRules(2, rules).isEmpty());
    QCOMPARE(repo.rules(2, &stored), rules);
    QVERIFY(stored);
    const auto s = ProgressQuery(*m_db).load(2);
    QString error;
    QCOMPARE(repo.applyGrades(2, Grading::grade(*s, rules), &error), 6);
    QCOMPARE(TestSupport::count(*m_db, QStringLiteral("participations"),
                                QStringLiteral("campaign_id = 2 AND grade = '甲'")),
             qint64(3)); // units 1, 2, 6
    QCOMPARE(repo.applyGrades(2, Grading::grade(*s, rules), &error), 0); // nothing changes twice
    // Back to no stored rules for the other tests.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM grading_rules")));
    QVERIFY(q.exec(QStringLiteral("UPDATE participations SET grade = ''")));
}

void tst_ProgressQuery::cliProgressCsvAndJson()
{
    auto r = runCli({QStringLiteral("--db"), m_path, QStringLiteral("progress"),
                     QStringLiteral("--campaign"), QStringLiteral("2024")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out,
             QStringLiteral("unit_id,unit,kind,region,target,valid_samples,percent,forecast\n"
                            "1,北方网络安全促进会,initiating-1,北京市,1000,410,41.0,743\n"
                            "2,北方东城联合会,initiating-2,北京市,500,210,42.0,560\n"
                            "3,北方融媒体中心,supporting,北京市,200,7,3.5,42\n"
                            "4,北方信息技术有限公司,supporting,北京市,100,0,0.0,0\n"
                            "5,南方网络安全促进会,initiating-1,广东省,0,10,,35\n"
                            "6,\"南方,联合会\",supporting,广东省,3,2,66.7,12\n"));
    r = runCli({QStringLiteral("--db"), m_path, QStringLiteral("progress"),
                QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("\"percent\": 41")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("\"percent\": null")));
    QVERIFY(r.out.contains(QStringLiteral("\"forecast\": 743")));
    QVERIFY(r.out.contains(QStringLiteral("\"region\": \"广东省\"")));
    QCOMPARE(runCli({QStringLiteral("--db"), m_path, QStringLiteral("progress"),
                     QStringLiteral("--campaign"), QStringLiteral("2019")})
                 .exitCode,
             1);
    QCOMPARE(runCli({QStringLiteral("--db"), m_path, QStringLiteral("progress"),
                     QStringLiteral("--format"), QStringLiteral("xml")})
                 .exitCode,
             2);
}

void tst_ProgressQuery::cliDaily()
{
    const auto r = runCli({QStringLiteral("--db"), m_path, QStringLiteral("daily"),
                           QStringLiteral("--campaign"), QStringLiteral("2024"),
                           QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 6 * 5);
    QCOMPARE(lines.at(0), QStringLiteral("unit_id,unit,date,valid_samples,suggestions"));
    QCOMPARE(lines.at(1), QStringLiteral("1,北方网络安全促进会,2024-07-17,110,10"));
    QCOMPARE(lines.at(4), QStringLiteral("1,北方网络安全促进会,2024-07-20,30,0"));
    QCOMPARE(lines.at(5), QStringLiteral("1,北方网络安全促进会,2024-07-21,120,0"));
    QCOMPARE(lines.at(30), QStringLiteral("6,\"南方,联合会\",2024-07-21,2,0"));
}

void tst_ProgressQuery::cliGradesAndCommendations()
{
    const QString path = freshCopy(QStringLiteral("grades"));
    {
        auto db = TestSupport::openMigrated(path);
        QVERIFY(GradingRepository(*db)
                    .saveRules(2,
                               {{QStringLiteral("A"), 1, 0.4, 400, 0},
                                {QStringLiteral("B"), 2, 0.4, 0, 0},
                                {QStringLiteral("C"), 3, 0, 0, 0}})
                    .isEmpty());
    }
    auto r
        = runCli({QStringLiteral("--db"), path, QStringLiteral("grades"),
                  QStringLiteral("--campaign"), QStringLiteral("2024"), QStringLiteral("--apply")});
    QCOMPARE(r.exitCode, 0);
    QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(),
             QStringLiteral("unit_id,unit,kind,region,target,valid_samples,percent,support_score,"
                            "grade,stored_grade"));
    QCOMPARE(lines.at(1),
             QStringLiteral("1,北方网络安全促进会,initiating-1,北京市,1000,410,41.0,0,A,A"));
    QCOMPARE(lines.at(5), QStringLiteral("5,南方网络安全促进会,initiating-1,广东省,0,10,,0,C,C"));

    const QString csv = m_dir.filePath(QStringLiteral("commend.csv"));
    r = runCli({QStringLiteral("--db"), path, QStringLiteral("commendations"),
                QStringLiteral("--campaign"), QStringLiteral("2024"), QStringLiteral("--out"),
                csv});
    QCOMPARE(r.exitCode, 0);
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<TableRow> rows = readTable(csv);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0).cells, Commendations::columns());
    QCOMPARE(rows.at(1).cells.mid(0, 5),
             (QStringList {"1", "北方网络安全促进会", "initiating-1",
                           Regions::displayName(QStringLiteral("11")), "A"}));
    QCOMPARE(rows.at(2).cells.at(1), QStringLiteral("南方,联合会"));
    QCOMPARE(rows.at(2).cells.at(9), QStringLiteral("北方网络安全促进会"));
    QCOMPARE(rows.at(3).cells.at(0), QStringLiteral("4"));

    const QString xlsx = m_dir.filePath(QStringLiteral("commend.xlsx"));
    QCOMPARE(runCli({"--db", path, "commendations", "--out", xlsx}).exitCode, 0);
    QList<TableRow> xrows;
    QString error;
    QVERIFY2((xrows = readTable(xlsx, &error), error.isEmpty()), qPrintable(error));
    QCOMPARE(xrows.size(), 4);
    QCOMPARE(xrows.at(1).cells.at(1), QStringLiteral("北方网络安全促进会"));
    QCOMPARE(xrows.at(1).cells.at(6), QStringLiteral("410"));

    const QString pdf = m_dir.filePath(QStringLiteral("commend.pdf"));
    QCOMPARE(runCli({"--db", path, "commendations", "--out", pdf}).exitCode, 0);
    const QString text = pdfText(pdf).join(QString());
    QVERIFY2(text.contains(QStringLiteral("北方网络安全促进会")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("南方,联合会")));
    QVERIFY(
        !text.contains(QStringLiteral("北方融媒体中心"))); // recommended by the second-level unit
    QCOMPARE(
        runCli({"--db", path, "commendations", "--out", m_dir.filePath(QStringLiteral("x.txt"))})
            .exitCode,
        2);
}

void tst_ProgressQuery::exportsReadBack()
{
    const auto s = ProgressQuery(*m_db).load(2);
    QList<int> all;
    for (int i = 0; i < s->units.size(); ++i)
        all << i;
    const QString csv = m_dir.filePath(QStringLiteral("progress.csv"));
    QVERIFY(TableExport::writeCsv(csv, ProgressExport::progressColumns(),
                                  ProgressExport::progressRows(*s, all)));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<TableRow> rows = readTable(csv);
    QCOMPARE(rows.size(), 7);
    const QStringList header = rows.first().cells;
    const QStringList first = rows.at(1).cells;
    const auto cell = [&](const QStringList &r, const char *col) {
        return r.value(header.indexOf(QLatin1String(col)));
    };
    QCOMPARE(cell(first, "valid_samples"), QStringLiteral("410"));
    QCOMPARE(cell(first, "forecast"), QStringLiteral("743"));
    QCOMPARE(cell(first, "group_valid_samples"), QStringLiteral("629"));
    QCOMPARE(cell(first, "previous_valid_samples"), QStringLiteral("900"));
    QCOMPARE(cell(first, "yoy_change_percent"), QStringLiteral("-54.4"));
    QCOMPARE(cell(first, "behind_pace"), QStringLiteral("1"));
    QCOMPARE(cell(rows.at(6).cells, "unit"), QStringLiteral("南方,联合会"));

    const QString xlsx = m_dir.filePath(QStringLiteral("daily.xlsx"));
    QVERIFY(TableExport::writeXlsx(xlsx,
                                   {{QStringLiteral("daily"), ProgressExport::dailyColumns(),
                                     ProgressExport::dailyRows(*s, all)}}));
    QList<TableRow> xrows;
    QString error;
    QVERIFY2((xrows = readTable(xlsx, &error), error.isEmpty()), qPrintable(error));
    QCOMPARE(xrows.size(), 1 + 6 * 5);
    const QStringList dh = xrows.first().cells;
    const QStringList day5 = xrows.at(5).cells;
    QCOMPARE(day5.value(dh.indexOf(QStringLiteral("date"))), QStringLiteral("2024-07-21"));
    QCOMPARE(day5.value(dh.indexOf(QStringLiteral("valid_samples"))), QStringLiteral("120"));
    QCOMPARE(day5.value(dh.indexOf(QStringLiteral("cumulative_valid_samples"))),
             QStringLiteral("410"));
}

void tst_ProgressQuery::targetsImport_data()
{
    GoldenFolders::addRows(QStringLiteral("targets"), 8);
}

// tests/data/targets/<case>/ (tests/README.md): input.csv imported into campaign 2024 (with the
// options in args, REJECTS a rejects file, compared with expected-rejects.csv); with
// expected-messages.txt it is refused, each line (FILE = the input's path) in stderr and nothing
// changed; with expected.csv (unit id, target) those targets are set.
void tst_ProgressQuery::targetsImport()
{
    QFETCH(QString, folder);
    const bool refused = GoldenFolders::has(folder, QStringLiteral("expected-messages.txt"));
    const QString path = freshCopy(QStringLiteral("targets"));
    QString before;
    {
        auto db = TestSupport::openMigrated(path);
        before = TestSupport::snapshot(*db);
    }
    const QString file = folder + QLatin1Char('/') + GoldenFolders::inputs(folder).value(0);
    QStringList args {QStringLiteral("--db"),   path, QStringLiteral("targets"),
                      QStringLiteral("import"), file, QStringLiteral("--campaign"),
                      QStringLiteral("2024")};
    const QString rejects
        = m_dir.filePath(QFileInfo(folder).fileName() + QStringLiteral(".rejects.csv"));
    for (const QString &a : GoldenFolders::args(folder))
        args << (a == QLatin1String("REJECTS") ? rejects : a);
    const auto r = runCli(args);
    QCOMPARE(r.exitCode, refused ? 1 : 0);
    if (GoldenFolders::has(folder, QStringLiteral("expected-rejects.csv"))) {
        // RejectFile's layout, FILE standing for the input's path.
        QFile f(rejects);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(rejects));
        QCOMPARE(QString::fromUtf8(f.readAll()).replace(file, QStringLiteral("FILE")),
                 GoldenFolders::text(folder, QStringLiteral("expected-rejects.csv")));
        QVERIFY2(r.out.contains(QStringLiteral("written to ") + rejects), qPrintable(r.out));
    }
    auto db = TestSupport::openMigrated(path);
    if (refused) {
        for (QString line : GoldenFolders::lines(folder, QStringLiteral("expected-messages.txt")))
            QVERIFY2(r.err.contains(line.replace(QStringLiteral("FILE"), file)), qPrintable(r.err));
        QCOMPARE(TestSupport::snapshot(*db), before);
        return;
    }
    QStringList expected = GoldenFolders::lines(folder, QStringLiteral("expected.csv"));
    expected.removeFirst();
    for (const QString &line : std::as_const(expected)) {
        const qint64 unit = line.section(QLatin1Char(','), 0, 0).toLongLong();
        const qint64 target = line.section(QLatin1Char(','), 1).toLongLong();
        QCOMPARE(TestSupport::count(
                     *db, QStringLiteral("participations"),
                     QStringLiteral("campaign_id = 2 AND unit_id = %1 AND sample_target = %2")
                         .arg(unit)
                         .arg(target)),
                 qint64(1));
    }
    QVERIFY(TestSupport::count(*db, QStringLiteral("audit_log"),
                               QStringLiteral("table_name = 'participations'"))
            >= 1);
    // The 2023 targets are untouched.
    QCOMPARE(TestSupport::count(*db, QStringLiteral("participations"),
                                QStringLiteral("campaign_id = 1 AND sample_target = 800")),
             qint64(1));
}

void tst_ProgressQuery::targetsImportXlsx()
{
    const QString path = freshCopy(QStringLiteral("targets-xlsx"));
    const QString xlsx = m_dir.filePath(QStringLiteral("targets.xlsx"));
    QVERIFY(TableExport::writeXlsx(xlsx,
                                   {{QStringLiteral("targets"),
                                     {QStringLiteral("单位"), QStringLiteral("目标")},
                                     {{QStringLiteral("南方,联合会"), 40}, {3, 250}}}}));
    auto r = runCli({"--db", path, "targets", "import", xlsx});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("2 rows, 2 changed")));
    auto db = TestSupport::openMigrated(path);
    QCOMPARE(
        TestSupport::count(*db, QStringLiteral("participations"),
                           QStringLiteral("campaign_id = 2 AND ((unit_id = 6 AND sample_target = "
                                          "40) OR (unit_id = 3 AND sample_target = 250))")),
        qint64(2));
    // A bad row in a workbook names the sheet row.
    QVERIFY(TableExport::writeXlsx(xlsx,
                                   {{QStringLiteral("targets"),
                                     {QStringLiteral("unit"), QStringLiteral("target")},
                                     {{1, 10}, {QStringLiteral("nobody"), 5}}}}));
    r = runCli({"--db", path, "targets", "import", xlsx});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(xlsx + QStringLiteral(":3: unit:")), qPrintable(r.err));
    QCOMPARE(TestSupport::count(*db, QStringLiteral("participations"),
                                QStringLiteral("unit_id = 1 AND sample_target = 10")),
             qint64(0));
}

QTEST_GUILESS_MAIN(tst_ProgressQuery)
#include "tst_progress_query.moc"
