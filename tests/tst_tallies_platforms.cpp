// The survey platforms end to end: questionnaires with each platform's link parameter, links
// read back from their QR codes, and each platform's own export (CSV and .xlsx, with the quirks
// DOMAIN.md lists) imported through secretariat-cli as golden case folders
// (data/tallies/platforms, written by make_platform_fixtures.py): tokens as platforms mangle
// them, rows without a link, China days, overlapping exports, the same ids in two
// questionnaires, and a re-import after an unknown link was issued.
#include "TallyTestData.h"
#include "GoldenFolders.h"
#include "TestSupport.h"

#include "db/Database.h"
#include "domain/SurveyPlatform.h"
#include "imports/TallyValueParser.h"
#include "io/TableReader.h"
#include "io/XlsxWriter.h"
#include "links/LinkRepository.h"
#include "links/QrCode.h"
#include "repo/CampaignRepository.h"
#include "repo/QuestionnaireRepository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::runCli;

class tst_TalliesPlatforms : public QObject
{
    Q_OBJECT
private slots:
    void chinaDays_data();
    void chinaDays();
    void calendarAgreesWithQDate();
    void completionTimes();
    void goldenCases_data();
    void goldenCases();
    void reimportAfterUnknownLinkIssued();
    void qrCodesCarryEachPlatformsParameter_data();
    void qrCodesCarryEachPlatformsParameter();
    void questionnaireCli();
    void progressPerQuestionnaire();
    void rejectsKeepWholeRows();
    void rejectsKeepWholeRowsXlsx();
};

using namespace TallyTestData;

namespace {

struct FixtureLink
{
    const char *questionnaire;
    const char *platform;
    const char *parameter;
    const char *token;
};

// See make_platform_fixtures.py.
const FixtureLink kLinks[] = {
    {"main", "wjx", "sojumpparm", "7K3M9Q2XH4T8RB5A"},
    {"main", "wjx", "sojumpparm", "5ZQ8W2N6V4C9P1DE"},
    {"practitioners", "wjx", "sojumpparm", "8H2K4M6P9R3T5V7X"},
    {"tencent", "tencent", "channel", "3C5E7G9J2K4M6N8P"},
    {"jinshuju", "jinshuju", "x_field_1", "6Y8Z2A4B6C8D0E1F"},
    {"wenjuan", "wenjuan", "src", "9G1H3J5K7M9N2P4Q"},
    {"limesurvey", "limesurvey", "token", "4R6S8T0V2W4X6Y8Z"},
    {"qualtrics", "qualtrics", "src", "2B4D6F8H0J2K4M6N"},
};

qint64 addUnit(Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO units (name, name_key, created_at, updated_at) VALUES "
                       "(?, ?, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z') RETURNING id"));
    q.addBindValue(name);
    q.addBindValue(name);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool addLink(Database &db, qint64 campaignId, qint64 unitId, qint64 questionnaireId,
             const QString &token)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO links (campaign_id, unit_id, token, status, created_at,"
                             " questionnaire_id) VALUES (?, ?, ?, 'active', "
                             "'2025-07-01T00:00:00Z', ?)"));
    q.addBindValue(campaignId);
    q.addBindValue(unitId);
    q.addBindValue(token);
    q.addBindValue(questionnaireId);
    return q.exec();
}

// Campaign 2025 (window 07-08..07-17) with the questionnaires and links of kLinks.
qint64 makeFixture(Database &db)
{
    Campaign c;
    c.year = 2025;
    c.startDate = QDate(2025, 7, 8);
    c.endDate = QDate(2025, 7, 17);
    c.baseUrl = QStringLiteral("https://www.wjx.cn/vm/AbCdEf.aspx");
    c.surveyPlatform = QStringLiteral("wjx");
    if (!CampaignRepository(db).add(c).isEmpty())
        return 0;
    const qint64 unitA = addUnit(db, QStringLiteral("测试单位甲"));
    const qint64 unitB = addUnit(db, QStringLiteral("测试单位乙"));
    QSqlQuery p(db.connection());
    p.prepare(QStringLiteral("INSERT INTO participations (campaign_id, unit_id, kind, created_at,"
                             " updated_at) SELECT ?, id, 'initiating-1', '2025-01-01',"
                             " '2025-01-01' FROM units"));
    p.addBindValue(c.id);
    if (!p.exec())
        return 0;
    QuestionnaireRepository repo(db);
    for (const FixtureLink &l : kLinks) {
        auto q = repo.byName(c.id, QString::fromUtf8(l.questionnaire));
        if (!q) {
            Questionnaire n;
            n.campaignId = c.id;
            n.name = QString::fromUtf8(l.questionnaire);
            n.platform = QString::fromUtf8(l.platform);
            n.linkParameter = QString::fromUtf8(l.parameter);
            n.baseUrl = QStringLiteral("https://survey.example.cn/%1").arg(n.name);
            if (!repo.add(n).isEmpty())
                return 0;
            q = n;
        }
        const qint64 unit = QByteArray(l.token) == "5ZQ8W2N6V4C9P1DE" ? unitB : unitA;
        if (!addLink(db, c.id, unit, q->id, QString::fromLatin1(l.token)))
            return 0;
    }
    return c.id;
}

