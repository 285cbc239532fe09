// Roles on a shared PostgreSQL database: `init` creates the group roles, the server refuses
// what a role may not do (a clerk cannot issue a letter or set a target), and Permissions tells
// the GUI the same. On SQLite the desk's user may do everything (nothing when read-only).
#include "TestSupport.h"

#include "db/Database.h"
#include "db/Migrations.h"
#include "db/Permissions.h"
#include "db/ServerRoles.h"
#include "imports/TallyImporter.h"
#include "letters/LetterRepository.h"
#include "letters/LetterTemplateRepository.h"
#include "links/LinkRepository.h"
#include "progress/GradingRepository.h"
#include "links/TokenGenerator.h"
#include "repo/CampaignRepository.h"
#include "repo/UnitRepository.h"
#include "session/Workspace.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class tst_DbRoles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sqliteMayDoEverything();
    void initCreatesRoles();
    void clerkCannotIssueLetters();
    void coordinatorIssuesLettersButCannotSetTargets();
    void managerSetsTargetsAndImports();
    void eachRoleDoesItsWorkThroughTheProgram();
    void unprivilegedUserOnlyReads();
    void workspaceExposesPermissions();
    void upgradeGrantsNewTables();

private:
    // A login role that is a member of group (or of none when group is empty); returns the URL
    // of the test database for it.
    QString login(const QString &name, const QString &group);
    bool exec(Database &db, const QString &sql, QSqlError *error = nullptr);

    QString m_location;
    std::unique_ptr<Database> m_owner;
    qint64 m_campaignId = 0;
    qint64 m_unitId = 0;
    qint64 m_linkId = 0;
};

void tst_DbRoles::initTestCase()
{
    if (!TestSupport::isPostgres())
        return;
    m_location = TestSupport::newDatabaseLocation(QStringLiteral("roles"));
    // The administrator sets the database up with the CLI, as the README says.
    const auto r
        = TestSupport::runCli({QStringLiteral("--db"), m_location, QStringLiteral("init")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("secretariat_clerk")), qPrintable(r.out));
    m_owner = TestSupport::openMigrated(m_location);
    QVERIFY(m_owner);
    Campaign c;
    c.year = 2024;
    c.startDate = QDate(2024, 7, 17);
    c.endDate = QDate(2024, 7, 26);
    QVERIFY(CampaignRepository(*m_owner).add(c).isEmpty());
    m_campaignId = c.id;
    QSqlQuery q(m_owner->connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO units (name, name_key, created_at, updated_at)"
                                  " VALUES ('Unit', 'unit', 'x', 'x') RETURNING id"))
            && q.next());
    m_unitId = q.value(0).toLongLong();
    q.prepare(QStringLiteral(
        "INSERT INTO participations (campaign_id, unit_id, kind, created_at, updated_at)"
        " VALUES (?, ?, 'supporting', 'x', 'x')"));
    q.addBindValue(m_campaignId);
    q.addBindValue(m_unitId);
    QVERIFY(q.exec());
    q.prepare(QStringLiteral("INSERT INTO links (campaign_id, unit_id, token, created_at)"
                             " VALUES (?, ?, ?, 'x') RETURNING id"));
    q.addBindValue(m_campaignId);
    q.addBindValue(m_unitId);
    q.addBindValue(TokenGenerator::generate());
    QVERIFY(q.exec() && q.next());
    m_linkId = q.value(0).toLongLong();
}

QString tst_DbRoles::login(const QString &name, const QString &group)
{
    return TestSupport::loginAs(*m_owner, m_location, name, group);
}

bool tst_DbRoles::exec(Database &db, const QString &sql, QSqlError *error)
{
    QSqlQuery q(db.connection());
    const bool ok = q.exec(sql);
    if (error)
        *error = q.lastError();
    return ok;
}

void tst_DbRoles::sqliteMayDoEverything()
{
    if (TestSupport::isPostgres())
        QSKIP("SQLite only: a file has no users or roles");
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("sqlite-permissions"));
    {
        auto db = TestSupport::openMigrated(location);
        QVERIFY(db);
        const Permissions p = Permissions::query(*db);
        QCOMPARE(p.actions(), Permissions::Actions(Permissions::Everything));
        QVERIFY(p.may(Permissions::IssueLetters));
        QVERIFY(p.roles().isEmpty());
        QVERIFY(!p.user().isEmpty());
        QVERIFY(!ServerRoles::install(*db).isValid()); // nothing to do on SQLite
    }
    Database readOnly;
    QVERIFY(!readOnly.open(location, true).isValid());
    QCOMPARE(Permissions::query(readOnly).actions(), Permissions::Actions());
}

