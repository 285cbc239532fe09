// Several desks at once on one database (two connections, two threads): no lost update, imports
// of overlapping files never double-count, letter numbers and link tokens stay unique. Runs on
// SQLite (two connections to one file) and on PostgreSQL.
#include "TestSupport.h"

#include "db/ConflictError.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "db/OptimisticUpdate.h"
#include "db/Transaction.h"
#include "letters/LetterTemplateRepository.h"
#include "links/TokenGenerator.h"
#include "progress/GradingRepository.h"
#include "repo/AuditLog.h"
#include "repo/CampaignRepository.h"
#include "repo/UnitRepository.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <functional>
#include <latch>
#include <numeric>

namespace {

Campaign campaign2024()
{
    Campaign c;
    c.year = 2024;
    c.title = QStringLiteral("2024");
    c.startDate = QDate(2024, 7, 17);
    c.endDate = QDate(2024, 7, 26);
    return c;
}

// A campaign, one unit and one link to hang tallies and letters on; returns {campaign, unit, link}.
struct Fixture
{
    qint64 campaignId = 0;
    qint64 unitId = 0;
    qint64 linkId = 0;
};

Fixture addFixture(Database &db)
{
    Fixture f;
    Campaign c = campaign2024();
    if (!CampaignRepository(db).add(c).isEmpty())
        return f;
    f.campaignId = c.id;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO units (name, name_key, created_at, updated_at)"
                             " VALUES ('Unit', 'unit', 'x', 'x') RETURNING id"));
    if (!q.exec() || !q.next())
        return f;
    f.unitId = q.value(0).toLongLong();
    q.prepare(QStringLiteral("INSERT INTO links (campaign_id, unit_id, token, created_at)"
                             " VALUES (?, ?, ?, 'x') RETURNING id"));
    q.addBindValue(f.campaignId);
    q.addBindValue(f.unitId);
    q.addBindValue(TokenGenerator::generate());
    if (!q.exec() || !q.next())
        return f;
    f.linkId = q.value(0).toLongLong();
    return f;
}

// A second desk on location: on PostgreSQL another login (named name), so a conflict can say
// who it was.
std::unique_ptr<Database> otherDesk(Database &desk1, const QString &location, const QString &name)
{
    QString location2 = location;
    if (TestSupport::isPostgres()) {
        QSqlQuery q(desk1.connection());
        const QString role
            = QStringLiteral("%1_%2").arg(name).arg(QCoreApplication::applicationPid());
        q.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
        if (!q.exec(QStringLiteral("CREATE ROLE %1 LOGIN SUPERUSER").arg(role)))
            return nullptr;
        location2 = TestSupport::locationWithUser(location, role);
    }
    return TestSupport::openMigrated(location2);
}

// A registered unit with its participation in campaignId.
UnitRecord registerUnit(Database &db, qint64 campaignId)
{
    UnitRecord r;
    r.unit.name = QStringLiteral("北京网络安全协会");
    r.unit.province = QStringLiteral("11");
    r.unit.contact = QStringLiteral("王");
    r.unit.phone = QStringLiteral("13800000001");
    r.participation.campaignId = campaignId;
    r.participation.sampleTarget = 1000;
    UnitRepository(db).save(r);
    return r;
}

// Runs work(connection, worker) in `workers` threads at once, each on its own clone of db, and
// returns the first failure message of any of them ('' when all succeeded).
QString runConcurrently(const Database &db, int workers,
                        const std::function<QString(Database &, int)> &work)
{
    std::latch ready(workers);
    QStringList failures(workers);
    QList<QThread *> threads;
    for (int w = 0; w < workers; ++w) {
        threads << QThread::create([&, w] {
            std::unique_ptr<Database> connection = db.clone();
            ready.arrive_and_wait();
            if (!connection) {
                failures[w] = QStringLiteral("worker %1: cannot open a connection").arg(w);
                return;
            }
            failures[w] = work(*connection, w);
        });
    }
    for (QThread *t : threads)
        t->start();
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }
    for (const QString &f : failures)
        if (!f.isEmpty())
            return f;
    return {};
}

// Two desks save the same record as fast as they can, rounds times each, every save from the
// version just read: save(connection, worker, round, conflict, error) does one. Counts the saves
// that went through and those refused as conflicts; any other failure ends it ('' when none).
struct RaceResult
{
    QString failure;
    int saved = 0;
    int refused = 0;
};
RaceResult
raceSaves(const Database &db, int rounds,
          const std::function<Problems(Database &, int, int, ConflictError *, QSqlError *)> &save)
{
    QAtomicInt saved, refused;
    RaceResult result;
    result.failure = runConcurrently(db, 2, [&](Database &conn, int w) -> QString {
        for (int i = 0; i < rounds; ++i) {
            ConflictError conflict;
            QSqlError error;
            const Problems p = save(conn, w, i, &conflict, &error);
            if (p.isEmpty())
                saved.fetchAndAddRelaxed(1);
            else if (conflict.isValid())
                refused.fetchAndAddRelaxed(1);
            else
                return formatProblems(p) + error.text();
        }
        return {};
    });
    result.saved = saved.loadRelaxed();
    result.refused = refused.loadRelaxed();
    return result;
}

} // namespace

