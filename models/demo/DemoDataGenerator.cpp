#include "demo/DemoDataGenerator.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/SqlValue.h"
#include "db/Transaction.h"
#include "domain/NameKey.h"
#include "domain/Regions.h"
#include "domain/UnitKind.h"
#include "imports/ImportHistory.h"
#include "letters/LetterRepository.h"
#include "links/TokenGenerator.h"
#include "progress/GradingRepository.h"
#include "repo/CampaignRepository.h"
#include "db/SqlPrepare.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace {

// Campaigns without a questionnaire get one ("main", on their base URL, parameter src, set up
// with the campaign), and links without one belong to their campaign's first.
QSqlError giveQuestionnaires(Database &db)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO questionnaires (campaign_id, name, platform, base_url,"
                             " link_parameter, created_at, updated_at)"
                             " SELECT c.id, 'main', 'other', c.base_url, 'src', c.created_at,"
                             " c.created_at FROM campaigns c"
                             " WHERE NOT EXISTS (SELECT 1 FROM questionnaires x"
                             " WHERE x.campaign_id = c.id)"));
    if (!execPrepared(q))
        return q.lastError();
    if (!q.exec(QStringLiteral("UPDATE links SET questionnaire_id = (SELECT MIN(x.id) FROM"
                               " questionnaires x WHERE x.campaign_id = links.campaign_id)"
                               " WHERE questionnaire_id IS NULL")))
        return q.lastError();
    return {};
}

// Invented words only: no real organization, person, phone or address.
const QStringList kBrandWords = {
    QStringLiteral("青禾"), QStringLiteral("启明"), QStringLiteral("云帆"), QStringLiteral("星河"),
    QStringLiteral("蓝盾"), QStringLiteral("晨曦"), QStringLiteral("朗月"), QStringLiteral("松涛"),
    QStringLiteral("远航"), QStringLiteral("磐石"), QStringLiteral("知行"), QStringLiteral("鸿雁"),
    QStringLiteral("清源"), QStringLiteral("致远"), QStringLiteral("恒信"), QStringLiteral("锦程")};
const QStringList kSurnames
    = {QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"),
       QStringLiteral("陈"), QStringLiteral("杨"), QStringLiteral("赵"), QStringLiteral("黄"),
       QStringLiteral("周"), QStringLiteral("吴"), QStringLiteral("徐"), QStringLiteral("孙")};
const QStringList kGivenNames = {
    QStringLiteral("晓明"), QStringLiteral("海燕"), QStringLiteral("建国"), QStringLiteral("丽华"),
    QStringLiteral("志强"), QStringLiteral("秀英"), QStringLiteral("文博"), QStringLiteral("思远"),
    QStringLiteral("雨桐"), QStringLiteral("子涵"), QStringLiteral("嘉怡"), QStringLiteral("浩然")};
const QStringList kPositions
    = {QStringLiteral("秘书长"),   QStringLiteral("副秘书长"), QStringLiteral("办公室主任"),
       QStringLiteral("项目经理"), QStringLiteral("市场总监"), QStringLiteral("编辑部主任")};

struct DemoUnit
{
    qint64 id = 0;
    QString name;
    UnitKind kind;
    UnitSort sort;
    QString province;
    qint64 parentId = 0;
    qint64 target = 0;
    double performance = 1.0; // share of the target the unit will reach
    int links = 1;
    QDateTime registered; // its information form arrived (UTC)
    QDateTime linksRequested; // it said how many links it needs
    QDateTime linksMade; // its links were made
};

// When things happen in a demo campaign, inside the dates the committee sets (DOMAIN.md: forms
// by form_due, link numbers by link_request_due, gift lists by gift_list_due, the 10-day window
// start..end), on China Standard Time days during office hours: so no demo record bears the day
// the demo was made. Drawn from its own generator, so the units, targets and tallies stay those
// of the seed.
class DemoCalendar
{
public:
    DemoCalendar(const Campaign &campaign, quint32 seed)
        : m_campaign(campaign)
        , m_rng(seed ^ 0x5eedda7eU)
    {}

