#include "repo/CampaignRepository.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/OptimisticUpdate.h"
#include "db/SqlValue.h"
#include "db/Transaction.h"
#include "domain/SurveyPlatform.h"
#include "repo/AuditLog.h"
#include "repo/QuestionnaireRepository.h"
#include "db/SqlPrepare.h"

#include <QSqlQuery>
#include <QUrl>

namespace {
const char kColumns[] = "id, year, title, start_date, end_date, base_url, link_request_due,"
                        " gift_list_due, row_version, form_due";

Campaign fromQuery(const QSqlQuery &q)
{
    Campaign c;
    c.id = q.value(0).toLongLong();
    c.year = q.value(1).toInt();
    c.title = q.value(2).toString();
    c.startDate = Clock::parseDate(q.value(3).toString());
    c.endDate = Clock::parseDate(q.value(4).toString());
    c.baseUrl = q.value(5).toString();
    c.linkRequestDue = Clock::parseDate(q.value(6).toString());
    c.giftListDue = Clock::parseDate(q.value(7).toString());
    c.rowVersion = q.value(8).toInt();
    c.formDue = Clock::parseDate(q.value(9).toString());
    return c;
}

QVariantMap auditValues(const Campaign &c)
{
    return {{QStringLiteral("year"), c.year},
            {QStringLiteral("title"), c.title},
            {QStringLiteral("start_date"), Clock::dateText(c.startDate)},
            {QStringLiteral("end_date"), Clock::dateText(c.endDate)},
            {QStringLiteral("base_url"), c.baseUrl},
            {QStringLiteral("link_request_due"), Clock::dateText(c.linkRequestDue)},
            {QStringLiteral("gift_list_due"), Clock::dateText(c.giftListDue)},
            {QStringLiteral("form_due"), Clock::dateText(c.formDue)}};
}

// The questionnaire a new campaign starts with: its base URL on its platform.
Questionnaire firstQuestionnaire(const Campaign &c)
{
    Questionnaire s;
    s.campaignId = c.id;
    s.name = QStringLiteral("main");
    s.platform = c.surveyPlatform.isEmpty() ? QStringLiteral("other") : c.surveyPlatform;
    s.baseUrl = c.baseUrl;
    s.linkParameter = c.linkParameter;
    SurveyPlatform::Id platform;
    if (s.linkParameter.isEmpty() && SurveyPlatform::fromKey(s.platform, &platform)) {
        s.platform = SurveyPlatform::key(platform);
        s.linkParameter = SurveyPlatform::defaultParameter(platform);
    }
    return s;
}

// Keeps the first questionnaire's base URL with the campaign's when it followed it.
QSqlError followBaseUrl(Database &db, qint64 campaignId, const QString &before,
                        const QString &after)
{
    if (before == after)
        return {};
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE questionnaires SET base_url = ?, row_version = row_version + 1"
                             " WHERE base_url = ? AND id = (SELECT MIN(id) FROM questionnaires"
                             " WHERE campaign_id = ?)"));
    q.addBindValue(SqlValue::text(after));
    q.addBindValue(SqlValue::text(before));
    q.addBindValue(campaignId);
    return execPrepared(q) ? QSqlError() : q.lastError();
}
} // namespace

QList<Campaign> CampaignRepository::all(QSqlError *error) const
{
    QList<Campaign> list;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM campaigns ORDER BY year").arg(QLatin1String(kColumns)));
    if (!readEveryRow(q, error, [&](const QSqlQuery &row) { list.append(fromQuery(row)); }))
        return {};
    return list;
}

Lookup<Campaign> CampaignRepository::byYear(int year) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM campaigns WHERE year = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(year);
    return lookupFirstRow(q, fromQuery);
}

Lookup<Campaign> CampaignRepository::byId(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM campaigns WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    return lookupFirstRow(q, fromQuery);
}

Lookup<Campaign> CampaignRepository::latest() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM campaigns ORDER BY year DESC LIMIT 1")
                  .arg(QLatin1String(kColumns)));
    return lookupFirstRow(q, fromQuery);
}

Problems CampaignRepository::validate(const Campaign &c)
{
    Problems problems;
    if (c.year < 2000 || c.year > 2100)
        problems.append(
            {{}, 0, QStringLiteral("year"), tr("the year must be between 2000 and 2100")});
    if (!c.startDate.isValid())
        problems.append({{},
                         0,
                         QStringLiteral("start"),
                         tr("a start date in the form yyyy-MM-dd is required")});
    if (!c.endDate.isValid())
        problems.append(
            {{}, 0, QStringLiteral("end"), tr("an end date in the form yyyy-MM-dd is required")});
    if (c.startDate.isValid() && c.endDate.isValid() && c.endDate < c.startDate)
        problems.append({{},
                         0,
                         QStringLiteral("end"),
                         tr("the end date %1 is before the start date %2")
                             .arg(Clock::dateText(c.endDate), Clock::dateText(c.startDate))});
    if (!c.baseUrl.isEmpty()) {
        const QUrl url(c.baseUrl, QUrl::StrictMode);
        if (!url.isValid()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty())
            problems.append({{},
                             0,
                             QStringLiteral("base-url"),
                             tr("the base URL must be an http or https address, e.g. "
                                "https://survey.example.cn/q")});
    }
    return problems;
}

