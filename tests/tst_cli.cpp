// secretariat-cli as a user runs it: init, campaign add/list, demo, exit statuses.
#include "PdfText.h"
#include "TestSupport.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "letters/LetterRepository.h"
#include "letters/LetterTemplate.h"
#include "repo/CampaignRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using TestSupport::runCli;

class tst_Cli : public QObject
{
    Q_OBJECT
private slots:
    void versionAndHelp();
    void everyHelpIsReadable_data();
    void everyHelpIsReadable();
    void usageErrors();
    void argumentsReadAlikeInEveryCommand_data();
    void argumentsReadAlikeInEveryCommand();
    void initTwiceIsNoOp();
    void campaignAddListRoundTrip();
    void campaignRejectsBadInput_data();
    void campaignRejectsBadInput();
    void environmentVariableSelectsDatabase();
    void demoFillsEveryRegionAndKind();
    void demoDatesLieInItsCampaignsCalendar();
    void campaignOptionKeepsItsWord_data();
    void documentsFollowTheLocale_data();
    void documentsFollowTheLocale();
    void campaignOptionKeepsItsWord();

private:
    // One database per name for the whole program: an SQLite file or a PostgreSQL database.
    QString db(const QString &name)
    {
        if (!m_locations.contains(name))
            m_locations.insert(name, TestSupport::newDatabaseLocation(name));
        return m_locations.value(name);
    }
    QHash<QString, QString> m_locations;
    bool m_rejectSeeded = false;
    bool m_demoSeeded = false;
};

void tst_Cli::versionAndHelp()
{
    auto r = runCli({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("secretariat-cli ")));
    r = runCli({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *c : {"init", "campaign", "demo"})
        QVERIFY2(r.out.contains(QLatin1String(c)), c);
    r = runCli({QStringLiteral("campaign"), QStringLiteral("add"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("--start")));
}

void tst_Cli::everyHelpIsReadable_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("locale"); // LC_ALL and LANG of the run
    // Every command the program lists, so a new one is checked without being named here.
    const auto overview = runCli({QStringLiteral("--help")});
    const QString commands = overview.out.section(QStringLiteral("Commands:\n"), 1)
                                 .section(QStringLiteral("\n\n"), 0, 0);
    QList<QStringList> all = {{QStringLiteral("--help")}};
    for (const QString &line : commands.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        all.append({line.trimmed().section(QLatin1Char(' '), 0, 0), QStringLiteral("--help")});
    QVERIFY(all.size() >= 16);
    all += QList<QStringList> {
        {"links", "issue", "--help"},    {"letters", "render", "--help"},
        {"units", "import", "--help"},   {"tallies", "import", "--help"},
        {"forms", "blank", "--help"},    {"forms", "import", "--help"},
        {"targets", "import", "--help"}, {"certificates", "render", "--help"}};
    // A UTF-8 locale, the C locale of cron jobs and containers, and a Chinese desktop's (which
    // this system may lack: the C library then falls back to C).
    for (const QByteArray locale : {"C.UTF-8", "C", "POSIX", "zh_CN.UTF-8"}) {
        for (const QStringList &arguments : std::as_const(all))
            QTest::addRow("%s %s", locale.constData(), qPrintable(arguments.join(QLatin1Char(' '))))
                << arguments << locale;
    }
}

// Help text is UTF-8 throughout: no Latin-1 mojibake (UTF-8 bytes read as Latin-1 come out as
// U+0080–U+00FF, e.g. "ç\u008B¬" for 独) and no replacement characters.
void tst_Cli::everyHelpIsReadable()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, locale);
    const QByteArray before = qgetenv("LC_ALL");
    qputenv("LC_ALL", locale);
    qputenv("LANG", locale);
    const auto r = runCli(arguments);
    qputenv("LC_ALL", before);
    qputenv("LANG", before);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.isEmpty());
    for (QChar c : r.out)
        QVERIFY2(c.unicode() < 0x80 || c.unicode() > 0xFF, qPrintable(r.out));
    QVERIFY(!r.out.contains(QChar::ReplacementCharacter));
    // One language in a help: the CLI's own English, not Qt's Chinese "-h, --help" line among it.
    QVERIFY2(!r.out.contains(QStringLiteral("显示帮助")), qPrintable(r.out));
    if (arguments == QStringList {"links", "--help"})
        QVERIFY2(r.out.contains(QStringLiteral("独立链接")), qPrintable(r.out));
}