TestSupport::CliResult import(const QString &location, const QString &file,
                              const QStringList &extra = {})
{
    return runCli(QStringList {QStringLiteral("--db"), location, QStringLiteral("tallies"),
                               QStringLiteral("import"), file, QStringLiteral("--campaign"),
                               QStringLiteral("2025")}
                  + extra);
}

} // namespace

void tst_TalliesPlatforms::chinaDays_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("day");
    const auto row = [](const char *name, const char *text, const char *day) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromLatin1(day);
    };
    row("wjx", "2025/7/8 9:02:11", "2025-07-08");
    row("tencent", "08-Jul-2025 20:26:58", "2025-07-08");
    row("utc late evening", "2025-07-08T23:40:00Z", "2025-07-09");
    row("utc early", "2025-07-08T15:59:59Z", "2025-07-08");
    row("offset colon", "2025-07-08T23:40:00+08:00", "2025-07-08");
    row("offset compact", "2025-07-08T23:40:00+0800", "2025-07-08");
    row("offset spaced", "2025-07-08 23:40:00 +0800", "2025-07-08");
    row("offset west", "2025-07-08T12:00:00-05:00", "2025-07-09");
    row("excel serial", "45846.9", "2025-07-08");
    row("date only", "2025-07-08", "2025-07-08");
    row("pm", "2025-07-08 10:00 PM", "");
    row("bad hour", "2025-07-08 25:00", "");
    row("bad month name", "08-Jux-2025 20:26:58", "");
    row("leap day", "2024/2/29 23:59:59", "2024-02-29");
    row("no leap day", "2023/2/29 12:00:00", "");
    row("no leap day in 1900", "1900-02-29", "");
    row("leap day in 2000", "2000-02-29 08:00:00", "2000-02-29");
    row("day 31 of a month of 30", "2025-06-31 09:00:00", "");
    row("month 13", "2025-13-01 09:00:00", "");
    row("year 0", "0000-01-01", "");
    row("over midnight in utc", "2024-12-31T16:30:00Z", "2025-01-01");
}

// TallyValueParser counts the days of the Gregorian calendar itself (it runs once a row): every
// day a tally can name, and the days that do not exist, as QDate has them.
void tst_TalliesPlatforms::calendarAgreesWithQDate()
{
    int compared = 0;
    for (int year = 0; year <= 9999; ++year) {
        const bool everyDay = year >= 1895 && year <= 2105;
        for (int month = 0; month <= 13; ++month) {
            for (int day = 0; day <= 32; ++day) {
                if (!everyDay && day > 1 && day < 28)
                    continue;
                const QString text = QStringLiteral("%1-%2-%3")
                                         .arg(year, 4, 10, QLatin1Char('0'))
                                         .arg(month, 2, 10, QLatin1Char('0'))
                                         .arg(day, 2, 10, QLatin1Char('0'));
                const QDate expected(year, month, day);
                const QDate got = TallyValueParser::chinaDay(text);
                if (got != expected || got.isValid() != expected.isValid())
                    QFAIL(qPrintable(
                        QStringLiteral("%1: %2, QDate says %3")
                            .arg(text, got.toString(Qt::ISODate), expected.toString(Qt::ISODate))));
                ++compared;
            }
        }
    }
    QVERIFY(compared > 800000);
}

void tst_TalliesPlatforms::chinaDays()
{
    QFETCH(QString, text);
    QFETCH(QString, day);
    const QDate d = TallyValueParser::chinaDay(text);
    QCOMPARE(d.isValid() ? d.toString(Qt::ISODate) : QString(), day);
}