    // Set up seven weeks before the window opens.
    QDateTime campaignCreated() const { return at(m_campaign.startDate.addDays(-52), 9, 30); }
    // A unit's form: from a month before the registration deadline up to it.
    QDateTime registration()
    {
        return at(day(m_campaign.formDue.addDays(-30), m_campaign.formDue));
    }
    // The number of links a unit needs: after its registration, by the due date.
    QDateTime linkRequest(const QDateTime &registered)
    {
        return later(registered, day(chinaDay(registered), m_campaign.linkRequestDue));
    }
    // The links themselves: the days after the request, up to three days before the window.
    QDateTime linksMade(const QDateTime &requested)
    {
        return at(day(chinaDay(requested).addDays(1), m_campaign.startDate.addDays(-3)));
    }
    // Every unit's letter, in one batch once registration and link requests are closed: five
    // days before the window opens, 10:00.
    QDateTime lettersIssued() const { return at(m_campaign.startDate.addDays(-5), 10, 0); }
    // A checklist tick for something done on or after `after`, before the window opens.
    QDateTime tickAfter(const QDate &after)
    {
        return at(day(after, qMax(after, m_campaign.startDate.addDays(-1))));
    }
    QDate registrationDue() const { return m_campaign.formDue; }
    QDate giftListDue() const { return m_campaign.giftListDue; }

    static QString text(const QDateTime &utc) { return utc.toString(Qt::ISODate); }
    static QDate chinaDay(const QDateTime &utc) { return utc.toOffsetFromUtc(8 * 3600).date(); }

private:
    QDate day(const QDate &from, const QDate &to)
    {
        return from.addDays(m_rng.bounded(qint64(0), qMax<qint64>(0, from.daysTo(to)) + 1));
    }
    // hour:minute of a China Standard Time day, as UTC; without a time, a draw from 9:00-17:59.
    QDateTime at(const QDate &day)
    {
        return at(day, 9 + int(m_rng.bounded(9)), int(m_rng.bounded(60)));
    }
    static QDateTime at(const QDate &day, int hour, int minute)
    {
        return QDateTime(day, QTime(hour, minute), QTimeZone(8 * 3600)).toUTC();
    }
    // A time on day, never before earliest (the same day: an hour after it).
    QDateTime later(const QDateTime &earliest, const QDate &day)
    {
        const QDateTime t = at(day);
        return t > earliest ? t : earliest.addSecs(3600);
    }

    Campaign m_campaign;
    QRandomGenerator m_rng;
};

class Builder
{
public:
    Builder(Database &db, quint32 seed)
        : m_db(db)
        , m_rng(seed)
        , m_q(db.connection())
    {}

    QString person() { return pick(kSurnames) + pick(kGivenNames); }
    QString phone()
    {
        // 13x and 18x: every number of those is a valid mobile to libphonenumber (14x-17x and
        // 19x have unassigned blocks), so no demo unit shows a phone error in the form.
        static constexpr int kSecondDigit[] = {3, 8, 3, 8, 3, 8, 3};
        return QStringLiteral("1%1%2")
            .arg(kSecondDigit[m_rng.bounded(7)])
            .arg(m_rng.bounded(100000000, 999999999));
    }
    QString pick(const QStringList &list) { return list.at(int(m_rng.bounded(list.size()))); }
    // n different entries of list (n <= list.size()), in random order.
    QStringList pickDistinct(QStringList list, int n)
    {
        for (int i = 0; i < n; ++i)
            list.swapItemsAt(i, i + int(m_rng.bounded(list.size() - i)));
        return list.mid(0, n);
    }
    int between(int lo, int hi) { return lo + int(m_rng.bounded(hi - lo + 1)); }
    double real(double lo, double hi) { return lo + m_rng.generateDouble() * (hi - lo); }

