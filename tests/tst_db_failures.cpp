// A database that fails under the program is said to be failing, never read as "there is no
// campaign" or "the unit no longer exists" (issue 19). SQLite: the file is damaged by another
// process while the program has it open (its tables' pages overwritten with zeros, as a disk
// fault would). PostgreSQL: the program's connection is killed with pg_terminate_backend. Both
// through the repositories' look-ups (Lookup<T>: LookupError::Database, with the database's
// words) and through secretariat-cli (stderr names the error, exit status not 0).
#include "TestSupport.h"

#include "db/Database.h"
#include "letters/LetterRepository.h"
#include "links/LinkRepository.h"
#include "repo/CampaignRepository.h"
#include "repo/QuestionnaireRepository.h"
#include "repo/UnitRepository.h"
#include "session/Workspace.h"

#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using TestSupport::runCli;

namespace {
// What the seeded database holds, to look up.
struct Keys
{
    int year = 0;
    qint64 campaignId = 0;
    qint64 unitId = 0;
    QString unitName;
    QString token;
    QString letterNumber;
    QString letterCode;
};

// What the database's error says, in Dialect::describeError's words (untranslated in the
// tests): a damaged file; on PostgreSQL a connection terminated mid-statement (SQLSTATE 57P01:
// "the connection to the database server was lost") or found dead before one was sent (libpq's
// "no connection to the server").
QString failureWords()
{
    return TestSupport::isPostgres() ? QStringLiteral("connection")
                                     : QStringLiteral("database file is damaged");
}

QString value(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0).toString();
}

template<class T>
bool failedWithDatabase(const Lookup<T> &r, const char *what)
{
    if (r) {
        qWarning("%s: found although the database failed", what);
        return false;
    }
    if (!r.error().isDatabase()) {
        qWarning("%s: reported not found although the database failed", what);
        return false;
    }
    if (!r.error().message().contains(failureWords())) {
        qWarning("%s: %s", what, qPrintable(r.error().message()));
        return false;
    }
    return true;
}
} // namespace

class tst_DbFailures : public QObject
{
    Q_OBJECT
private slots:
    void lookupsFailWithTheDatabase();
    void workspaceDoesNotOpenADamagedFile();
    void cliNamesTheDatabaseError_data();
    void cliNamesTheDatabaseError();
    void cliRevokeAndVerifyNameTheDatabaseError();
    void expectedMirrorsStdExpected();

private:
    // A new database with the demo campaign 2031 (and 2030); its keys in *keys.
    QString seed(const QString &name, Keys *keys);
    // SQLite: overwrites with zeros the root pages of tables and of their indexes, from another
    // process (dd), so this one keeps every descriptor and lock it holds on the file. Every page
    // of a table is reached through its root, so the whole table reads as damaged.
    void damage(const QString &file, const QStringList &tables);
    // PostgreSQL: a login role (a manager) for whom reading campaigns kills its own connection
    // with pg_terminate_backend, the moment a command looks a campaign up.
    QString loginWhoseConnectionDies(const QString &location);
};

QString tst_DbFailures::seed(const QString &name, Keys *keys)
{
    const QString location = TestSupport::newDatabaseLocation(name);
    // init first: on PostgreSQL it creates the group roles a login is made a member of.
    const auto i = runCli({QStringLiteral("--db"), location, QStringLiteral("init")});
    if (i.exitCode != 0) {
        qWarning("init: %s", qPrintable(i.err));
        return {};
    }
    const auto r = runCli({QStringLiteral("--db"), location, QStringLiteral("demo"),
                           QStringLiteral("--year"), QStringLiteral("2031")});
    if (r.exitCode != 0) {
        qWarning("demo: %s", qPrintable(r.err));
        return {};
    }
    auto db = TestSupport::openMigrated(location);
    keys->year = 2031;
    keys->campaignId
        = value(*db, QStringLiteral("SELECT id FROM campaigns WHERE year = 2031")).toLongLong();
    keys->unitId = value(*db,
                         QStringLiteral("SELECT MIN(unit_id) FROM participations p JOIN"
                                        " campaigns c ON c.id = p.campaign_id"
                                        " WHERE c.year = 2031"))
                       .toLongLong();
    keys->unitName
        = value(*db, QStringLiteral("SELECT name FROM units WHERE id = %1").arg(keys->unitId));
    keys->token = value(*db, QStringLiteral("SELECT MIN(token) FROM links"));
    keys->letterNumber = value(*db, QStringLiteral("SELECT MIN(number) FROM letters"));
    keys->letterCode = value(*db,
                             QStringLiteral("SELECT verify_code FROM letters WHERE"
                                            " status = 'issued' ORDER BY id LIMIT 1"));
    if (!db->dialect().isPostgreSQL()) {
        // Every page in the main file, none waiting in the -wal, before the file is damaged.
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    return location;
}

void tst_DbFailures::damage(const QString &file, const QStringList &tables)
{
    QList<qint64> pages;
    int pageSize = 0;
    {
        Database db;
        QVERIFY(!db.open(file).isValid());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        pageSize = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE tbl_name IN ('%1')"
                                      " AND rootpage > 0")
                           .arg(tables.join(QStringLiteral("', '")))));
        while (q.next())
            pages << q.value(0).toLongLong();
    }
    QVERIFY(pages.size() >= tables.size());
    for (const qint64 page : std::as_const(pages)) {
        const int status
            = QProcess::execute(QStringLiteral("dd"),
                                {QStringLiteral("if=/dev/zero"), QStringLiteral("of=") + file,
                                 QStringLiteral("bs=%1").arg(pageSize),
                                 QStringLiteral("seek=%1").arg(page - 1), QStringLiteral("count=1"),
                                 QStringLiteral("conv=notrunc"), QStringLiteral("status=none")});
        QCOMPARE(status, 0);
    }
}

