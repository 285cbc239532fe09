// A database that fails under the program is said to be failing, never read as "there is no
// campaign" or "the unit no longer exists" (issue 19). SQLite: the file is damaged by another
// process while the program has it open (its tables' pages overwritten with zeros, as a disk
// fault would). PostgreSQL: the program's connection is killed with pg_terminate_backend. Both
// through the repositories' look-ups (Lookup<T>: LookupError::Database, with the database's
// words), their reads of many rows (the QSqlError they set; never an empty list taken for
// "none") and through secretariat-cli (stderr names the error, exit status not 0).
#include "FailingReads.h"
#include "TestSupport.h"

#include "certificates/CertificateRepository.h"
#include "db/ConflictError.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "forms/FormFile.h"
#include "forms/FormImporter.h"
#include "imports/UnitExporter.h"
#include "imports/UnitImporter.h"
#include "itemmodels/ChecklistModel.h"
#include "itemmodels/ImportHistoryModel.h"
#include "itemmodels/LetterTableModel.h"
#include "itemmodels/LinkTableModel.h"
#include "letters/LetterRepository.h"
#include "letters/LetterTemplateRepository.h"
#include "letters/VerificationCode.h"
#include "links/LinkRepository.h"
#include "mail/MailAccountRepository.h"
#include "mail/MailLogRepository.h"
#include "mail/MailRun.h"
#include "mail/MailingRepository.h"
#include "progress/GradingRepository.h"
#include "repo/AuditLog.h"
#include "repo/CampaignRepository.h"
#include "repo/QuestionnaireRepository.h"
#include "repo/UnitRepository.h"
#include "session/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

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