void tst_Cli::usageErrors()
{
    QCOMPARE(runCli({}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("no-such-command")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("--db"), db(QStringLiteral("u")), QStringLiteral("campaign")})
                 .exitCode,
             2);
    const auto r
        = runCli({QStringLiteral("--db"), db(QStringLiteral("u")), QStringLiteral("campaign"),
                  QStringLiteral("add"), QStringLiteral("--start"), QStringLiteral("2024-07-17")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("--year")));
    QCOMPARE(runCli({QStringLiteral("init"), QStringLiteral("--bogus")}).exitCode, 2);
}

void tst_Cli::argumentsReadAlikeInEveryCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    // Unit ids, one per option or several separated by commas (CliContext::ids).
    const QString badId = QStringLiteral("--unit takes ids such as 12, not 'x'");
    QTest::newRow("letters issue --unit")
        << QStringList {"letters", "issue", "--campaign", "2024", "--unit", "3,x"} << badId;
    QTest::newRow("forms blank --unit")
        << QStringList {"forms", "blank", "--out", "OUT", "--unit", "3", "--unit", "x"} << badId;
    QTest::newRow("checklist tick --unit")
        << QStringList {"checklist", "tick", "form-received", "--unit", "3,x"} << badId;
    QTest::newRow("mail send --units")
        << QStringList {"mail", "send", "--campaign", "2024", "--mailing", "chase", "--units", "x"}
        << QStringLiteral("--units takes ids such as 12, not 'x'");
    // One positional argument (CliContext::positionals): another one is named.
    const QString extra = QStringLiteral("unexpected argument 'EXTRA'");
    QTest::newRow("backup") << QStringList {"backup", "a.db", "EXTRA"} << extra;
    QTest::newRow("certificates verify")
        << QStringList {"certificates", "verify", "ABCDEFGHJK", "EXTRA"} << extra;
    QTest::newRow("certificates revoke")
        << QStringList {"certificates", "revoke", "2024-RY-0001", "EXTRA", "--reason", "r"}
        << extra;
    QTest::newRow("checklist tick")
        << QStringList {"checklist", "tick", "form-received", "EXTRA", "--unit", "3"} << extra;
    QTest::newRow("letters revoke")
        << QStringList {"letters", "revoke", "2024-ZC-0001", "EXTRA", "--reason", "r"} << extra;
    QTest::newRow("units export") << QStringList {"units", "export", "a.csv", "EXTRA"} << extra;
    QTest::newRow("units import") << QStringList {"units", "import", "a.csv", "EXTRA"} << extra;
    QTest::newRow("questionnaire edit")
        << QStringList {"questionnaire", "edit", "main", "EXTRA"} << extra;
    QTest::newRow("backup without FILE")
        << QStringList {"backup"} << QStringLiteral("backup needs one FILE");
    // --format declared once (CliContext::addFormatOption).
    QTest::newRow("forms blank --format")
        << QStringList {"forms", "blank", "--out", "OUT", "--format", "pdf"}
        << QStringLiteral("--format is docx or xlsx");
}

// Usage errors of the same kind are worded alike whichever command meets them, before any
// database is opened: exit status 2 and the error on stderr.
void tst_Cli::argumentsReadAlikeInEveryCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    QTemporaryDir out;
    QVERIFY(out.isValid());
    arguments.replaceInStrings(QStringLiteral("OUT"), out.path());
    const QString location = out.filePath(QStringLiteral("never-made.db"));
    const auto r = runCli(QStringList {QStringLiteral("--db"), location} + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(error), qPrintable(r.err));
    QVERIFY2(!QFileInfo::exists(location), "a usage error opened the database");
}

void tst_Cli::initTwiceIsNoOp()
{
    const QString path = db(QStringLiteral("init"));
    auto r = runCli({QStringLiteral("--db"), path, QStringLiteral("init")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("-> %1").arg(Migrations::latestVersion())));
    QString before;
    {
        auto d = TestSupport::openMigrated(path);
        before = TestSupport::snapshot(*d);
    }
    r = runCli({QStringLiteral("init"), QStringLiteral("--db"), path});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("up to date")), qPrintable(r.out));
    auto d = TestSupport::openMigrated(path);
    QCOMPARE(TestSupport::snapshot(*d), before);
}