QString tst_DbFailures::loginWhoseConnectionDies(const QString &location)
{
    auto owner = TestSupport::openMigrated(location);
    QSqlQuery q(owner->connection());
    for (const char *sql :
         {"CREATE FUNCTION test_terminate_self() RETURNS boolean LANGUAGE plpgsql AS"
          " $$ BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN true; END $$",
          "ALTER TABLE campaigns ENABLE ROW LEVEL SECURITY",
          "CREATE POLICY test_terminate ON campaigns USING (test_terminate_self())"}) {
        if (!q.exec(QLatin1String(sql))) {
            qWarning("%s: %s", sql, qPrintable(q.lastError().text()));
            return {};
        }
    }
    return TestSupport::loginAs(*owner, location, QStringLiteral("dying"),
                                QStringLiteral("secretariat_manager"));
}

// Every look-up that finds its record on a sound database fails with the database's error once
// the database fails under the open connection: none says "not found".
void tst_DbFailures::lookupsFailWithTheDatabase()
{
    Keys k;
    const QString location = seed(QStringLiteral("lookups"), &k);
    QVERIFY(!location.isEmpty());
    Database db;
    QVERIFY(!db.open(location).isValid());
    if (db.dialect().isPostgreSQL()) {
        // A sound connection first: everything is found.
        QVERIFY(CampaignRepository(db).byYear(k.year));
        QVERIFY(UnitRepository(db).load(k.unitId, k.campaignId));
        QVERIFY(LinkRepository(db).byToken(k.token));
        QVERIFY(LetterRepository(db).current(k.letterNumber));
        const QString pid = value(db, QStringLiteral("SELECT pg_backend_pid()"));
        QVERIFY(!pid.isEmpty());
        auto killer = TestSupport::openMigrated(location);
        // The timeout makes it wait until the backend is gone, so the next statement meets a
        // dead connection, not a race.
        QCOMPARE(value(*killer, QStringLiteral("SELECT pg_terminate_backend(%1, 10000)").arg(pid)),
                 QStringLiteral("true"));
    } else {
        // Nothing read yet through this connection: each page comes from the damaged file.
        damage(location,
               {QStringLiteral("campaigns"), QStringLiteral("units"),
                QStringLiteral("participations"), QStringLiteral("links"),
                QStringLiteral("letters"), QStringLiteral("questionnaires")});
        if (QTest::currentTestFailed())
            return;
    }
    CampaignRepository campaigns(db);
    QVERIFY(failedWithDatabase(campaigns.byYear(k.year), "byYear"));
    QVERIFY(failedWithDatabase(campaigns.byId(k.campaignId), "byId"));
    QVERIFY(failedWithDatabase(campaigns.latest(), "latest"));
    UnitRepository units(db);
    QVERIFY(failedWithDatabase(units.unit(k.unitId), "unit"));
    QVERIFY(failedWithDatabase(units.load(k.unitId, k.campaignId), "load"));
    QVERIFY(failedWithDatabase(units.idByName(k.unitName), "idByName"));
    QVERIFY(failedWithDatabase(LinkRepository(db).byToken(k.token), "byToken"));
    QVERIFY(failedWithDatabase(LetterRepository(db).current(k.letterNumber), "current"));
    QuestionnaireRepository questionnaires(db);
    QVERIFY(
        failedWithDatabase(questionnaires.byName(k.campaignId, QStringLiteral("main")), "byName"));
    QVERIFY(failedWithDatabase(questionnaires.first(k.campaignId), "first"));
    // A write that starts with a look-up says the same, not "the unit no longer exists".
    const Problems p = units.setTarget(k.unitId, k.campaignId, 1234);
    QCOMPARE(p.size(), 1);
    QVERIFY2(p.first().message.contains(failureWords()), qPrintable(p.first().message));
}

