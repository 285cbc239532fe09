// Each unit's checklist before the window opens (issue #15, "Who is missing what") on a real
// database: the items that tick themselves from letters, link requests and links (and untick on
// revocation), hand ticks with who, when and from where, overdue by due dates in China Standard
// Time, several units ticked in one transaction and undone on the QUndoStack, and the CLI.
#include "TestSupport.h"

#include "checklist/ChecklistRepository.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "letters/LetterRepository.h"
#include "links/LinkRepository.h"
#include "repo/AuditLog.h"
#include "repo/CampaignRepository.h"
#include "repo/UnitRepository.h"
#include "undo/ChecklistCommands.h"

#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using TestSupport::runCli;

namespace {

qint64 addCampaign(Database &db, int year)
{
    Campaign c;
    c.year = year;
    c.title = QStringLiteral("%1网民网络安全感满意度调查活动").arg(year);
    c.startDate = QDate(year, 7, 17);
    c.endDate = QDate(year, 7, 26);
    c.baseUrl = QStringLiteral("https://survey.example.org/q");
    c.formDue = QDate(year, 7, 5);
    c.linkRequestDue = QDate(year, 7, 10);
    c.giftListDue = QDate(year, 7, 15);
    const Problems p = CampaignRepository(db).add(c);
    if (!p.isEmpty())
        qWarning("addCampaign: %s", qPrintable(formatProblems(p)));
    return c.id;
}

qint64 addUnit(Database &db, qint64 campaignId, const QString &name,
               UnitKind kind = UnitKind::InitiatingFirst, UnitSort sort = UnitSort::Association)
{
    UnitRecord r;
    r.unit.name = name;
    r.unit.sort = sort;
    r.unit.province = QStringLiteral("44");
    r.unit.contact = QStringLiteral("李明");
    r.unit.phone = QStringLiteral("13800138000");
    r.participation.campaignId = campaignId;
    r.participation.kind = kind;
    const Problems p = UnitRepository(db).save(r);
    if (!p.isEmpty())
        qWarning("addUnit: %s", qPrintable(formatProblems(p)));
    return r.unit.id;
}

ChecklistRow rowOf(Database &db, qint64 campaignId, qint64 unitId,
                   const QDate &today = QDate(2024, 7, 1))
{
    for (const ChecklistRow &r : ChecklistRepository(db).rows(campaignId, today)) {
        if (r.unitId == unitId)
            return r;
    }
    return {};
}

} // namespace

class tst_Checklist : public QObject
{
    Q_OBJECT
private slots:
    void itemsCodesRoundTrip();
    void lettersAndLinksTickThemselves();
    void automaticItemsCannotBeTickedByHand();
    void handTicksSayWhoWhenAndWhere();
    void tickIsAllOrNothing();
    void overdueByDueDateInChinaTime();
    void severalUnitsAtOnceAndUndo();
    void undoRefusedAfterAnotherDeskChanged();
    void mergeAndRemovalKeepTicksConsistent();
    void cliListTickUntick();
};

void tst_Checklist::itemsCodesRoundTrip()
{
    QCOMPARE(ChecklistItems::all().size(), 9);
    for (ChecklistItem item : ChecklistItems::all())
        QCOMPARE(ChecklistItems::fromCode(ChecklistItems::code(item)), item);
    QVERIFY(!ChecklistItems::fromCode(QStringLiteral("letter")));
    QCOMPARE(ChecklistItems::fromCode(QStringLiteral(" Gift-List-Received ")),
             ChecklistItem::GiftListReceived);
}