class tst_DbConcurrency : public QObject
{
    Q_OBJECT
private slots:
    void conflictingSaveSaysWhoChangedWhat();
    void overwriteAfterConflict();
    void deletedRecordConflict();
    void simultaneousSavesLoseNothing();
    void unitSaveRefusedWhenChangedMeanwhile();
    void formOnlyChangesConflictToo();
    void targetEditRefusedWhenChangedMeanwhile();
    void simultaneousUnitSavesLoseNothing();
    void templateSaveRefusedWhenChangedMeanwhile();
    void gradingRulesSaveRefusedWhenChangedMeanwhile();
    void overlappingImportsCountEachResponseOnce();
    void letterNumbersUniqueUnderConcurrency();
    void linkTokensUniqueUnderConcurrency();
    void busyDatabaseWaitsInsteadOfFailing();
    void programsStartingAtOnceMigrateOnce();
};

void tst_DbConcurrency::conflictingSaveSaysWhoChangedWhat()
{
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("conflict"));
    auto desk1 = TestSupport::openMigrated(location);
    QVERIFY(desk1);
    Campaign c = campaign2024();
    QVERIFY(CampaignRepository(*desk1).add(c).isEmpty());

    auto desk2 = otherDesk(*desk1, location, QStringLiteral("bob"));
    QVERIFY(desk2);

    Campaign mine = *CampaignRepository(*desk1).byYear(2024);
    Campaign theirs = *CampaignRepository(*desk2).byYear(2024);
    QCOMPARE(mine.rowVersion, 1);
    QCOMPARE(theirs.rowVersion, 1);

    theirs.title = QStringLiteral("Their title");
    QVERIFY(CampaignRepository(*desk2).update(theirs).isEmpty());
    QCOMPARE(theirs.rowVersion, 2);

    mine.endDate = QDate(2024, 7, 30);
    ConflictError conflict;
    const Problems problems = CampaignRepository(*desk1).update(mine, nullptr, &conflict);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QStringLiteral("row_version"));
    QVERIFY(conflict.isValid());
    QVERIFY(!conflict.deleted);
    QCOMPARE(conflict.table, QStringLiteral("campaigns"));
    QCOMPARE(conflict.loadedVersion, 1);
    QCOMPARE(conflict.currentVersion, 2);
    QCOMPARE(conflict.changedBy, desk2->userName());
    QVERIFY(!conflict.changedAt.isEmpty());
    QCOMPARE(conflict.changedFields, QStringList {QStringLiteral("title")});
    QCOMPARE(conflict.theirValues.value(QStringLiteral("title")).toString(),
             QStringLiteral("Their title"));
    QVERIFY2(problems.first().message.contains(desk2->userName()),
             qPrintable(problems.first().message));
    QVERIFY2(problems.first().message.contains(QStringLiteral("title")),
             qPrintable(problems.first().message));
    if (TestSupport::isPostgres())
        QVERIFY(desk1->userName() != desk2->userName());

    // Nothing of the refused save reached the database; their change is intact.
    const Campaign stored = *CampaignRepository(*desk1).byYear(2024);
    QCOMPARE(stored.title, QStringLiteral("Their title"));
    QCOMPARE(stored.endDate, QDate(2024, 7, 26));
    QCOMPARE(stored.rowVersion, 2);
    QCOMPARE(mine.rowVersion, 1);
    QCOMPARE(AuditLog::forRecord(*desk1, QStringLiteral("campaigns"), c.id).size(), 2);
}

void tst_DbConcurrency::overwriteAfterConflict()
{
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("overwrite"));
    auto desk1 = TestSupport::openMigrated(location);
    auto desk2 = TestSupport::openMigrated(location);
    QVERIFY(desk1 && desk2);
    Campaign c = campaign2024();
    QVERIFY(CampaignRepository(*desk1).add(c).isEmpty());
    Campaign mine = c;
    Campaign theirs = *CampaignRepository(*desk2).byId(c.id);
    theirs.title = QStringLiteral("theirs");
    QVERIFY(CampaignRepository(*desk2).update(theirs).isEmpty());
    mine.title = QStringLiteral("mine");
    ConflictError conflict;
    QVERIFY(!CampaignRepository(*desk1).update(mine, nullptr, &conflict).isEmpty());
    // The user chose "overwrite": save again against the version they have now seen.
    mine.rowVersion = conflict.currentVersion;
    QVERIFY(CampaignRepository(*desk1).update(mine).isEmpty());
    QCOMPARE(mine.rowVersion, 3);
    QCOMPARE(CampaignRepository(*desk2).byId(c.id)->title, QStringLiteral("mine"));
    // ... and the other desk, still holding version 2, is now refused in turn.
    theirs.title = QStringLiteral("again");
    QVERIFY(!CampaignRepository(*desk2).update(theirs).isEmpty());
}