    // Registers u (on u.registered).
    bool insertUnit(DemoUnit &u, const QString &city)
    {
        const QString contact = person();
        const QString at = DemoCalendar::text(u.registered);
        m_q.prepare(QStringLiteral("INSERT INTO units (name, name_key, sort, province, city, "
                                   "contact, phone, email, position,"
                                   " created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, "
                                   "?, ?, ?, ?, ?, ?) RETURNING id"));
        m_q.addBindValue(u.name);
        m_q.addBindValue(NameKey::of(u.name));
        m_q.addBindValue(DomainNames::code(u.sort));
        m_q.addBindValue(u.province);
        m_q.addBindValue(SqlValue::text(city));
        m_q.addBindValue(contact);
        m_q.addBindValue(phone());
        m_q.addBindValue(QStringLiteral("unit%1@example.org").arg(++m_emailCounter));
        m_q.addBindValue(pick(kPositions));
        m_q.addBindValue(at);
        m_q.addBindValue(at);
        m_q.addBindValue(QStringLiteral("demo"));
        if (!execPrepared(m_q) || !m_q.next())
            return false;
        u.id = m_q.value(0).toLongLong();
        m_q.finish();
        return true;
    }

    bool insertParticipation(const DemoUnit &u, qint64 campaignId)
    {
        m_q.prepare(QStringLiteral(
            "INSERT INTO participations (campaign_id, unit_id, kind, parent_unit_id, sample_target,"
            " links_requested, links_requested_at, created_at, updated_at, updated_by)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        m_q.addBindValue(campaignId);
        m_q.addBindValue(u.id);
        m_q.addBindValue(DomainNames::code(u.kind));
        m_q.addBindValue(SqlValue::id(u.parentId));
        m_q.addBindValue(u.target);
        m_q.addBindValue(u.links);
        m_q.addBindValue(DemoCalendar::text(u.linksRequested));
        m_q.addBindValue(DemoCalendar::text(u.registered));
        m_q.addBindValue(DemoCalendar::text(u.linksRequested));
        m_q.addBindValue(QStringLiteral("demo"));
        return execPrepared(m_q);
    }

    // A link of u (made on u.linksMade); its id, 0 on failure.
    qint64 insertLink(const DemoUnit &u, qint64 campaignId, const QString &label)
    {
        m_q.prepare(
            QStringLiteral("INSERT INTO links (campaign_id, unit_id, token, label, created_at,"
                           " created_by) VALUES (?, ?, ?, ?, ?, 'demo') RETURNING id"));
        m_q.addBindValue(campaignId);
        m_q.addBindValue(u.id);
        m_q.addBindValue(TokenGenerator::generate());
        m_q.addBindValue(label);
        m_q.addBindValue(DemoCalendar::text(u.linksMade));
        if (!execPrepared(m_q) || !m_q.next())
            return 0;
        const qint64 linkId = m_q.value(0).toLongLong();
        m_q.finish();
        return linkId;
    }

    bool insertTally(qint64 linkId, const QDate &day, qint64 valid)
    {
        m_q.prepare(QStringLiteral("INSERT INTO daily_tallies (link_id, day, valid_samples,"
                                   " invalid_samples, suggestions) VALUES (?, ?, ?, ?, ?)"));
        m_q.addBindValue(linkId);
        m_q.addBindValue(Clock::dateText(day));
        m_q.addBindValue(valid);
        m_q.addBindValue(valid / 12);
        m_q.addBindValue(valid / 9);
        return execPrepared(m_q);
    }

    // The hand-ticked checklist items most units have done before the window opens, each after
    // what it needs (a form by the registration deadline, a gift list by its due date, links
    // sent once made, a letter printed once issued and sent once printed); the rest are what
    // the checklist page shows missing.
    bool insertTicks(const QList<DemoUnit> &units, qint64 campaignId, DemoCalendar &calendar)
    {
        const QList<QPair<const char *, int>> items
            = {{"form-received", 85}, {"gift-list-received", 70}, {"target-agreed", 75},
               {"links-sent", 80},    {"letter-printed", 70},     {"letter-sent", 60}};
        m_q.prepare(QStringLiteral("INSERT INTO checklist_ticks (campaign_id, unit_id, item,"
                                   " ticked_at, ticked_by, source) VALUES (?, ?, ?, ?, 'demo',"
                                   " 'manual')"));
        const QDate letters = DemoCalendar::chinaDay(calendar.lettersIssued());
        for (const DemoUnit &u : units) {
            QDate printed;
            for (const auto &[code, percent] : items) {
                const QLatin1String item(code);
                if (int(m_rng.bounded(100)) >= percent
                    || (item == QLatin1String("gift-list-received") && u.sort != UnitSort::Company)
                    || (item == QLatin1String("letter-sent") && !printed.isValid()))
                    continue;
                const QDate registered = DemoCalendar::chinaDay(u.registered);
                const QDate after = item == QLatin1String("links-sent")
                    ? DemoCalendar::chinaDay(u.linksMade)
                    : item == QLatin1String("letter-printed") ? letters
                    : item == QLatin1String("letter-sent")    ? printed
                                                              : registered;
                const QDateTime at = calendar.tickAfter(after);
                if (item == QLatin1String("letter-printed"))
                    printed = DemoCalendar::chinaDay(at);
                m_q.addBindValue(campaignId);
                m_q.addBindValue(u.id);
                m_q.addBindValue(QString(item));
                m_q.addBindValue(DemoCalendar::text(at));
                if (!execPrepared(m_q))
                    return false;
            }
        }
        return true;
    }

    Database &m_db;
    QRandomGenerator m_rng;
    QSqlQuery m_q;
    int m_emailCounter = 0;
};

Problems failed(const QSqlQuery &q)
{
    return {{{}, 0, QString(), Dialect::describeError(q.lastError())}};
}

Problems failed(const QSqlError &e)
{
    return {{{}, 0, QString(), Dialect::describeError(e)}};
}

// The committee's campaign of a year, as the notices set it (DOMAIN.md): a 10-day window from
// 07-17, forms by 07-05, link numbers by 07-10, gift lists by 07-15.
Campaign demoCampaign(int year)
{
    Campaign campaign;
    campaign.year = year;
    campaign.title = QStringLiteral("%1网民网络安全感满意度调查活动").arg(year);
    campaign.startDate = QDate(year, 7, 17);
    campaign.endDate = QDate(year, 7, 26);
    campaign.baseUrl = QStringLiteral("https://survey.example.org/%1/q").arg(year);
    campaign.linkRequestDue = QDate(year, 7, 10);
    campaign.giftListDue = QDate(year, 7, 15);
    campaign.formDue = QDate(year, 7, 5);
    return campaign;
}

// One demo campaign written step by step inside the caller's transaction; each step returns
// its problems (a database error), empty when done.
class DemoRun
{
public:
    DemoRun(Database &db, quint32 seed, const Campaign &campaign)
        : m_db(db)
        , m_seed(seed)
        , m_b(db, seed)
        , m_q(m_b.m_q)
        , m_campaign(campaign)
        , m_calendar(campaign, seed)
    {}

    Problems insertCampaign();
    Problems registerUnits();
    Problems addLinksAndTallies();
    Problems addImportHistory();
    Problems addGrading();
    Problems addPreviousYear(int *previousUnits);
    Problems finish();
    // After the commit: every unit's letter, dated inside the calendar (its own transaction).
    Problems issueLetters();

    int units() const { return int(m_units.size()); }
    int links() const { return m_linkCount; }
    qint64 validSamples() const { return m_validTotal; }

private:
    qint64 insertCampaignRow(const Campaign &c);
    Problems registerRegion(int r, const Region &region);
    Problems registerSupporting(int r, const Region &region, const DemoUnit &first);
    Problems addGiftAndExpert(int r, const DemoUnit &first);
    Problems addLinks(const DemoUnit &u);
    Problems addPreviousParticipation(DemoUnit u, qint64 prevId, DemoCalendar &calendar);
    DemoUnit newUnit(UnitKind kind, UnitSort sort, const QString &province, qint64 parentId);
    // Draws u's target (thousands, from thousands.first to .second) and the share of it the unit
    // will reach, gives it links, registers and keeps it; false on a database error.
    bool registerUnit(DemoUnit &u, const QString &city, std::pair<int, int> thousands,
                      std::pair<double, double> performance, int links);

    Database &m_db;
    quint32 m_seed;
    Builder m_b;
    QSqlQuery &m_q;
    Campaign m_campaign;
    DemoCalendar m_calendar;
    qint64 m_campaignId = 0;
    QList<DemoUnit> m_units;
    // The first two regions recommend the same expert (same name and phone), so the expert pool
    // shows one person with two sources.
    QString m_sharedExpert, m_sharedPhone;
    int m_linkCount = 0;
    qint64 m_validTotal = 0;
    QList<qint64> m_rowsPerDay; // for the import history
};

qint64 DemoRun::insertCampaignRow(const Campaign &c)
{
    const QString created = DemoCalendar::text(DemoCalendar(c, m_seed).campaignCreated());
    m_q.prepare(QStringLiteral("INSERT INTO campaigns (year, title, start_date, end_date, base_url,"
                               " link_request_due, gift_list_due, form_due, created_at, updated_at)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    m_q.addBindValue(c.year);
    m_q.addBindValue(c.title);
    m_q.addBindValue(Clock::dateText(c.startDate));
    m_q.addBindValue(Clock::dateText(c.endDate));
    m_q.addBindValue(c.baseUrl);
    m_q.addBindValue(SqlValue::date(c.linkRequestDue));
    m_q.addBindValue(SqlValue::date(c.giftListDue));
    m_q.addBindValue(SqlValue::date(c.formDue));
    m_q.addBindValue(created);
    m_q.addBindValue(created);
    if (!execPrepared(m_q) || !m_q.next())
        return 0;
    const qint64 id = m_q.value(0).toLongLong();
    m_q.finish();
    return id;
}

Problems DemoRun::insertCampaign()
{
    m_campaignId = insertCampaignRow(m_campaign);
    m_rowsPerDay = QList<qint64>(m_campaign.days(), 0);
    return m_campaignId ? Problems() : failed(m_q);
}

DemoUnit DemoRun::newUnit(UnitKind kind, UnitSort sort, const QString &province, qint64 parentId)
{
    DemoUnit u;
    u.kind = kind;
    u.sort = sort;
    u.province = province;
    u.parentId = parentId;
    u.registered = m_calendar.registration();
    u.linksRequested = m_calendar.linkRequest(u.registered);
    u.linksMade = m_calendar.linksMade(u.linksRequested);
    return u;
}

bool DemoRun::registerUnit(DemoUnit &u, const QString &city, std::pair<int, int> thousands,
                           std::pair<double, double> performance, int links)
{
    u.target = m_b.between(thousands.first, thousands.second) * 1000;
    u.performance = m_b.real(performance.first, performance.second);
    u.links = links;
    if (!m_b.insertUnit(u, city))
        return false;
    m_units.append(u);
    return true;
}

Problems DemoRun::registerUnits()
{
    const QList<Region> &regions = Regions::all();
    for (int r = 0; r < regions.size(); ++r) {
        if (Problems p = registerRegion(r, regions.at(r)); !p.isEmpty())
            return p;
    }
    return {};
}

// A region's first-level unit, its one or two second-level units and its supporting units.
Problems DemoRun::registerRegion(int r, const Region &region)
{
    const QString city = region.shortName + QStringLiteral("市");
    DemoUnit first = newUnit(UnitKind::InitiatingFirst, UnitSort::Association, region.code, 0);
    first.name = QStringLiteral("%1%2网络安全促进会").arg(region.shortName, m_b.pick(kBrandWords));
    if (!registerUnit(first, QString(), {20, 80}, {0.45, 1.35}, 3))
        return failed(m_q);

    const int seconds = r < 20 ? 2 : 1;
    for (int s = 0; s < seconds; ++s) {
        DemoUnit second
            = newUnit(UnitKind::InitiatingSecond, s == 0 ? UnitSort::Association : UnitSort::School,
                      region.code, first.id);
        second.name
            = QStringLiteral("%1%2%3网络社会组织联合会")
                  .arg(region.shortName, s == 0 ? QStringLiteral("东城") : QStringLiteral("西城"),
                       m_b.pick(kBrandWords));
        if (!registerUnit(second, city, {3, 15}, {0.4, 1.4}, 2))
            return failed(m_q);
    }
    if (Problems p = registerSupporting(r, region, first); !p.isEmpty())
        return p;
    return addGiftAndExpert(r, first);
}

// Two media and two or three companies, each named by the first-level unit's form as a core
// partner.
Problems DemoRun::registerSupporting(int r, const Region &region, const DemoUnit &first)
{
    const QString city = region.shortName + QStringLiteral("市");
    const int companies = 2 + (r % 2);
    // Each supporter of a region its own word, so no two share a name and none needs a number
    // inside it ("安徽1知行融媒体中心" is no name an office would have).
    const QStringList words = m_b.pickDistinct(kBrandWords, 2 + companies);
    for (int m = 0; m < 2 + companies; ++m) {
        const bool media = m < 2;
        DemoUnit support
            = newUnit(UnitKind::Supporting, media ? UnitSort::Media : UnitSort::Company,
                      region.code, first.id);
        support.name = media
            ? QStringLiteral("%1%2融媒体中心").arg(region.shortName, words.at(m))
            : QStringLiteral("%1%2信息技术有限公司").arg(region.shortName, words.at(m));
        if (!registerUnit(support, city, {1, 8}, {0.3, 1.5}, 1))
            return failed(m_q);

        m_q.prepare(QStringLiteral("INSERT INTO recommended_units (unit_id, campaign_id, role, "
                                   "name, contact, phone, position,"
                                   " sort, core, registered_unit_id, row_order) VALUES (?, ?, "
                                   "'supporting', ?, ?, ?, ?, ?, 1, ?, ?)"));
        m_q.addBindValue(first.id);
        m_q.addBindValue(m_campaignId);
        m_q.addBindValue(support.name);
        m_q.addBindValue(m_b.person());
        m_q.addBindValue(m_b.phone());
        m_q.addBindValue(m_b.pick(kPositions));
        m_q.addBindValue(DomainNames::code(support.sort));
        m_q.addBindValue(support.id);
        m_q.addBindValue(m);
        if (!execPrepared(m_q))
            return failed(m_q);
    }
    return {};
}

// The gift goods and the expert the first-level unit's form names.
Problems DemoRun::addGiftAndExpert(int r, const DemoUnit &first)
{
    m_q.prepare(QStringLiteral("INSERT INTO gift_goods (unit_id, campaign_id, name, quantity,"
                               " local_only, row_order) VALUES (?, ?, ?, ?, ?, 0)"));
    m_q.addBindValue(first.id);
    m_q.addBindValue(m_campaignId);
    m_q.addBindValue(
        m_b.pick({QStringLiteral("网络安全主题帆布袋"), QStringLiteral("防诈骗宣传台历"),
                  QStringLiteral("移动电源"), QStringLiteral("保温杯")}));
    m_q.addBindValue(m_b.between(5, 50) * 10);
    m_q.addBindValue(r % 3 == 0 ? 1 : 0);
    if (!execPrepared(m_q))
        return failed(m_q);

    m_q.prepare(
        QStringLiteral("INSERT INTO experts (unit_id, campaign_id, field, name, contact, phone,"
                       " specialty, row_order) VALUES (?, ?, ?, ?, ?, ?, ?, 0)"));
    m_q.addBindValue(first.id);
    m_q.addBindValue(m_campaignId);
    m_q.addBindValue(DomainNames::code(DomainNames::expertFields().at(r % 5)));
    if (r == 0) {
        m_sharedExpert = m_b.person();
        m_sharedPhone = m_b.phone();
    }
    m_q.addBindValue(r <= 1 ? m_sharedExpert : m_b.person());
    m_q.addBindValue(m_b.person());
    // Stored as the program stores every phone (PhoneRule's canonical form), however the
    // second region wrote it; tst_registers checks differently written phones.
    m_q.addBindValue(r <= 1 ? m_sharedPhone : m_b.phone());
    m_q.addBindValue(m_b.pick({QStringLiteral("网络安全宣传"), QStringLiteral("抽样调查"),
                               QStringLiteral("统计分析"), QStringLiteral("舆情研究")}));
    return execPrepared(m_q) ? Problems() : failed(m_q);
}

Problems DemoRun::addLinksAndTallies()
{
    for (const DemoUnit &u : std::as_const(m_units)) {
        if (!m_b.insertParticipation(u, m_campaignId))
            return failed(m_q);
        if (Problems p = addLinks(u); !p.isEmpty())
            return p;
    }
    return {};
}

// A unit's links and ten days of figures for each: the unit's final share spread over the days
// with some noise, a slow start and a few days with nothing reported.
Problems DemoRun::addLinks(const DemoUnit &u)
{
    const int days = m_campaign.days();
    const double perLinkDay = double(u.target) * u.performance / (double(u.links) * days);
    for (int l = 0; l < u.links; ++l) {
        // Demo data is data, in the users' language, not interface text.
        static const QStringList labels = {QStringLiteral("官方网站"), QStringLiteral("公众号"),
                                           QStringLiteral("海报（市图书馆）")};
        const qint64 linkId = m_b.insertLink(u, m_campaignId, labels.at(l % labels.size()));
        if (linkId == 0)
            return failed(m_q);
        ++m_linkCount;
        for (int d = 0; d < days; ++d) {
            if (m_b.m_rng.bounded(20) == 0)
                continue;
            const double ramp = d < 2 ? 0.6 : 1.05;
            const qint64 valid = qMax<qint64>(0, qRound64(perLinkDay * ramp * m_b.real(0.6, 1.4)));
            if (!m_b.insertTally(linkId, m_campaign.startDate.addDays(d), valid))
                return failed(m_q);
            m_validTotal += valid;
            ++m_rowsPerDay[d];
        }
    }
    return {};
}

// The import history those figures would have: the platform's daily export, imported each
// morning of the next day by the manager.
Problems DemoRun::addImportHistory()
{
    for (int d = 0; d < m_rowsPerDay.size(); ++d) {
        const QDate day = m_campaign.startDate.addDays(d);
        const QDateTime at = QDateTime(day.addDays(1), QTime(1, 30), QTimeZone::utc());
        const QString file = QStringLiteral("网民网络安全感满意度调查_每日有效样本_%1.csv")
                                 .arg(Clock::dateText(day));
        ImportHistory::Finished import;
        import.campaignId = m_campaignId;
        import.kind = QStringLiteral("daily");
        import.fileName = file;
        import.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(file.toUtf8(), QCryptographicHash::Sha256).toHex());
        import.read = m_rowsPerDay.at(d);
        import.accepted = m_rowsPerDay.at(d);
        import.user = QStringLiteral("demo");
        import.startedAt = at.toString(Qt::ISODate);
        import.finishedAt = at.addSecs(2).toString(Qt::ISODate);
        if (QSqlError e = ImportHistory(m_db).record(import); e.isValid())
            return failed(e);
    }
    return {};
}

// The default rules, and support scores the committee would give by hand.
Problems DemoRun::addGrading()
{
    if (QSqlError e = GradingRepository::insertRules(m_db, m_campaignId, Grading::defaultRules());
        e.isValid())
        return failed(e);
    for (const DemoUnit &u : std::as_const(m_units)) {
        if (u.kind == UnitKind::Supporting)
            continue;
        m_q.prepare(QStringLiteral(
            "UPDATE participations SET support_score = ? WHERE campaign_id = ? AND unit_id = ?"));
        m_q.addBindValue(m_b.between(0, 4));
        m_q.addBindValue(m_campaignId);
        m_q.addBindValue(u.id);
        if (!execPrepared(m_q))
            return failed(m_q);
    }
    return {};
}

// The year before: most of the same units (a unit whose parent did not take part is left out
// too), somewhat lower targets, one link each, ten days of tallies, in that year's calendar.
Problems DemoRun::addPreviousYear(int *previousUnits)
{
    Campaign prev = demoCampaign(m_campaign.year - 1);
    prev.linkRequestDue = prev.giftListDue = prev.formDue = QDate(); // not kept that year
    const qint64 prevId = insertCampaignRow(prev);
    if (prevId == 0)
        return failed(m_q);
    DemoCalendar calendar(demoCampaign(prev.year), m_seed + 1);
    QSet<qint64> taking;
    for (const DemoUnit &u : std::as_const(m_units)) {
        if (m_b.m_rng.bounded(10) == 0 || (u.parentId != 0 && !taking.contains(u.parentId)))
            continue;
        taking.insert(u.id);
        if (Problems p = addPreviousParticipation(u, prevId, calendar); !p.isEmpty())
            return p;
        ++*previousUnits;
    }
    if (QSqlError e = GradingRepository::insertRules(m_db, prevId, Grading::defaultRules());
        e.isValid())
        return failed(e);
    return {};
}

Problems DemoRun::addPreviousParticipation(DemoUnit u, qint64 prevId, DemoCalendar &calendar)
{
    u.target = qMax<qint64>(1000, qRound64(double(u.target) * m_b.real(0.6, 1.0) / 1000.0) * 1000);
    u.links = 1;
    u.registered = calendar.registration();
    u.linksRequested = calendar.linkRequest(u.registered);
    u.linksMade = calendar.linksMade(u.linksRequested);
    if (!m_b.insertParticipation(u, prevId))
        return failed(m_q);
    const qint64 linkId = m_b.insertLink(u, prevId, QStringLiteral("官方网站"));
    if (linkId == 0)
        return failed(m_q);
    const QDate start(m_campaign.year - 1, 7, 17);
    const double perDay = double(u.target) * m_b.real(0.5, 1.3) / 10.0;
    for (int d = 0; d < 10; ++d) {
        const qint64 valid = qMax<qint64>(0, qRound64(perDay * m_b.real(0.6, 1.4)));
        if (!m_b.insertTally(linkId, start.addDays(d), valid))
            return failed(m_q);
    }
    return {};
}

// The checklist's ticks, a questionnaire for each campaign, and the demo's figures as the
// baseline a withdrawn import's days are replayed from.
Problems DemoRun::finish()
{
    if (!m_b.insertTicks(m_units, m_campaignId, m_calendar))
        return failed(m_q);
    if (QSqlError e = giveQuestionnaires(m_db); e.isValid())
        return {{{}, 0, QString(), e.text()}};
    m_q.prepare(
        QStringLiteral("INSERT INTO import_tallies (import_id, link_id, day, mode, valid_samples,"
                       " invalid_samples, suggestions, sets_invalid, sets_suggestions)"
                       " SELECT NULL, t.link_id, t.day, 'set', t.valid_samples, t.invalid_samples,"
                       " t.suggestions, 1, 1 FROM daily_tallies t WHERE NOT EXISTS (SELECT 1 FROM"
                       " import_tallies x WHERE x.link_id = t.link_id AND x.day = t.day)"));
    return execPrepared(m_q) ? Problems() : failed(m_q);
}

Problems DemoRun::issueLetters()
{
    return LetterRepository(m_db).issueMissing(m_campaignId, nullptr,
                                               DemoCalendar::text(m_calendar.lettersIssued()));
}

} // namespace

Problems DemoDataGenerator::generate(int year, Summary *summary, bool withPreviousYear)
{
    CampaignRepository campaigns(m_db);
    const Lookup<Campaign> existing = campaigns.byYear(year);
    if (!existing && existing.error().isDatabase())
        return {{{}, 0, QString(), existing.error().message()}};
    if (existing)
        return {
            {{},
             0,
             QStringLiteral("year"),
             tr("a campaign for %1 already exists; demo data goes into an empty year").arg(year)}};
    const Lookup<Campaign> previous = campaigns.byYear(year - 1);
    if (!previous && previous.error().isDatabase())
        return {{{}, 0, QString(), previous.error().message()}};

    Transaction tx(m_db);
    if (tx.error().isValid())
        return failed(tx.error());
    DemoRun run(m_db, m_seed, demoCampaign(year));
    int previousUnits = 0;
    for (const auto &step :
         {&DemoRun::insertCampaign, &DemoRun::registerUnits, &DemoRun::addLinksAndTallies,
          &DemoRun::addImportHistory, &DemoRun::addGrading}) {
        if (Problems p = (run.*step)(); !p.isEmpty())
            return p;
    }
    if (withPreviousYear && !previous) {
        if (Problems p = run.addPreviousYear(&previousUnits); !p.isEmpty())
            return p;
    }
    if (Problems p = run.finish(); !p.isEmpty())
        return p;
    if (QSqlError e = tx.commit(); e.isValid())
        return failed(e);
    // Every unit gets its authorization letter (one more transaction), so the letters page and
    // the verify dialog have something real to show.
    if (Problems p = run.issueLetters(); !p.isEmpty())
        return p;
    m_db.events()->notify(DataEvents::Everything);
    if (summary)
        *summary = {year, run.units(), run.links(), run.validSamples(), previousUnits};
    return {};
}