void tst_Cli::campaignAddListRoundTrip()
{
    const QString path = db(QStringLiteral("campaign"));
    auto r = runCli(
        {QStringLiteral("--db"), path, QStringLiteral("campaign"), QStringLiteral("add"),
         QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--start"),
         QStringLiteral("2024-07-17"), QStringLiteral("--end"), QStringLiteral("2024-07-26"),
         QStringLiteral("--base-url"), QStringLiteral("https://survey.example.org/q?x=1")});
    QCOMPARE(r.exitCode, 0);
    r = runCli({QStringLiteral("--db"), path, QStringLiteral("campaign"), QStringLiteral("add"),
                QStringLiteral("--year"), QStringLiteral("2020"), QStringLiteral("--start"),
                QStringLiteral("2020-07-22"), QStringLiteral("--end"),
                QStringLiteral("2020-07-31")});
    QCOMPARE(r.exitCode, 0);
    r = runCli({QStringLiteral("--db"), path, QStringLiteral("campaign"), QStringLiteral("list"),
                QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out,
             QStringLiteral("year,start,end,base_url\n"
                            "2020,2020-07-22,2020-07-31,\n"
                            "2024,2024-07-17,2024-07-26,https://survey.example.org/q?x=1\n"));
}

void tst_Cli::campaignRejectsBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("end before start")
        << QStringList {"--year", "2024", "--start", "2024-07-26", "--end", "2024-07-17"}
        << "end: the end date 2024-07-17 is before the start date 2024-07-26";
    QTest::newRow("bad start") << QStringList {"--year",     "2024",  "--start",
                                               "2024-13-01", "--end", "2024-07-17"}
                               << "start: '2024-13-01' is not a date of the form yyyy-MM-dd";
    QTest::newRow("slash date") << QStringList {"--year",     "2024",  "--start",
                                                "2024/07/17", "--end", "2024-07-26"}
                                << "start: '2024/07/17' is not a date";
    QTest::newRow("bad year") << QStringList {"--year",     "MMXXIV", "--start",
                                              "2024-07-17", "--end",  "2024-07-26"}
                              << "year: 'MMXXIV' is not a year";
    QTest::newRow("bad url") << QStringList {"--year", "2024",       "--start",    "2024-07-17",
                                             "--end",  "2024-07-26", "--base-url", "ftp://x"}
                             << "base-url:";
    QTest::newRow("duplicate year")
        << QStringList {"--year", "2019", "--start", "2019-07-17", "--end", "2019-07-26"}
        << "year: a campaign for 2019 already exists";
}

void tst_Cli::campaignRejectsBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QString path = db(QStringLiteral("reject"));
    if (!m_rejectSeeded) {
        m_rejectSeeded = true;
        QCOMPARE(runCli({"--db", path, "campaign", "add", "--year", "2019", "--start", "2019-07-01",
                         "--end", "2019-07-10"})
                     .exitCode,
                 0);
    }
    QString before;
    {
        auto d = TestSupport::openMigrated(path);
        before = TestSupport::snapshot(*d);
    }
    const auto r = runCli(QStringList {"--db", path, "campaign", "add"} + args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    auto d = TestSupport::openMigrated(path);
    QCOMPARE(TestSupport::snapshot(*d), before);
}

void tst_Cli::environmentVariableSelectsDatabase()
{
    const QString path = db(QStringLiteral("env"));
    qputenv("SECRETARIAT_DB", path.toLocal8Bit());
    QProcess p;
    p.start(QStringLiteral(SECRETARIAT_CLI_PATH), {QStringLiteral("init")});
    QVERIFY(p.waitForFinished(60000));
    qunsetenv("SECRETARIAT_DB");
    QCOMPARE(p.exitCode(), 0);
    // The database named by the variable, and no other, was created and brought up to date.
    Database d;
    QVERIFY(!d.open(path).isValid());
    QCOMPARE(Migrations::currentVersion(d), Migrations::latestVersion());
}

