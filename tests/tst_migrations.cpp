// Schema migrations: a fresh file, a file at every earlier version, a file from a newer program.
#include "TestSupport.h"

#include "db/Database.h"
#include "db/Migrations.h"
#include "db/Transaction.h"
#include "repo/CampaignRepository.h"
#include "repo/QuestionnaireRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class tst_Migrations : public QObject
{
    Q_OBJECT
private slots:
    void freshFile();
    void fromEveryEarlierVersion_data();
    void fromEveryEarlierVersion();
    void newerSchemaOpensReadOnly();
    void connectionSettings();
    void foreignKeysEnforced();
};

void tst_Migrations::freshFile()
{
    const QString path = TestSupport::newDatabaseLocation(QStringLiteral("fresh"));
    Database db;
    QVERIFY(!db.open(path).isValid());
    QCOMPARE(Migrations::currentVersion(db), 0);
    Migrations::State state;
    QVERIFY(!Migrations::prepare(db, &state).isValid());
    QCOMPARE(state, Migrations::State::Fresh);
    QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
    const QStringList tables = db.connection().tables();
    for (const char *t :
         {"campaigns", "units", "participations", "recommended_units", "gift_goods", "experts",
          "letters", "letter_counters", "letter_templates", "links", "daily_tallies",
          "response_ids", "imports", "audit_log", "grading_rules", "questionnaires"})
        QVERIFY2(tables.contains(QLatin1String(t)), t);
    // Preparing again is a no-op.
    QVERIFY(!Migrations::prepare(db, &state).isValid());
    QCOMPARE(state, Migrations::State::Current);
    QCOMPARE(TestSupport::count(db, QStringLiteral("schema_migrations")),
             qint64(Migrations::all().size()));
}

void tst_Migrations::fromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    // Every version a database can be at: empty, and after each migration but the last
    // (version numbers may have gaps).
    QList<int> versions = {0};
    for (const Migrations::Migration &m : Migrations::all())
        if (m.version < Migrations::latestVersion())
            versions << m.version;
    for (int v : versions)
        QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
}

void tst_Migrations::fromEveryEarlierVersion()
{
    QFETCH(int, version);
    const QString path = TestSupport::newDatabaseLocation(QStringLiteral("v%1").arg(version));
    {
        Database db;
        QVERIFY(!db.open(path).isValid());
        QVERIFY(!Migrations::migrate(db, version).isValid());
        QCOMPARE(Migrations::currentVersion(db), version);
        if (version >= 1) {
            // Written as the program of that version did (today's repository writes columns that
            // later migrations added).
            QSqlQuery q(db.connection());
            QVERIFY2(q.exec(QStringLiteral(
                         "INSERT INTO campaigns (year, start_date, end_date, created_at,"
                         " updated_at) VALUES (2023, '2023-07-17', '2023-07-26', 'x', 'x')")),
                     qPrintable(q.lastError().text()));
        }
    }
    Database db;
    QVERIFY(!db.open(path).isValid());
    Migrations::State state;
    QVERIFY(!Migrations::prepare(db, &state).isValid());
    QCOMPARE(state, version == 0 ? Migrations::State::Fresh : Migrations::State::Migrated);
    QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
    if (version >= 1) {
        const auto c = CampaignRepository(db).byYear(2023);
        QVERIFY(c.has_value());
        QCOMPARE(c->endDate, QDate(2023, 7, 26));
        // From before questionnaires (12): one, on the campaign's base URL with src. (From 12 on
        // the program added a campaign's questionnaire itself, which the raw INSERT above does
        // not.)
        const QList<Questionnaire> list = QuestionnaireRepository(db).list(c->id);
        if (version < 12) {
            QCOMPARE(list.size(), 1);
            QCOMPARE(list.first().linkParameter, QStringLiteral("src"));
            QVERIFY(list.first().idPrefix.isEmpty()); // ids counted before keep their hash
        }
    }
    // Every table of the latest schema is usable.
    Campaign c;
    c.year = 2024;
    c.startDate = QDate(2024, 7, 17);
    c.endDate = QDate(2024, 7, 26);
    QVERIFY(CampaignRepository(db).add(c).isEmpty());
}

void tst_Migrations::newerSchemaOpensReadOnly()
{
    const QString path = TestSupport::newDatabaseLocation(QStringLiteral("newer"));
    {
        auto db = TestSupport::openMigrated(path);
        QVERIFY(db);
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) "
                                 "VALUES (?, 'future', 'x')"));
        q.addBindValue(Migrations::latestVersion() + 1);
        QVERIFY(q.exec());
    }
    Database db;
    QVERIFY(!db.open(path).isValid());
    Migrations::State state;
    QVERIFY(!Migrations::prepare(db, &state).isValid());
    QCOMPARE(state, Migrations::State::NewerThanProgram);
    QVERIFY(db.isReadOnly());
    QVERIFY(db.readOnlyReason().contains(QString::number(Migrations::latestVersion() + 1)));
    // Reading works, writing is refused both by the program and by the database itself (SQLite
    // opened the file read-only; PostgreSQL runs the session with default_transaction_read_only).
    QCOMPARE(CampaignRepository(db).all().size(), 0);
    Campaign c;
    c.year = 2024;
    c.startDate = QDate(2024, 7, 17);
    c.endDate = QDate(2024, 7, 26);
    QVERIFY(!CampaignRepository(db).add(c).isEmpty());
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO db_meta (key, value) VALUES ('a', 'b')")));
    QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion() + 1);
}

void tst_Migrations::connectionSettings()
{
    if (TestSupport::isPostgres())
        QSKIP("SQLite file settings (WAL journal, busy timeout); PostgreSQL has no equivalent");
    auto db
        = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("pragmas")));
    QVERIFY(db);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
    QVERIFY(q.value(0).toInt() >= 5000);
}

void tst_Migrations::foreignKeysEnforced()
{
    auto db = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("fk")));
    QVERIFY(db);
    QSqlQuery q(db->connection());
    QVERIFY(!q.exec(QStringLiteral(
        "INSERT INTO participations (campaign_id, unit_id, kind, created_at, updated_at)"
        " VALUES (999, 999, 'supporting', 'x', 'x')")));
}

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_migrations.moc"
