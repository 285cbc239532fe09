// The letter register on real SQLite files: numbering (unique, sequential, gap-free under two
// concurrent issuers, never reused after a revocation), reissue and revoke, the four answers of
// verify, and the letters CLI.
#include "LetterFixture.h"
#include "TestSupport.h"

#include "db/Database.h"
#include "letters/LetterRepository.h"
#include "letters/VerificationCode.h"
#include "repo/AuditLog.h"
#include "repo/UnitRepository.h"

#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using LetterFixture::addCampaign;
using LetterFixture::addUnit;
using TestSupport::runCli;

class tst_LettersRegister : public QObject
{
    Q_OBJECT
private slots:
    void numbersBySeries();
    void issueIsAllOrNothing();
    void revokeNeverFreesANumber();
    void reissueSupersedes();
    void verifyAnswersAllFourStates();
    void codesAreKeyedPerDatabase();
    void normalizeTypedCodes();
    void concurrentThreadsStayGapFree();
    void concurrentProcessesStayGapFree();
    void cliListIssueRevokeVerify();
};

void tst_LettersRegister::numbersBySeries()
{
    auto db = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("series")));
    const qint64 c = addCampaign(*db, 2024);
    const qint64 first
        = addUnit(*db, c, QStringLiteral("北京青禾网络安全促进会"), QStringLiteral("initiating-1"));
    const qint64 second = addUnit(*db, c, QStringLiteral("北京东城网络社会组织联合会"),
                                  QStringLiteral("initiating-2"), first);
    const qint64 media = addUnit(*db, c, QStringLiteral("北京云帆融媒体中心"),
                                 QStringLiteral("supporting"), first);
    QVERIFY(first && second && media);
    LetterRepository repo(*db);
    QCOMPARE(repo.unitsWithoutLetter(c), (QList<qint64> {first, second, media}));
    QList<Letter> issued;
    QVERIFY(repo.issueMissing(c, &issued).isEmpty());
    QCOMPARE(issued.size(), 3);
    QCOMPARE(issued.at(0).number, QStringLiteral("2024-FQ-0001"));
    QCOMPARE(issued.at(1).number, QStringLiteral("2024-FQ-0002"));
    QCOMPARE(issued.at(2).number, QStringLiteral("2024-ZC-0001"));
    QCOMPARE(issued.at(1).parentName, QStringLiteral("北京青禾网络安全促进会"));
    QCOMPARE(issued.at(2).kind, QStringLiteral("supporting"));
    for (const Letter &l : issued) {
        QCOMPARE(l.verifyCode.size(), VerificationCode::kLength);
        QCOMPARE(l.status, LetterStatus::Issued);
        QCOMPARE(AuditLog::forRecord(*db, QStringLiteral("letters"), l.id).size(), 1);
    }
    QVERIFY(repo.unitsWithoutLetter(c).isEmpty());
    // Nothing left to issue: issuing all again changes nothing.
    QVERIFY(repo.issueMissing(c, &issued).isEmpty());
    QCOMPARE(issued.size(), 0);
    QCOMPARE(TestSupport::count(*db, QStringLiteral("letters")), qint64(3));
}

void tst_LettersRegister::issueIsAllOrNothing()
{
    auto db = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("atomic")));
    const qint64 c = addCampaign(*db, 2024);
    const qint64 a = addUnit(*db, c, QStringLiteral("甲"), QStringLiteral("initiating-1"));
    const qint64 b = addUnit(*db, c, QStringLiteral("乙"), QStringLiteral("initiating-1"));
    LetterRepository repo(*db);
    QVERIFY(repo.issue(c, {a}).isEmpty());
    const QString before = TestSupport::snapshot(*db);
    // b is fine, a already holds a letter, 9999 takes no part: nothing is issued.
    const Problems problems = repo.issue(c, {b, a, 9999});
    QCOMPARE(problems.size(), 2);
    QVERIFY(problems.at(0).message.contains(QStringLiteral("2024-FQ-0001")));
    QCOMPARE(TestSupport::snapshot(*db), before);
    QVERIFY(repo.issue(c, {b}).isEmpty());
    QCOMPARE(repo.current(QStringLiteral("2024-FQ-0002"))->unitId, b);
    // The database itself refuses a second valid letter for one unit.
    QSqlQuery q(db->connection());
    QVERIFY(
        !q.exec(QStringLiteral(
                    "INSERT INTO letters (campaign_id, unit_id, series, seq, number, status,"
                    " verify_code, issued_at) VALUES (%1, %2, 'FQ', 99, '2024-FQ-0099', 'issued',"
                    " 'XXXXXXXXXX', '2024-01-01T00:00:00Z')")
                    .arg(c)
                    .arg(b)));
}