void tst_Cli::demoFillsEveryRegionAndKind()
{
    const QString path = db(QStringLiteral("demo"));
    auto r = runCli({QStringLiteral("--db"), path, QStringLiteral("demo")});
    QCOMPARE(r.exitCode, 0);
    auto d = TestSupport::openMigrated(path);
    QVERIFY(TestSupport::count(*d, QStringLiteral("units")) >= 200);
    QSqlQuery q(d->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(DISTINCT province) FROM units")) && q.next());
    QCOMPARE(q.value(0).toInt(), 34);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(DISTINCT kind) FROM participations")) && q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    // Every second-level and supporting unit has a first-level parent.
    QCOMPARE(
        TestSupport::count(
            *d, QStringLiteral("participations p"),
            QStringLiteral("p.kind <> 'initiating-1' AND (p.parent_unit_id IS NULL OR NOT EXISTS"
                           " (SELECT 1 FROM participations f WHERE f.unit_id = p.parent_unit_id"
                           " AND f.kind = 'initiating-1'))")),
        qint64(0));
    QVERIFY(TestSupport::count(*d, QStringLiteral("participations"),
                               QStringLiteral("sample_target > 0"))
            >= 200);
    QVERIFY(TestSupport::count(*d, QStringLiteral("links")) >= 200);
    QVERIFY(q.exec(QStringLiteral(
                "SELECT COUNT(DISTINCT day), MIN(day), MAX(day) FROM daily_tallies t"
                " JOIN links l ON l.id = t.link_id JOIN campaigns c ON c.id = l.campaign_id"
                " WHERE c.year = 2024"))
            && q.next());
    QCOMPARE(q.value(0).toInt(), 10);
    QCOMPARE(q.value(1).toString(), QStringLiteral("2024-07-17"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("2024-07-26"));
    // The year before, for year-over-year: most of the same units, with ten days of tallies.
    QVERIFY(
        q.exec(QStringLiteral("SELECT COUNT(*), MIN(t.day), MAX(t.day) FROM participations p"
                              " JOIN campaigns c ON c.id = p.campaign_id AND c.year = 2023"
                              " LEFT JOIN links l ON l.campaign_id = c.id AND l.unit_id = p.unit_id"
                              " LEFT JOIN daily_tallies t ON t.link_id = l.id"))
        && q.next());
    QVERIFY(q.value(0).toInt() >= 150 * 10);
    QCOMPARE(q.value(1).toString(), QStringLiteral("2023-07-17"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("2023-07-26"));
    QCOMPARE(TestSupport::count(*d, QStringLiteral("grading_rules")), qint64(8));
    // No real addresses: every e-mail is at the reserved example.org domain.
    QCOMPARE(TestSupport::count(*d, QStringLiteral("units"),
                                QStringLiteral("email NOT LIKE '%@example.org'")),
             qint64(0));
    // Names as offices have them: no digits inside, none repeated.
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM units")));
    QSet<QString> names;
    const QRegularExpression digit(QStringLiteral("[0-9]"));
    while (q.next()) {
        const QString name = q.value(0).toString();
        QVERIFY2(!name.contains(digit), qPrintable(name));
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
    }
    // A second run refuses and changes nothing.
    const QString before = TestSupport::snapshot(*d);
    d.reset();
    r = runCli({QStringLiteral("--db"), path, QStringLiteral("demo")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("already exists")));
    d = TestSupport::openMigrated(path);
    QCOMPARE(TestSupport::snapshot(*d), before);
}

void tst_Cli::demoDatesLieInItsCampaignsCalendar()
{
    // The demo's records are dated inside its campaign's own calendar (DOMAIN.md: forms by
    // form_due, link numbers by link_request_due, links and letters before the 10-day window),
    // on China Standard Time days, whatever day the demo is made: a letter of a July campaign
    // never bears the day it was printed on a desk in November.
    const QString path = db(QStringLiteral("demo-dates"));
    QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("demo")}).exitCode, 0);
    auto d = TestSupport::openMigrated(path);
    for (const int year : {2024, 2023}) {
        const Lookup<Campaign> c = CampaignRepository(*d).byYear(year);
        QVERIFY(c);
        // 2023 is made without due dates (not kept that year): its dates are the notices'.
        const QDate formDue = c->formDue.isValid() ? c->formDue : QDate(year, 7, 5);
        const QDate linkRequestDue
            = c->linkRequestDue.isValid() ? c->linkRequestDue : QDate(year, 7, 10);
        QCOMPARE(c->startDate, QDate(year, 7, 17));
        QSqlQuery q(d->connection());
        // Each link: requested by the due date, after its unit registered; made after it was
        // requested and before the window.
        q.prepare(QStringLiteral(
            "SELECT l.created_at, p.links_requested_at, p.created_at FROM links l"
            " JOIN participations p ON p.campaign_id = l.campaign_id AND p.unit_id = l.unit_id"
            " WHERE l.campaign_id = ?"));
        q.addBindValue(c->id);
        QVERIFY(q.exec());
        int links = 0;
        while (q.next()) {
            const QDate made = Clock::chinaDay(q.value(0).toString());
            const QDate requested = Clock::chinaDay(q.value(1).toString());
            const QDate registered = Clock::chinaDay(q.value(2).toString());
            QVERIFY2(registered.isValid() && registered <= formDue,
                     qPrintable(q.value(2).toString()));
            QVERIFY2(requested >= registered && requested <= linkRequestDue,
                     qPrintable(q.value(1).toString()));
            QVERIFY2(made > requested && made < c->startDate, qPrintable(q.value(0).toString()));
            QVERIFY(q.value(0).toString() > q.value(1).toString());
            ++links;
        }
        QVERIFY(links >= 150);
        // The questionnaire is set up with the campaign, before anyone registered.
        q.prepare(
            QStringLiteral("SELECT MIN(created_at) FROM questionnaires WHERE campaign_id = ?"));
        q.addBindValue(c->id);
        QVERIFY(q.exec() && q.next());
        QVERIFY(Clock::chinaDay(q.value(0).toString()) < formDue.addDays(-30));
    }
    // Every letter of 2024: issued once registration and link requests closed, before the
    // window; the letter itself says that day.
    const Lookup<Campaign> c = CampaignRepository(*d).byYear(2024);
    QVERIFY(c);
    const QList<Letter> letters = LetterRepository(*d).list(c->id);
    QVERIFY(letters.size() >= 200);
    for (const Letter &l : letters) {
        const QDate issued = Clock::chinaDay(l.issuedAt);
        QVERIFY2(issued > c->linkRequestDue && issued < c->startDate, qPrintable(l.issuedAt));
        // The date printed on the letter (its China Standard Time day) is one of those days.
        QStringList days;
        for (QDate day = c->linkRequestDue.addDays(1); day < c->startDate; day = day.addDays(1))
            days << LetterTemplate::dateOnLetter(day);
        QVERIFY2(days.contains(LetterTemplate::valuesFor(l, *c).value(QStringLiteral("date"))),
                 qPrintable(l.issuedAt));
    }
    // The checklist: a letter is printed after it was issued and sent after it was printed;
    // links are sent after they were made; everything before the window.
    QSqlQuery q(d->connection());
    q.prepare(QStringLiteral(
        "SELECT t.item, t.ticked_at, (SELECT MAX(l.created_at) FROM links l WHERE l.campaign_id ="
        " t.campaign_id AND l.unit_id = t.unit_id), (SELECT x.ticked_at FROM checklist_ticks x"
        " WHERE x.campaign_id = t.campaign_id AND x.unit_id = t.unit_id AND x.item ="
        " 'letter-printed') FROM checklist_ticks t WHERE t.campaign_id = ?"));
    q.addBindValue(c->id);
    QVERIFY(q.exec());
    const QDate lettersDay = Clock::chinaDay(letters.first().issuedAt);
    int ticks = 0;
    while (q.next()) {
        const QString item = q.value(0).toString();
        const QDate ticked = Clock::chinaDay(q.value(1).toString());
        QVERIFY2(ticked.isValid() && ticked < c->startDate, qPrintable(q.value(1).toString()));
        if (item == QLatin1String("links-sent"))
            QVERIFY(ticked >= Clock::chinaDay(q.value(2).toString()));
        if (item == QLatin1String("letter-printed"))
            QVERIFY(ticked >= lettersDay);
        if (item == QLatin1String("letter-sent"))
            QVERIFY(ticked >= Clock::chinaDay(q.value(3).toString()));
        ++ticks;
    }
    QVERIFY(ticks >= 500);
    // Nothing the demo wrote bears a day after its campaign (such as the day it was made).
    for (const char *column : {"units.created_at", "units.updated_at", "participations.updated_at",
                               "links.created_at", "letters.issued_at", "campaigns.created_at",
                               "questionnaires.created_at", "checklist_ticks.ticked_at"}) {
        const QString table = QString::fromLatin1(column).section(QLatin1Char('.'), 0, 0);
        QVERIFY(q.exec(QStringLiteral("SELECT MAX(%1) FROM %2").arg(QLatin1String(column), table))
                && q.next());
        QVERIFY2(Clock::chinaDay(q.value(0).toString()) < c->startDate, column);
    }
}