// Issuing a letter ticks "letter issued"; revoking it unticks it (a revoked letter is no letter
// to send), reissuing keeps it ticked. Recording a request ticks "link count requested"; issuing
// links ticks "links issued", revoking them all unticks it, restoring one ticks it again.
void tst_Checklist::lettersAndLinksTickThemselves()
{
    auto db = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("auto")));
    const qint64 c = addCampaign(*db, 2024);
    const qint64 u = addUnit(*db, c, QStringLiteral("广东省网络安全促进会"));
    ChecklistRow r = rowOf(*db, c, u);
    QCOMPARE(r.missing().size(), 8); // an association sends no gift list
    QVERIFY(!r.mark(ChecklistItem::GiftListReceived).applies);

    QList<Letter> issued;
    QVERIFY(LetterRepository(*db).issue(c, {u}, &issued).isEmpty());
    r = rowOf(*db, c, u);
    QVERIFY(r.mark(ChecklistItem::LetterIssued).done);
    QCOMPARE(r.mark(ChecklistItem::LetterIssued).by, db->userName());
    QCOMPARE(r.mark(ChecklistItem::LetterIssued).day, Clock::chinaDay(issued.first().issuedAt));
    QCOMPARE(r.mark(ChecklistItem::LetterIssued).source, QStringLiteral("program"));
    QVERIFY(LetterRepository(*db).reissue(issued.first().number).isEmpty());
    QVERIFY(rowOf(*db, c, u).mark(ChecklistItem::LetterIssued).done);
    QVERIFY(LetterRepository(*db).revoke(issued.first().number, QStringLiteral("错发")).isEmpty());
    QVERIFY(!rowOf(*db, c, u).mark(ChecklistItem::LetterIssued).done);

    LinkRepository links(*db);
    QVERIFY(links.recordRequest(c, u, 3, QDate(2024, 7, 8)).isEmpty());
    r = rowOf(*db, c, u);
    QVERIFY(r.mark(ChecklistItem::LinksRequested).done);
    QCOMPARE(r.mark(ChecklistItem::LinksRequested).day, QDate(2024, 7, 8));
    QCOMPARE(r.mark(ChecklistItem::LinksRequested).by, db->userName());
    QVERIFY(!r.mark(ChecklistItem::LinksIssued).done);

    QList<Link> made;
    QVERIFY(links.issue(c, u, 2, QStringLiteral("官网"), &made).isEmpty());
    QVERIFY(rowOf(*db, c, u).mark(ChecklistItem::LinksIssued).done);
    QVERIFY(links.revoke(QStringList {made.at(0).token}).isEmpty());
    QVERIFY(rowOf(*db, c, u).mark(ChecklistItem::LinksIssued).done); // one still active
    QVERIFY(links.revoke(QStringList {made.at(1).token}).isEmpty());
    QVERIFY(!rowOf(*db, c, u).mark(ChecklistItem::LinksIssued).done);
    QVERIFY(links.restore(made.at(1).token).isEmpty());
    QVERIFY(rowOf(*db, c, u).mark(ChecklistItem::LinksIssued).done);
    // Nothing of this was stored as a tick: the program's own tables are the record.
    QCOMPARE(TestSupport::count(*db, QStringLiteral("checklist_ticks")), 0);
}

void tst_Checklist::automaticItemsCannotBeTickedByHand()
{
    auto db = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("byhand")));
    const qint64 c = addCampaign(*db, 2024);
    const qint64 u = addUnit(*db, c, QStringLiteral("广东省网络安全促进会"));
    for (ChecklistItem item : {ChecklistItem::LinksRequested, ChecklistItem::LinksIssued,
                               ChecklistItem::LetterIssued}) {
        const Problems p = ChecklistRepository(*db).tick(c, {u}, item);
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.first().field, QStringLiteral("item"));
        QVERIFY(!rowOf(*db, c, u).mark(item).done);
    }
    QCOMPARE(TestSupport::count(*db, QStringLiteral("checklist_ticks")), 0);
}