void tst_DbConcurrency::deletedRecordConflict()
{
    auto db
        = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("deleted")));
    QVERIFY(db);
    const Fixture f = addFixture(*db);
    QVERIFY(f.linkId);
    Transaction tx(*db);
    OptimisticUpdate up(*db, QStringLiteral("units"), f.unitId + 1000, 1);
    up.set(QStringLiteral("name"), QStringLiteral("x"));
    QCOMPARE(up.exec(), OptimisticUpdate::Result::Conflict);
    QVERIFY(up.conflict().deleted);
    QCOMPARE(up.conflict().currentVersion, 0);
    // A stale version of an existing unit (no audit entries): who/when from updated_by/_at.
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE units SET row_version = 5, updated_by = 'carol',"
                                  " updated_at = '2024-07-18T09:30:00Z'")));
    OptimisticUpdate stale(*db, QStringLiteral("units"), f.unitId, 4);
    stale.set(QStringLiteral("name"), QStringLiteral("y"));
    QCOMPARE(stale.exec(), OptimisticUpdate::Result::Conflict);
    QCOMPARE(stale.conflict().changedBy, QStringLiteral("carol"));
    QCOMPARE(stale.conflict().changedAt, QStringLiteral("2024-07-18T09:30:00Z"));
    QVERIFY(stale.conflict().message().contains(QStringLiteral("carol")));
    OptimisticUpdate fresh(*db, QStringLiteral("units"), f.unitId, 5);
    fresh.set(QStringLiteral("name"), QStringLiteral("z"));
    QCOMPARE(fresh.exec(), OptimisticUpdate::Result::Updated);
    QCOMPARE(fresh.newVersion(), 6);
    QVERIFY(!tx.commit().isValid());
    QVERIFY(q.exec(QStringLiteral("SELECT name, row_version, updated_by FROM units")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("z"));
    QCOMPARE(q.value(1).toInt(), 6);
    QCOMPARE(q.value(2).toString(), db->userName());
}

void tst_DbConcurrency::simultaneousSavesLoseNothing()
{
    // Two desks edit the same campaign as fast as they can, each from the version it last read.
    // Every save either succeeds (and bumps the version by exactly one) or is refused: the
    // final version counts the successful saves, none overwrote another unseen.
    auto db = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("race")));
    QVERIFY(db);
    Campaign c = campaign2024();
    QVERIFY(CampaignRepository(*db).add(c).isEmpty());
    constexpr int kRounds = 15;
    const RaceResult race = raceSaves(
        *db, kRounds, [&](Database &conn, int w, int i, ConflictError *conflict, QSqlError *error) {
            CampaignRepository repo(conn);
            Campaign mine = *repo.byId(c.id);
            mine.title = QStringLiteral("desk %1 round %2").arg(w).arg(i);
            return repo.update(mine, error, conflict);
        });
    QVERIFY2(race.failure.isEmpty(), qPrintable(race.failure));
    QCOMPARE(race.saved + race.refused, 2 * kRounds);
    QVERIFY(race.saved >= kRounds);
    const Campaign stored = *CampaignRepository(*db).byId(c.id);
    QCOMPARE(stored.rowVersion, 1 + race.saved);
    QCOMPARE(AuditLog::forRecord(*db, QStringLiteral("campaigns"), c.id).size(), 1 + race.saved);
}