Problems CampaignRepository::add(Campaign &c, QSqlError *error)
{
    Problems problems = validate(c);
    for (const Problem &p : QuestionnaireRepository::validate(firstQuestionnaire(c))) {
        if (p.field != QLatin1String("base-url"))
            problems.append(p);
    }
    if (!problems.isEmpty())
        return problems;
    Transaction tx(m_db);
    if (tx.error().isValid()) {
        if (error)
            *error = tx.error();
        return {{{}, 0, QString(), Dialect::describeError(tx.error())}};
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM campaigns WHERE year = ?"));
    q.addBindValue(c.year);
    if (execPrepared(q) && q.next())
        return {
            {{}, 0, QStringLiteral("year"), tr("a campaign for %1 already exists").arg(c.year)}};

    const QString now = Clock::nowText();
    q.prepare(QStringLiteral("INSERT INTO campaigns (year, title, start_date, end_date, base_url,"
                             " link_request_due, gift_list_due, form_due, created_at, updated_at,"
                             " updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(c.year);
    q.addBindValue(SqlValue::text(c.title));
    q.addBindValue(Clock::dateText(c.startDate));
    q.addBindValue(Clock::dateText(c.endDate));
    q.addBindValue(SqlValue::text(c.baseUrl));
    q.addBindValue(SqlValue::date(c.linkRequestDue));
    q.addBindValue(SqlValue::date(c.giftListDue));
    q.addBindValue(SqlValue::date(c.formDue));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(m_db.userName());
    if (!execPrepared(q) || !q.next()) {
        if (error)
            *error = q.lastError();
        return {{{}, 0, QString(), Dialect::describeError(q.lastError())}};
    }
    c.id = q.value(0).toLongLong();
    c.rowVersion = 1;
    q.finish();
    Questionnaire first = firstQuestionnaire(c);
    if (QSqlError e = QuestionnaireRepository::insert(m_db, first); e.isValid()) {
        if (error)
            *error = e;
        return {{{}, 0, QString(), Dialect::describeError(e)}};
    }
    if (QSqlError e = AuditLog::record(m_db, QStringLiteral("campaigns"), c.id,
                                       QStringLiteral("insert"), {}, auditValues(c));
        e.isValid()) {
        if (error)
            *error = e;
        return {{{}, 0, QString(), Dialect::describeError(e)}};
    }
    if (QSqlError e = tx.commit(); e.isValid()) {
        if (error)
            *error = e;
        return {{{}, 0, QString(), Dialect::describeError(e)}};
    }
    m_db.events()->notify(DataEvents::Campaigns);
    return {};
}

Problems CampaignRepository::update(Campaign &c, QSqlError *error, ConflictError *conflict)
{
    Problems problems = validate(c);
    if (!problems.isEmpty())
        return problems;
    Transaction tx(m_db);
    if (tx.error().isValid()) {
        if (error)
            *error = tx.error();
        return {{{}, 0, QString(), Dialect::describeError(tx.error())}};
    }
    const Lookup<Campaign> before = byId(c.id);
    if (!before && before.error().isDatabase()) {
        if (error)
            *error = before.error().sqlError;
        return {{{}, 0, QString(), before.error().message()}};
    }
    if (before && before->year != c.year) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT 1 FROM campaigns WHERE year = ? AND id <> ?"));
        q.addBindValue(c.year);
        q.addBindValue(c.id);
        if (execPrepared(q) && q.next())
            return {{{},
                     0,
                     QStringLiteral("year"),
                     tr("a campaign for %1 already exists").arg(c.year)}};
    }
    OptimisticUpdate up(m_db, QStringLiteral("campaigns"), c.id, c.rowVersion);
    up.set(QStringLiteral("year"), c.year)
        .set(QStringLiteral("title"), SqlValue::text(c.title))
        .set(QStringLiteral("start_date"), Clock::dateText(c.startDate))
        .set(QStringLiteral("end_date"), Clock::dateText(c.endDate))
        .set(QStringLiteral("base_url"), SqlValue::text(c.baseUrl))
        .set(QStringLiteral("link_request_due"), SqlValue::date(c.linkRequestDue))
        .set(QStringLiteral("gift_list_due"), SqlValue::date(c.giftListDue))
        .set(QStringLiteral("form_due"), SqlValue::date(c.formDue));
    switch (up.exec()) {
    case OptimisticUpdate::Result::Failed:
        if (error)
            *error = up.error();
        return {{{}, 0, QString(), Dialect::describeError(up.error())}};
    case OptimisticUpdate::Result::Conflict:
        if (conflict)
            *conflict = up.conflict();
        return {{{},
                 0,
                 QStringLiteral("row_version"),
                 up.conflict().deleted ? tr("the campaign no longer exists")
                                       : tr("the campaign was %1").arg(up.conflict().message())}};
    case OptimisticUpdate::Result::Updated:
        break;
    }
    if (QSqlError e = followBaseUrl(m_db, c.id, before ? before->baseUrl : QString(), c.baseUrl);
        e.isValid()) {
        if (error)
            *error = e;
        return {{{}, 0, QString(), Dialect::describeError(e)}};
    }
    if (QSqlError e
        = AuditLog::record(m_db, QStringLiteral("campaigns"), c.id, QStringLiteral("update"),
                           before ? auditValues(*before) : QVariantMap(), auditValues(c));
        e.isValid()) {
        if (error)
            *error = e;
        return {{{}, 0, QString(), Dialect::describeError(e)}};
    }
    if (QSqlError e = tx.commit(); e.isValid()) {
        if (error)
            *error = e;
        return {{{}, 0, QString(), Dialect::describeError(e)}};
    }
    c.rowVersion = up.newVersion();
    m_db.events()->notify(DataEvents::Campaigns);
    return {};
}