void tst_Checklist::handTicksSayWhoWhenAndWhere()
{
    auto db = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("hand")));
    const qint64 c = addCampaign(*db, 2024);
    const qint64 u = addUnit(*db, c, QStringLiteral("广东省网络安全促进会"));
    ChecklistRepository repo(*db);
    const QString before = Clock::nowText();
    QVERIFY(repo.tick(c, {u}, ChecklistItem::FormReceived, QStringLiteral("import"),
                      QStringLiteral("alice"))
                .isEmpty());
    const QString after = Clock::nowText();
    ChecklistMark m = rowOf(*db, c, u).mark(ChecklistItem::FormReceived);
    QVERIFY(m.done);
    QCOMPARE(m.by, QStringLiteral("alice"));
    QCOMPARE(m.source, QStringLiteral("import"));
    QVERIFY2(m.at >= before && m.at <= after, qPrintable(m.at));
    QCOMPARE(m.day, Clock::chinaDay(m.at));

    // Ticked again by someone else: the first tick stands.
    QVERIFY(repo.tick(c, {u}, ChecklistItem::FormReceived, QStringLiteral("manual"),
                      QStringLiteral("bob"))
                .isEmpty());
    QCOMPARE(rowOf(*db, c, u).mark(ChecklistItem::FormReceived).by, QStringLiteral("alice"));
    // The default user is the database's.
    QVERIFY(repo.tick(c, {u}, ChecklistItem::TargetAgreed).isEmpty());
    m = rowOf(*db, c, u).mark(ChecklistItem::TargetAgreed);
    QCOMPARE(m.by, db->userName());
    QCOMPARE(m.source, QStringLiteral("manual"));

    QVERIFY(repo.untick(c, {u}, ChecklistItem::FormReceived).isEmpty());
    QVERIFY(!rowOf(*db, c, u).mark(ChecklistItem::FormReceived).done);
    QCOMPARE(TestSupport::count(*db, QStringLiteral("checklist_ticks")), 1);
    // Every change audited, with the tick's old and new values.
    QCOMPARE(TestSupport::count(*db, QStringLiteral("audit_log"),
                                QStringLiteral("table_name = 'checklist_ticks'")),
             3);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT record_id FROM audit_log WHERE table_name ="
                                  " 'checklist_ticks' AND action = 'untick'"))
            && q.next());
    const auto entries
        = AuditLog::forRecord(*db, QStringLiteral("checklist_ticks"), q.value(0).toLongLong());
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.last().oldValues.value(QStringLiteral("ticked_by")).toString(),
             QStringLiteral("alice"));
    QVERIFY(entries.last().newValues.isEmpty());
}

// A unit of the list that takes no part in the campaign: none of the units is ticked.
void tst_Checklist::tickIsAllOrNothing()
{
    auto db = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("all")));
    const qint64 c = addCampaign(*db, 2024);
    const qint64 other = addCampaign(*db, 2023);
    const qint64 a = addUnit(*db, c, QStringLiteral("广东省网络安全促进会"));
    const qint64 b = addUnit(*db, c, QStringLiteral("深圳市网络与信息安全行业协会"));
    const qint64 outside = addUnit(*db, other, QStringLiteral("往年单位"));
    const QString snapshot = TestSupport::snapshot(*db);
    const Problems p
        = ChecklistRepository(*db).tick(c, {a, b, outside}, ChecklistItem::GiftListReceived);
    QCOMPARE(p.size(), 1);
    QCOMPARE(p.first().field, QStringLiteral("unit"));
    QVERIFY(p.first().message.contains(QString::number(outside)));
    QCOMPARE(TestSupport::snapshot(*db), snapshot);
    QCOMPARE(TestSupport::count(*db, QStringLiteral("checklist_ticks")), 0);
}