void tst_DbConcurrency::unitSaveRefusedWhenChangedMeanwhile()
{
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("unit-conflict"));
    auto desk1 = TestSupport::openMigrated(location);
    QVERIFY(desk1);
    auto desk2 = otherDesk(*desk1, location, QStringLiteral("carol"));
    QVERIFY(desk2);
    Campaign c = campaign2024();
    QVERIFY(CampaignRepository(*desk1).add(c).isEmpty());
    const UnitRecord r = registerUnit(*desk1, c.id);
    QVERIFY(r.unit.id);

    UnitRecord mine = *UnitRepository(*desk1).load(r.unit.id, c.id);
    UnitRecord theirs = *UnitRepository(*desk2).load(r.unit.id, c.id);
    theirs.unit.phone = QStringLiteral("13800000002");
    QVERIFY(UnitRepository(*desk2).save(theirs).isEmpty());

    mine.unit.email = QStringLiteral("office@bjcsa.example.cn");
    ConflictError conflict;
    const Problems problems = UnitRepository(*desk1).save(mine, nullptr, &conflict);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QStringLiteral("row_version"));
    QCOMPARE(conflict.table, QStringLiteral("units"));
    QCOMPARE(conflict.recordId, r.unit.id);
    QCOMPARE(conflict.currentVersion, mine.unit.rowVersion + 1);
    QCOMPARE(conflict.changedBy, desk2->userName());
    QCOMPARE(conflict.changedFields, QStringList {QStringLiteral("phone")});
    QVERIFY2(problems.first().message.contains(desk2->userName()),
             qPrintable(problems.first().message));
    const UnitRecord stored = *UnitRepository(*desk1).load(r.unit.id, c.id);
    QCOMPARE(stored.unit.phone, QStringLiteral("13800000002"));
    QCOMPARE(stored.unit.email, QString());

    // Overwrite: save again against the version now stored.
    mine.unit.rowVersion = conflict.currentVersion;
    QVERIFY(UnitRepository(*desk1).save(mine).isEmpty());
    QCOMPARE(UnitRepository(*desk2).load(r.unit.id, c.id)->unit.email,
             QStringLiteral("office@bjcsa.example.cn"));
}

void tst_DbConcurrency::formOnlyChangesConflictToo()
{
    // Two clerks add to the same unit's form: one a gift, the other an expert. The form is
    // versioned with the participation it belongs to, so the second save is refused instead of
    // silently dropping the gift.
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("form-conflict"));
    auto desk1 = TestSupport::openMigrated(location);
    QVERIFY(desk1);
    auto desk2 = otherDesk(*desk1, location, QStringLiteral("dave"));
    QVERIFY(desk2);
    Campaign c = campaign2024();
    QVERIFY(CampaignRepository(*desk1).add(c).isEmpty());
    const UnitRecord r = registerUnit(*desk1, c.id);
    UnitRecord mine = *UnitRepository(*desk1).load(r.unit.id, c.id);
    UnitRecord theirs = *UnitRepository(*desk2).load(r.unit.id, c.id);
    theirs.form.giftGoods = {{QStringLiteral("台历"), 10, false}};
    QVERIFY(UnitRepository(*desk2).save(theirs).isEmpty());
    QCOMPARE(theirs.participation.rowVersion, mine.participation.rowVersion + 1);
    QCOMPARE(theirs.unit.rowVersion, mine.unit.rowVersion); // the unit itself did not change

    mine.form.experts = {{ExpertField::Data, QStringLiteral("李明"), QStringLiteral("李明"),
                          QStringLiteral("13900000000"), QStringLiteral("统计")}};
    ConflictError conflict;
    const QString before = TestSupport::snapshot(*desk1);
    QVERIFY(!UnitRepository(*desk1).save(mine, nullptr, &conflict).isEmpty());
    QCOMPARE(conflict.table, QStringLiteral("participations"));
    QCOMPARE(conflict.changedBy, desk2->userName());
    // What they changed is named: the gift list of the form.
    QCOMPARE(conflict.changedFields, QStringList {QStringLiteral("gift_goods")});
    QCOMPARE(conflict.theirValues.value(QStringLiteral("gift_goods")).toList().size(), 1);
    QCOMPARE(TestSupport::snapshot(*desk1), before);
    UnitRecord stored = *UnitRepository(*desk1).load(r.unit.id, c.id);
    QCOMPARE(stored.form.giftGoods.size(), 1);
    QCOMPARE(stored.form.experts.size(), 0);

    // Reload, add the expert to their version: both are kept.
    mine = stored;
    mine.form.experts = {{ExpertField::Data, QStringLiteral("李明"), QStringLiteral("李明"),
                          QStringLiteral("13900000000"), QStringLiteral("统计")}};
    QVERIFY(UnitRepository(*desk1).save(mine).isEmpty());
    stored = *UnitRepository(*desk2).load(r.unit.id, c.id);
    QCOMPARE(stored.form.giftGoods.size(), 1);
    QCOMPARE(stored.form.experts.size(), 1);
}