void tst_LettersRegister::revokeNeverFreesANumber()
{
    auto db = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("revoke")));
    const qint64 c = addCampaign(*db, 2024);
    const qint64 a = addUnit(*db, c, QStringLiteral("甲"), QStringLiteral("initiating-1"));
    const qint64 b = addUnit(*db, c, QStringLiteral("乙"), QStringLiteral("initiating-2"), a);
    LetterRepository repo(*db);
    QVERIFY(repo.issue(c, {a, b}).isEmpty());
    QVERIFY(!repo.revoke(QStringLiteral("2024-FQ-0002"), QStringLiteral("  "))
                 .isEmpty()); // reason required
    Letter revoked;
    QVERIFY(repo.revoke(QStringLiteral("2024-FQ-0002"), QStringLiteral("单位退出"), &revoked)
                .isEmpty());
    QCOMPARE(revoked.status, LetterStatus::Revoked);
    QVERIFY(!revoked.revokedAt.isEmpty());
    const Letter stored = *repo.current(QStringLiteral("2024-FQ-0002"));
    QCOMPARE(stored.status, LetterStatus::Revoked);
    QCOMPARE(stored.revokeReason, QStringLiteral("单位退出"));
    const Problems again = repo.revoke(QStringLiteral("2024-FQ-0002"), QStringLiteral("again"));
    QCOMPARE(again.size(), 1);
    // A second coordinator is told who revoked it first.
    QVERIFY2(again.first().message.contains(QStringLiteral("(by %1 at ").arg(db->userName())),
             qPrintable(again.first().message));
    QVERIFY(!repo.reissue(QStringLiteral("2024-FQ-0002")).isEmpty());
    // The unit may get a new letter: a new number, never the revoked one.
    QCOMPARE(repo.unitsWithoutLetter(c), QList<qint64> {b});
    QList<Letter> issued;
    QVERIFY(repo.issue(c, {b}, &issued).isEmpty());
    QCOMPARE(issued.first().number, QStringLiteral("2024-FQ-0003"));
    // Revoking the newest number does not hand it out again either.
    QVERIFY(repo.revoke(QStringLiteral("2024-FQ-0003"), QStringLiteral("错发")).isEmpty());
    QVERIFY(repo.issue(c, {b}, &issued).isEmpty());
    QCOMPARE(issued.first().number, QStringLiteral("2024-FQ-0004"));
    const auto audit = AuditLog::forRecord(*db, QStringLiteral("letters"), stored.id);
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit.last().action, QStringLiteral("revoke"));
    QCOMPARE(audit.last().newValues.value(QStringLiteral("revoke_reason")).toString(),
             QStringLiteral("单位退出"));
}