void tst_DbRoles::initCreatesRoles()
{
    if (!TestSupport::isPostgres())
        QSKIP("PostgreSQL only: roles are the server's");
    QSqlQuery q(m_owner->connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname LIKE 'secretariat_%'"
        " ORDER BY rolname")));
    QStringList roles;
    while (q.next()) {
        roles << q.value(0).toString();
        QVERIFY(!q.value(1).toBool());
    }
    QCOMPARE(
        roles,
        (QStringList {ServerRoles::clerk(), ServerRoles::coordinator(), ServerRoles::manager()}));
    // The owner (who ran init) may do everything; running init again changes nothing.
    QCOMPARE(Permissions::query(*m_owner).actions(), Permissions::Actions(Permissions::Everything));
    const QString before = TestSupport::snapshot(*m_owner);
    const auto r
        = TestSupport::runCli({QStringLiteral("--db"), m_location, QStringLiteral("init")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("up to date")));
    QCOMPARE(TestSupport::snapshot(*m_owner), before);
}

void tst_DbRoles::clerkCannotIssueLetters()
{
    if (!TestSupport::isPostgres())
        QSKIP("PostgreSQL only: roles are the server's");
    Database clerk;
    QVERIFY(!clerk.open(login(QStringLiteral("clerk"), ServerRoles::clerk())).isValid());
    QVERIFY(!Migrations::prepare(clerk).isValid());
    QCOMPARE(clerk.userName(), QStringLiteral("clerk_%1").arg(QCoreApplication::applicationPid()));

    const Permissions p = Permissions::query(clerk);
    QCOMPARE(p.roles(), QStringList {ServerRoles::clerk()});
    QCOMPARE(p.actions(), Permissions::Actions(Permissions::EditUnits));

    // The server refuses a letter, a letter number, a link, a target and a tally.
    QSqlError e;
    QVERIFY(!exec(clerk,
                  QStringLiteral("INSERT INTO letters (campaign_id, unit_id, series, seq, number,"
                                 " status, verify_code, issued_at) VALUES (%1, %2, 'FQ', 1,"
                                 " 'FQ-1', 'issued', 'V1', 'x')")
                      .arg(m_campaignId)
                      .arg(m_unitId),
                  &e));
    QVERIFY2(clerk.dialect().isPermissionError(e), qPrintable(e.text()));
    QVERIFY(
        !exec(clerk,
              QStringLiteral("INSERT INTO letter_counters (campaign_id, series) VALUES (%1, 'FQ')")
                  .arg(m_campaignId),
              &e));
    QVERIFY(clerk.dialect().isPermissionError(e));
    QVERIFY(!exec(clerk, QStringLiteral("UPDATE links SET label = 'x'"), &e));
    QVERIFY(clerk.dialect().isPermissionError(e));
    QVERIFY(!exec(clerk, QStringLiteral("UPDATE participations SET sample_target = 100"), &e));
    QVERIFY(clerk.dialect().isPermissionError(e));
    QVERIFY(!exec(clerk, QStringLiteral("INSERT INTO response_ids (hash) VALUES (1)"), &e));
    QVERIFY(clerk.dialect().isPermissionError(e));
    QVERIFY(!exec(clerk, QStringLiteral("UPDATE campaigns SET title = 'x'"), &e));
    QVERIFY(clerk.dialect().isPermissionError(e));

    // ... and lets the clerk edit units, the form and the rest of a participation.
    QVERIFY2(exec(clerk,
                  QStringLiteral("UPDATE units SET phone = '010-1' WHERE id = %1").arg(m_unitId),
                  &e),
             qPrintable(e.text()));
    QVERIFY2(exec(clerk,
                  QStringLiteral("INSERT INTO units (name, name_key, created_at, updated_at)"
                                 " VALUES ('Second', 'second', 'x', 'x')"),
                  &e),
             qPrintable(e.text()));
    QVERIFY2(exec(clerk, QStringLiteral("UPDATE participations SET links_requested = 3"), &e),
             qPrintable(e.text()));
    QVERIFY2(exec(clerk,
                  QStringLiteral(
                      "INSERT INTO gift_goods (unit_id, campaign_id, name) VALUES (%1, %2, 'Cup')")
                      .arg(m_unitId)
                      .arg(m_campaignId),
                  &e),
             qPrintable(e.text()));
    QVERIFY2(exec(clerk,
                  QStringLiteral("INSERT INTO audit_log (at, user_name, table_name, action)"
                                 " VALUES ('x', 'clerk', 'units', 'update')"),
                  &e),
             qPrintable(e.text()));
    // Everyone reads everything.
    QCOMPARE(TestSupport::count(clerk, QStringLiteral("letters")), qint64(0));
    QCOMPARE(TestSupport::count(clerk, QStringLiteral("daily_tallies")), qint64(0));
    QCOMPARE(CampaignRepository(clerk).all().size(), 1);
    // A campaign edit through the program is refused by the server too, and changes nothing.
    Campaign c = *CampaignRepository(clerk).byId(m_campaignId);
    c.title = QStringLiteral("clerk's title");
    QVERIFY(!CampaignRepository(clerk).update(c).isEmpty());
    QVERIFY(CampaignRepository(clerk).byId(m_campaignId)->title.isEmpty());
    // ... and so is a letter issued through the program, in words the clerk understands.
    const Problems refused = LetterRepository(clerk).issue(m_campaignId, {m_unitId});
    QCOMPARE(refused.size(), 1);
    QVERIFY2(refused.first().message.contains(QStringLiteral("role does not allow")),
             qPrintable(refused.first().message));
    QCOMPARE(TestSupport::count(*m_owner, QStringLiteral("letters")), qint64(0));
    // The same from the command line: refused, and said so.
    const auto cli = TestSupport::runCli(
        {QStringLiteral("--db"), login(QStringLiteral("cliclerk"), ServerRoles::clerk()),
         QStringLiteral("letters"), QStringLiteral("issue"), QStringLiteral("--campaign"),
         QStringLiteral("2024"), QStringLiteral("--unit"), QString::number(m_unitId)});
    QVERIFY(cli.exitCode != 0);
    QVERIFY2(cli.err.contains(QStringLiteral("role does not allow")), qPrintable(cli.err));
}