void tst_DbConcurrency::targetEditRefusedWhenChangedMeanwhile()
{
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("target-conflict"));
    auto desk1 = TestSupport::openMigrated(location);
    QVERIFY(desk1);
    auto desk2 = otherDesk(*desk1, location, QStringLiteral("erin"));
    QVERIFY(desk2);
    Campaign c = campaign2024();
    QVERIFY(CampaignRepository(*desk1).add(c).isEmpty());
    const UnitRecord r = registerUnit(*desk1, c.id);
    // Both lists show 1000; desk 2 sets 3000 first.
    QVERIFY(UnitRepository(*desk2).setTarget(r.unit.id, c.id, 3000, 1000).isEmpty());
    ConflictError conflict;
    const Problems p = UnitRepository(*desk1).setTarget(r.unit.id, c.id, 5000, 1000, &conflict);
    QCOMPARE(p.size(), 1);
    QVERIFY2(p.first().message.contains(QStringLiteral("3000")), qPrintable(p.first().message));
    QVERIFY2(p.first().message.contains(desk2->userName()), qPrintable(p.first().message));
    QCOMPARE(conflict.changedBy, desk2->userName());
    QCOMPARE(UnitRepository(*desk1).load(r.unit.id, c.id)->participation.sampleTarget, 3000);
    // Having seen 3000, desk 1 may change it.
    QVERIFY(UnitRepository(*desk1).setTarget(r.unit.id, c.id, 5000, 3000).isEmpty());
    QCOMPARE(UnitRepository(*desk2).load(r.unit.id, c.id)->participation.sampleTarget, 5000);
}

void tst_DbConcurrency::simultaneousUnitSavesLoseNothing()
{
    // Two desks save the same unit's form (contact and gift list together) as fast as they can,
    // each from the version it last read. Every save wins whole or is refused whole: the
    // versions count the successful saves, and the stored contact and gift come from one save.
    auto db
        = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("unit-race")));
    QVERIFY(db);
    Campaign c = campaign2024();
    QVERIFY(CampaignRepository(*db).add(c).isEmpty());
    const UnitRecord r = registerUnit(*db, c.id);
    QVERIFY(r.unit.id);
    constexpr int kRounds = 12;
    const RaceResult race = raceSaves(
        *db, kRounds, [&](Database &conn, int w, int i, ConflictError *conflict, QSqlError *error) {
            UnitRepository repo(conn);
            UnitRecord mine = *repo.load(r.unit.id, c.id);
            const QString tag = QStringLiteral("desk %1 round %2").arg(w).arg(i);
            mine.unit.contact = tag;
            mine.form.giftGoods = {{tag, i + 1, false}};
            return repo.save(mine, error, conflict);
        });
    QVERIFY2(race.failure.isEmpty(), qPrintable(race.failure));
    QCOMPARE(race.saved + race.refused, 2 * kRounds);
    QVERIFY(race.saved >= kRounds);
    const UnitRecord stored = *UnitRepository(*db).load(r.unit.id, c.id);
    QCOMPARE(stored.unit.rowVersion, r.unit.rowVersion + race.saved);
    QCOMPARE(stored.participation.rowVersion, r.participation.rowVersion + race.saved);
    QCOMPARE(stored.form.giftGoods.size(), 1);
    QCOMPARE(stored.form.giftGoods.first().name, stored.unit.contact);
}

void tst_DbConcurrency::templateSaveRefusedWhenChangedMeanwhile()
{
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("template-conflict"));
    auto desk1 = TestSupport::openMigrated(location);
    QVERIFY(desk1);
    auto desk2 = otherDesk(*desk1, location, QStringLiteral("frank"));
    QVERIFY(desk2);
    Campaign c = campaign2024();
    QVERIFY(CampaignRepository(*desk1).add(c).isEmpty());
    const QString fq = QStringLiteral("FQ");
    // Both coordinators open the built-in template; the second one's save is refused.
    LetterTemplate mine = LetterTemplateRepository(*desk1).load(c.id, fq);
    LetterTemplate theirs = LetterTemplateRepository(*desk2).load(c.id, fq);
    QCOMPARE(mine.rowVersion, 0);
    theirs.html += QStringLiteral("<p>theirs</p>");
    QVERIFY(LetterTemplateRepository(*desk2).save(c.id, theirs).isEmpty());
    QCOMPARE(theirs.rowVersion, 1);
    mine.html += QStringLiteral("<p>mine</p>");
    ConflictError conflict;
    const Problems p = LetterTemplateRepository(*desk1).save(c.id, mine, &conflict);
    QCOMPARE(p.size(), 1);
    QVERIFY(conflict.isValid());
    QCOMPARE(conflict.currentVersion, 1);
    QCOMPARE(conflict.changedBy, desk2->userName());
    QVERIFY2(p.first().message.contains(desk2->userName()), qPrintable(p.first().message));
    QVERIFY(LetterTemplateRepository(*desk1).load(c.id, fq).html.endsWith(
        QStringLiteral("<p>theirs</p>")));
    // Overwrite, then a save from the version now held goes through as usual.
    mine.rowVersion = conflict.currentVersion;
    QVERIFY(LetterTemplateRepository(*desk1).save(c.id, mine).isEmpty());
    QCOMPARE(mine.rowVersion, 2);
    QVERIFY(LetterTemplateRepository(*desk2).load(c.id, fq).html.endsWith(
        QStringLiteral("<p>mine</p>")));
    // Reset to the built-in template by one desk: the other's save is refused.
    QVERIFY(LetterTemplateRepository(*desk2).reset(c.id, fq).isEmpty());
    conflict = {};
    QVERIFY(!LetterTemplateRepository(*desk1).save(c.id, mine, &conflict).isEmpty());
    QVERIFY(conflict.deleted);
}