void tst_Cli::campaignOptionKeepsItsWord_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("required");
    // Actions that issue or send something name their year; the others take the one under way,
    // else the newest, as their --help says (letters render and links qr refused to before).
    QTest::newRow("letters render") << QStringList {"letters", "render", "--out", "OUT"} << false;
    QTest::newRow("links qr") << QStringList {"links", "qr", "--out", "OUT"} << false;
    QTest::newRow("letters issue") << QStringList {"letters", "issue", "--all"} << true;
    QTest::newRow("links issue") << QStringList {"links", "issue", "--unit", "1", "--count", "1"}
                                 << true;
    QTest::newRow("links request")
        << QStringList {"links", "request", "--unit", "1", "--count", "1"} << true;
    QTest::newRow("mail send") << QStringList {"mail", "send", "--mailing", "chase"} << true;
}

void tst_Cli::campaignOptionKeepsItsWord()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, required);
    const QString path = db(QStringLiteral("demo-campaign-option"));
    if (!m_demoSeeded) {
        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("demo")}).exitCode, 0);
        m_demoSeeded = true;
    }
    const QStringList action = arguments.mid(0, 2);
    const auto help = runCli(action + QStringList {QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    const QString campaignLine = help.out.section(QStringLiteral("--campaign <Y>"), 1)
                                     .section(QLatin1Char('-'), 0, 0)
                                     .simplified();
    QCOMPARE(campaignLine,
             required ? QStringLiteral("Campaign year (required).")
                      : QStringLiteral("Campaign year (default: the one under way, else the "
                                       "newest)."));

    QTemporaryDir out;
    QVERIFY(out.isValid());
    arguments.replaceInStrings(QStringLiteral("OUT"), out.path());
    const auto r = runCli(QStringList {QStringLiteral("--db"), path} + arguments);
    if (required) {
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("needs --campaign")), qPrintable(r.err));
        return;
    }
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // The newest campaign's files: the demo's 2024 (its 2023 has the same units).
    const QStringList files = QDir(out.path()).entryList(QDir::Files);
    QVERIFY2(!files.isEmpty(), qPrintable(r.out));
    if (arguments.first() == QLatin1String("letters"))
        QVERIFY2(files.first().contains(QStringLiteral("2024")), qPrintable(files.first()));
}