// Due dates fall on China Standard Time days: an item is overdue the day after its due date,
// and a timestamp after 16:00 UTC is already the next day in Beijing.
void tst_Checklist::overdueByDueDateInChinaTime()
{
    QCOMPARE(Clock::chinaDay(QStringLiteral("2024-07-05T15:59:59Z")), QDate(2024, 7, 5));
    QCOMPARE(Clock::chinaDay(QStringLiteral("2024-07-05T16:00:00Z")), QDate(2024, 7, 6));
    QCOMPARE(Clock::chinaDay(QStringLiteral("2024-07-06T00:30:00+08:00")), QDate(2024, 7, 6));
    QCOMPARE(Clock::chinaDay(QStringLiteral("2024-07-06")), QDate(2024, 7, 6));
    QVERIFY(!Clock::chinaDay(QStringLiteral("yesterday")).isValid());
    qputenv("SECRETARIAT_TODAY", "2024-07-06");
    QCOMPARE(Clock::chinaToday(), QDate(2024, 7, 6));
    qunsetenv("SECRETARIAT_TODAY");
    const QDate beijing = QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600).date();
    QCOMPARE(Clock::chinaToday(), beijing);

    auto db = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("due")));
    const qint64 c = addCampaign(*db, 2024);
    const qint64 u = addUnit(*db, c, QStringLiteral("广州某某信息技术有限公司"), UnitKind::Supporting,
                             UnitSort::Company);
    const auto form = [&](const QDate &today) {
        return rowOf(*db, c, u, today).mark(ChecklistItem::FormReceived);
    };
    QCOMPARE(form(QDate(2024, 7, 5)).due, QDate(2024, 7, 5));
    QVERIFY(!form(QDate(2024, 7, 5)).overdue); // due today is not late yet
    QVERIFY(form(QDate(2024, 7, 6)).overdue);
    const auto mark = [&](ChecklistItem item, const QDate &today) {
        return rowOf(*db, c, u, today).mark(item);
    };
    QCOMPARE(mark(ChecklistItem::LinksRequested, QDate(2024, 7, 10)).due, QDate(2024, 7, 10));
    QVERIFY(!mark(ChecklistItem::LinksRequested, QDate(2024, 7, 10)).overdue);
    QVERIFY(mark(ChecklistItem::LinksRequested, QDate(2024, 7, 11)).overdue);
    QVERIFY(!mark(ChecklistItem::GiftListReceived, QDate(2024, 7, 15)).overdue);
    QVERIFY(mark(ChecklistItem::GiftListReceived, QDate(2024, 7, 16)).overdue);
    // Everything else is due the day before the window opens (17 July).
    QCOMPARE(mark(ChecklistItem::LetterSent, QDate(2024, 7, 16)).due, QDate(2024, 7, 16));
    QVERIFY(!mark(ChecklistItem::LetterSent, QDate(2024, 7, 16)).overdue);
    QVERIFY(mark(ChecklistItem::LetterSent, QDate(2024, 7, 17)).overdue);
    QVERIFY(rowOf(*db, c, u, QDate(2024, 7, 6)).anyOverdue());
    QVERIFY(!rowOf(*db, c, u, QDate(2024, 7, 5)).anyOverdue());

    // Gift lists come from companies: an association's is never missing nor overdue, unless
    // one came in anyway (then it counts as done).
    const qint64 a = addUnit(*db, c, QStringLiteral("广东省网络安全促进会"));
    ChecklistMark gift = rowOf(*db, c, a, QDate(2024, 7, 20)).mark(ChecklistItem::GiftListReceived);
    QVERIFY(!gift.applies && !gift.overdue && !gift.done);
    QVERIFY(!rowOf(*db, c, a, QDate(2024, 7, 20)).missing().contains(ChecklistItem::GiftListReceived));
    ChecklistFilter missingGifts;
    missingGifts.missing = ChecklistItem::GiftListReceived;
    QVERIFY(!missingGifts.accepts(rowOf(*db, c, a, QDate(2024, 7, 20))));
    QVERIFY(missingGifts.accepts(rowOf(*db, c, u, QDate(2024, 7, 20))));
    QVERIFY(ChecklistRepository(*db).tick(c, {a}, ChecklistItem::GiftListReceived).isEmpty());
    gift = rowOf(*db, c, a, QDate(2024, 7, 20)).mark(ChecklistItem::GiftListReceived);
    QVERIFY(gift.applies && gift.done);

    // A form ticked at 17:00 UTC on the 5th came in on the 6th in Beijing; done is not overdue.
    ChecklistRepository repo(*db);
    const QList<ChecklistTick> none = repo.ticks(c, {u}, ChecklistItem::FormReceived);
    ChecklistTick late {u, ChecklistItem::FormReceived, true, QStringLiteral("2024-07-05T17:00:00Z"),
                        QStringLiteral("alice"), QStringLiteral("manual")};
    QVERIFY(repo.restore(c, none, {late}).isEmpty());
    QCOMPARE(form(QDate(2024, 7, 20)).day, QDate(2024, 7, 6));
    QVERIFY(!form(QDate(2024, 7, 20)).overdue);
}