void tst_DbConcurrency::gradingRulesSaveRefusedWhenChangedMeanwhile()
{
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("rules-conflict"));
    auto desk1 = TestSupport::openMigrated(location);
    QVERIFY(desk1);
    auto desk2 = otherDesk(*desk1, location, QStringLiteral("grace"));
    QVERIFY(desk2);
    Campaign c = campaign2024();
    QVERIFY(CampaignRepository(*desk1).add(c).isEmpty());
    const QList<GradingRule> loaded1 = GradingRepository(*desk1).rules(c.id);
    QList<GradingRule> loaded2 = GradingRepository(*desk2).rules(c.id);
    QList<GradingRule> theirs = loaded2;
    theirs.first().minSamples = 12345;
    QVERIFY(GradingRepository(*desk2).saveRules(c.id, theirs, &loaded2).isEmpty());

    QList<GradingRule> mine = loaded1;
    mine.first().minSamples = 777;
    ConflictError conflict;
    const QStringList p = GradingRepository(*desk1).saveRules(c.id, mine, &loaded1, &conflict);
    QCOMPARE(p.size(), 1);
    QVERIFY(conflict.isValid());
    QCOMPARE(conflict.changedBy, desk2->userName());
    QVERIFY2(p.first().contains(desk2->userName()), qPrintable(p.first()));
    QCOMPARE(GradingRepository(*desk1).rules(c.id), theirs);
    // Overwrite: against the rules stored now.
    const QList<GradingRule> now = GradingRepository(*desk1).rules(c.id);
    QVERIFY(GradingRepository(*desk1).saveRules(c.id, mine, &now).isEmpty());
    QCOMPARE(GradingRepository(*desk2).rules(c.id), mine);
}

void tst_DbConcurrency::overlappingImportsCountEachResponseOnce()
{
    // Two writers add overlapping response ids batch by batch at the same time (the importer
    // itself also takes turns, see tst_tallies_import's two desks). Per batch one transaction;
    // each response id's hash goes into response_ids
    // with ON CONFLICT DO NOTHING (RETURNING tells whether this import counted it), and only
    // newly counted responses are added to daily_tallies with an upsert. Hashes are sorted
    // within a batch so two transactions take their key locks in the same order (no deadlock).
    auto db
        = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("imports")));
    QVERIFY(db);
    const Fixture f = addFixture(*db);
    QVERIFY(f.linkId);
    const QStringList days = {QStringLiteral("2024-07-17"), QStringLiteral("2024-07-18"),
                              QStringLiteral("2024-07-19")};
    auto dayOf = [&](qint64 response) {
        return days[int(response % days.size())];
    };
    // File 0 holds responses 1..1200, file 1 holds 601..1800, each in its own shuffled order.
    QList<QList<qint64>> files(2);
    for (qint64 r = 1; r <= 1200; ++r)
        files[0] << r;
    for (qint64 r = 601; r <= 1800; ++r)
        files[1] << r;
    QRandomGenerator random(8);
    for (auto &file : files)
        std::shuffle(file.begin(), file.end(), random);
    constexpr int kBatch = 100;

    const QString failure = runConcurrently(*db, 2, [&](Database &conn, int w) -> QString {
        const QList<qint64> &file = files[w];
        for (int start = 0; start < file.size(); start += kBatch) {
            QList<qint64> batch = file.mid(start, kBatch);
            // A 64-bit hash of the response id, as the importer stores it.
            QList<qint64> hashes;
            for (qint64 r : batch)
                hashes << qint64(qHash(QStringLiteral("resp-%1").arg(r), 0) | (quint64(r) << 40));
            QList<int> order(batch.size());
            std::iota(order.begin(), order.end(), 0);
            std::sort(order.begin(), order.end(),
                      [&](int a, int b) { return hashes[a] < hashes[b]; });
            Transaction tx(conn);
            if (tx.error().isValid())
                return tx.error().text();
            QMap<QString, qint64> added;
            QSqlQuery q(conn.connection());
            q.prepare(QStringLiteral("INSERT INTO response_ids (hash) VALUES (?)"
                                     " ON CONFLICT (hash) DO NOTHING RETURNING hash"));
            for (int i : order) {
                q.addBindValue(hashes[i]);
                if (!q.exec())
                    return q.lastError().text();
                if (q.next())
                    ++added[dayOf(batch[i])];
            }
            q.prepare(QStringLiteral(
                "INSERT INTO daily_tallies (link_id, day, valid_samples) VALUES (?, ?, ?)"
                " ON CONFLICT (link_id, day) DO UPDATE"
                " SET valid_samples = daily_tallies.valid_samples + excluded.valid_samples"));
            for (auto it = added.cbegin(); it != added.cend(); ++it) {
                q.addBindValue(f.linkId);
                q.addBindValue(it.key());
                q.addBindValue(it.value());
                if (!q.exec())
                    return q.lastError().text();
            }
            if (QSqlError e = tx.commit(); e.isValid())
                return e.text();
        }
        return {};
    });
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    QCOMPARE(TestSupport::count(*db, QStringLiteral("response_ids")), qint64(1800));
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT day, valid_samples FROM daily_tallies ORDER BY day")));
    QMap<QString, qint64> expected;
    for (qint64 r = 1; r <= 1800; ++r)
        ++expected[dayOf(r)];
    QMap<QString, qint64> actual;
    while (q.next())
        actual[q.value(0).toString()] = q.value(1).toLongLong();
    QCOMPARE(actual, expected);
}