void tst_Cli::documentsFollowTheLocale_data()
{
    QTest::addColumn<QByteArray>("locale"); // LC_ALL and LANG of the run
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("absent");
    QTest::addColumn<QStringList>("whole"); // words a column must not break
    // A Chinese desk's locale gives the committee's document in Chinese (it came out in English
    // whatever the locale); a script's C locale keeps English.
    QTest::newRow("zh_CN.UTF-8") << QByteArray("zh_CN.UTF-8") << QStringLiteral("2024年度表彰名单")
                                 << QStringLiteral("Commendation list")
                                 << QStringList {"序号", "有效样本", "目标完成率"};
    QTest::newRow("zh_CN.UTF-8, column heads")
        << QByteArray("zh_CN.UTF-8") << QStringLiteral("2024年度表彰名单")
        << QStringLiteral("Region") << QStringList {"等级", "一级发起单位"};
    QTest::newRow("C.UTF-8") << QByteArray("C.UTF-8") << QStringLiteral("Commendation list, 2024")
                             << QStringLiteral("表彰名单")
                             << QStringList {"No.", "Guangdong", "initiating"};
}

void tst_Cli::documentsFollowTheLocale()
{
    QFETCH(QByteArray, locale);
    QFETCH(QString, title);
    QFETCH(QString, absent);
    QFETCH(QStringList, whole);
    const QString path = db(QStringLiteral("demo-campaign-option"));
    if (!m_demoSeeded) {
        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("demo")}).exitCode, 0);
        m_demoSeeded = true;
    }
    QTemporaryDir out;
    QVERIFY(out.isValid());
    const QString pdf = out.filePath(QStringLiteral("commendations.pdf"));
    const QByteArray before = qgetenv("LC_ALL");
    qputenv("LC_ALL", locale);
    qputenv("LANG", locale);
    const auto r = runCli({QStringLiteral("--db"), path, QStringLiteral("commendations"),
                           QStringLiteral("--out"), pdf});
    qputenv("LC_ALL", before);
    qputenv("LANG", before);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString text = PdfText::read(pdf);
    QVERIFY2(PdfText::flat(text).contains(PdfText::flat(title)), qPrintable(text.left(400)));
    QVERIFY2(!text.contains(absent), qPrintable(text.left(400)));
    for (const QString &word : whole)
        QVERIFY2(text.contains(word), qPrintable(word + QLatin1Char('\n') + text.left(600)));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