void tst_LettersRegister::reissueSupersedes()
{
    auto db
        = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("reissue")));
    const qint64 c = addCampaign(*db, 2024);
    const qint64 a = addUnit(*db, c, QStringLiteral("甲"), QStringLiteral("supporting"));
    LetterRepository repo(*db);
    QList<Letter> issued;
    QVERIFY(repo.issue(c, {a}, &issued).isEmpty());
    const Letter v1 = issued.first();
    Letter v2;
    QVERIFY(repo.reissue(v1.number, &v2).isEmpty());
    QCOMPARE(v2.number, v1.number);
    QCOMPARE(v2.version, 2);
    QVERIFY(v2.verifyCode != v1.verifyCode);
    QCOMPARE(repo.byId(v1.id)->status, LetterStatus::Superseded);
    QCOMPARE(repo.current(v1.number)->id, v2.id);
    // Another coordinator, still looking at version 1, reissues or revokes it too: refused, so
    // one letter is not reissued twice nor a fresh version revoked unseen.
    const Problems twice = repo.reissue(v1.number, nullptr, v1.version);
    QCOMPARE(twice.size(), 1);
    QCOMPARE(twice.first().field, QStringLiteral("row_version"));
    QVERIFY2(twice.first().message.contains(QStringLiteral("version 2 by %1").arg(db->userName())),
             qPrintable(twice.first().message));
    QVERIFY(!repo.revoke(v1.number, QStringLiteral("错发"), nullptr, v1.version).isEmpty());
    QCOMPARE(repo.current(v1.number)->id, v2.id);
    QCOMPARE(repo.current(v1.number)->status, LetterStatus::Issued);
    const QList<Letter> all = repo.list(c);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).version, 1);
    QCOMPARE(all.at(1).version, 2);
    QCOMPARE(repo.validLetters(c).size(), 1);
    // The next unit still gets ZC-0002: a reissue takes no new number.
    const qint64 b = addUnit(*db, c, QStringLiteral("乙"), QStringLiteral("supporting"));
    QVERIFY(repo.issue(c, {b}, &issued).isEmpty());
    QCOMPARE(issued.first().number, QStringLiteral("2024-ZC-0002"));
}

void tst_LettersRegister::verifyAnswersAllFourStates()
{
    auto db = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("verify")));
    const qint64 c = addCampaign(*db, 2024);
    const qint64 a = addUnit(*db, c, QStringLiteral("甲单位"), QStringLiteral("initiating-1"));
    const qint64 b = addUnit(*db, c, QStringLiteral("乙单位"), QStringLiteral("initiating-1"));
    LetterRepository repo(*db);
    QList<Letter> issued;
    QVERIFY(repo.issue(c, {a, b}, &issued).isEmpty());
    const Letter la = issued.at(0);
    const Letter lb = issued.at(1);
    Letter la2;
    QVERIFY(repo.reissue(la.number, &la2).isEmpty());
    QVERIFY(repo.revoke(lb.number, QStringLiteral("伪造风险")).isEmpty());

    auto v = repo.verify(la2.verifyCode);
    QCOMPARE(v.state, LetterRepository::VerifyState::Valid);
    QCOMPARE(v.letter->number, la.number);
    QCOMPARE(v.letter->unitName, QStringLiteral("甲单位"));
    // Typed in lower case with a space and the look-alike O for 0 still verifies.
    QString typed = la2.verifyCode.toLower();
    typed.insert(5, QLatin1Char(' '));
    typed.replace(QLatin1Char('0'), QLatin1Char('o'));
    QCOMPARE(repo.verify(typed).state, LetterRepository::VerifyState::Valid);

    v = repo.verify(la.verifyCode);
    QCOMPARE(v.state, LetterRepository::VerifyState::Superseded);
    QCOMPARE(v.letter->version, 1);
    v = repo.verify(lb.verifyCode);
    QCOMPARE(v.state, LetterRepository::VerifyState::Revoked);
    QCOMPARE(v.letter->revokeReason, QStringLiteral("伪造风险"));
    QCOMPARE(repo.verify(QStringLiteral("ZZZZZZZZZZ")).state,
             LetterRepository::VerifyState::Unknown);
    QCOMPARE(repo.verify(QStringLiteral("not a code")).state,
             LetterRepository::VerifyState::Unknown);
    QCOMPARE(repo.verify(QString()).state, LetterRepository::VerifyState::Unknown);

    // A letter that moved with its unit when the unit was merged into another (the units
    // area's merge of a duplicate registration) still verifies, for the kept unit.
    const qint64 kept
        = addUnit(*db, c, QStringLiteral("甲单位（重复登记）"), QStringLiteral("initiating-1"));
    QVERIFY2(UnitRepository(*db).merge(kept, a).isEmpty(), "merge");
    v = repo.verify(la2.verifyCode);
    QCOMPARE(v.state, LetterRepository::VerifyState::Valid);
    QCOMPARE(v.letter->unitId, kept);
    QCOMPARE(v.letter->unitName, QStringLiteral("甲单位（重复登记）"));
    QCOMPARE(repo.verify(la.verifyCode).state, LetterRepository::VerifyState::Superseded);

    // Merging a duplicate that holds a valid letter into a unit that holds one too: the
    // duplicate's letter is revoked (a unit has one valid letter), the kept one stays valid.
    const qint64 twin
        = addUnit(*db, c, QStringLiteral("乙单位（重复登记）"), QStringLiteral("initiating-1"));
    QList<Letter> twinLetters;
    QVERIFY(repo.issue(c, {twin}, &twinLetters).isEmpty());
    QVERIFY(!repo.issue(c, {kept}).isEmpty()); // kept already holds la2
    QVERIFY2(UnitRepository(*db).merge(kept, twin).isEmpty(), "merge of two letter holders");
    QCOMPARE(repo.verify(la2.verifyCode).state, LetterRepository::VerifyState::Valid);
    v = repo.verify(twinLetters.first().verifyCode);
    QCOMPARE(v.state, LetterRepository::VerifyState::Revoked);
    QCOMPARE(v.letter->unitId, kept);
    QVERIFY(v.letter->revokeReason.startsWith(QStringLiteral("单位合并")));

    // A row whose code was written into the register by hand does not pass the keyed check.
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(
        QStringLiteral("UPDATE letters SET verify_code = 'ABCDEFGHJK' WHERE id = %1").arg(la2.id)));
    QCOMPARE(repo.verify(QStringLiteral("ABCDEFGHJK")).state,
             LetterRepository::VerifyState::Unknown);
}

