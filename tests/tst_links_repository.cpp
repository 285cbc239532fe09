// Tracking links in a real database: issuing (100,000 tokens in one transaction), the retry on a
// taken token, requests and pending units, revoke/restore, listing with sample counts.
#include "LinksTestData.h"
#include "TestSupport.h"

#include "db/Database.h"
#include "links/LinkRepository.h"
#include "links/TokenGenerator.h"
#include "repo/AuditLog.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace LinksTestData;

class tst_LinksRepository : public QObject
{
    Q_OBJECT
private slots:
    void hundredThousandTokens();
    void takenTokenIsDrawnAgain();
    void rejectedIssueChangesNothing();
    void revokeRestoreRoundTrip();
    void requestsAndPendingUnits();
    void listCountsSamplesAndFilters();
};

void tst_LinksRepository::hundredThousandTokens()
{
    auto db
        = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("tokens1")));
    const qint64 campaign = addCampaign(*db, 2024, QStringLiteral("https://survey.example.org/q"));
    const qint64 unit = addUnit(*db, QStringLiteral("某某市网络安全协会"), campaign);

    QElapsedTimer timer;
    timer.start();
    LinkRepository links(*db);
    const Problems p = links.issue(campaign, unit, 100000, QStringLiteral("bulk"));
    QVERIFY2(p.isEmpty(), qPrintable(formatProblems(p)));
    qInfo("100,000 links issued in one transaction in %lld ms", timer.elapsed());

    QCOMPARE(TestSupport::count(*db, QStringLiteral("links")), 100000);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(DISTINCT token) FROM links")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), 100000);
    QCOMPARE(TestSupport::count(*db, QStringLiteral("audit_log"),
                                QStringLiteral("table_name = 'links' AND action = 'issue'")),
             100000);

    // 16 Crockford base32 characters, no I L O U; every character about equally frequent (a
    // generator using fewer than 80 random bits would show here).
    static const QRegularExpression crockford(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{16}$"));
    QSet<QString> first;
    QHash<QChar, qint64> frequency;
    QVERIFY(q.exec(QStringLiteral("SELECT token FROM links")));
    while (q.next()) {
        const QString token = q.value(0).toString();
        QCOMPARE(token.size(), TokenGenerator::kLength);
        QVERIFY2(crockford.match(token).hasMatch(), qPrintable(token));
        for (QChar c : token)
            ++frequency[c];
        first.insert(token);
    }
    QCOMPARE(frequency.size(), 32);
    const double expected = 100000.0 * 16 / 32;
    for (auto it = frequency.cbegin(); it != frequency.cend(); ++it)
        QVERIFY2(qAbs(it.value() - expected) < expected * 0.03, qPrintable(QString(it.key())));

    // A second database draws different tokens.
    auto other
        = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("tokens2")));
    const qint64 campaign2
        = addCampaign(*other, 2024, QStringLiteral("https://survey.example.org/q"));
    const qint64 unit2 = addUnit(*other, QStringLiteral("某某市网络安全协会"), campaign2);
    QVERIFY(LinkRepository(*other).issue(campaign2, unit2, 2000, QString()).isEmpty());
    QVERIFY(q.exec(QStringLiteral("SELECT 1")));
    QSqlQuery q2(other->connection());
    QVERIFY(q2.exec(QStringLiteral("SELECT token FROM links")));
    int seen = 0;
    while (q2.next()) {
        QVERIFY(!first.contains(q2.value(0).toString()));
        ++seen;
    }
    QCOMPARE(seen, 2000);
}

void tst_LinksRepository::takenTokenIsDrawnAgain()
{
    auto db = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("retry")));
    const qint64 campaign = addCampaign(*db, 2024, QStringLiteral("https://survey.example.org/q"));
    const qint64 unit = addUnit(*db, QStringLiteral("Unit"), campaign);
    LinkRepository links(*db);
    QList<Link> issued;
    QVERIFY(links.issue(campaign, unit, 1, QString(), &issued).isEmpty());
    const QString taken = issued.constFirst().token;

    // The source hands out the taken token twice, then a fresh one.
    QStringList tokens = {taken, taken, QStringLiteral("0123456789ABCDEF")};
    links.setTokenSource([&tokens] { return tokens.takeFirst(); });
    QVERIFY(links.issue(campaign, unit, 1, QStringLiteral("retry"), &issued).isEmpty());
    QCOMPARE(issued.size(), 1);
    QCOMPARE(issued.constFirst().token, QStringLiteral("0123456789ABCDEF"));
    QVERIFY(tokens.isEmpty());
    QCOMPARE(TestSupport::count(*db, QStringLiteral("links")), 2);

    // A source that never gives a free token: refused, nothing stored.
    const QString before = TestSupport::snapshot(*db);
    links.setTokenSource([taken] { return taken; });
    const Problems p = links.issue(campaign, unit, 3, QString());
    QCOMPARE(p.size(), 1);
    QCOMPARE(p.constFirst().field, QStringLiteral("token"));
    QCOMPARE(TestSupport::snapshot(*db), before);
}

