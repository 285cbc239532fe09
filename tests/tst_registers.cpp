// The registers across units (issue #15) on a real database, against a hand-counted fixture:
// the gift register (entries, totals per gift over spellings, local-only part, other years left
// out) and the expert pool (one person recommended by two units and two years with differently
// spelled phones shown once with every source; same name without a phone or with another phone
// kept apart), with search, field filter and the CLI's csv.
#include "TestSupport.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "domain/NameKey.h"
#include "registers/ExpertPool.h"
#include "registers/GiftRegister.h"
#include "repo/CampaignRepository.h"
#include "repo/UnitRepository.h"

#include <QSqlQuery>
#include <QTest>

using TestSupport::runCli;

namespace {

struct Fixture
{
    std::unique_ptr<Database> db;
    QString location;
    qint64 y2023 = 0, y2024 = 0;
    qint64 guangdong = 0, shenzhen = 0, beijing = 0;
};

qint64 addCampaign(Database &db, int year)
{
    Campaign c;
    c.year = year;
    c.title = QStringLiteral("%1网民网络安全感满意度调查活动").arg(year);
    c.startDate = QDate(year, 7, 17);
    c.endDate = QDate(year, 7, 26);
    const Problems p = CampaignRepository(db).add(c);
    if (!p.isEmpty())
        qWarning("addCampaign: %s", qPrintable(formatProblems(p)));
    return c.id;
}

qint64 save(Database &db, qint64 unitId, qint64 campaignId, const QString &name,
            const QString &province, UnitKind kind, const QList<GiftGood> &gifts,
            const QList<Expert> &experts)
{
    UnitRecord r;
    if (unitId)
        r = *UnitRepository(db).load(unitId, campaignId);
    r.unit.name = name;
    r.unit.province = province;
    r.participation.campaignId = campaignId;
    r.participation.kind = kind;
    r.form.giftGoods = gifts;
    r.form.experts = experts;
    const Problems p = UnitRepository(db).save(r);
    if (!p.isEmpty())
        qWarning("save: %s", qPrintable(formatProblems(p)));
    return r.unit.id;
}

Expert expert(ExpertField field, const QString &name, const QString &phone,
              const QString &specialty)
{
    return Expert {field, name, QString(), phone, specialty};
}

// Hand-counted: see the expected figures in each test.
Fixture makeFixture(const QString &name)
{
    Fixture f;
    f.location = TestSupport::newDatabaseLocation(name);
    f.db = TestSupport::openMigrated(f.location);
    Database &db = *f.db;
    f.y2023 = addCampaign(db, 2023);
    f.y2024 = addCampaign(db, 2024);
    f.guangdong = save(db, 0, f.y2024, QStringLiteral("广东省网络安全促进会"), QStringLiteral("44"),
                       UnitKind::InitiatingFirst,
                       {{QStringLiteral("网络安全主题帆布袋"), 100, true},
                        {QStringLiteral("保温杯"), 50, false}},
                       {expert(ExpertField::Data, QStringLiteral("王芳"),
                               QStringLiteral("13800138000"), QStringLiteral("统计分析")),
                        expert(ExpertField::Publicity, QStringLiteral("张伟"), QString(),
                               QStringLiteral("网络安全宣传"))});
    f.shenzhen = save(db, 0, f.y2024, QStringLiteral("深圳市网络与信息安全行业协会"),
                      QStringLiteral("44"), UnitKind::Supporting,
                      {{QStringLiteral("网络安全主题 帆布袋"), 30, false},
                       {QStringLiteral("移动电源"), 20, true}},
                      {expert(ExpertField::Questionnaire, QStringLiteral("王芳"),
                              QStringLiteral("13900139000"), QStringLiteral("问卷设计"))});
    f.beijing = save(db, 0, f.y2024, QStringLiteral("北京网络空间安全协会"), QStringLiteral("11"),
                     UnitKind::InitiatingFirst, {{QStringLiteral("保溫杯"), 25, false}},
                     {expert(ExpertField::Report, QStringLiteral("张伟"), QString(),
                             QStringLiteral("报告撰写"))});
    // Last year: Guangdong offered a calendar (not this year's shop) and recommended 王芳 too.
    save(db, f.guangdong, f.y2023, QStringLiteral("广东省网络安全促进会"), QStringLiteral("44"),
         UnitKind::InitiatingFirst, {{QStringLiteral("防诈骗宣传台历"), 10, false}},
         {expert(ExpertField::Data, QStringLiteral("王 芳"), QStringLiteral("138-0013-8000"),
                 QStringLiteral("抽样调查"))});
    // Shenzhen's form as an older program stored it, the phone as typed: "+86 138 0013 8000".
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO experts (unit_id, campaign_id, field, name, phone,"
                             " specialty, row_order) VALUES (?, ?, 'questionnaire', '王芳',"
                             " '+86 138 0013 8000', '抽样调查', 5)"));
    q.addBindValue(f.shenzhen);
    q.addBindValue(f.y2024);
    if (!q.exec())
        qWarning("insert expert: %s", qPrintable(q.lastError().text()));
    return f;
}