void tst_LettersRegister::codesAreKeyedPerDatabase()
{
    auto one = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("key1")));
    auto two = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("key2")));
    const QByteArray s1 = VerificationCode::ensureSecret(*one);
    const QByteArray s2 = VerificationCode::ensureSecret(*two);
    QCOMPARE(s1.size(), 32);
    QVERIFY(s1 != s2);
    QCOMPARE(VerificationCode::ensureSecret(*one), s1); // created once
    const QString c1 = VerificationCode::compute(s1, 2024, QStringLiteral("2024-FQ-0001"), 7, 1);
    QCOMPARE(c1, VerificationCode::compute(s1, 2024, QStringLiteral("2024-FQ-0001"), 7, 1));
    QVERIFY(c1 != VerificationCode::compute(s2, 2024, QStringLiteral("2024-FQ-0001"), 7, 1));
    QVERIFY(c1 != VerificationCode::compute(s1, 2024, QStringLiteral("2024-FQ-0001"), 8, 1));
    QVERIFY(c1 != VerificationCode::compute(s1, 2024, QStringLiteral("2024-FQ-0001"), 7, 2));
    QVERIFY(c1 != VerificationCode::compute(s1, 2024, QStringLiteral("2024-FQ-0002"), 7, 1));
    QVERIFY(c1 != VerificationCode::compute(s1, 2025, QStringLiteral("2024-FQ-0001"), 7, 1));
    // Crockford base32: RFC 4648's test vector "foobar" is CSQPYRK1E8 in its alphabet.
    QCOMPARE(VerificationCode::base32("foobar", 10), QStringLiteral("CSQPYRK1E8"));
}

void tst_LettersRegister::normalizeTypedCodes()
{
    QCOMPARE(VerificationCode::normalize(QStringLiteral("abcde-fghjk")),
             QStringLiteral("ABCDEFGHJK"));
    QCOMPARE(VerificationCode::normalize(QStringLiteral("O1IL0 23456")),
             QStringLiteral("0111023456"));
    QCOMPARE(VerificationCode::normalize(QStringLiteral("ABCDEFGHJU")), QString()); // U is not used
    QCOMPARE(VerificationCode::normalize(QStringLiteral("ABCDEFGHJ")), QString()); // too short
    QCOMPARE(VerificationCode::normalize(QStringLiteral("ABCDEFGHJ文")), QString());
}