void tst_DbRoles::coordinatorIssuesLettersButCannotSetTargets()
{
    if (!TestSupport::isPostgres())
        QSKIP("PostgreSQL only: roles are the server's");
    Database coordinator;
    QVERIFY(
        !coordinator.open(login(QStringLiteral("coord"), ServerRoles::coordinator())).isValid());
    const Permissions p = Permissions::query(coordinator);
    QCOMPARE(p.roles(), (QStringList {ServerRoles::clerk(), ServerRoles::coordinator()}));
    QCOMPARE(p.actions(),
             Permissions::EditUnits | Permissions::IssueLetters | Permissions::ManageLinks
                 | Permissions::EditTemplates);
    QSqlError e;
    QVERIFY2(
        exec(coordinator,
             QStringLiteral(
                 "INSERT INTO letter_counters (campaign_id, series, last_seq) VALUES (%1, 'FQ', 1)"
                 " ON CONFLICT (campaign_id, series) DO UPDATE"
                 " SET last_seq = letter_counters.last_seq + 1 RETURNING last_seq")
                 .arg(m_campaignId),
             &e),
        qPrintable(e.text()));
    QVERIFY2(exec(coordinator,
                  QStringLiteral("INSERT INTO letters (campaign_id, unit_id, series, seq, number,"
                                 " status, verify_code, issued_at) VALUES (%1, %2, 'FQ', 1,"
                                 " 'FQ-1', 'issued', 'V1', 'x')")
                      .arg(m_campaignId)
                      .arg(m_unitId),
                  &e),
             qPrintable(e.text()));
    QVERIFY2(exec(coordinator,
                  QStringLiteral("UPDATE links SET label = 'north' WHERE id = %1").arg(m_linkId),
                  &e),
             qPrintable(e.text()));
    // Through the program, on a database the administrator set up with init: the first letter
    // of a unit needs the verification secret, which init made (coordinators may not write it).
    QSqlQuery q(m_owner->connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO units (name, name_key, created_at, updated_at)"
                                  " VALUES ('Third', 'third', 'x', 'x') RETURNING id"))
            && q.next());
    const qint64 third = q.value(0).toLongLong();
    q.prepare(QStringLiteral(
        "INSERT INTO participations (campaign_id, unit_id, kind, created_at, updated_at)"
        " VALUES (?, ?, 'supporting', 'x', 'x')"));
    q.addBindValue(m_campaignId);
    q.addBindValue(third);
    QVERIFY(q.exec());
    QList<Letter> issued;
    const Problems problems = LetterRepository(coordinator).issue(m_campaignId, {third}, &issued);
    QVERIFY2(problems.isEmpty(), qPrintable(formatProblems(problems)));
    QCOMPARE(issued.size(), 1);
    QCOMPARE(issued.first().issuedBy, coordinator.userName());
    QVERIFY(
        !exec(coordinator, QStringLiteral("UPDATE participations SET sample_target = 100"), &e));
    QVERIFY(coordinator.dialect().isPermissionError(e));
    QVERIFY(
        !exec(coordinator,
              QStringLiteral("INSERT INTO daily_tallies (link_id, day) VALUES (%1, '2024-07-17')")
                  .arg(m_linkId),
              &e));
    QVERIFY(coordinator.dialect().isPermissionError(e));
}