// The program does not open a file it cannot read as one without campaigns.
void tst_DbFailures::workspaceDoesNotOpenADamagedFile()
{
    if (TestSupport::isPostgres())
        QSKIP("SQLite files: a killed connection is the look-ups' test");
    Keys k;
    const QString location = seed(QStringLiteral("workspace"), &k);
    damage(location, {QStringLiteral("campaigns")});
    if (QTest::currentTestFailed())
        return;
    Workspace workspace;
    const QSqlError e = workspace.open(location);
    QVERIFY(e.isValid());
    QVERIFY2(Dialect::describeError(e).contains(failureWords()),
             qPrintable(Dialect::describeError(e)));
    QVERIFY(!workspace.hasDatabase());
}

void tst_DbFailures::cliNamesTheDatabaseError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("units list") << QStringList {"units", "list"};
    QTest::newRow("units list --campaign") << QStringList {"units", "list", "--campaign", "2031"};
    QTest::newRow("progress") << QStringList {"progress"};
    QTest::newRow("links list") << QStringList {"links", "list"};
    QTest::newRow("letters list") << QStringList {"letters", "list", "--campaign", "2031"};
    QTest::newRow("checklist") << QStringList {"checklist"};
}

// A campaign look-up that fails: stderr says what the database said, the exit status is not 0,
// and nothing claims there is no campaign.
void tst_DbFailures::cliNamesTheDatabaseError()
{
    QFETCH(QStringList, arguments);
    static QString location;
    static Keys k;
    if (location.isEmpty()) {
        location = seed(QStringLiteral("cli"), &k);
        QVERIFY(!location.isEmpty());
        if (TestSupport::isPostgres()) {
            location = loginWhoseConnectionDies(location);
            QVERIFY(!location.isEmpty());
        } else {
            damage(location, {QStringLiteral("campaigns")});
            if (QTest::currentTestFailed())
                return;
        }
    }
    const auto r = runCli(QStringList {QStringLiteral("--db"), location} + arguments);
    QVERIFY2(r.exitCode != 0, qPrintable(r.out));
    QVERIFY2(r.err.contains(failureWords()), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("no campaign")), qPrintable(r.err));
}

// Look-ups past the campaign: a token or a code the database cannot read is not "unknown".
void tst_DbFailures::cliRevokeAndVerifyNameTheDatabaseError()
{
    if (TestSupport::isPostgres())
        QSKIP("SQLite: the links and letters tables damaged under a sound campaigns table");
    Keys k;
    const QString location = seed(QStringLiteral("tokens"), &k);
    QVERIFY(!k.token.isEmpty() && !k.letterCode.isEmpty());
    damage(location, {QStringLiteral("links"), QStringLiteral("letters")});
    if (QTest::currentTestFailed())
        return;
    auto r = runCli({QStringLiteral("--db"), location, QStringLiteral("links"),
                     QStringLiteral("revoke"), k.token});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(failureWords()), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("no link")), qPrintable(r.err));
    r = runCli({QStringLiteral("--db"), location, QStringLiteral("letters"),
                QStringLiteral("verify"), k.letterCode});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(failureWords()), qPrintable(r.err));
    QVERIFY2(!r.out.contains(QStringLiteral("unknown")), qPrintable(r.out));
}

// Expected reads as std::expected (and std::optional) does.
void tst_DbFailures::expectedMirrorsStdExpected()
{
    Expected<int, QString> v = 7;
    QVERIFY(v.has_value());
    QVERIFY(bool(v));
    QCOMPARE(*v, 7);
    QCOMPARE(v.value(), 7);
    QCOMPARE(v.value_or(3), 7);
    Expected<int, QString> e = Unexpected(QStringLiteral("broken"));
    QVERIFY(!e.has_value());
    QCOMPARE(e.error(), QStringLiteral("broken"));
    QCOMPARE(e.value_or(3), 3);
    bool thrown = false;
    try {
        (void)e.value();
    } catch (const BadExpectedAccess<QString> &x) {
        thrown = x.error() == QStringLiteral("broken");
    }
    QVERIFY(thrown);
    Expected<QString, int> s = QStringLiteral("abc");
    QCOMPARE(s->size(), 3);
    const Lookup<qint64> missing = lookupNotFound();
    QVERIFY(!missing && missing.error().isNotFound() && !missing.error().isDatabase());
}

QTEST_GUILESS_MAIN(tst_DbFailures)
#include "tst_db_failures.moc"