// Three units ticked at once, one of them already ticked by someone earlier: one command on the
// undo stack; undo puts back exactly what was there (the earlier tick with its date and who),
// redo ticks again with the same date.
void tst_Checklist::severalUnitsAtOnceAndUndo()
{
    auto db = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("undo")));
    const qint64 c = addCampaign(*db, 2024);
    const qint64 a = addUnit(*db, c, QStringLiteral("广东省网络安全促进会"));
    const qint64 b = addUnit(*db, c, QStringLiteral("深圳市网络与信息安全行业协会"));
    const qint64 d = addUnit(*db, c, QStringLiteral("南方融媒体中心"), UnitKind::Supporting);
    ChecklistRepository repo(*db);
    QVERIFY(repo.tick(c, {b}, ChecklistItem::LetterPrinted, QStringLiteral("manual"),
                      QStringLiteral("carol"))
                .isEmpty());
    const ChecklistMark carol = rowOf(*db, c, b).mark(ChecklistItem::LetterPrinted);

    // What ticking would change, planned without writing; the command's first redo writes it.
    QList<ChecklistTick> before, after;
    QVERIFY(repo.plan(c, {a, b, d}, ChecklistItem::LetterPrinted, true, QStringLiteral("manual"),
                      &before, &after)
                .isEmpty());
    QCOMPARE(before.size(), 3);
    QVERIFY(!before.at(0).ticked && before.at(1).ticked && !before.at(2).ticked);
    QCOMPARE(repo.ticks(c, {a, b, d}, ChecklistItem::LetterPrinted), before);
    for (const ChecklistTick &t : after)
        QVERIFY(t.ticked);
    QCOMPARE(after.at(1).by, QStringLiteral("carol"));

    QStringList errors;
    QUndoStack stack;
    QVERIFY(DatabaseCommand::push(&stack, new TickChecklistCommand(
                                              *db, c, before, after,
                                              [&](const QString &m) { errors << m; }))
                .done());
    QCOMPARE(repo.ticks(c, {a, b, d}, ChecklistItem::LetterPrinted), after);
    stack.undo();
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(repo.ticks(c, {a, b, d}, ChecklistItem::LetterPrinted), before);
    QVERIFY(!rowOf(*db, c, a).mark(ChecklistItem::LetterPrinted).done);
    const ChecklistMark kept = rowOf(*db, c, b).mark(ChecklistItem::LetterPrinted);
    QCOMPARE(kept.at, carol.at);
    QCOMPARE(kept.by, QStringLiteral("carol"));
    stack.redo();
    QVERIFY(errors.isEmpty());
    QCOMPARE(repo.ticks(c, {a, b, d}, ChecklistItem::LetterPrinted), after);
}

// Undo after another desk unticked one of the units: refused, nothing changed.
void tst_Checklist::undoRefusedAfterAnotherDeskChanged()
{
    auto db = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("clash")));
    const qint64 c = addCampaign(*db, 2024);
    const qint64 a = addUnit(*db, c, QStringLiteral("广东省网络安全促进会"));
    const qint64 b = addUnit(*db, c, QStringLiteral("深圳市网络与信息安全行业协会"));
    ChecklistRepository repo(*db);
    QList<ChecklistTick> before, after;
    QVERIFY(repo.plan(c, {a, b}, ChecklistItem::LinksSent, true, QStringLiteral("manual"),
                      &before, &after)
                .isEmpty());
    QStringList errors;
    QUndoStack stack;
    QVERIFY(DatabaseCommand::push(&stack, new TickChecklistCommand(
                                              *db, c, before, after,
                                              [&](const QString &m) { errors << m; }))
                .done());
    QVERIFY(rowOf(*db, c, b).mark(ChecklistItem::LinksSent).done);
    // Another desk unticks b and ticks it again: a new tick, not the one this desk made.
    QVERIFY(repo.untick(c, {b}, ChecklistItem::LinksSent).isEmpty());
    QVERIFY(repo.tick(c, {b}, ChecklistItem::LinksSent, QStringLiteral("manual"),
                      QStringLiteral("dave"))
                .isEmpty());
    const QString snapshot = TestSupport::snapshot(*db);
    stack.undo();
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(QStringLiteral("dave")), qPrintable(errors.first()));
    QCOMPARE(TestSupport::snapshot(*db), snapshot);
    QVERIFY(rowOf(*db, c, a).mark(ChecklistItem::LinksSent).done);
}

// Merging two units keeps the kept unit's ticks and takes over the other's where it has none;
// undoing a registration removes the unit's ticks with it.
void tst_Checklist::mergeAndRemovalKeepTicksConsistent()
{
    auto db = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("merge")));
    const qint64 c = addCampaign(*db, 2024);
    const qint64 keep = addUnit(*db, c, QStringLiteral("广东省网络安全促进会"));
    const qint64 other = addUnit(*db, c, QStringLiteral("广东网络安全促进会（重复）"));
    ChecklistRepository repo(*db);
    QVERIFY(repo.tick(c, {keep}, ChecklistItem::FormReceived, QStringLiteral("manual"),
                      QStringLiteral("alice"))
                .isEmpty());
    QVERIFY(repo.tick(c, {other}, ChecklistItem::FormReceived, QStringLiteral("manual"),
                      QStringLiteral("bob"))
                .isEmpty());
    QVERIFY(repo.tick(c, {other}, ChecklistItem::GiftListReceived).isEmpty());
    QVERIFY(UnitRepository(*db).merge(keep, other).isEmpty());
    const ChecklistRow r = rowOf(*db, c, keep);
    QCOMPARE(r.mark(ChecklistItem::FormReceived).by, QStringLiteral("alice"));
    QVERIFY(r.mark(ChecklistItem::GiftListReceived).done);
    QCOMPARE(TestSupport::count(*db, QStringLiteral("checklist_ticks"),
                                QStringLiteral("unit_id = %1").arg(other)),
             0);

    const qint64 fresh = addUnit(*db, c, QStringLiteral("新登记单位"));
    QVERIFY(repo.tick(c, {fresh}, ChecklistItem::TargetAgreed).isEmpty());
    QVERIFY(UnitRepository(*db).removeRegistration(fresh, c).isEmpty());
    QCOMPARE(TestSupport::count(*db, QStringLiteral("checklist_ticks"),
                                QStringLiteral("unit_id = %1").arg(fresh)),
             0);
}