void tst_LinksRepository::rejectedIssueChangesNothing()
{
    auto db = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("reject")));
    const qint64 campaign = addCampaign(*db, 2024, QStringLiteral("https://survey.example.org/q"));
    const qint64 noBase = addCampaign(*db, 2023, QString());
    const qint64 unit = addUnit(*db, QStringLiteral("Unit"), campaign);
    const qint64 outsider = addUnit(*db, QStringLiteral("Outsider"), 0);
    const QString before = TestSupport::snapshot(*db);
    LinkRepository links(*db);
    struct Case
    {
        qint64 campaign, unit;
        int count;
        const char *field;
    };
    const QList<Case> cases = {{campaign, unit, 0, "count"},      {campaign, unit, -2, "count"},
                               {campaign, unit, 100001, "count"}, {campaign, 9999, 1, "unit"},
                               {campaign, outsider, 1, "unit"},   {noBase, unit, 1, "campaign"},
                               {12345, unit, 1, "campaign"}};
    for (const Case &c : cases) {
        const Problems p = links.issue(c.campaign, c.unit, c.count, QString());
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.constFirst().field, QLatin1String(c.field));
    }
    QCOMPARE(TestSupport::snapshot(*db), before);
}

void tst_LinksRepository::revokeRestoreRoundTrip()
{
    auto db = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("revoke")));
    const qint64 campaign
        = addCampaign(*db, 2024, QStringLiteral("https://survey.example.org/q?lang=zh"));
    const qint64 unit = addUnit(*db, QStringLiteral("Unit"), campaign);
    LinkRepository links(*db);
    QList<Link> issued;
    QVERIFY(
        links.issue(campaign, unit, 2, QStringLiteral("  official   account "), &issued).isEmpty());
    QCOMPARE(issued.size(), 2);
    const Link link = issued.constFirst();
    QCOMPARE(link.label, QStringLiteral("official account"));
    QCOMPARE(link.url, QStringLiteral("https://survey.example.org/q?lang=zh&src=") + link.token);

    // Revoke by full URL, restore by the token typed in lower case.
    QVERIFY(links.revoke(link.url).isEmpty());
    auto now = links.byToken(link.token);
    QVERIFY(now);
    QCOMPARE(now->status, Link::Status::Revoked);
    QVERIFY(!now->revokedAt.isEmpty());
    QCOMPARE(now->rowVersion, 2);
    QCOMPARE(links.byToken(issued.at(1).token)->status, Link::Status::Active);
    Problems p = links.revoke(link.token);
    QCOMPARE(p.size(), 1);
    QVERIFY(p.constFirst().message.contains(QStringLiteral("already revoked")));
    // ... and says who revoked it (from the audit log).
    QVERIFY2(p.constFirst().message.contains(QStringLiteral("(by %1 at ").arg(db->userName())),
             qPrintable(p.constFirst().message));

    QVERIFY(links.restore(link.token.toLower()).isEmpty());
    now = links.byToken(link.token);
    QCOMPARE(now->status, Link::Status::Active);
    QVERIFY(now->revokedAt.isEmpty());
    QCOMPARE(now->rowVersion, 3);
    QCOMPARE(links.restore(link.token).size(), 1);
    QCOMPARE(links.revoke(QStringLiteral("ZZZZZZZZZZZZZZZZ")).constFirst().field,
             QStringLiteral("token"));
    QCOMPARE(TestSupport::count(*db, QStringLiteral("links")), 2);

    // Several at once: all or nothing.
    const QString before = TestSupport::snapshot(*db);
    QCOMPARE(
        links.revoke(QStringList {issued.at(1).token, link.token, QStringLiteral("NOSUCHTOKEN")})
            .size(),
        1);
    QCOMPARE(TestSupport::snapshot(*db), before);

    const QList<AuditLog::Entry> audit = AuditLog::forRecord(*db, QStringLiteral("links"), link.id);
    QCOMPARE(audit.size(), 3);
    QCOMPARE(audit.at(0).action, QStringLiteral("issue"));
    QCOMPARE(audit.at(1).action, QStringLiteral("revoke"));
    QCOMPARE(audit.at(1).newValues.value(QStringLiteral("status")).toString(),
             QStringLiteral("revoked"));
    QCOMPARE(audit.at(2).action, QStringLiteral("restore"));
    QCOMPARE(audit.at(2).oldValues.value(QStringLiteral("status")).toString(),
             QStringLiteral("revoked"));
}