const GiftTotal *totalOf(const QList<GiftTotal> &totals, const QString &name)
{
    for (const GiftTotal &t : totals) {
        if (NameKey::of(t.name) == NameKey::of(name))
            return &t;
    }
    return nullptr;
}

} // namespace

class tst_Registers : public QObject
{
    Q_OBJECT
private slots:
    void giftEntriesAndTotals();
    void giftSearch();
    void expertPoolMergesOnePerson();
    void expertSearchAndField();
    void cliGiftsAndExperts();
};

void tst_Registers::giftEntriesAndTotals()
{
    Fixture f = makeFixture(QStringLiteral("gifts"));
    const QList<GiftEntry> entries = GiftRegister(*f.db).entries(f.y2024);
    QCOMPARE(entries.size(), 5); // 2 + 2 + 1; last year's calendar is not in 2024's shop
    qint64 sum = 0;
    for (const GiftEntry &e : entries)
        sum += e.quantity;
    QCOMPARE(sum, 225);
    const QList<GiftTotal> totals = GiftRegister::totals(entries);
    QCOMPARE(totals.size(), 3);
    const GiftTotal *bag = totalOf(totals, QStringLiteral("网络安全主题帆布袋"));
    QVERIFY(bag);
    QCOMPARE(bag->quantity, 130);
    QCOMPARE(bag->localOnlyQuantity, 100);
    QCOMPARE(bag->units, 2);
    const GiftTotal *cup = totalOf(totals, QStringLiteral("保温杯")); // 保溫杯 is the same cup
    QVERIFY(cup);
    QCOMPARE(cup->quantity, 75);
    QCOMPARE(cup->localOnlyQuantity, 0);
    QCOMPARE(cup->units, 2);
    const GiftTotal *power = totalOf(totals, QStringLiteral("移动电源"));
    QVERIFY(power);
    QCOMPARE(power->quantity, 20);
    QCOMPARE(power->localOnlyQuantity, 20);
    QCOMPARE(power->units, 1);

    const QList<GiftEntry> last = GiftRegister(*f.db).entries(f.y2023);
    QCOMPARE(last.size(), 1);
    QCOMPARE(last.first().name, QStringLiteral("防诈骗宣传台历"));
    QCOMPARE(last.first().province, QStringLiteral("44"));
}

void tst_Registers::giftSearch()
{
    Fixture f = makeFixture(QStringLiteral("giftsearch"));
    GiftRegister reg(*f.db);
    QCOMPARE(reg.entries(f.y2024, QStringLiteral("深圳")).size(), 2); // by unit
    QCOMPARE(reg.entries(f.y2024, QStringLiteral("保溫")).size(), 2); // traditional finds both
    QCOMPARE(reg.entries(f.y2024, QStringLiteral("帆布袋")).size(), 2);
    QCOMPARE(reg.entries(f.y2024, QStringLiteral("无此礼品")).size(), 0);
}