void tst_DbRoles::managerSetsTargetsAndImports()
{
    if (!TestSupport::isPostgres())
        QSKIP("PostgreSQL only: roles are the server's");
    Database manager;
    QVERIFY(!manager.open(login(QStringLiteral("mgr"), ServerRoles::manager())).isValid());
    QCOMPARE(Permissions::query(manager).actions(), Permissions::Actions(Permissions::Everything));
    QSqlError e;
    QVERIFY2(exec(manager,
                  QStringLiteral("UPDATE participations SET sample_target = 250, grade = 'A'"), &e),
             qPrintable(e.text()));
    QVERIFY2(
        exec(manager,
             QStringLiteral("INSERT INTO response_ids (hash) VALUES (42) ON CONFLICT DO NOTHING"),
             &e),
        qPrintable(e.text()));
    QVERIFY2(exec(manager,
                  QStringLiteral(
                      "INSERT INTO daily_tallies (link_id, day, valid_samples) VALUES"
                      " (%1, '2024-07-17', 5) ON CONFLICT (link_id, day) DO UPDATE"
                      " SET valid_samples = daily_tallies.valid_samples + excluded.valid_samples")
                      .arg(m_linkId),
                  &e),
             qPrintable(e.text()));
    QVERIFY2(exec(manager,
                  QStringLiteral(
                      "INSERT INTO grading_rules (campaign_id, grade, rank) VALUES (%1, 'A', 1)")
                      .arg(m_campaignId),
                  &e),
             qPrintable(e.text()));
    Campaign c = *CampaignRepository(manager).byId(m_campaignId);
    c.title = QStringLiteral("managed");
    QVERIFY(CampaignRepository(manager).update(c).isEmpty());
    QCOMPARE(CampaignRepository(*m_owner).byId(m_campaignId)->title, QStringLiteral("managed"));
}

void tst_DbRoles::eachRoleDoesItsWorkThroughTheProgram()
{
    // What each role does day to day, through the same repositories the GUI and CLI use: the
    // grants must cover every statement they run, not only the obvious table.
    if (!TestSupport::isPostgres())
        QSKIP("PostgreSQL only: roles are the server's");
    QSqlQuery owner(m_owner->connection());
    QVERIFY(owner.exec(
        QStringLiteral("UPDATE campaigns SET base_url = 'https://survey.example.cn/q'")));

    Database coordinator;
    QVERIFY(
        !coordinator.open(login(QStringLiteral("coord2"), ServerRoles::coordinator())).isValid());
    QList<Link> links;
    Problems p = LinkRepository(coordinator)
                     .issue(m_campaignId, m_unitId, 3, QStringLiteral("海报"), &links);
    QVERIFY2(p.isEmpty(), qPrintable(formatProblems(p)));
    QCOMPARE(links.size(), 3);
    QVERIFY2((p = LinkRepository(coordinator).revoke({links.first().token})).isEmpty(),
             qPrintable(formatProblems(p)));
    LetterTemplate t
        = LetterTemplateRepository(coordinator).load(m_campaignId, QStringLiteral("ZC"));
    t.html += QStringLiteral("<p>协调人修改</p>");
    QVERIFY2((p = LetterTemplateRepository(coordinator).save(m_campaignId, t)).isEmpty(),
             qPrintable(formatProblems(p)));

    Database manager;
    QVERIFY(!manager.open(login(QStringLiteral("mgr2"), ServerRoles::manager())).isValid());
    const QString file
        = QDir(QDir::tempPath())
              .filePath(
                  QStringLiteral("roles-daily-%1.csv").arg(QCoreApplication::applicationPid()));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("链接,日期,有效样本数\n%1,2024-07-18,37\n")
                    .arg(links.at(1).token)
                    .toUtf8());
    }
    TallyImporter::Options options;
    options.backup = false;
    const ImportReport report = TallyImporter(manager, m_campaignId).importFile(file, options);
    QFile::remove(file);
    QVERIFY2(report.outcome == ImportReport::Outcome::Imported, qPrintable(report.problemText()));
    QCOMPARE(report.accepted, 1);
    QVERIFY2((p = UnitRepository(manager).setTarget(m_unitId, m_campaignId, 5000)).isEmpty(),
             qPrintable(formatProblems(p)));
    QList<GradingRule> rules = GradingRepository(manager).rules(m_campaignId);
    rules.first().minSamples = 10;
    const QStringList rulesProblems = GradingRepository(manager).saveRules(m_campaignId, rules);
    QVERIFY2(rulesProblems.isEmpty(), qPrintable(rulesProblems.join(QLatin1Char('\n'))));
}