namespace {
// Issues each unit its own letter, one transaction each, on its own connection.
class Issuer : public QThread
{
public:
    Issuer(QString location, qint64 campaign, QList<qint64> units)
        : m_location(std::move(location))
        , m_campaign(campaign)
        , m_units(std::move(units))
    {}
    QStringList failures;

protected:
    void run() override
    {
        Database db;
        if (db.open(m_location).isValid()) {
            failures << QStringLiteral("open");
            return;
        }
        LetterRepository repo(db);
        for (const qint64 unit : std::as_const(m_units)) {
            const Problems p = repo.issue(m_campaign, {unit});
            if (!p.isEmpty())
                failures << formatProblems(p);
        }
    }

private:
    QString m_location;
    qint64 m_campaign;
    QList<qint64> m_units;
};

// Every number of a series 1..n exactly once, and all numbers distinct.
void checkGapFree(Database &db, qint64 campaign, int fq, int zc)
{
    const QList<Letter> letters = LetterRepository(db).list(campaign);
    QCOMPARE(letters.size(), fq + zc);
    QSet<QString> numbers;
    QList<int> fqSeq, zcSeq;
    for (const Letter &l : letters) {
        numbers.insert(l.number);
        (l.series == QLatin1String("FQ") ? fqSeq : zcSeq).append(l.seq);
        QCOMPARE(l.number, LetterRepository::formatNumber(2024, l.series, l.seq));
    }
    QCOMPARE(numbers.size(), fq + zc);
    std::sort(fqSeq.begin(), fqSeq.end());
    std::sort(zcSeq.begin(), zcSeq.end());
    for (int i = 0; i < fqSeq.size(); ++i)
        QCOMPARE(fqSeq.at(i), i + 1);
    for (int i = 0; i < zcSeq.size(); ++i)
        QCOMPARE(zcSeq.at(i), i + 1);
    QCOMPARE(fqSeq.size(), fq);
    QCOMPARE(zcSeq.size(), zc);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT series, last_seq FROM letter_counters ORDER BY series")));
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toInt(), fq);
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toInt(), zc);
}
} // namespace

void tst_LettersRegister::concurrentThreadsStayGapFree()
{
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("threads"));
    auto db = TestSupport::openMigrated(location);
    const qint64 c = addCampaign(*db, 2024);
    QList<qint64> left, right;
    for (int i = 0; i < 40; ++i) {
        const QString kind
            = i % 4 == 3 ? QStringLiteral("supporting") : QStringLiteral("initiating-1");
        (i % 2 ? right : left).append(addUnit(*db, c, QStringLiteral("单位%1").arg(i), kind));
    }
    Issuer one(location, c, left);
    Issuer two(location, c, right);
    one.start();
    two.start();
    QVERIFY(one.wait(120000));
    QVERIFY(two.wait(120000));
    QVERIFY2(one.failures.isEmpty(), qPrintable(one.failures.join(QLatin1Char('\n'))));
    QVERIFY2(two.failures.isEmpty(), qPrintable(two.failures.join(QLatin1Char('\n'))));
    checkGapFree(*db, c, 30, 10);
}

void tst_LettersRegister::concurrentProcessesStayGapFree()
{
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("processes"));
    auto db = TestSupport::openMigrated(location);
    const qint64 c = addCampaign(*db, 2024);
    QStringList left, right;
    for (int i = 0; i < 24; ++i) {
        const QString kind
            = i % 3 == 2 ? QStringLiteral("supporting") : QStringLiteral("initiating-2");
        (i % 2 ? right : left)
            .append(QString::number(addUnit(*db, c, QStringLiteral("单位%1").arg(i), kind)));
    }
    // Two coordinators' programs issuing at the same moment, each unit in its own run.
    QList<QProcess *> processes;
    for (const QStringList &units : {left, right}) {
        auto *p = new QProcess(this);
        QString script;
        for (const QString &u : units)
            script += QStringLiteral("'%1' --db '%2' letters issue --campaign 2024 --unit %3 "
                                     ">/dev/null || echo FAIL %3\n")
                          .arg(QStringLiteral(SECRETARIAT_CLI_PATH), location, u);
        p->start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
        processes.append(p);
    }
    for (QProcess *p : std::as_const(processes)) {
        QVERIFY(p->waitForFinished(240000));
        QCOMPARE(p->exitCode(), 0);
        QCOMPARE(p->readAllStandardOutput(), QByteArray());
    }
    checkGapFree(*db, c, 16, 8);
}

