#include "repo/QuestionnaireRepository.h"

#include "common/Clock.h"
#include "db/SqlPrepare.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/OptimisticUpdate.h"
#include "db/SqlValue.h"
#include "db/Transaction.h"
#include "domain/SurveyPlatform.h"
#include "repo/AuditLog.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace {

const char kSelect[]
    = "SELECT q.id, q.campaign_id, q.name, q.platform, q.base_url, q.link_parameter,"
      " q.min_seconds, q.id_prefix, q.row_version,"
      " (SELECT COUNT(*) FROM links l WHERE l.questionnaire_id = q.id) FROM questionnaires q";

Questionnaire fromQuery(const QSqlQuery &q)
{
    Questionnaire s;
    s.id = q.value(0).toLongLong();
    s.campaignId = q.value(1).toLongLong();
    s.name = q.value(2).toString();
    s.platform = q.value(3).toString();
    s.baseUrl = q.value(4).toString();
    s.linkParameter = q.value(5).toString();
    s.minSeconds = q.value(6).toInt();
    s.idPrefix = q.value(7).toString();
    s.rowVersion = q.value(8).toInt();
    s.links = q.value(9).toLongLong();
    return s;
}

QVariantMap auditValues(const Questionnaire &s)
{
    return {{QStringLiteral("campaign_id"), s.campaignId},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("platform"), s.platform},
            {QStringLiteral("base_url"), s.baseUrl},
            {QStringLiteral("link_parameter"), s.linkParameter},
            {QStringLiteral("min_seconds"), s.minSeconds}};
}

Problems failure(const QString &field, const QString &message)
{
    return {{{}, 0, field, message}};
}

Problems failure(const QSqlError &error)
{
    return failure(QString(), Dialect::describeError(error));
}

} // namespace

QList<Questionnaire> QuestionnaireRepository::list(qint64 campaignId, QSqlError *error) const
{
    QList<Questionnaire> list;
    QSqlQuery q(m_db.connection());
    const bool refused = refusedToPrepare(
        q, QLatin1String(kSelect) + QStringLiteral(" WHERE q.campaign_id = ? ORDER BY q.id"));
    q.addBindValue(campaignId);
    if (refused || !execPrepared(q)) {
        if (error)
            *error = q.lastError();
        return list;
    }
    while (q.next())
        list.append(fromQuery(q));
    if (error && q.lastError().isValid())
        *error = q.lastError();
    return list;
}

Lookup<Questionnaire> QuestionnaireRepository::byId(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(kSelect) + QStringLiteral(" WHERE q.id = ?"));
    q.addBindValue(id);
    return lookupFirstRow(q, fromQuery);
}

Lookup<Questionnaire> QuestionnaireRepository::byName(qint64 campaignId, const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(kSelect) + QStringLiteral(" WHERE q.campaign_id = ? AND q.name = ?"));
    q.addBindValue(campaignId);
    q.addBindValue(name.trimmed());
    return lookupFirstRow(q, fromQuery);
}

Lookup<Questionnaire> QuestionnaireRepository::first(qint64 campaignId) const
{
    QSqlError error;
    const QList<Questionnaire> all = list(campaignId, &error);
    if (error.isValid())
        return lookupFailed(error);
    if (all.isEmpty())
        return lookupNotFound();
    return all.first();
}

Problems QuestionnaireRepository::validate(const Questionnaire &s)
{
    Problems problems;
    if (s.name.trimmed().isEmpty())
        problems.append({{}, 0, QStringLiteral("name"), tr("the questionnaire needs a name")});
    SurveyPlatform::Id platform;
    if (!SurveyPlatform::fromKey(s.platform, &platform))
        problems.append(
            {{},
             0,
             QStringLiteral("platform"),
             tr("'%1' is not a survey platform (%2)").arg(s.platform, SurveyPlatform::keyList())});
    static const QRegularExpression parameter(QStringLiteral("^[A-Za-z0-9_.~-]{1,64}$"));
    if (!parameter.match(s.linkParameter).hasMatch())
        problems.append({{},
                         0,
                         QStringLiteral("link-parameter"),
                         tr("the link parameter must be a name such as src or sojumpparm "
                            "(letters, digits, _ . ~ -)")});
    if (!s.baseUrl.isEmpty()) {
        const QUrl url(s.baseUrl, QUrl::StrictMode);
        if (!url.isValid()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty())
            problems.append({{},
                             0,
                             QStringLiteral("base-url"),
                             tr("the base URL must be an http or https address, e.g. "
                                "https://survey.example.cn/q")});
    }
    if (s.minSeconds < 0)
        problems.append({{},
                         0,
                         QStringLiteral("min-seconds"),
                         tr("the minimum completion time cannot be negative")});
    return problems;
}