void tst_DbRoles::unprivilegedUserOnlyReads()
{
    if (!TestSupport::isPostgres())
        QSKIP("PostgreSQL only: roles are the server's");
    // A login without any secretariat role cannot even read.
    Database nobody;
    QVERIFY(!nobody.open(login(QStringLiteral("nobody"), QString())).isValid());
    const Permissions p = Permissions::query(nobody);
    QVERIFY(p.roles().isEmpty());
    QCOMPARE(p.actions(), Permissions::Actions());
    QVERIFY(!p.mayWrite());
    QSqlError e;
    QVERIFY(!exec(nobody, QStringLiteral("SELECT * FROM units"), &e));
    QVERIFY(nobody.dialect().isPermissionError(e));
}

void tst_DbRoles::workspaceExposesPermissions()
{
    if (!TestSupport::isPostgres())
        QSKIP("PostgreSQL only: roles are the server's");
    Workspace workspace;
    int changes = 0;
    connect(&workspace, &Workspace::permissionsChanged, this, [&] { ++changes; });
    QVERIFY(!workspace.open(login(QStringLiteral("desk"), ServerRoles::clerk())).isValid());
    QCOMPARE(changes, 1);
    QVERIFY(workspace.may(Permissions::EditUnits));
    QVERIFY(!workspace.may(Permissions::IssueLetters));
    QVERIFY(!workspace.may(Permissions::SetTargets));
    // The administrator promotes the desk; the workspace learns it on refresh.
    QVERIFY(exec(*m_owner,
                 QStringLiteral("GRANT %1 TO desk_%2")
                     .arg(ServerRoles::coordinator())
                     .arg(QCoreApplication::applicationPid())));
    workspace.refreshPermissions();
    QCOMPARE(changes, 2);
    QVERIFY(workspace.may(Permissions::IssueLetters));
    QVERIFY(!workspace.may(Permissions::SetTargets));
}

void tst_DbRoles::upgradeGrantsNewTables()
{
    if (!TestSupport::isPostgres())
        QSKIP("PostgreSQL only: roles are the server's");
    // An office set up with version 1 (no letters yet) upgrades the program: the owner's first
    // start migrates and grants the new tables, so coordinators can issue letters at once.
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("upgrade"));
    {
        Database owner;
        QVERIFY(!owner.open(location).isValid());
        QVERIFY(!Migrations::migrate(owner, 1).isValid());
        QVERIFY(!ServerRoles::install(owner).isValid());
        QVERIFY(!owner.connection().tables().contains(QStringLiteral("letters")));
    }
    auto owner = TestSupport::openMigrated(location);
    QVERIFY(owner);
    QSqlQuery q(owner->connection());
    const QString role = QStringLiteral("upcoord_%1").arg(QCoreApplication::applicationPid());
    QVERIFY(q.exec(
        QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(role, ServerRoles::coordinator())));
    Database coordinator;
    QVERIFY(!coordinator.open(TestSupport::locationWithUser(location, role)).isValid());
    QVERIFY(Permissions::query(coordinator).may(Permissions::IssueLetters));
    QVERIFY(Permissions::query(coordinator).may(Permissions::ManageLinks));
    QVERIFY(!Permissions::query(coordinator).may(Permissions::ImportTallies));
}

QTEST_GUILESS_MAIN(tst_DbRoles)
#include "tst_db_roles.moc"