void tst_LettersRegister::cliListIssueRevokeVerify()
{
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("cli"));
    qint64 a = 0, b = 0;
    {
        auto db = TestSupport::openMigrated(location);
        const qint64 c = addCampaign(*db, 2024);
        a = addUnit(*db, c, QStringLiteral("<b>A&B \"C\"</b>, 有限公司"),
                    QStringLiteral("initiating-1"));
        b = addUnit(*db, c, QStringLiteral("乙单位"), QStringLiteral("supporting"), a);
    }
    const QStringList base {QStringLiteral("--db"), location, QStringLiteral("letters")};
    auto r = runCli(base
                    + QStringList {QStringLiteral("issue"), QStringLiteral("--campaign"),
                                   QStringLiteral("2024")});
    QCOMPARE(r.exitCode, 2); // neither --unit nor --all
    r = runCli(base
               + QStringList {QStringLiteral("issue"), QStringLiteral("--campaign"),
                              QStringLiteral("2030"), QStringLiteral("--all")});
    QCOMPARE(r.exitCode, 1);
    r = runCli(base
               + QStringList {QStringLiteral("issue"), QStringLiteral("--campaign"),
                              QStringLiteral("2024"), QStringLiteral("--unit"),
                              QString::number(a)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("2024-FQ-0001")), qPrintable(r.out));
    r = runCli(base
               + QStringList {QStringLiteral("issue"), QStringLiteral("--campaign"),
                              QStringLiteral("2024"), QStringLiteral("--unit"),
                              QString::number(a)});
    QCOMPARE(r.exitCode, 1); // already holds one
    r = runCli(base
               + QStringList {QStringLiteral("issue"), QStringLiteral("--campaign"),
                              QStringLiteral("2024"), QStringLiteral("--all")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("2024-ZC-0001")));

    r = runCli(base
               + QStringList {QStringLiteral("list"), QStringLiteral("--campaign"),
                              QStringLiteral("2024"), QStringLiteral("--format"),
                              QStringLiteral("csv")});
    QCOMPARE(r.exitCode, 0);
    QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("number,unit_id,unit,kind,issued_at,status,verify_code"));
    QVERIFY2(lines.at(1).startsWith(
                 QStringLiteral("2024-FQ-0001,%1,\"<b>A&B \"\"C\"\"</b>, 有限公司\",initiating-1,")
                     .arg(a)),
             qPrintable(lines.at(1)));
    const QString codeA = lines.at(1).section(QLatin1Char(','), -1);
    QVERIFY(lines.at(1).contains(QStringLiteral(",issued,") + codeA));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("2024-ZC-0001,%1,乙单位,supporting,").arg(b)));
    const QString codeB = lines.at(2).section(QLatin1Char(','), -1);

    r = runCli(base + QStringList {QStringLiteral("verify"), codeA});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("valid 2024-FQ-0001")), qPrintable(r.out));
    r = runCli(base + QStringList {QStringLiteral("reissue"), QStringLiteral("2024-FQ-0001")});
    QCOMPARE(r.exitCode, 0);
    r = runCli(base + QStringList {QStringLiteral("verify"), codeA});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.startsWith(QStringLiteral("superseded 2024-FQ-0001")));
    r = runCli(base + QStringList {QStringLiteral("revoke"), QStringLiteral("2024-ZC-0001")});
    QCOMPARE(r.exitCode, 2); // no reason
    r = runCli(base
               + QStringList {QStringLiteral("revoke"), QStringLiteral("2024-ZC-0001"),
                              QStringLiteral("--reason"), QStringLiteral("单位退出")});
    QCOMPARE(r.exitCode, 0);
    r = runCli(base + QStringList {QStringLiteral("verify"), codeB});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.startsWith(QStringLiteral("revoked 2024-ZC-0001")));
    QVERIFY(r.out.contains(QStringLiteral("单位退出")));
    r = runCli(base + QStringList {QStringLiteral("verify"), QStringLiteral("0000000000")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out.trimmed(), QStringLiteral("unknown"));
    r = runCli(base
               + QStringList {QStringLiteral("revoke"), QStringLiteral("2024-FQ-0099"),
                              QStringLiteral("--reason"), QStringLiteral("x")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("number: ")));

    r = runCli(
        base
        + QStringList {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
    lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(1).contains(QStringLiteral(",superseded,")));
    QVERIFY(lines.at(2).contains(QStringLiteral(",issued,")));
    QVERIFY(lines.at(3).contains(QStringLiteral(",revoked,")));
}

QTEST_GUILESS_MAIN(tst_LettersRegister)
#include "tst_letters_register.moc"