void tst_DbConcurrency::letterNumbersUniqueUnderConcurrency()
{
    // Two coordinators issue letters at once. The number comes from the campaign's counter row,
    // taken with an upsert ... RETURNING inside the issuing transaction: the row lock (or
    // SQLite's write lock) hands out each number exactly once, without gaps.
    auto db
        = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("letters")));
    QVERIFY(db);
    const Fixture f = addFixture(*db);
    QVERIFY(f.linkId);
    constexpr int kPerDesk = 25;
    const QString failure = runConcurrently(*db, 2, [&](Database &conn, int) -> QString {
        for (int i = 0; i < kPerDesk; ++i) {
            Transaction tx(conn);
            if (tx.error().isValid())
                return tx.error().text();
            QSqlQuery q(conn.connection());
            q.prepare(QStringLiteral(
                "INSERT INTO letter_counters (campaign_id, series, last_seq) VALUES (?, 'FQ', 1)"
                " ON CONFLICT (campaign_id, series) DO UPDATE"
                " SET last_seq = letter_counters.last_seq + 1 RETURNING last_seq"));
            q.addBindValue(f.campaignId);
            if (!q.exec() || !q.next())
                return q.lastError().text();
            const int seq = q.value(0).toInt();
            // All for one unit: stored as superseded versions, since a unit holds at most one
            // valid letter per campaign (migration 6); the numbers are what is under test here.
            q.prepare(
                QStringLiteral("INSERT INTO letters (campaign_id, unit_id, series, seq, "
                               "number, status, verify_code,"
                               " issued_at) VALUES (?, ?, 'FQ', ?, ?, 'superseded', ?, 'x')"));
            q.addBindValue(f.campaignId);
            q.addBindValue(f.unitId);
            q.addBindValue(seq);
            q.addBindValue(QStringLiteral("FQ-2024-%1").arg(seq, 4, 10, QLatin1Char('0')));
            q.addBindValue(TokenGenerator::generate());
            if (!q.exec())
                return q.lastError().text();
            if (QSqlError e = tx.commit(); e.isValid())
                return e.text();
        }
        return {};
    });
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT seq), MIN(seq), MAX(seq) FROM letters")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2 * kPerDesk);
    QCOMPARE(q.value(1).toInt(), 2 * kPerDesk);
    QCOMPARE(q.value(2).toInt(), 1);
    QCOMPARE(q.value(3).toInt(), 2 * kPerDesk);
    QVERIFY(q.exec(QStringLiteral("SELECT last_seq FROM letter_counters")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2 * kPerDesk);
}