void tst_TalliesPlatforms::completionTimes()
{
    QCOMPARE(TallyValueParser::parseSeconds(QStringLiteral("143秒")), 143);
    QCOMPARE(TallyValueParser::parseSeconds(QStringLiteral("417")), 417);
    QCOMPARE(TallyValueParser::parseSeconds(QStringLiteral("2分23秒")), 143);
    QCOMPARE(TallyValueParser::parseSeconds(QStringLiteral("95.5")), 95);
    QCOMPARE(TallyValueParser::parseSeconds(QStringLiteral("abc")), -1);
}

void tst_TalliesPlatforms::goldenCases_data()
{
    GoldenFolders::addRows(QStringLiteral("tallies/platforms"), 15);
}

void tst_TalliesPlatforms::goldenCases()
{
    QFETCH(QString, folder);
    const QDir dir(folder);
    const QString location
        = TestSupport::newDatabaseLocation(QStringLiteral("platform-") + dir.dirName());
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
    for (int i = 0; i < inputs.size(); ++i) {
        const auto r = import(location, dir.filePath(inputs.at(i)), extra);
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
}

void tst_TalliesPlatforms::reimportAfterUnknownLinkIssued()
{
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("reimport"));
    qint64 campaignId = 0;
    {
        auto db = TestSupport::openMigrated(location);
        QVERIFY(db);
        campaignId = makeFixture(*db);
        QVERIFY(campaignId > 0);
    }
    const QString file
        = TestSupport::dataPath(QStringLiteral("tallies/platforms_reimport/tencent.csv"));
    auto r = import(location, file);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(lastLine(r.out),
             QStringLiteral("read 3, accepted 1, duplicate 0, rejected 0, unknown-link 2"));
    QVERIFY2(r.err.contains(QStringLiteral("unknown link 1Q3S5T7V9W1X3Y5Z: 2 row(s)")),
             qPrintable(r.err));
    {
        // The mistyped link is issued after all.
        auto db = TestSupport::openMigrated(location);
        const auto tencent
            = QuestionnaireRepository(*db).byName(campaignId, QStringLiteral("tencent"));
        QVERIFY(tencent);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT MIN(id) FROM units")) && q.next());
        QVERIFY(addLink(*db, campaignId, q.value(0).toLongLong(), tencent->id,
                        QStringLiteral("1Q3S5T7V9W1X3Y5Z")));
    }
    r = import(location, file);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(lastLine(r.out),
             QStringLiteral("read 3, accepted 2, duplicate 1, rejected 0, unknown-link 0"));
    // Now every link is known: the same file again changes nothing.
    r = import(location, file);
    QVERIFY(r.out.contains(QStringLiteral("already imported")));
    auto db = TestSupport::openMigrated(location);
    QCOMPARE(tallies(*db),
             (QStringList {QStringLiteral("1Q3S5T7V9W1X3Y5Z,2025-07-09,2,0,0"),
                           QStringLiteral("3C5E7G9J2K4M6N8P,2025-07-08,1,0,0")}));
}

void tst_TalliesPlatforms::qrCodesCarryEachPlatformsParameter_data()
{
    QTest::addColumn<QString>("questionnaire");
    QTest::addColumn<QString>("parameter");
    QTest::newRow("wjx") << QStringLiteral("main") << QStringLiteral("sojumpparm");
    QTest::newRow("tencent") << QStringLiteral("tencent") << QStringLiteral("channel");
    QTest::newRow("jinshuju") << QStringLiteral("jinshuju") << QStringLiteral("x_field_1");
    QTest::newRow("wenjuan") << QStringLiteral("wenjuan") << QStringLiteral("src");
    QTest::newRow("limesurvey") << QStringLiteral("limesurvey") << QStringLiteral("token");
    QTest::newRow("qualtrics") << QStringLiteral("qualtrics") << QStringLiteral("src");
}

