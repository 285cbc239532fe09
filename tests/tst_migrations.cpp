// Schema migrations: a fresh file, a file at every earlier version, a file from a newer program.
#include "TestSupport.h"

#include "db/Database.h"
#include "db/Migrations.h"
#include "db/Transaction.h"
#include "domain/NameKey.h"
#include "imports/ImportHistory.h"
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
    void namesAndPhonesRewritten();
    void connectionSettings();
    void foreignKeysEnforced();
    void importStatusOneSpellingAndChecked();
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
    for (const char *t : {"campaigns", "units", "participations", "recommended_units", "gift_goods",
                          "experts", "letters", "letter_counters", "letter_templates", "links",
                          "daily_tallies", "response_ids", "response_id_ranges", "imports",
                          "audit_log", "grading_rules", "questionnaires"})
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
        if (version == 12) {
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO units (name, name_key, created_at,"
                                          " updated_at) VALUES ('甲', 'jia', 'x', 'x')")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO links (campaign_id, unit_id, token, created_at) VALUES"
                " ((SELECT id FROM campaigns), (SELECT id FROM units), 'ab12', 'x')")));
            QVERIFY2(q.exec(QStringLiteral(
                         "INSERT INTO daily_tallies (link_id, day, valid_samples) VALUES"
                         " ((SELECT id FROM links), '2023-07-18', 7)")),
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
        // From before questionnaires: one, on the campaign's base URL with src. (From version 12
        // on, the program that inserted a campaign gave it its questionnaire itself.)
        if (version < 12) {
            const QList<Questionnaire> list = QuestionnaireRepository(db).list(c->id);
            QCOMPARE(list.size(), 1);
            QCOMPARE(list.first().linkParameter, QStringLiteral("src"));
            QVERIFY(list.first().idPrefix.isEmpty()); // ids counted before keep their hash
        }
        QVERIFY(!c->formDue.isValid()); // no form due date before one is set
    }
    if (version == 12) {
        // Figures stored before imports could be withdrawn are the baseline withdrawals
        // replay from.
        QCOMPARE(TestSupport::count(db, QStringLiteral("import_tallies"),
                                    QStringLiteral("import_id IS NULL AND valid_samples = 7")),
                 qint64(1));
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

// A file written before the look-alike-name and phone rules (migration 30): what those rules would
// have stored is stored, what they refuse is kept as typed, and two spellings of one unit are found
// as duplicates afterwards.
void tst_Migrations::namesAndPhonesRewritten()
{
    const QString path = TestSupport::newDatabaseLocation(QStringLiteral("rekey"));
    Database db;
    QVERIFY(!db.open(path).isValid());
    QVERIFY(!Migrations::migrate(db, 12).isValid());
    QSqlQuery q(db.connection());
    QVERIFY2(q.exec(QStringLiteral(
                 "INSERT INTO campaigns (year, start_date, end_date, created_at, updated_at)"
                 " VALUES (2023, '2023-07-17', '2023-07-26', 'x', 'x')")),
             qPrintable(q.lastError().text()));
    struct Old
    {
        QString name, key, phone;
    };
    // As the older program wrote them: the name as typed, its own key, the phone as typed.
    const QList<Old> old = {
        {QStringLiteral("\u200B方\u200B立公司"), QStringLiteral("方\u200B立"),
         QStringLiteral("+86 138 0013 8000")},
        {QStringLiteral("香港網絡安全協會"), QStringLiteral("香港網絡安全協會"),
         QStringLiteral("0086-139-1234-5678")},
        {QStringLiteral("深圳某公司"), QStringLiteral("深圳某"),
         QStringLiteral("（0755）8600 1234 转 801")},
        {QStringLiteral("某协会"), QStringLiteral("某协会"), QStringLiteral("找王老师")},
    };
    q.prepare(QStringLiteral("INSERT INTO units (name, name_key, phone, created_at, updated_at)"
                             " VALUES (?, ?, ?, 'x', 'x')"));
    for (const Old &o : old) {
        q.addBindValue(o.name);
        q.addBindValue(o.key);
        q.addBindValue(o.phone);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QVERIFY(q.exec(QStringLiteral("INSERT INTO experts (unit_id, campaign_id, field, name, phone)"
                                  " VALUES (1, 1, 'data', '李\u2060明', '+86 (0)10 6512-3456')")));
    QVERIFY(q.exec(
        QStringLiteral("INSERT INTO recommended_units (unit_id, campaign_id, role, name, phone)"
                       " VALUES (1, 1, 'supporting', '某某传媒\uFEFF', '4008108888')")));

    Migrations::State state;
    QVERIFY(!Migrations::prepare(db, &state).isValid());
    QCOMPARE(state, Migrations::State::Migrated);
    QVERIFY(
        q.exec(QStringLiteral("SELECT name, name_key, phone, row_version FROM units ORDER BY id")));
    const QStringList names = {QStringLiteral("方立公司"), QStringLiteral("香港網絡安全協會"),
                               QStringLiteral("深圳某公司"), QStringLiteral("某协会")};
    const QStringList phones = {QStringLiteral("13800138000"), QStringLiteral("13912345678"),
                                QStringLiteral("0755-86001234转801"), QStringLiteral("找王老师")};
    const QList<int> versions = {2, 2, 2, 1};
    for (int i = 0; i < names.size(); ++i) {
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), names.at(i));
        QCOMPARE(q.value(1).toString(), NameKey::of(names.at(i)));
        QCOMPARE(q.value(2).toString(), phones.at(i));
        QCOMPARE(q.value(3).toInt(), versions.at(i));
    }
    // The traditional spelling now has the key of the simplified one.
    QCOMPARE(NameKey::of(names.at(1)), NameKey::of(QStringLiteral("香港网络安全协会")));
    QVERIFY(q.exec(QStringLiteral("SELECT name, phone FROM experts")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("李明"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("010-65123456"));
    QVERIFY(q.exec(QStringLiteral("SELECT name, phone FROM recommended_units")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("某某传媒"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("400-810-8888"));
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

// Migration 31: a units import's 'done' becomes 'imported', as a tally import's; the table keeps
// its rows, ids, index and the rows that refer to it; any other spelling is refused after.
void tst_Migrations::importStatusOneSpellingAndChecked()
{
    const QString path = TestSupport::newDatabaseLocation(QStringLiteral("import-status"));
    {
        Database db;
        QVERIFY(!db.open(path).isValid());
        QVERIFY(!Migrations::migrate(db, 30).isValid());
        QSqlQuery q(db.connection());
        for (const char *sql :
             {"INSERT INTO campaigns (year, start_date, end_date, created_at, updated_at)"
              " VALUES (2023, '2023-07-17', '2023-07-26', 'x', 'x')",
              "INSERT INTO units (name, name_key, created_at, updated_at)"
              " VALUES ('甲', 'jia', 'x', 'x')",
              "INSERT INTO links (campaign_id, unit_id, token, created_at) VALUES"
              " ((SELECT id FROM campaigns), (SELECT id FROM units), 'ab12', 'x')",
              "INSERT INTO imports (campaign_id, kind, file_name, sha256, status, started_at)"
              " VALUES ((SELECT id FROM campaigns), 'units', 'u.csv', 'aa', 'done', 'x')",
              "INSERT INTO imports (campaign_id, kind, file_name, sha256, status, started_at,"
              " withdrawable) VALUES ((SELECT id FROM campaigns), 'daily', 'd.csv', 'bb',"
              " 'imported', 'x', 1)",
              "INSERT INTO import_tallies (import_id, link_id, day, mode, valid_samples) VALUES"
              " ((SELECT id FROM imports WHERE kind = 'daily'), (SELECT id FROM links),"
              " '2023-07-18', 'set', 7)"})
            QVERIFY2(q.exec(QString::fromUtf8(sql)), qPrintable(q.lastError().text()));
    }
    Database db;
    QVERIFY(!db.open(path).isValid());
    QVERIFY(!Migrations::prepare(db).isValid());
    QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
    QCOMPARE(
        TestSupport::count(db, QStringLiteral("imports"), QStringLiteral("status = 'imported'")),
        qint64(2));
    QCOMPARE(TestSupport::count(db,
                                QStringLiteral("import_tallies t JOIN imports i"
                                               " ON i.id = t.import_id"),
                                QStringLiteral("i.file_name = 'd.csv' AND t.valid_samples = 7")),
             qint64(1));
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(QStringLiteral(
        "INSERT INTO imports (campaign_id, kind, file_name, sha256, status, started_at)"
        " VALUES ((SELECT id FROM campaigns), 'units', 'v.csv', 'cc', 'done', 'x')")));
    QSqlError error;
    const qint64 next = ImportHistory(db).begin(CampaignRepository(db).byYear(2023)->id,
                                                QStringLiteral("daily"), QStringLiteral("e.csv"),
                                                QStringLiteral("dd"), QStringLiteral("me"), &error);
    QVERIFY2(next > 2, qPrintable(error.text()));
    if (db.dialect().isSQLite()) {
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // on again after the rebuild
        q.finish();
        QCOMPARE(TestSupport::count(db, QStringLiteral("sqlite_master"),
                                    QStringLiteral("type = 'index' AND name = 'imports_sha256'")),
                 qint64(1));
    }
}

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_migrations.moc"