// A read of many rows (or a count) that set *error: it must be the database's failure.
bool failedWithDatabase(const QSqlError &e, const char *what)
{
    if (!e.isValid()) {
        qWarning("%s: no error although the database failed", what);
        return false;
    }
    if (!Dialect::describeError(e).contains(failureWords())) {
        qWarning("%s: %s", what, qPrintable(Dialect::describeError(e)));
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
    void readsOfManyRowsFailWithTheDatabase();
    void workspaceDoesNotOpenADamagedFile();
    void itemModelsSayTheDatabaseFailed();
    void conflictsSayTheDatabaseFailed();
    void conflictWithAnUnreadableAuditSaysTheDatabaseFailed();
    void gradingRulesThatCannotBeReadAreNoConflict();
    void failedDuplicateChecksRefuseTheUnit();
    void linksThatCannotBeReadBackAreNotIssued();
    void cliNamesTheDatabaseError_data();
    void cliNamesTheDatabaseError();
    void cliRevokeAndVerifyNameTheDatabaseError();
    void cliReadsPastTheCampaignNameTheDatabaseError_data();
    void cliReadsPastTheCampaignNameTheDatabaseError();
    void expectedMirrorsStdExpected();

private:
    // A new database with the demo campaign 2031 (and 2030); its keys in *keys.
    QString seed(const QString &name, Keys *keys);
    // The same, opened by db; empty when either failed.
    QString openSeeded(const QString &name, Keys *keys, Database &db);
    // SQLite: overwrites with zeros the root pages of tables and of their indexes, from another
    // process (dd), so this one keeps every descriptor and lock it holds on the file. Every page
    // of a table is reached through its root, so the whole table reads as damaged.
    void damage(const QString &file, const QStringList &tables);
    // PostgreSQL: a login role (a manager) for whom reading any of tables (campaigns unless
    // given) kills its own connection with pg_terminate_backend, the moment a command reads one.
    QString loginWhoseConnectionDies(const QString &location,
                                     const QStringList &tables = {QStringLiteral("campaigns")});
    // A desk for which reading any of tables fails: the SQLite file damaged (its location), or on
    // PostgreSQL a login whose connection dies (loginWhoseConnectionDies). Empty on a failure.
    QString deskFailingOn(const QString &location, const QStringList &tables);
    // A stored mailing, a send-log entry, a letter template and a certificate: PostgreSQL's
    // row-security policy (loginWhoseConnectionDies) is evaluated per row, so a table read
    // must hold one for the connection to die.
    void addARowToEachTable(const QString &location, const Keys &keys);
    // Makes the database at location fail under an open connection: on PostgreSQL db's
    // connection is killed, on SQLite the tables are damaged.
    void failUnder(Database &db, const QString &location, const QStringList &tables);
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

QString tst_DbFailures::openSeeded(const QString &name, Keys *keys, Database &db)
{
    const QString location = seed(name, keys);
    if (location.isEmpty())
        return {};
    if (const QSqlError e = db.open(location); e.isValid()) {
        qWarning("open: %s", qPrintable(e.text()));
        return {};
    }
    return location;
}

QString tst_DbFailures::deskFailingOn(const QString &location, const QStringList &tables)
{
    if (TestSupport::isPostgres())
        return loginWhoseConnectionDies(location, tables);
    damage(location, tables);
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
        // Every page in the main file (a copy may still hold some in its -wal).
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
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

QString tst_DbFailures::loginWhoseConnectionDies(const QString &location, const QStringList &tables)
{
    auto owner = TestSupport::openMigrated(location);
    QSqlQuery q(owner->connection());
    QStringList statements {
        QStringLiteral("CREATE FUNCTION test_terminate_self() RETURNS boolean LANGUAGE plpgsql AS"
                       " $$ BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN true;"
                       " END $$")};
    for (const QString &table : tables)
        statements << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table)
                   << QStringLiteral("CREATE POLICY test_terminate ON %1 USING"
                                     " (test_terminate_self())")
                          .arg(table);
    for (const QString &sql : std::as_const(statements)) {
        if (!q.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return {};
        }
    }
    return TestSupport::loginAs(*owner, location, QStringLiteral("dying"),
                                QStringLiteral("secretariat_manager"));
}

void tst_DbFailures::addARowToEachTable(const QString &location, const Keys &k)
{
    auto db = TestSupport::openMigrated(location);
    Mailing mailing = MailingRepository::builtIn(k.campaignId).constFirst();
    QVERIFY(MailingRepository(*db).save(mailing).isEmpty());
    MailLogEntry entry;
    entry.campaignId = k.campaignId;
    entry.mailing = mailing.name;
    entry.unitId = k.unitId;
    entry.recipient = QStringLiteral("unit@example.org");
    entry.detail = QStringLiteral("test");
    QVERIFY(MailLogRepository(*db).record(entry).isEmpty());
    LetterTemplate custom;
    custom.series = QStringLiteral("FQ");
    custom.html = QStringLiteral("<p>{{unit}} {{number}} {{verify_code}}</p>");
    QVERIFY(LetterTemplateRepository(*db).save(k.campaignId, custom).isEmpty());
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("INSERT INTO certificates (campaign_id, unit_id, seq, number, grade,"
                             " verify_code, issued_at, issued_by) VALUES (?, ?, 1, ?, 'A',"
                             " 'ABCDEFGHJK', '2031-01-01T00:00:00Z', 'test')"));
    q.addBindValue(k.campaignId);
    q.addBindValue(k.unitId);
    q.addBindValue(QStringLiteral("%1-RY-0001").arg(k.year));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

void tst_DbFailures::failUnder(Database &db, const QString &location, const QStringList &tables)
{
    if (!db.dialect().isPostgreSQL()) {
        damage(location, tables);
        return;
    }
    const QString pid = value(db, QStringLiteral("SELECT pg_backend_pid()"));
    QVERIFY(!pid.isEmpty());
    auto killer = TestSupport::openMigrated(location);
    // The timeout makes it wait until the backend is gone, so the next statement meets a dead
    // connection, not a race.
    QCOMPARE(value(*killer, QStringLiteral("SELECT pg_terminate_backend(%1, 10000)").arg(pid)),
             QStringLiteral("true"));
}

// Every look-up that finds its record on a sound database fails with the database's error once
// the database fails under the open connection: none says "not found".
void tst_DbFailures::lookupsFailWithTheDatabase()
{
    Keys k;
    Database db;
    const QString location = openSeeded(QStringLiteral("lookups"), &k, db);
    QVERIFY(!location.isEmpty());
    if (db.dialect().isPostgreSQL()) {
        // A sound connection first: everything is found. (On SQLite nothing is read through
        // this connection before the damage: each page comes from the damaged file.)
        QVERIFY(CampaignRepository(db).byYear(k.year));
        QVERIFY(UnitRepository(db).load(k.unitId, k.campaignId));
        QVERIFY(LinkRepository(db).byToken(k.token));
        QVERIFY(LetterRepository(db).current(k.letterNumber));
    }
    failUnder(db, location,
              {QStringLiteral("campaigns"), QStringLiteral("units"),
               QStringLiteral("participations"), QStringLiteral("links"), QStringLiteral("letters"),
               QStringLiteral("questionnaires")});
    if (QTest::currentTestFailed())
        return;
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

// The reads of many rows, counts and settings (the core's QSqlError *error convention): a
// failing database sets the error; none passes an empty list off as "there is none".
void tst_DbFailures::readsOfManyRowsFailWithTheDatabase()
{
    Keys k;
    Database db;
    const QString location = openSeeded(QStringLiteral("rows"), &k, db);
    QVERIFY(!location.isEmpty());
    failUnder(
        db, location,
        {QStringLiteral("campaigns"), QStringLiteral("units"), QStringLiteral("participations"),
         QStringLiteral("letters"), QStringLiteral("letter_templates"),
         QStringLiteral("certificates"), QStringLiteral("mailings"), QStringLiteral("mail_log"),
         QStringLiteral("mail_settings"), QStringLiteral("audit_log"), QStringLiteral("db_meta")});
    if (QTest::currentTestFailed())
        return;
    const QString name = QStringLiteral("letters");
    QVERIFY(failedWithDatabase(MailingRepository(db).byName(k.campaignId, name), "byName"));
    QVERIFY(failedWithDatabase(CertificateRepository(db).verify(QStringLiteral("ABCDEFGHJK")),
                               "certificate verify"));
    QVERIFY(failedWithDatabase(VerificationCode::existingSecret(db), "existingSecret"));
    const auto rows = [&](const char *what, const std::function<void(QSqlError *)> &read) {
        QSqlError e;
        read(&e);
        QVERIFY2(failedWithDatabase(e, what), what);
    };
    rows("mailings", [&](QSqlError *e) { MailingRepository(db).list(k.campaignId, e); });
    MailLogRepository log(db);
    rows("mail log", [&](QSqlError *e) { log.list(k.campaignId, name, 0, e); });
    rows("latestByUnit", [&](QSqlError *e) { log.latestByUnit(k.campaignId, name, e); });
    rows("failedUnits", [&](QSqlError *e) { log.failedUnits(k.campaignId, name, e); });
    rows("wasSent", [&](QSqlError *e) { log.wasSent(k.campaignId, name, k.unitId, e); });
    rows("mail account", [&](QSqlError *e) { MailAccountRepository(db).load(e); });
    CertificateRepository certificates(db);
    rows("certificates", [&](QSqlError *e) { certificates.list(k.campaignId, e); });
    rows("commendedUnits", [&](QSqlError *e) { certificates.commendedUnits(k.campaignId, e); });
    Letter letter;
    letter.campaignId = k.campaignId;
    letter.series = QStringLiteral("FQ");
    rows("documentsFor",
         [&](QSqlError *e) { LetterTemplateRepository(db).documentsFor({letter}, e); });
    rows("template", [&](QSqlError *e) {
        LetterTemplateRepository(db).load(k.campaignId, QStringLiteral("FQ"), nullptr, e);
    });
    LetterRepository letters(db);
    rows("unitsWithoutLetter", [&](QSqlError *e) { letters.unitsWithoutLetter(k.campaignId, e); });
    rows("candidates", [&](QSqlError *e) { letters.candidates(k.campaignId, e); });
    rows("validLetters", [&](QSqlError *e) { letters.validLetters(k.campaignId, e); });
    UnitRepository units(db);
    rows("names", [&](QSqlError *e) { units.names(e); });
    rows("carryOverCount", [&](QSqlError *e) { units.carryOverCount(k.campaignId, 1, e); });
    rows("units export", [&](QSqlError *e) { UnitExporter(db).rows(k.campaignId, e); });
    rows("audit forRecord",
         [&](QSqlError *e) { AuditLog::forRecord(db, QStringLiteral("units"), k.unitId, e); });
    rows("audit users", [&](QSqlError *e) { AuditLog::users(db, e); });
    MailRun::Options options;
    options.campaign.id = k.campaignId;
    options.mailing.name = name;
    rows("recipients", [&](QSqlError *e) { MailRun::recipients(db, options, e); });
    options.dryRunDir = QDir::tempPath();
    const MailRun::Outcome out = MailRun::run(db, options);
    QVERIFY(failedWithDatabase(out.error, "mail run"));
    QCOMPARE(out.written, 0);
    // A write that starts with such a read says the database's words too.
    const Problems issued = letters.issueMissing(k.campaignId);
    QCOMPARE(issued.size(), 1);
    QVERIFY2(issued.first().message.contains(failureWords()), qPrintable(issued.first().message));
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

// The GUI's tables: a model whose reload failed says so (loadFailed, in the database's words)
// instead of showing an empty table as if there were no letters, links, ticks or imports.
void tst_DbFailures::itemModelsSayTheDatabaseFailed()
{
    Keys k;
    const QString location = seed(QStringLiteral("models"), &k);
    QVERIFY(!location.isEmpty());
    Workspace workspace;
    LetterTableModel letters(&workspace);
    LinkTableModel links(&workspace);
    ChecklistModel checklist(&workspace);
    ImportHistoryModel imports(&workspace);
    QList<QSignalSpy *> spies;
    for (QObject *model : std::initializer_list<QObject *> {&letters, &links, &checklist, &imports})
        spies << new QSignalSpy(model, SIGNAL(loadFailed(QString)));
    const QStringList tables {QStringLiteral("letters"), QStringLiteral("links"),
                              QStringLiteral("checklist_ticks"), QStringLiteral("imports")};
    // SQLite: damaged before the workspace opens it, so no page of those tables is cached; the
    // models read them when the database is opened.
    if (!TestSupport::isPostgres())
        damage(location, tables);
    QVERIFY(!workspace.open(location).isValid());
    if (TestSupport::isPostgres()) {
        failUnder(workspace.database(), location, tables);
        letters.reload();
        links.reload();
        checklist.reload();
        imports.reload();
    }
    for (QSignalSpy *spy : std::as_const(spies)) {
        QVERIFY2(!spy->isEmpty(), spy->signal().constData());
        const QString message = spy->constLast().constFirst().toString();
        QVERIFY2(message.contains(failureWords()), qPrintable(message));
    }
    qDeleteAll(spies);
}

// A save refused because the record's version moved on says who changed it from the record and
// the audit log; when the database fails there, the refusal carries its words, and nobody is
// told the record was deleted (ConflictDialog would offer no overwrite then, the CLI say "no
// longer exists").
void tst_DbFailures::conflictsSayTheDatabaseFailed()
{
    Keys k;
    const QString location = seed(QStringLiteral("conflicts"), &k);
    QVERIFY(!location.isEmpty());
    addARowToEachTable(location, k); // a stored letter template (FQ)
    if (QTest::currentTestFailed())
        return;
    Database db;
    QVERIFY(!db.open(location).isValid());
    LetterTemplate loaded;
    loaded.series = QStringLiteral("FQ");
    loaded.rowVersion = 0; // the built-in one, as if opened before the template was stored
    if (db.dialect().isPostgreSQL()) {
        // A sound database first: who changed what is read (SQLite: nothing is read through
        // this connection before the damage, see lookupsFailWithTheDatabase).
        const ConflictError sound
            = ConflictError::describe(db, QStringLiteral("units"), k.unitId, 0);
        QVERIFY(!sound.deleted && !sound.readError.isValid() && sound.currentVersion > 0);
        const ConflictError stored
            = LetterTemplateRepository(db).conflictWith(k.campaignId, loaded);
        QVERIFY(!stored.deleted && !stored.readError.isValid());
        QCOMPARE(stored.changedFields, QStringList {QStringLiteral("html")});
    }
    failUnder(
        db, location,
        {QStringLiteral("units"), QStringLiteral("audit_log"), QStringLiteral("letter_templates")});
    if (QTest::currentTestFailed())
        return;
    const auto saysTheDatabaseFailed = [](const ConflictError &c, const char *what) {
        QVERIFY2(c.isValid(), what);
        QVERIFY2(!c.deleted, what);
        QVERIFY2(failedWithDatabase(c.readError, what), what);
        QVERIFY2(c.message().contains(failureWords()), qPrintable(c.message()));
        QVERIFY2(!c.message().contains(QStringLiteral("deleted")), qPrintable(c.message()));
    };
    saysTheDatabaseFailed(ConflictError::describe(db, QStringLiteral("units"), k.unitId, 1),
                          "units");
    saysTheDatabaseFailed(LetterTemplateRepository(db).conflictWith(k.campaignId, loaded),
                          "letter template");
}

// The record itself is read, only its audit entries fail (SQLite: the audit log's pages damaged;
// PostgreSQL: a desk whose connection dies when it reads the audit log): who changed what is not
// known, so the conflict carries the database's error. Before, the failed read counted as "no
// audit entries" and the refusal named the record's last saver with no fields, as if that were
// all there was to say.
void tst_DbFailures::conflictWithAnUnreadableAuditSaysTheDatabaseFailed()
{
    Keys k;
    const QString location = seed(QStringLiteral("audit"), &k);
    QVERIFY(!location.isEmpty());
    int loadedVersion = 0;
    {
        // Another desk saves the unit after this one loaded it; on a sound database the conflict
        // says what that save changed.
        auto other = TestSupport::openMigrated(location);
        UnitRepository units(*other);
        const Lookup<UnitRecord> loaded = units.load(k.unitId, k.campaignId);
        QVERIFY(loaded);
        loadedVersion = loaded->unit.rowVersion;
        UnitRecord theirs = *loaded;
        theirs.unit.position = QStringLiteral("办公室副主任");
        QVERIFY(units.save(theirs).isEmpty());
        const ConflictError sound
            = ConflictError::describe(*other, QStringLiteral("units"), k.unitId, loadedVersion);
        QVERIFY(!sound.readError.isValid() && !sound.deleted);
        QVERIFY2(!sound.changedFields.isEmpty(), qPrintable(sound.message()));
        if (!other->dialect().isPostgreSQL()) {
            QSqlQuery q(other->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
    }
    const QString desk = deskFailingOn(location, {QStringLiteral("audit_log")});
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!desk.isEmpty());
    Database db;
    QVERIFY(!db.open(desk).isValid());
    const ConflictError c
        = ConflictError::describe(db, QStringLiteral("units"), k.unitId, loadedVersion);
    QVERIFY(c.isValid());
    QVERIFY2(!c.deleted, qPrintable(c.message()));
    QVERIFY2(c.currentVersion > loadedVersion, qPrintable(c.message())); // the unit was read
    QVERIFY2(failedWithDatabase(c.readError, "audit"), qPrintable(c.message()));
    QVERIFY(c.changedFields.isEmpty());
    QVERIFY2(c.message().contains(failureWords()), qPrintable(c.message()));
}

// The grading editor saves over the rules it read; the rules stored now cannot be read (SQLite:
// their pages damaged; PostgreSQL: a desk whose connection dies when it reads them). The save is
// refused with the database's words. Before, the failed read counted as the default rules, which
// differ from the campaign's own: the refusal said someone else had changed them.
void tst_DbFailures::gradingRulesThatCannotBeReadAreNoConflict()
{
    Keys k;
    const QString location = seed(QStringLiteral("grading"), &k);
    QVERIFY(!location.isEmpty());
    QList<GradingRule> own = Grading::defaultRules();
    QVERIFY(!own.isEmpty());
    own.first().minSamples += 1;
    {
        auto other = TestSupport::openMigrated(location);
        QVERIFY(GradingRepository(*other).saveRules(k.campaignId, own).isEmpty());
        if (!other->dialect().isPostgreSQL()) {
            QSqlQuery q(other->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
    }
    const QString desk = deskFailingOn(location, {QStringLiteral("grading_rules")});
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!desk.isEmpty());
    Database db;
    QVERIFY(!db.open(desk).isValid());
    QList<GradingRule> edited = own;
    edited.first().minSupport += 1;
    ConflictError conflict;
    const QStringList problems
        = GradingRepository(db).saveRules(k.campaignId, edited, &own, &conflict);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(failureWords()), qPrintable(problems.first()));
    QVERIFY2(!conflict.isValid(), qPrintable(conflict.message()));
}

// A new unit is checked against the registered ones (same name key, phone or e-mail) before it
// is registered, in a units import and in a returned form. When only that check fails (the
// units' e-mail column is gone: every other read and write of the import works), the unit is
// refused with the database's words; before, the failed check read as "no duplicate" and the
// unit went in unchecked.
void tst_DbFailures::failedDuplicateChecksRefuseTheUnit()
{
    Keys k;
    const QString location = seed(QStringLiteral("duplicates"), &k);
    QVERIFY(!location.isEmpty());
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("new-unit.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("name,kind,region,contact,phone,email\n"
               "新竹网络安全研究会,supporting,浙江,徐丽华,13800138123,Office@Xinzhu.example.org\n");
    file.close();
    FormData form = FormFile::fromRecord(UnitRecord(), k.year, QString());
    form.fields.insert(QStringLiteral("name"), QStringLiteral("松涛网络安全促进会"));
    form.fields.insert(QStringLiteral("region"), QStringLiteral("浙江"));
    form.fields.insert(QStringLiteral("kind"), QStringLiteral("支持单位"));
    form.fields.insert(QStringLiteral("contact"), QStringLiteral("徐丽华"));
    form.fields.insert(QStringLiteral("phone"), QStringLiteral("13800138099"));
    form.fields.insert(QStringLiteral("email"), QStringLiteral("office@songtao.example.org"));
    const QString docx = dir.filePath(QStringLiteral("returned.docx"));
    QCOMPARE(FormFile::write(docx, form), QString());
    Database db;
    QVERIFY(!db.open(location).isValid());
    UnitImporter::Options options;
    options.campaignId = k.campaignId;
    options.dryRun = true;
    // A sound database first: both pass their checks.
    ImportReport checked = UnitImporter(db).run(csv, options);
    QVERIFY2(checked.problems.isEmpty(), qPrintable(formatProblems(checked.problems)));
    FormImporter::Entry entry = FormImporter(db).read(docx, k.campaignId);
    QVERIFY2(entry.problems.isEmpty(), qPrintable(formatProblems(entry.problems)));
    QCOMPARE(entry.status, FormImporter::Status::New);

    QVERIFY(FailingReads::hideColumn(location, QStringLiteral("units"), QStringLiteral("email")));
    const QString words = FailingReads::hiddenColumnWords(QStringLiteral("email"));
    options.dryRun = false;
    const qint64 units = TestSupport::count(db, QStringLiteral("units"));
    const ImportReport refused = UnitImporter(db).run(csv, options);
    // Refused at the check (nothing written), not failing later at the write.
    QCOMPARE(refused.outcome, ImportReport::Outcome::Rejected);
    QCOMPARE(refused.problems.size(), 1);
    QCOMPARE(refused.problems.first().line, qint64(2));
    QCOMPARE(refused.problems.first().field, QStringLiteral("name"));
    QVERIFY2(refused.problems.first().message.contains(words),
             qPrintable(refused.problems.first().message));
    QCOMPARE(TestSupport::count(db, QStringLiteral("units")), units);

    entry = FormImporter(db).read(docx, k.campaignId);
    QCOMPARE(entry.status, FormImporter::Status::Problem);
    QCOMPARE(entry.problems.size(), 1);
    QCOMPARE(entry.problems.first().field, QStringLiteral("name"));
    QVERIFY2(entry.problems.first().message.contains(words),
             qPrintable(entry.problems.first().message));
    // Accepting it: nothing registered, the database's words among the errors.
    FormImporter::Options accept;
    accept.campaignId = k.campaignId;
    const FormImporter::Result accepted = FormImporter(db).run({docx}, accept);
    QCOMPARE(accepted.created, 0);
    QVERIFY2(formatProblems(accepted.errors).contains(words),
             qPrintable(formatProblems(accepted.errors)));
    QCOMPARE(TestSupport::count(db, QStringLiteral("units")), units);
}

// Issuing links writes them, then reads them back for the coordinator (their URLs, for the
// posters). When only that read fails (its tally column's table is gone: the insert and the
// audit entry work), the links are not issued and the coordinator reads the database's words;
// before, they were committed and reported as issued with no link to hand out.
void tst_DbFailures::linksThatCannotBeReadBackAreNotIssued()
{
    Keys k;
    const QString location = seed(QStringLiteral("links-read-back"), &k);
    QVERIFY(!location.isEmpty());
    Database db;
    QVERIFY(!db.open(location).isValid());
    LinkRepository links(db);
    QList<Link> issued;
    const Problems sound = links.issue(k.campaignId, k.unitId, 2, QStringLiteral("sound"), &issued);
    QVERIFY2(sound.isEmpty(), qPrintable(formatProblems(sound)));
    QCOMPARE(issued.size(), 2);

    QVERIFY(FailingReads::hideTable(location, QStringLiteral("daily_tallies")));
    const qint64 before = TestSupport::count(db, QStringLiteral("links"));
    issued.clear();
    const Problems refused
        = links.issue(k.campaignId, k.unitId, 2, QStringLiteral("unread"), &issued);
    const QString words = FailingReads::hiddenTableWords(QStringLiteral("daily_tallies"));
    QVERIFY2(formatProblems(refused).contains(words), qPrintable(formatProblems(refused)));
    QVERIFY(issued.isEmpty());
    QCOMPARE(TestSupport::count(db, QStringLiteral("links")), before);
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

void tst_DbFailures::cliReadsPastTheCampaignNameTheDatabaseError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("tables"); // that fail; the campaign is found
    const QStringList campaign {"--campaign", "2031"};
    const QString out = QDir::temp().filePath(QStringLiteral("tst_db_failures_out"));
    QTest::newRow("certificates list")
        << QStringList {"certificates", "list"} + campaign << QStringList {"certificates"};
    QTest::newRow("certificates render") << QStringList {"certificates", "render", "--out", out}
            + campaign << QStringList {"certificates"};
    QTest::newRow("certificates verify")
        << QStringList {"certificates", "verify", "ABCDEFGHJK"} << QStringList {"certificates"};
    QTest::newRow("letters render: letters")
        << QStringList {"letters", "render", "--out", out} + campaign << QStringList {"letters"};
    QTest::newRow("letters render: templates") << QStringList {"letters", "render", "--out", out}
            + campaign << QStringList {"letter_templates"};
    QTest::newRow("mail mailings")
        << QStringList {"mail", "mailings"} + campaign << QStringList {"mailings"};
    QTest::newRow("mail log") << QStringList {"mail", "log"} + campaign << QStringList {"mail_log"};
    QTest::newRow("mail account") << QStringList {"mail", "account"}
                                  << QStringList {"mail_settings"};
    const QStringList send
        = QStringList {"mail", "send", "--mailing", "letters", "--dry-run", out} + campaign;
    QTest::newRow("mail send: mailings") << send << QStringList {"mailings"};
    QTest::newRow("mail send: account") << send << QStringList {"mail_settings"};
    QTest::newRow("mail send: letters") << send << QStringList {"letters"};
    QTest::newRow("mail send --failed: log")
        << send + QStringList {"--failed"} << QStringList {"mail_log"};
    // Not a file of no units.
    for (const char *file : {"units.csv", "units.xlsx"})
        QTest::newRow(qPrintable(QStringLiteral("units export %1").arg(QLatin1String(file))))
            << QStringList {"units", "export",
                            out + (TestSupport::isPostgres() ? "_pg_" : "_") + QLatin1String(file)}
                + campaign
            << QStringList {"participations"};
}

// Reads after the campaign was found (certificates, letters and their templates, mailings, the
// send log, the mail account, the units to export): stderr says what the database said and the
// exit status is not 0; nothing reads as "none", "unknown" or "no account", and no export is
// left written as if there were no units.
void tst_DbFailures::cliReadsPastTheCampaignNameTheDatabaseError()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, tables);
    static QString pristine;
    if (pristine.isEmpty()) {
        Keys k;
        pristine = seed(QStringLiteral("past"), &k);
        QVERIFY(!pristine.isEmpty());
        // An account, so that "mail send" gets as far as the letters and the log.
        const auto r = runCli({QStringLiteral("--db"), pristine, QStringLiteral("mail"),
                               QStringLiteral("account"), QStringLiteral("--host"),
                               QStringLiteral("smtp.example.org"), QStringLiteral("--from"),
                               QStringLiteral("office@example.org")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        addARowToEachTable(pristine, k);
        if (QTest::currentTestFailed())
            return;
    }
    const QString copy = TestSupport::copyDatabase(pristine, QStringLiteral("past_copy"));
    QVERIFY(!copy.isEmpty());
    const QString location = deskFailingOn(copy, tables);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!location.isEmpty());
    const auto isExport = [](const QString &argument) {
        return argument.endsWith(QLatin1String(".csv"))
            || argument.endsWith(QLatin1String(".xlsx"));
    };
    for (const QString &argument : std::as_const(arguments)) {
        if (isExport(argument))
            QFile::remove(argument); // of an earlier run
    }
    const auto r = runCli(QStringList {QStringLiteral("--db"), location} + arguments);
    QVERIFY2(r.exitCode != 0, qPrintable(r.out));
    QVERIFY2(r.err.contains(failureWords()), qPrintable(r.err + r.out));
    for (const char *falsely : {"no certificate", "unknown", "no office mail account", "has no",
                                "message(s) written", "units written"})
        QVERIFY2(!(r.out + r.err).contains(QLatin1String(falsely)), qPrintable(r.out + r.err));
    for (const QString &argument : std::as_const(arguments)) {
        if (isExport(argument))
            QVERIFY2(!QFileInfo::exists(argument), qPrintable(argument));
    }
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