void tst_TalliesPlatforms::qrCodesCarryEachPlatformsParameter()
{
    QFETCH(QString, questionnaire);
    QFETCH(QString, parameter);
    if (QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty())
        QFAIL("zbarimg (zbar-tools) is required");
    auto db = TestSupport::openMigrated(
        TestSupport::newDatabaseLocation(QStringLiteral("qr-") + questionnaire));
    QVERIFY(db);
    const qint64 campaignId = makeFixture(*db);
    QVERIFY(campaignId > 0);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT MIN(id) FROM units")) && q.next());
    const qint64 unitId = q.value(0).toLongLong();
    const auto s = QuestionnaireRepository(*db).byName(campaignId, questionnaire);
    QVERIFY(s);
    QList<Link> issued;
    const Problems p
        = LinkRepository(*db).issue(campaignId, unitId, 1, QStringLiteral("海报"), &issued, s->id);
    QVERIFY2(p.isEmpty(), qPrintable(formatProblems(p)));
    QCOMPARE(issued.size(), 1);
    const QString url = issued.first().url;
    QVERIFY2(url.startsWith(s->baseUrl + QStringLiteral("?") + parameter + QLatin1Char('=')),
             qPrintable(url));
    QCOMPARE(issued.first().questionnaireName, questionnaire);
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("qr.png"));
    QVERIFY(QrCode(url).toImage(400).save(png));
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png});
    QVERIFY(zbar.waitForFinished(30000));
    QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), url);
}