bool QuestionnaireRepository::changesLinks(const Questionnaire &before, const Questionnaire &after)
{
    return before.baseUrl.trimmed() != after.baseUrl.trimmed()
        || before.linkParameter != after.linkParameter;
}

QSqlError QuestionnaireRepository::insert(Database &db, Questionnaire &s)
{
    if (s.idPrefix.isEmpty())
        s.idPrefix = QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char(':');
    const QString now = Clock::nowText();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO questionnaires (campaign_id, name, platform, base_url,"
                             " link_parameter, min_seconds, id_prefix, created_at, updated_at,"
                             " updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(s.campaignId);
    q.addBindValue(s.name.trimmed());
    q.addBindValue(s.platform);
    q.addBindValue(SqlValue::text(s.baseUrl.trimmed()));
    q.addBindValue(s.linkParameter);
    q.addBindValue(s.minSeconds);
    q.addBindValue(s.idPrefix);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(db.userName());
    if (!execPrepared(q) || !q.next())
        return q.lastError();
    s.id = q.value(0).toLongLong();
    s.rowVersion = 1;
    return {};
}

Problems QuestionnaireRepository::add(Questionnaire &s)
{
    if (Problems problems = validate(s); !problems.isEmpty())
        return problems;
    Transaction tx(m_db);
    if (tx.error().isValid())
        return failure(tx.error());
    if (byName(s.campaignId, s.name))
        return failure(QStringLiteral("name"),
                       tr("the campaign already has a questionnaire named '%1'").arg(s.name));
    if (QSqlError e = insert(m_db, s); e.isValid())
        return failure(e);
    if (QSqlError e = AuditLog::record(m_db, QStringLiteral("questionnaires"), s.id,
                                       QStringLiteral("insert"), {}, auditValues(s));
        e.isValid())
        return failure(e);
    if (QSqlError e = tx.commit(); e.isValid())
        return failure(e);
    m_db.events()->notify(DataEvents::Campaigns | DataEvents::Links);
    return {};
}

Problems QuestionnaireRepository::update(Questionnaire &s, ConflictError *conflict)
{
    if (Problems problems = validate(s); !problems.isEmpty())
        return problems;
    Transaction tx(m_db);
    if (tx.error().isValid())
        return failure(tx.error());
    const Lookup<Questionnaire> before = byId(s.id);
    if (!before && before.error().isDatabase())
        return failure(before.error().sqlError);
    const Lookup<Questionnaire> other = byName(s.campaignId, s.name);
    if (!other && other.error().isDatabase())
        return failure(other.error().sqlError);
    if (other && other->id != s.id)
        return failure(QStringLiteral("name"),
                       tr("the campaign already has a questionnaire named '%1'").arg(s.name));
    OptimisticUpdate up(m_db, QStringLiteral("questionnaires"), s.id, s.rowVersion);
    up.set(QStringLiteral("name"), s.name.trimmed())
        .set(QStringLiteral("platform"), s.platform)
        .set(QStringLiteral("base_url"), SqlValue::text(s.baseUrl.trimmed()))
        .set(QStringLiteral("link_parameter"), s.linkParameter)
        .set(QStringLiteral("min_seconds"), s.minSeconds);
    switch (up.exec()) {
    case OptimisticUpdate::Result::Failed:
        return failure(up.error());
    case OptimisticUpdate::Result::Conflict:
        if (conflict)
            *conflict = up.conflict();
        return failure(QStringLiteral("row_version"),
                       up.conflict().deleted
                           ? tr("the questionnaire no longer exists")
                           : tr("the questionnaire was %1").arg(up.conflict().message()));
    case OptimisticUpdate::Result::Updated:
        break;
    }
    if (QSqlError e
        = AuditLog::record(m_db, QStringLiteral("questionnaires"), s.id, QStringLiteral("update"),
                           before ? auditValues(*before) : QVariantMap(), auditValues(s));
        e.isValid())
        return failure(e);
    if (QSqlError e = tx.commit(); e.isValid())
        return failure(e);
    s.rowVersion = up.newVersion();
    m_db.events()->notify(DataEvents::Campaigns | DataEvents::Links);
    return {};
}