void tst_LinksRepository::requestsAndPendingUnits()
{
    auto db
        = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("requests")));
    const qint64 campaign = addCampaign(*db, 2020, QStringLiteral("https://survey.example.org/q"),
                                        QDate(2020, 7, 10));
    const qint64 a = addUnit(*db, QStringLiteral("Alpha association"), campaign);
    const qint64 b
        = addUnit(*db, QStringLiteral("Beta media"), campaign, QStringLiteral("supporting"));
    const qint64 c
        = addUnit(*db, QStringLiteral("Gamma company"), campaign, QStringLiteral("supporting"));
    const qint64 outsider = addUnit(*db, QStringLiteral("Outsider"), 0);
    LinkRepository links(*db);
    QCOMPARE(links.pendingRequests(campaign).size(), 3);

    QVERIFY(links.recordRequest(campaign, b, 5, QDate(2020, 7, 3)).isEmpty());
    // A second coordinator, whose list still showed no request, is told instead of overwriting.
    const Problems meanwhile
        = links.recordRequest(campaign, b, 8, QDate(2020, 7, 3), LinkRepository::kNoRequest);
    QCOMPARE(meanwhile.size(), 1);
    QVERIFY2(meanwhile.first().message.contains(
                 QStringLiteral("%1 recorded a request for 5").arg(db->userName())),
             qPrintable(meanwhile.first().message));
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral(
        "SELECT links_requested, links_requested_at FROM participations WHERE unit_id = ?"));
    q.addBindValue(b);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 5);
    QCOMPARE(q.value(1).toString(), QStringLiteral("2020-07-03"));
    q.finish();

    const QList<PendingLinkRequest> pending = links.pendingRequests(campaign);
    QCOMPARE(pending.size(), 2);
    QCOMPARE(pending.at(0).unitId, a);
    QCOMPARE(pending.at(1).unitId, c);
    QCOMPARE(pending.at(1).kind, QStringLiteral("supporting"));

    const QString before = TestSupport::snapshot(*db);
    QCOMPARE(links.recordRequest(campaign, outsider, 2).constFirst().field, QStringLiteral("unit"));
    QCOMPARE(links.recordRequest(campaign, a, -1).constFirst().field, QStringLiteral("count"));
    QCOMPARE(TestSupport::snapshot(*db), before);
    // Asking for none is an answer too.
    QVERIFY(links.recordRequest(campaign, a, 0).isEmpty());
    QCOMPARE(links.pendingRequests(campaign).size(), 1);
    QCOMPARE(TestSupport::count(*db, QStringLiteral("audit_log"),
                                QStringLiteral("action = 'links-request'")),
             2);
}

void tst_LinksRepository::listCountsSamplesAndFilters()
{
    auto db = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("list")));
    const qint64 campaign
        = addCampaign(*db, 2024, QStringLiteral("https://survey.example.org/q#top"));
    const qint64 other = addCampaign(*db, 2025, QStringLiteral("https://survey.example.org/r"));
    const qint64 a = addUnit(*db, QStringLiteral("北京网络安全协会"), campaign);
    const qint64 b = addUnit(*db, QStringLiteral("上海信息服务公司"), campaign);
    LinkRepository links(*db);
    QList<Link> la, lb;
    QVERIFY(links.issue(campaign, a, 2, QStringLiteral("官方网站"), &la).isEmpty());
    QVERIFY(links.issue(campaign, b, 1, QStringLiteral("海报"), &lb).isEmpty());
    {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral(
            "INSERT INTO participations (campaign_id, unit_id, kind, created_at, updated_at)"
            " VALUES (?, ?, 'supporting', 'x', 'x')"));
        q.addBindValue(other);
        q.addBindValue(a);
        QVERIFY(q.exec());
    }
    QVERIFY(links.issue(other, a, 1, QString()).isEmpty());
    addTally(*db, la.at(0).id, QStringLiteral("2024-07-17"), 120);
    addTally(*db, la.at(0).id, QStringLiteral("2024-07-18"), 30);
    addTally(*db, lb.at(0).id, QStringLiteral("2024-07-17"), 7);
    QVERIFY(links.revoke(la.at(1).token).isEmpty());

    const QList<Link> all = links.list({campaign, 0, std::nullopt, QString()});
    QCOMPARE(all.size(), 3);
    QHash<QString, Link> byToken;
    for (const Link &l : all)
        byToken.insert(l.token, l);
    QCOMPARE(byToken.value(la.at(0).token).samples, 150);
    QCOMPARE(byToken.value(la.at(1).token).samples, 0);
    QCOMPARE(byToken.value(lb.at(0).token).samples, 7);
    QCOMPARE(byToken.value(lb.at(0).token).url,
             QStringLiteral("https://survey.example.org/q?src=%1#top").arg(lb.at(0).token));
    QCOMPARE(byToken.value(lb.at(0).token).campaignYear, 2024);

    QCOMPARE(links.list({}).size(), 4);
    QCOMPARE(links.list({campaign, a, std::nullopt, QString()}).size(), 2);
    QCOMPARE(links.list({campaign, 0, Link::Status::Revoked, QString()}).size(), 1);
    QCOMPARE(links.list({campaign, 0, Link::Status::Active, QString()}).size(), 2);
    QCOMPARE(links.list({0, 0, std::nullopt, QStringLiteral("信息服务")}).size(), 1);
    QCOMPARE(links.list({0, 0, std::nullopt, QStringLiteral("官方")}).size(), 2);
    QCOMPARE(links.list({0, 0, std::nullopt, lb.at(0).token.left(10).toLower()}).size(), 1);
}

QTEST_GUILESS_MAIN(tst_LinksRepository)
#include "tst_links_repository.moc"