void tst_TalliesPlatforms::questionnaireCli()
{
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("cli"));
    const QStringList db {QStringLiteral("--db"), location};
    auto r = runCli(db
                    + QStringList {QStringLiteral("campaign"), QStringLiteral("add"),
                                   QStringLiteral("--year"), QStringLiteral("2025"),
                                   QStringLiteral("--start"), QStringLiteral("2025-07-08"),
                                   QStringLiteral("--end"), QStringLiteral("2025-07-17"),
                                   QStringLiteral("--base-url"),
                                   QStringLiteral("https://www.wjx.cn/vm/AbCdEf.aspx"),
                                   QStringLiteral("--survey-platform"), QStringLiteral("wjx")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    r = runCli(db
               + QStringList {QStringLiteral("questionnaire"), QStringLiteral("add"),
                              QStringLiteral("practitioners"), QStringLiteral("--survey-platform"),
                              QStringLiteral("tencent")});
    QCOMPARE(r.exitCode, 1); // tencent's parameter is set up in the survey: it must be named
    QVERIFY(r.err.contains(QStringLiteral("link parameter")));
    r = runCli(db
               + QStringList {QStringLiteral("questionnaire"), QStringLiteral("add"),
                              QStringLiteral("practitioners"), QStringLiteral("--survey-platform"),
                              QStringLiteral("tencent"), QStringLiteral("--link-parameter"),
                              QStringLiteral("channel"), QStringLiteral("--base-url"),
                              QStringLiteral("https://wj.qq.com/s2/123/abc/")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    r = runCli(db
               + QStringList {QStringLiteral("questionnaire"), QStringLiteral("list"),
                              QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.out,
             QStringLiteral("name,platform,link_parameter,base_url,min_seconds,links\n"
                            "main,wjx,sojumpparm,https://www.wjx.cn/vm/AbCdEf.aspx,0,0\n"
                            "practitioners,tencent,channel,https://wj.qq.com/s2/123/abc/,0,0\n"));
    // A link for the second questionnaire, then its address changes: printed codes warned of.
    {
        auto d = TestSupport::openMigrated(location);
        QVERIFY(d);
        const qint64 unit = addUnit(*d, QStringLiteral("测试单位丙"));
        QSqlQuery q(d->connection());
        QVERIFY(q.exec(
            QStringLiteral(
                "INSERT INTO participations (campaign_id, unit_id, kind, created_at, updated_at)"
                " SELECT id, %1, 'supporting', '2025-01-01', '2025-01-01' FROM campaigns")
                .arg(unit)));
    }
    r = runCli(db
               + QStringList {QStringLiteral("links"), QStringLiteral("issue"),
                              QStringLiteral("--campaign"), QStringLiteral("2025"),
                              QStringLiteral("--unit"), QStringLiteral("1"),
                              QStringLiteral("--count"), QStringLiteral("1"),
                              QStringLiteral("--questionnaire"), QStringLiteral("practitioners")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("https://wj.qq.com/s2/123/abc/?channel=")),
             qPrintable(r.out));
    // Listed and exported per questionnaire.
    const auto listed = [&](const QString &questionnaire) {
        const auto l = runCli(db
                              + QStringList {QStringLiteral("links"), QStringLiteral("list"),
                                             QStringLiteral("--questionnaire"), questionnaire,
                                             QStringLiteral("--format"), QStringLiteral("csv")});
        return l.exitCode == 0 ? int(l.out.count(QLatin1Char('\n'))) - 1 : -1;
    };
    QCOMPARE(listed(QStringLiteral("practitioners")), 1);
    QCOMPARE(listed(QStringLiteral("main")), 0);
    QTemporaryDir out;
    r = runCli(db
               + QStringList {QStringLiteral("links"), QStringLiteral("export"),
                              out.filePath(QStringLiteral("links.csv")),
                              QStringLiteral("--questionnaire"), QStringLiteral("practitioners")});
    QVERIFY2(r.out.contains(QStringLiteral("1 links written")), qPrintable(r.out + r.err));
    r = runCli(db
               + QStringList {QStringLiteral("questionnaire"), QStringLiteral("edit"),
                              QStringLiteral("practitioners"), QStringLiteral("--link-parameter"),
                              QStringLiteral("from")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(r.err.contains(QStringLiteral("printed QR codes")));
    r = runCli(db
               + QStringList {QStringLiteral("links"), QStringLiteral("issue"),
                              QStringLiteral("--campaign"), QStringLiteral("2025"),
                              QStringLiteral("--unit"), QStringLiteral("1"),
                              QStringLiteral("--count"), QStringLiteral("1"),
                              QStringLiteral("--questionnaire"), QStringLiteral("nope")});
    QCOMPARE(r.exitCode, 1);
}

void tst_TalliesPlatforms::progressPerQuestionnaire()
{
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("progress"));
    {
        auto db = TestSupport::openMigrated(location);
        QVERIFY(db);
        QVERIFY(makeFixture(*db) > 0);
    }
    const QDir dir(
        TestSupport::dataPath(QStringLiteral("tallies/platforms/two_questionnaires_same_ids")));
    for (const char *file : {"1-public.csv", "2-practitioners.csv"})
        QCOMPARE(import(location, dir.filePath(QString::fromLatin1(file))).exitCode, 0);
    // unit_id,unit,kind,region,target,valid_samples,percent,forecast: the valid samples of
    // units A (both questionnaires' links) and B (the public's only).
    const auto valid = [&](const QStringList &extra) {
        const auto r
            = runCli(QStringList {QStringLiteral("--db"), location, QStringLiteral("progress"),
                                  QStringLiteral("--campaign"), QStringLiteral("2025")}
                     + extra);
        QStringList figures;
        for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(1))
            figures << line.section(QLatin1Char(','), 5, 5);
        return figures.join(QLatin1Char(' '));
    };
    QCOMPARE(valid({}), QStringLiteral("6 2"));
    QCOMPARE(valid({QStringLiteral("--questionnaire"), QStringLiteral("main")}),
             QStringLiteral("2 2"));
    QCOMPARE(valid({QStringLiteral("--questionnaire"), QStringLiteral("practitioners")}),
             QStringLiteral("4 0"));
}

QTEST_GUILESS_MAIN(tst_TalliesPlatforms)
#include "tst_tallies_platforms.moc"

// Imports file (the three rows of the rejects tests not counted: an unknown link, a day outside
// the window, a time that is none) with --skip-invalid and --rejects; *rows: the rejects file's
// rows after its header, each from the line on (line, field, reason, the row's cells...).
static void importRejects(const QString &location, const QString &file, QList<QStringList> *rows)
{
    QTemporaryDir dir;
    const QString rejects = dir.filePath(QStringLiteral("rejects.csv"));
    const auto r = import(location, file,
                          {QStringLiteral("--skip-invalid"), QStringLiteral("--rejects"), rejects,
                           QStringLiteral("--questionnaire"), QStringLiteral("main")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(lastLine(r.out),
             QStringLiteral("read 4, accepted 1, duplicate 0, rejected 2, unknown-link 1"));
    auto reader = TableReader::open(rejects);
    QVERIFY(reader);
    QStringList cells;
    QVERIFY(reader->readRow(cells)); // file, line, field, reason, row...
    while (reader->readRow(cells))
        *rows << cells.mid(1);
    QCOMPARE(rows->size(), 3);
}

void tst_TalliesPlatforms::rejectsKeepWholeRows()
{
    // A 问卷星 export with answer columns the format does not read (they are skipped, not made
    // into strings): each row not counted still goes to the rejects file whole, every answer
    // as the file has it (quoted commas, line breaks, doubled quotes, trailing empty cells).
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("rejects-whole"));
    {
        auto db = TestSupport::openMigrated(location);
        QVERIFY(db);
        QVERIFY(makeFixture(*db) > 0);
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("wjx-rejects.csv"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        "\xEF\xBB\xBF序号,提交答卷时间,所用时间,来源,来源详情,来自IP,1、题一,2、题二,3、题三\r\n"
        "1,2025/7/9 9:22:00,143秒,链接,7K3M9Q2XH4T8RB5A,1.2.3.4(北京),1,\"甲, 乙\",\r\n"
        "2,2025/7/9 9:23:00,90秒,链接,UNKNOWNTOKEN0001,1.2.3.5(北京),2,\"第一行\r\n第二行 "
        "\"\"引\"\"\",(跳过)\r\n"
        "3,2025/8/30 9:24:00,80秒,链接,7K3M9Q2XH4T8RB5A,1.2.3.6(上海),-3,,\r\n"
        "4,not a time,80秒,链接,5ZQ8W2N6V4C9P1DE,1.2.3.7(上海),3,\"a\"\"b\",x\r\n");
    f.close();
    QList<QStringList> rows;
    importRejects(location, file, &rows);
    if (QTest::currentTestFailed())
        return;
    const auto row = [](std::initializer_list<const char *> texts) {
        QStringList list;
        for (const char *t : texts)
            list << QString::fromUtf8(t);
        return list;
    };
    QCOMPARE(rows.at(0).mid(3),
             row({"2", "2025/7/9 9:23:00", "90秒", "链接", "UNKNOWNTOKEN0001", "1.2.3.5(北京)", "2",
                  "第一行\r\n第二行 \"引\"", "(跳过)"}));
    QCOMPARE(rows.at(0).at(0), QStringLiteral("3"));
    QCOMPARE(rows.at(1).mid(3),
             row({"3", "2025/8/30 9:24:00", "80秒", "链接", "7K3M9Q2XH4T8RB5A", "1.2.3.6(上海)",
                  "-3", "", ""}));
    QCOMPARE(rows.at(1).at(0), QStringLiteral("5"));
    QCOMPARE(rows.at(2).mid(3),
             row({"4", "not a time", "80秒", "链接", "5ZQ8W2N6V4C9P1DE", "1.2.3.7(上海)", "3",
                  "a\"b", "x"}));
    QCOMPARE(rows.at(2).at(0), QStringLiteral("6"));
}

// The same 问卷星 rows as an .xlsx (the format reads only some columns; each row not counted goes
// to the rejects file whole, its cells read back from the row's XML), written by this program's
// XlsxWriter as libxlsxwriter writes a sheet.
void tst_TalliesPlatforms::rejectsKeepWholeRowsXlsx()
{
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("rejects-xlsx"));
    {
        auto db = TestSupport::openMigrated(location);
        QVERIFY(db);
        QVERIFY(makeFixture(*db) > 0);
    }
    const auto row = [](std::initializer_list<const char *> texts) {
        QStringList list;
        for (const char *t : texts)
            list << QString::fromUtf8(t);
        return list;
    };
    const QList<QStringList> sheet {
        row({"序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "1、题一", "2、题二",
             "3、题三"}),
        row({"1", "2025/7/9 9:22:00", "143秒", "链接", "7K3M9Q2XH4T8RB5A", "1.2.3.4(北京)", "1",
             "甲, 乙"}),
        row({"2", "2025/7/9 9:23:00", "90秒", "链接", "UNKNOWNTOKEN0001", "1.2.3.5(北京)", "2",
             "第一行\n第二行 \"引\" & <b>", "(跳过)"}),
        row({"3", "2025/8/30 9:24:00", "80秒", "链接", "7K3M9Q2XH4T8RB5A", "1.2.3.6(上海)", "-3"}),
        row({"4", "not a time", "80秒", "链接", "5ZQ8W2N6V4C9P1DE", "1.2.3.7(上海)", "3", "a\"b",
             "\u3000x"}),
    };
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("wjx-rejects.xlsx"));
    XlsxWriter writer;
    QVERIFY(writer.open(file));
    for (const QStringList &cells : sheet)
        QVERIFY(writer.writeRow(cells));
    QCOMPARE(writer.close(), QString());
    QList<QStringList> rows;
    importRejects(location, file, &rows);
    if (QTest::currentTestFailed())
        return;
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(rows.at(i).mid(3), sheet.at(i + 2)); // the sheet's rows 3, 4 and 5, whole
        QCOMPARE(rows.at(i).at(0), QString::number(i + 3));
    }
}
