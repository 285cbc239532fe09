#include "demo/DemoDataGenerator.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/SqlValue.h"
#include "db/Transaction.h"
#include "domain/NameKey.h"
#include "domain/Regions.h"
#include "domain/UnitKind.h"
#include "letters/LetterRepository.h"
#include "links/TokenGenerator.h"
#include "progress/GradingRepository.h"
#include "repo/CampaignRepository.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace {

// Campaigns without a questionnaire get one ("main", on their base URL, parameter src), and
// links without one belong to their campaign's first.
QSqlError giveQuestionnaires(Database &db, const QString &now)
{
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO questionnaires (campaign_id, name, platform, base_url,"
                       " link_parameter, created_at, updated_at)"
                       " SELECT c.id, 'main', 'other', c.base_url, 'src', ?, ? FROM campaigns c"
                       " WHERE NOT EXISTS (SELECT 1 FROM questionnaires x"
                       " WHERE x.campaign_id = c.id)"));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
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
    int between(int lo, int hi) { return lo + int(m_rng.bounded(hi - lo + 1)); }
    double real(double lo, double hi) { return lo + m_rng.generateDouble() * (hi - lo); }

    bool insertUnit(DemoUnit &u, const QString &city, const QString &now)
    {
        const QString contact = person();
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
        m_q.addBindValue(now);
        m_q.addBindValue(now);
        m_q.addBindValue(QStringLiteral("demo"));
        if (!m_q.exec() || !m_q.next())
            return false;
        u.id = m_q.value(0).toLongLong();
        m_q.finish();
        return true;
    }

    bool insertParticipation(const DemoUnit &u, qint64 campaignId, const QString &now)
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
        m_q.addBindValue(now);
        m_q.addBindValue(now);
        m_q.addBindValue(now);
        m_q.addBindValue(QStringLiteral("demo"));
        return m_q.exec();
    }

    // The hand-ticked checklist items most units have done a few days to three weeks before the
    // window opens; the rest are what the checklist page shows missing.
    bool insertTicks(const QList<DemoUnit> &units, const Campaign &campaign, qint64 campaignId)
    {
        const QList<QPair<const char *, int>> items
            = {{"form-received", 85}, {"gift-list-received", 70}, {"target-agreed", 75},
               {"links-sent", 80},    {"letter-printed", 70},     {"letter-sent", 60}};
        m_q.prepare(QStringLiteral("INSERT INTO checklist_ticks (campaign_id, unit_id, item,"
                                   " ticked_at, ticked_by, source) VALUES (?, ?, ?, ?, 'demo',"
                                   " 'manual')"));
        for (const DemoUnit &u : units) {
            bool printed = false;
            for (const auto &[code, percent] : items) {
                const QLatin1String item(code);
                if (int(m_rng.bounded(100)) >= percent
                    || (item == QLatin1String("gift-list-received") && u.sort != UnitSort::Company)
                    || (item == QLatin1String("letter-sent") && !printed))
                    continue;
                printed = printed || item == QLatin1String("letter-printed");
                const QDateTime at(campaign.startDate.addDays(-between(2, 20)), QTime(2, 30),
                                   QTimeZone::utc());
                m_q.addBindValue(campaignId);
                m_q.addBindValue(u.id);
                m_q.addBindValue(QString(item));
                m_q.addBindValue(at.toString(Qt::ISODate));
                if (!m_q.exec())
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

    Campaign campaign;
    campaign.year = year;
    campaign.title = QStringLiteral("%1网民网络安全感满意度调查活动").arg(year);
    campaign.startDate = QDate(year, 7, 17);
    campaign.endDate = QDate(year, 7, 26);
    campaign.baseUrl = QStringLiteral("https://survey.example.org/%1/q").arg(year);
    campaign.linkRequestDue = QDate(year, 7, 10);
    campaign.giftListDue = QDate(year, 7, 15);
    campaign.formDue = QDate(year, 7, 5);

    Transaction tx(m_db);
    if (tx.error().isValid())
        return {{{}, 0, QString(), Dialect::describeError(tx.error())}};

    const QString now = Clock::nowText();
    Builder b(m_db, m_seed);
    QSqlQuery &q = b.m_q;
    q.prepare(QStringLiteral("INSERT INTO campaigns (year, title, start_date, end_date, base_url,"
                             " link_request_due, gift_list_due, form_due, created_at, updated_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(campaign.year);
    q.addBindValue(campaign.title);
    q.addBindValue(Clock::dateText(campaign.startDate));
    q.addBindValue(Clock::dateText(campaign.endDate));
    q.addBindValue(campaign.baseUrl);
    q.addBindValue(Clock::dateText(campaign.linkRequestDue));
    q.addBindValue(Clock::dateText(campaign.giftListDue));
    q.addBindValue(Clock::dateText(campaign.formDue));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec() || !q.next())
        return failed(q);
    const qint64 campaignId = q.value(0).toLongLong();
    q.finish();

    QList<DemoUnit> units;
    const QList<Region> &regions = Regions::all();
    // The first two regions recommend the same expert (same name and phone), so the expert pool
    // shows one person with two sources.
    QString sharedExpert, sharedPhone;
    for (int r = 0; r < regions.size(); ++r) {
        const Region &region = regions.at(r);
        const QString city = region.shortName + QStringLiteral("市");
        DemoUnit first;
        first.name
            = QStringLiteral("%1%2网络安全促进会").arg(region.shortName, b.pick(kBrandWords));
        first.kind = UnitKind::InitiatingFirst;
        first.sort = UnitSort::Association;
        first.province = region.code;
        first.target = b.between(20, 80) * 1000;
        first.performance = b.real(0.45, 1.35);
        first.links = 3;
        if (!b.insertUnit(first, QString(), now))
            return failed(q);
        units.append(first);

        const int seconds = r < 20 ? 2 : 1;
        for (int s = 0; s < seconds; ++s) {
            DemoUnit second;
            second.name = QStringLiteral("%1%2%3网络社会组织联合会")
                              .arg(region.shortName,
                                   s == 0 ? QStringLiteral("东城") : QStringLiteral("西城"),
                                   b.pick(kBrandWords));
            second.kind = UnitKind::InitiatingSecond;
            second.sort = s == 0 ? UnitSort::Association : UnitSort::School;
            second.province = region.code;
            second.parentId = first.id;
            second.target = b.between(3, 15) * 1000;
            second.performance = b.real(0.4, 1.4);
            second.links = 2;
            if (!b.insertUnit(second, city, now))
                return failed(q);
            units.append(second);
        }

        const int companies = 2 + (r % 2);
        for (int m = 0; m < 2 + companies; ++m) {
            DemoUnit support;
            const bool media = m < 2;
            support.name = media
                ? QStringLiteral("%1%2融媒体中心").arg(region.shortName, b.pick(kBrandWords))
                : QStringLiteral("%1%2信息技术有限公司").arg(region.shortName, b.pick(kBrandWords));
            if (m > 0)
                support.name.insert(region.shortName.size(), QString::number(m));
            support.kind = UnitKind::Supporting;
            support.sort = media ? UnitSort::Media : UnitSort::Company;
            support.province = region.code;
            support.parentId = first.id;
            support.target = b.between(1, 8) * 1000;
            support.performance = b.real(0.3, 1.5);
            support.links = 1;
            if (!b.insertUnit(support, city, now))
                return failed(q);
            units.append(support);

            // The first-level unit's information form names it as a core partner.
            q.prepare(QStringLiteral("INSERT INTO recommended_units (unit_id, campaign_id, role, "
                                     "name, contact, phone, position,"
                                     " sort, core, registered_unit_id, row_order) VALUES (?, ?, "
                                     "'supporting', ?, ?, ?, ?, ?, 1, ?, ?)"));
            q.addBindValue(first.id);
            q.addBindValue(campaignId);
            q.addBindValue(support.name);
            q.addBindValue(b.person());
            q.addBindValue(b.phone());
            q.addBindValue(b.pick(kPositions));
            q.addBindValue(DomainNames::code(support.sort));
            q.addBindValue(support.id);
            q.addBindValue(m);
            if (!q.exec())
                return failed(q);
        }

        q.prepare(QStringLiteral(
            "INSERT INTO gift_goods (unit_id, campaign_id, name, quantity, local_only,"
            " row_order) VALUES (?, ?, ?, ?, ?, 0)"));
        q.addBindValue(first.id);
        q.addBindValue(campaignId);
        q.addBindValue(
            b.pick({QStringLiteral("网络安全主题帆布袋"), QStringLiteral("防诈骗宣传台历"),
                    QStringLiteral("移动电源"), QStringLiteral("保温杯")}));
        q.addBindValue(b.between(5, 50) * 10);
        q.addBindValue(r % 3 == 0 ? 1 : 0);
        if (!q.exec())
            return failed(q);

        q.prepare(
            QStringLiteral("INSERT INTO experts (unit_id, campaign_id, field, name, contact, phone,"
                           " specialty, row_order) VALUES (?, ?, ?, ?, ?, ?, ?, 0)"));
        q.addBindValue(first.id);
        q.addBindValue(campaignId);
        q.addBindValue(DomainNames::code(DomainNames::expertFields().at(r % 5)));
        if (r == 0) {
            sharedExpert = b.person();
            sharedPhone = b.phone();
        }
        q.addBindValue(r <= 1 ? sharedExpert : b.person());
        q.addBindValue(b.person());
        // Stored as the program stores every phone (PhoneRule's canonical form), however the
        // second region wrote it; tst_registers checks differently written phones.
        q.addBindValue(r <= 1 ? sharedPhone : b.phone());
        q.addBindValue(b.pick({QStringLiteral("网络安全宣传"), QStringLiteral("抽样调查"),
                               QStringLiteral("统计分析"), QStringLiteral("舆情研究")}));
        if (!q.exec())
            return failed(q);
    }

    int linkCount = 0;
    qint64 validTotal = 0;
    QList<qint64> rowsPerDay(campaign.days(), 0); // for the import history below
    const int days = campaign.days();
    for (const DemoUnit &u : units) {
        if (!b.insertParticipation(u, campaignId, now))
            return failed(q);
        // Ten days of figures: the unit's final share spread over the days with some noise, a
        // slow start and a few days with nothing reported.
        const double perLinkDay = double(u.target) * u.performance / (double(u.links) * days);
        for (int l = 0; l < u.links; ++l) {
            q.prepare(
                QStringLiteral("INSERT INTO links (campaign_id, unit_id, token, label, created_at,"
                               " created_by) VALUES (?, ?, ?, ?, ?, 'demo') RETURNING id"));
            q.addBindValue(campaignId);
            q.addBindValue(u.id);
            q.addBindValue(TokenGenerator::generate());
            // Demo data is data, in the users' language, not interface text.
            static const QStringList labels = {QStringLiteral("官方网站"), QStringLiteral("公众号"),
                                               QStringLiteral("海报（市图书馆）")};
            q.addBindValue(labels.at(l % labels.size()));
            q.addBindValue(now);
            if (!q.exec() || !q.next())
                return failed(q);
            const qint64 linkId = q.value(0).toLongLong();
            q.finish();
            ++linkCount;
            for (int d = 0; d < days; ++d) {
                if (b.m_rng.bounded(20) == 0)
                    continue;
                const double ramp = d < 2 ? 0.6 : 1.05;
                const qint64 valid
                    = qMax<qint64>(0, qRound64(perLinkDay * ramp * b.real(0.6, 1.4)));
                q.prepare(QStringLiteral("INSERT INTO daily_tallies (link_id, day, valid_samples,"
                                         " invalid_samples, suggestions) VALUES (?, ?, ?, ?, ?)"));
                q.addBindValue(linkId);
                q.addBindValue(Clock::dateText(campaign.startDate.addDays(d)));
                q.addBindValue(valid);
                q.addBindValue(valid / 12);
                q.addBindValue(valid / 9);
                if (!q.exec())
                    return failed(q);
                validTotal += valid;
                ++rowsPerDay[d];
            }
        }
    }

    // The import history those figures would have: the platform's daily export, imported each
    // morning of the next day by the manager.
    for (int d = 0; d < rowsPerDay.size(); ++d) {
        const QDate day = campaign.startDate.addDays(d);
        const QDateTime at = QDateTime(day.addDays(1), QTime(1, 30), QTimeZone::utc());
        const QString file = QStringLiteral("网民网络安全感满意度调查_每日有效样本_%1.csv")
                                 .arg(Clock::dateText(day));
        q.prepare(QStringLiteral(
            "INSERT INTO imports (campaign_id, kind, file_name, sha256, rows_read, accepted,"
            " status, user_name, started_at, finished_at)"
            " VALUES (?, 'daily', ?, ?, ?, ?, 'imported', 'demo', ?, ?)"));
        q.addBindValue(campaignId);
        q.addBindValue(file);
        q.addBindValue(QString::fromLatin1(
            QCryptographicHash::hash(file.toUtf8(), QCryptographicHash::Sha256).toHex()));
        q.addBindValue(rowsPerDay.at(d));
        q.addBindValue(rowsPerDay.at(d));
        q.addBindValue(at.toString(Qt::ISODate));
        q.addBindValue(at.addSecs(2).toString(Qt::ISODate));
        if (!q.exec())
            return failed(q);
    }

    // Grading: the default rules, and support scores the committee would give by hand.
    if (QSqlError e = GradingRepository::insertRules(m_db, campaignId, Grading::defaultRules());
        e.isValid())
        return {{{}, 0, QString(), Dialect::describeError(e)}};
    for (const DemoUnit &u : units) {
        if (u.kind == UnitKind::Supporting)
            continue;
        q.prepare(QStringLiteral(
            "UPDATE participations SET support_score = ? WHERE campaign_id = ? AND unit_id = ?"));
        q.addBindValue(b.between(0, 4));
        q.addBindValue(campaignId);
        q.addBindValue(u.id);
        if (!q.exec())
            return failed(q);
    }

    int previousUnits = 0;
    const Lookup<Campaign> previous = campaigns.byYear(year - 1);
    if (!previous && previous.error().isDatabase())
        return {{{}, 0, QString(), previous.error().message()}};
    if (withPreviousYear && !previous) {
        // The year before: most of the same units (a unit whose parent did not take part is left
        // out too), somewhat lower targets, one link each, ten days of tallies.
        const int prev = year - 1;
        q.prepare(
            QStringLiteral("INSERT INTO campaigns (year, title, start_date, end_date, base_url,"
                           " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        q.addBindValue(prev);
        q.addBindValue(QStringLiteral("%1网民网络安全感满意度调查活动").arg(prev));
        q.addBindValue(Clock::dateText(QDate(prev, 7, 17)));
        q.addBindValue(Clock::dateText(QDate(prev, 7, 26)));
        q.addBindValue(QStringLiteral("https://survey.example.org/%1/q").arg(prev));
        q.addBindValue(now);
        q.addBindValue(now);
        if (!q.exec() || !q.next())
            return failed(q);
        const qint64 prevId = q.value(0).toLongLong();
        q.finish();
        QSet<qint64> taking;
        for (DemoUnit u : std::as_const(units)) {
            if (b.m_rng.bounded(10) == 0 || (u.parentId != 0 && !taking.contains(u.parentId)))
                continue;
            taking.insert(u.id);
            u.target
                = qMax<qint64>(1000, qRound64(double(u.target) * b.real(0.6, 1.0) / 1000.0) * 1000);
            u.links = 1;
            if (!b.insertParticipation(u, prevId, now))
                return failed(q);
            ++previousUnits;
            q.prepare(
                QStringLiteral("INSERT INTO links (campaign_id, unit_id, token, label, created_at,"
                               " created_by) VALUES (?, ?, ?, ?, ?, 'demo') RETURNING id"));
            q.addBindValue(prevId);
            q.addBindValue(u.id);
            q.addBindValue(TokenGenerator::generate());
            q.addBindValue(QStringLiteral("官方网站"));
            q.addBindValue(now);
            if (!q.exec() || !q.next())
                return failed(q);
            const qint64 linkId = q.value(0).toLongLong();
            q.finish();
            const double perDay = double(u.target) * b.real(0.5, 1.3) / 10.0;
            for (int d = 0; d < 10; ++d) {
                const qint64 valid = qMax<qint64>(0, qRound64(perDay * b.real(0.6, 1.4)));
                q.prepare(QStringLiteral("INSERT INTO daily_tallies (link_id, day, valid_samples,"
                                         " invalid_samples, suggestions) VALUES (?, ?, ?, ?, ?)"));
                q.addBindValue(linkId);
                q.addBindValue(Clock::dateText(QDate(prev, 7, 17).addDays(d)));
                q.addBindValue(valid);
                q.addBindValue(valid / 12);
                q.addBindValue(valid / 9);
                if (!q.exec())
                    return failed(q);
            }
        }
        if (QSqlError e = GradingRepository::insertRules(m_db, prevId, Grading::defaultRules());
            e.isValid())
            return {{{}, 0, QString(), Dialect::describeError(e)}};
    }

    if (!b.insertTicks(units, campaign, campaignId))
        return failed(q);
    if (QSqlError e = giveQuestionnaires(m_db, now); e.isValid())
        return {{{}, 0, QString(), e.text()}};
    // The demo's figures are the baseline a withdrawn import's days are replayed from.
    q.prepare(
        QStringLiteral("INSERT INTO import_tallies (import_id, link_id, day, mode, valid_samples,"
                       " invalid_samples, suggestions, sets_invalid, sets_suggestions)"
                       " SELECT NULL, t.link_id, t.day, 'set', t.valid_samples, t.invalid_samples,"
                       " t.suggestions, 1, 1 FROM daily_tallies t WHERE NOT EXISTS (SELECT 1 FROM"
                       " import_tallies x WHERE x.link_id = t.link_id AND x.day = t.day)"));
    if (!q.exec())
        return failed(q);
    if (QSqlError e = tx.commit(); e.isValid())
        return {{{}, 0, QString(), Dialect::describeError(e)}};
    // Every unit gets its authorization letter (one more transaction), so the letters page and
    // the verify dialog have something real to show.
    if (const Problems problems = LetterRepository(m_db).issueMissing(campaignId);
        !problems.isEmpty())
        return problems;
    m_db.events()->notify(DataEvents::Everything);
    if (summary)
        *summary = {year, int(units.size()), linkCount, validTotal, previousUnits};
    return {};
}