void tst_Registers::expertPoolMergesOnePerson()
{
    Fixture f = makeFixture(QStringLiteral("experts"));
    const QList<PooledExpert> pool = ExpertPool(*f.db).list();
    // 王芳 13800138000 (three recommendations), 王芳 13900139000, 张伟 twice without a phone.
    QCOMPARE(pool.size(), 4);
    const PooledExpert *wang = nullptr;
    int zhang = 0;
    for (const PooledExpert &e : pool) {
        if (e.phone == QStringLiteral("13800138000"))
            wang = &e;
        if (e.name == QStringLiteral("张伟")) {
            ++zhang;
            QCOMPARE(e.sources.size(), 1);
        }
    }
    QCOMPARE(zhang, 2);
    QVERIFY(wang);
    QCOMPARE(wang->name, QStringLiteral("王芳"));
    QCOMPARE(wang->sources.size(), 3);
    QCOMPARE(wang->fields, (QList<ExpertField> {ExpertField::Questionnaire, ExpertField::Data}));
    QCOMPARE(wang->specialties,
             (QStringList {QStringLiteral("统计分析"), QStringLiteral("抽样调查")}));
    // Newest year first; both units of 2024, then 2023's.
    QCOMPARE(wang->sources.at(0).year, 2024);
    QCOMPARE(wang->sources.at(1).year, 2024);
    QCOMPARE(wang->sources.at(2).year, 2023);
    QSet<qint64> units;
    for (const ExpertSource &s : wang->sources)
        units.insert(s.unitId);
    QCOMPARE(units, (QSet<qint64> {f.guangdong, f.shenzhen}));
    QStringList written;
    for (const ExpertSource &s : wang->sources)
        written << s.phoneAsWritten;
    QVERIFY2(written.contains(QStringLiteral("+86 138 0013 8000")), qPrintable(written.join(',')));
}

void tst_Registers::expertSearchAndField()
{
    Fixture f = makeFixture(QStringLiteral("expertsearch"));
    ExpertPool pool(*f.db);
    QCOMPARE(pool.list({}, ExpertField::Data).size(), 1);
    QCOMPARE(pool.list({}, ExpertField::Questionnaire).size(), 2); // both 王芳
    QCOMPARE(pool.list({}, ExpertField::Other).size(), 0);
    QCOMPARE(pool.list(QStringLiteral("深圳")).size(), 2); // by recommending unit
    QCOMPARE(pool.list(QStringLiteral("13900139000")).size(), 1);
    QCOMPARE(pool.list(QStringLiteral("报告")).size(), 1); // by specialty
    QCOMPARE(pool.list(QStringLiteral("张伟"), ExpertField::Publicity).size(), 1);
}

void tst_Registers::cliGiftsAndExperts()
{
    Fixture f = makeFixture(QStringLiteral("cli"));
    f.db.reset();
    auto r = runCli({QStringLiteral("--db"), f.location, QStringLiteral("gifts"),
                     QStringLiteral("list"), QStringLiteral("--campaign"), QStringLiteral("2024"),
                     QStringLiteral("--totals"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)
                            .join(QLatin1Char('\n'))
                            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("gift,quantity,local_only_quantity,units"));
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.contains(QStringLiteral("保温杯,75,0,2")));
    QVERIFY(lines.contains(QStringLiteral("移动电源,20,20,1")));
    QVERIFY(lines.contains(QStringLiteral("网络安全主题帆布袋,130,100,2")));

    r = runCli({QStringLiteral("--db"), f.location, QStringLiteral("gifts"), QStringLiteral("list"),
                QStringLiteral("--campaign"), QStringLiteral("2024"), QStringLiteral("--format"),
                QStringLiteral("csv")});
    lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines.first(), QStringLiteral("gift,unit_id,unit,kind,region,quantity,local_only"));
    QVERIFY(r.out.contains(QStringLiteral("移动电源,%1,深圳市网络与信息安全行业协会,supporting,"
                                          "广东省,20,1")
                               .arg(f.shenzhen)));

    r = runCli({QStringLiteral("--db"), f.location, QStringLiteral("experts"),
                QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.first(), QStringLiteral("name,phone,fields,specialties,sources"));
    QVERIFY2(r.out.contains(QStringLiteral("王芳,13800138000,questionnaire data,统计分析; 抽样调查,"
                                           "2024 ")),
             qPrintable(r.out));
    QCOMPARE(r.out.count(QStringLiteral("13800138000")), 1);

    r = runCli({QStringLiteral("--db"), f.location, QStringLiteral("experts"),
                QStringLiteral("list"), QStringLiteral("--field"), QStringLiteral("report")});
    QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1);
    QVERIFY(r.out.contains(QStringLiteral("张伟")));
    QCOMPARE(runCli({QStringLiteral("--db"), f.location, QStringLiteral("experts"),
                     QStringLiteral("list"), QStringLiteral("--field"), QStringLiteral("cooking")})
                 .exitCode,
             2);
    QCOMPARE(runCli({QStringLiteral("--db"), f.location, QStringLiteral("gifts")}).exitCode, 2);
}

QTEST_MAIN(tst_Registers)
#include "tst_registers.moc"