void tst_DbConcurrency::linkTokensUniqueUnderConcurrency()
{
    // Tokens are random; the UNIQUE constraint is the guarantee. Two desks create links at once
    // (and one deliberately reuses a token): every stored token is distinct and the duplicate is
    // refused by the database.
    auto db = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("tokens")));
    QVERIFY(db);
    const Fixture f = addFixture(*db);
    QVERIFY(f.linkId);
    QString firstToken;
    {
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT token FROM links")) && q.next());
        firstToken = q.value(0).toString();
    }
    QAtomicInt duplicatesRefused;
    const QString failure = runConcurrently(*db, 2, [&](Database &conn, int w) -> QString {
        for (int i = 0; i < 30; ++i) {
            Transaction tx(conn);
            if (tx.error().isValid())
                return tx.error().text();
            QSqlQuery q(conn.connection());
            q.prepare(QStringLiteral("INSERT INTO links (campaign_id, unit_id, token, created_at)"
                                     " VALUES (?, ?, ?, 'x')"));
            q.addBindValue(f.campaignId);
            q.addBindValue(f.unitId);
            q.addBindValue(w == 0 && i == 10 ? firstToken : TokenGenerator::generate());
            if (!q.exec()) {
                duplicatesRefused.fetchAndAddRelaxed(1);
                continue;
            }
            if (QSqlError e = tx.commit(); e.isValid())
                return e.text();
        }
        return {};
    });
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(duplicatesRefused.loadRelaxed(), 1);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT token) FROM links"))
            && q.next());
    QCOMPARE(q.value(0).toInt(), 60);
    QCOMPARE(q.value(1).toInt(), 60);
}

void tst_DbConcurrency::busyDatabaseWaitsInsteadOfFailing()
{
    // One desk holds a write on the campaign for a while; the other's save of the same campaign
    // waits for it (SQLite: busy timeout and retry of BEGIN IMMEDIATE; PostgreSQL: the row lock)
    // instead of failing, and is then refused as a conflict because the version moved on.
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("busy"));
    auto db = TestSupport::openMigrated(location);
    QVERIFY(db);
    Campaign c = campaign2024();
    QVERIFY(CampaignRepository(*db).add(c).isEmpty());
    auto other = TestSupport::openMigrated(location);
    QVERIFY(other);
    Campaign mine = *CampaignRepository(*other).byYear(2024);

    std::latch locked(1);
    bool held = false;
    QThread *holder = QThread::create([&] {
        auto conn = db->clone();
        Transaction tx(*conn);
        QSqlQuery q(conn->connection());
        held = q.exec(QStringLiteral("UPDATE campaigns SET title = 'held',"
                                     " row_version = row_version + 1 WHERE year = 2024"));
        locked.count_down();
        QThread::msleep(1500);
        held = held && !tx.commit().isValid();
    });
    holder->start();
    locked.wait();
    QElapsedTimer timer;
    timer.start();
    mine.baseUrl = QStringLiteral("https://survey.example.org/q");
    ConflictError conflict;
    QSqlError error;
    const Problems p = CampaignRepository(*other).update(mine, &error, &conflict);
    const qint64 waited = timer.elapsed();
    holder->wait();
    delete holder;
    QVERIFY(held);
    QVERIFY2(waited >= 1000, qPrintable(QString::number(waited)));
    QVERIFY2(!error.isValid(), qPrintable(error.text()));
    QCOMPARE(p.size(), 1);
    QVERIFY(conflict.isValid());
    QCOMPARE(conflict.currentVersion, 2);
    const Campaign stored = *CampaignRepository(*other).byYear(2024);
    QCOMPARE(stored.title, QStringLiteral("held"));
    QVERIFY(stored.baseUrl.isEmpty());
}

void tst_DbConcurrency::programsStartingAtOnceMigrateOnce()
{
    // Three program instances open a brand-new database at the same moment: each migration is
    // applied exactly once, none fails, and then all three add their campaign.
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("startup"));
    QList<QProcess *> processes;
    for (int i = 0; i < 3; ++i) {
        auto *p = new QProcess(this);
        p->start(QStringLiteral(SECRETARIAT_CLI_PATH),
                 {QStringLiteral("--db"), location, QStringLiteral("init")});
        processes << p;
    }
    for (QProcess *p : processes) {
        QVERIFY(p->waitForFinished(60000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        delete p;
    }
    processes.clear();
    for (int i = 0; i < 3; ++i) {
        auto *p = new QProcess(this);
        const QString year = QString::number(2021 + i);
        p->start(QStringLiteral(SECRETARIAT_CLI_PATH),
                 {QStringLiteral("--db"), location, QStringLiteral("campaign"),
                  QStringLiteral("add"), QStringLiteral("--year"), year, QStringLiteral("--start"),
                  year + QStringLiteral("-07-17"), QStringLiteral("--end"),
                  year + QStringLiteral("-07-26")});
        processes << p;
    }
    for (QProcess *p : processes) {
        QVERIFY(p->waitForFinished(60000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        delete p;
    }
    auto db = TestSupport::openMigrated(location);
    QVERIFY(db);
    QCOMPARE(TestSupport::count(*db, QStringLiteral("schema_migrations")),
             qint64(Migrations::all().size()));
    QCOMPARE(TestSupport::count(*db, QStringLiteral("campaigns")), qint64(3));
}

QTEST_GUILESS_MAIN(tst_DbConcurrency)
#include "tst_db_concurrency.moc"