void tst_Checklist::cliListTickUntick()
{
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("cli"));
    qint64 a = 0, b = 0, d = 0;
    {
        auto db = TestSupport::openMigrated(location);
        const qint64 c = addCampaign(*db, 2024);
        a = addUnit(*db, c, QStringLiteral("广东省网络安全促进会"));
        b = addUnit(*db, c, QStringLiteral("深圳市网络与信息安全行业协会"));
        d = addUnit(*db, c, QStringLiteral("=HYPERLINK(\"http://x\")"), UnitKind::Supporting);
        QVERIFY(LetterRepository(*db).issue(c, {a}).isEmpty());
    }
    const auto cli = [&](QStringList args) {
        args.prepend(location);
        args.prepend(QStringLiteral("--db"));
        return runCli(args);
    };
    auto r = cli({"checklist", "tick", "form-received", "--unit", QString::number(a), "--unit",
                  QString::number(b), "--campaign", "2024"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("2 unit(s)")));

    qputenv("SECRETARIAT_TODAY", "2024-07-06");
    r = cli({"checklist", "--missing", "form-received", "--format", "csv"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0),
             QStringLiteral("unit_id,unit,kind,region,contact,phone,form-received,links-requested,"
                            "links-issued,links-sent,letter-issued,letter-printed,letter-sent,"
                            "gift-list-received,target-agreed,missing"));
    // The unit named like a formula is guarded; its form is overdue since the 5th.
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("%1,\"'=HYPERLINK(\"\"http://x\"\")\",supporting,"
                                                   "广东省,李明,13800138000,overdue,,,,,,,n/a,,")
                                        .arg(d)),
             qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).endsWith(QStringLiteral(",form-received links-requested links-issued "
                                                "links-sent letter-issued letter-printed "
                                                "letter-sent target-agreed")));
    // The letter ticked itself: a has it, b and d do not.
    r = cli({"checklist", "list", "--missing", "letter-issued", "--format", "csv"});
    lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(!r.out.contains(QStringLiteral("广东省网络安全促进会")));
    // --overdue alone: every unit has an overdue item on the 6th (links-requested is due the
    // 10th, but the forms of d, and everything else…); on the 1st nobody does.
    qputenv("SECRETARIAT_TODAY", "2024-07-01");
    r = cli({"checklist", "--overdue"});
    QVERIFY2(r.exitCode == 0 && r.out.isEmpty(), qPrintable(r.out + r.err));
    qputenv("SECRETARIAT_TODAY", "2024-07-06");
    r = cli({"checklist", "--overdue", "--missing", "form-received"});
    QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1);
    QVERIFY(r.out.contains(QStringLiteral("overdue: form-received")));
    qunsetenv("SECRETARIAT_TODAY");

    r = cli({"checklist", "untick", "form-received", "--unit", QString::number(b)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({"checklist", "--missing", "form-received", "--format", "csv"});
    QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 3);

    // Refusals: an item that ticks itself (1, nothing stored), an unknown item or no unit (2).
    r = cli({"checklist", "tick", "letter-issued", "--unit", QString::number(b)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("item")));
    QCOMPARE(cli({"checklist", "tick", "letter", "--unit", QString::number(b)}).exitCode, 2);
    QCOMPARE(cli({"checklist", "tick", "form-received"}).exitCode, 2);
    QCOMPARE(cli({"checklist", "--missing", "nothing"}).exitCode, 2);
    r = cli({"checklist", "tick", "form-received", "--unit", "999999"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("999999")));
}

QTEST_MAIN(tst_Checklist)
#include "tst_checklist.moc"
