#include "links/LinkRepository.h"

#include "common/Clock.h"
#include "db/ConflictError.h"
#include "db/Database.h"
#include "db/LookupError.h"
#include "db/Dialect.h"
#include "db/SqlPrepare.h"
#include "db/SqlValue.h"
#include "db/Transaction.h"
#include "links/LinkUrl.h"
#include "links/TokenGenerator.h"
#include "repo/AuditLog.h"

#include <QSqlQuery>

#include <utility>

namespace {

Problems failure(const QString &field, const QString &message)
{
    return {{{}, 0, field, message}};
}

Problems failure(const QSqlError &error)
{
    return failure(QString(), Dialect::describeError(error));
}

Link::Status statusFromCode(const QString &code)
{
    return code == QLatin1String("revoked") ? Link::Status::Revoked : Link::Status::Active;
}

const char kSelect[]
    = "SELECT l.id, l.campaign_id, c.year, c.title, COALESCE(NULLIF(qn.base_url, ''), c.base_url),"
      " l.unit_id,"
      " u.name, l.token, l.label,"
      " l.status, l.created_at, l.created_by, l.revoked_at, l.row_version,"
      " COALESCE((SELECT SUM(t.valid_samples) FROM daily_tallies t WHERE t.link_id = l.id), 0),"
      " COALESCE(qn.link_parameter, 'src'), COALESCE(l.questionnaire_id, 0),"
      " COALESCE(qn.name, '')"
      " FROM links l JOIN campaigns c ON c.id = l.campaign_id JOIN units u ON u.id = l.unit_id"
      " LEFT JOIN questionnaires qn ON qn.id = l.questionnaire_id";

Link fromQuery(const QSqlQuery &q)
{
    Link l;
    l.id = q.value(0).toLongLong();
    l.campaignId = q.value(1).toLongLong();
    l.campaignYear = q.value(2).toInt();
    l.campaignTitle = q.value(3).toString();
    const QString baseUrl = q.value(4).toString();
    l.unitId = q.value(5).toLongLong();
    l.unitName = q.value(6).toString();
    l.token = q.value(7).toString();
    l.label = q.value(8).toString();
    l.status = statusFromCode(q.value(9).toString());
    l.createdAt = q.value(10).toString();
    l.createdBy = q.value(11).toString();
    l.revokedAt = q.value(12).toString();
    l.rowVersion = q.value(13).toInt();
    l.samples = q.value(14).toLongLong();
    l.questionnaireId = q.value(16).toLongLong();
    l.questionnaireName = q.value(17).toString();
    l.url
        = baseUrl.isEmpty() ? QString() : LinkUrl::build(baseUrl, l.token, q.value(15).toString());
    return l;
}

QString normalizedToken(const QString &tokenOrUrl)
{
    return TokenGenerator::normalize(LinkUrl::tokenFrom(tokenOrUrl));
}

} // namespace

Problems LinkRepository::recordRequest(qint64 campaignId, qint64 unitId, int count,
                                       const QDate &date, int seenRequested)
{
    if (count < 0 || count > kMaxIssue)
        return failure(QStringLiteral("count"),
                       tr("the number of links must be between 0 and %1").arg(kMaxIssue));
    Transaction tx(m_db);
    if (tx.error().isValid())
        return failure(tx.error());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, links_requested, links_requested_at FROM participations"
                             " WHERE campaign_id = ? AND unit_id = ?"));
    q.addBindValue(campaignId);
    q.addBindValue(unitId);
    if (!execPrepared(q))
        return failure(q.lastError());
    if (!q.next())
        return failure(QStringLiteral("unit"),
                       tr("unit %1 does not take part in this campaign").arg(unitId));
    const qint64 participationId = q.value(0).toLongLong();
    const QVariantMap before = {{QStringLiteral("links_requested"), q.value(1)},
                                {QStringLiteral("links_requested_at"), q.value(2)}};
    const int stored = q.value(1).isNull() ? kNoRequest : q.value(1).toInt();
    q.finish();
    if (seenRequested != kAnyRequest && stored != seenRequested) {
        const ConflictError by
            = ConflictError::describe(m_db, QStringLiteral("participations"), participationId, 0);
        if (by.readError.isValid())
            return failure(by.readError);
        return failure(QStringLiteral("count"),
                       tr("%1 recorded a request for %n link(s) meanwhile", nullptr, stored)
                           .arg(by.changedBy.isEmpty() ? tr("someone else") : by.changedBy));
    }
    const QString day = Clock::dateText(date.isValid() ? date : QDate::currentDate());
    q.prepare(
        QStringLiteral("UPDATE participations SET links_requested = ?, links_requested_at = ?,"
                       " row_version = row_version + 1, updated_at = ?, updated_by = ?"
                       " WHERE id = ?"));
    q.addBindValue(count);
    q.addBindValue(day);
    q.addBindValue(Clock::nowText());
    q.addBindValue(m_db.userName());
    q.addBindValue(participationId);
    if (!execPrepared(q))
        return failure(q.lastError());
    const QVariantMap after
        = {{QStringLiteral("links_requested"), count}, {QStringLiteral("links_requested_at"), day}};
    if (QSqlError e = AuditLog::record(m_db, QStringLiteral("participations"), participationId,
                                       QStringLiteral("links-request"), before, after);
        e.isValid())
        return failure(e);
    if (QSqlError e = tx.commit(); e.isValid())
        return failure(e);
    m_db.events()->notify(DataEvents::Links | DataEvents::Units);
    return {};
}

QList<PendingLinkRequest> LinkRepository::pendingRequests(qint64 campaignId, QSqlError *error) const
{
    QList<PendingLinkRequest> list;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT p.unit_id, u.name, p.kind,"
        " (SELECT COUNT(*) FROM links l WHERE l.campaign_id = p.campaign_id AND l.unit_id = "
        "p.unit_id)"
        " FROM participations p JOIN units u ON u.id = p.unit_id"
        " WHERE p.campaign_id = ? AND p.links_requested IS NULL AND u.merged_into IS NULL"
        " ORDER BY u.name_key, u.id"));
    q.addBindValue(campaignId);
    if (!execPrepared(q)) {
        if (error)
            *error = q.lastError();
        return list;
    }
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toLongLong()});
    // SQLite reports a damaged page only when its row is fetched.
    if (failedWith(q.lastError(), error))
        return {};
    return list;
}

QList<UnitLinkSummary> LinkRepository::unitSummaries(qint64 campaignId, QSqlError *error) const
{
    QList<UnitLinkSummary> list;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT p.unit_id, u.name, p.links_requested, p.links_requested_at,"
        " (SELECT COUNT(*) FROM links l WHERE l.campaign_id = p.campaign_id AND l.unit_id = "
        "p.unit_id),"
        " (SELECT COUNT(*) FROM links l WHERE l.campaign_id = p.campaign_id AND l.unit_id = "
        "p.unit_id"
        "  AND l.status = 'active')"
        " FROM participations p JOIN units u ON u.id = p.unit_id"
        " WHERE p.campaign_id = ? AND u.merged_into IS NULL ORDER BY u.name_key, u.id"));
    q.addBindValue(campaignId);
    if (!execPrepared(q)) {
        if (error)
            *error = q.lastError();
        return list;
    }
    while (q.next()) {
        UnitLinkSummary s;
        s.unitId = q.value(0).toLongLong();
        s.unitName = q.value(1).toString();
        s.requested = q.value(2).isNull() ? -1 : q.value(2).toInt();
        s.requestedAt = q.value(3).toString().left(10); // a date; older rows hold a timestamp
        s.issued = q.value(4).toLongLong();
        s.active = q.value(5).toLongLong();
        list.append(s);
    }
    // SQLite reports a damaged page only when its row is fetched.
    if (failedWith(q.lastError(), error))
        return {};
    return list;
}

// The questionnaire links go to (0: the campaign's first) and whether it has a base URL; one
// without its own (or a campaign without questionnaires) issues on the campaign's base URL.
Problems LinkRepository::resolveQuestionnaire(qint64 campaignId, qint64 *questionnaireId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT c.base_url, qn.id, qn.base_url FROM campaigns c LEFT JOIN questionnaires qn"
        " ON qn.campaign_id = c.id AND (qn.id = ? OR (? = 0 AND qn.id = (SELECT MIN(f.id) FROM"
        " questionnaires f WHERE f.campaign_id = c.id))) WHERE c.id = ?"));
    q.addBindValue(*questionnaireId);
    q.addBindValue(*questionnaireId);
    q.addBindValue(campaignId);
    if (!execPrepared(q))
        return failure(q.lastError());
    if (!q.next())
        return failure(QStringLiteral("campaign"), tr("the campaign does not exist"));
    if (*questionnaireId > 0 && q.value(1).isNull())
        return failure(QStringLiteral("questionnaire"),
                       tr("questionnaire %1 is not one of this campaign's").arg(*questionnaireId));
    *questionnaireId = q.value(1).toLongLong();
    // A questionnaire without a base URL of its own is on the campaign's.
    const QString own = q.value(1).isNull() ? QString() : q.value(2).toString().trimmed();
    const QString baseUrl = own.isEmpty() ? q.value(0).toString() : own;
    if (baseUrl.trimmed().isEmpty())
        return failure(QStringLiteral("campaign"),
                       tr("the questionnaire has no base URL; set one before issuing links"));
    return {};
}

// Checks the request, then in one transaction: the questionnaire, the unit, one row and one
// audit entry per link, and the new links read back for *issued.
Problems LinkRepository::issue(qint64 campaignId, qint64 unitId, int count, const QString &label,
                               QList<Link> *issued, qint64 questionnaireId)
{
    if (count < 1 || count > kMaxIssue)
        return failure(QStringLiteral("count"),
                       tr("the number of links must be between 1 and %1").arg(kMaxIssue));
    const QString cleanLabel = label.simplified();
    if (cleanLabel.size() > 200)
        return failure(QStringLiteral("label"), tr("the label is longer than 200 characters"));

    Transaction tx(m_db);
    if (tx.error().isValid())
        return failure(tx.error());
    if (Problems p = resolveQuestionnaire(campaignId, &questionnaireId); !p.isEmpty())
        return p;
    if (Problems p = checkTakesPart(campaignId, unitId); !p.isEmpty())
        return p;
    const NewLink link {campaignId,      unitId,           cleanLabel,
                        questionnaireId, Clock::nowText(), m_db.userName()};
    QSqlQuery insert = prepareInsert();
    QList<qint64> ids;
    ids.reserve(count);
    for (int i = 0; i < count; ++i) {
        if (Problems p = insertLink(insert, link, &ids); !p.isEmpty())
            return p;
    }
    // Read back inside the transaction: links that cannot be read are not issued either.
    QList<Link> fresh;
    if (QSqlError e; issued && !readBack(campaignId, unitId, ids, &fresh, &e))
        return failure(e);
    if (QSqlError e = tx.commit(); e.isValid())
        return failure(e);
    m_db.events()->notify(DataEvents::Links);
    if (issued)
        *issued = fresh;
    return {};
}

// The unit exists, was not merged into another and takes part in the campaign.
Problems LinkRepository::checkTakesPart(qint64 campaignId, qint64 unitId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT u.merged_into, p.id FROM units u LEFT JOIN participations p"
                             " ON p.unit_id = u.id AND p.campaign_id = ? WHERE u.id = ?"));
    q.addBindValue(campaignId);
    q.addBindValue(unitId);
    const Lookup<std::pair<QVariant, QVariant>> unit = lookupFirstRow(
        q, [](const QSqlQuery &row) { return std::make_pair(row.value(0), row.value(1)); });
    if (!unit && unit.error().isDatabase())
        return failure(unit.error().sqlError);
    if (!unit)
        return failure(QStringLiteral("unit"), tr("there is no unit %1").arg(unitId));
    if (!unit->first.isNull())
        return failure(
            QStringLiteral("unit"),
            tr("unit %1 was merged into unit %2").arg(unitId).arg(unit->first.toLongLong()));
    if (unit->second.isNull())
        return failure(QStringLiteral("unit"),
                       tr("unit %1 does not take part in this campaign").arg(unitId));
    return {};
}

QSqlQuery LinkRepository::prepareInsert() const
{
    QSqlQuery insert(m_db.connection());
    // ON CONFLICT DO NOTHING keeps the transaction usable on both backends when a token is
    // already taken: no row comes back and another token is drawn.
    insert.prepare(QStringLiteral("INSERT INTO links (campaign_id, unit_id, token, label, status,"
                                  " created_at, created_by, questionnaire_id)"
                                  " VALUES (?, ?, ?, ?, 'active', ?, ?, ?)"
                                  " ON CONFLICT (token) DO NOTHING RETURNING id"));
    return insert;
}

// One link under a newly drawn token (insert: prepareInsert()), and its audit entry; its id
// appended to *ids.
Problems LinkRepository::insertLink(QSqlQuery &insert, const NewLink &link, QList<qint64> *ids)
{
    qint64 id = 0;
    QString token;
    for (int attempt = 0; attempt < kMaxTokenAttempts && id == 0; ++attempt) {
        token = m_tokenSource ? m_tokenSource() : TokenGenerator::generate();
        insert.bindValue(0, link.campaignId);
        insert.bindValue(1, link.unitId);
        insert.bindValue(2, token);
        insert.bindValue(3, SqlValue::text(link.label));
        insert.bindValue(4, link.createdAt);
        insert.bindValue(5, link.createdBy);
        insert.bindValue(6, SqlValue::id(link.questionnaireId));
        if (!execPrepared(insert))
            return failure(insert.lastError());
        if (insert.next())
            id = insert.value(0).toLongLong();
        insert.finish();
    }
    if (id == 0)
        return failure(QStringLiteral("token"),
                       tr("could not draw an unused token in %1 attempts").arg(kMaxTokenAttempts));
    if (QSqlError e
        = AuditLog::record(m_db, QStringLiteral("links"), id, QStringLiteral("issue"), {},
                           {{QStringLiteral("campaign_id"), link.campaignId},
                            {QStringLiteral("unit_id"), link.unitId},
                            {QStringLiteral("questionnaire_id"), link.questionnaireId},
                            {QStringLiteral("token"), token},
                            {QStringLiteral("label"), link.label}});
        e.isValid())
        return failure(e);
    ids->append(id);
    return {};
}

// The unit's links among ids, as list() reads them.
bool LinkRepository::readBack(qint64 campaignId, qint64 unitId, const QList<qint64> &ids,
                              QList<Link> *links, QSqlError *error) const
{
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    const QList<Link> all = list({campaignId, unitId, std::nullopt, QString()}, error);
    if (error->isValid())
        return false;
    for (const Link &l : all) {
        if (wanted.contains(l.id))
            links->append(l);
    }
    return true;
}

Problems LinkRepository::revoke(const QStringList &tokensOrUrls)
{
    return setStatus(tokensOrUrls, Link::Status::Revoked);
}

Problems LinkRepository::restore(const QStringList &tokensOrUrls)
{
    return setStatus(tokensOrUrls, Link::Status::Active);
}

Problems LinkRepository::setStatus(const QStringList &tokensOrUrls, Link::Status status)
{
    Transaction tx(m_db);
    if (tx.error().isValid())
        return failure(tx.error());
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE links SET status = ?, revoked_at = ?, row_version = row_version + 1"
                       " WHERE id = ? AND row_version = ?"));
    for (const QString &tokenOrUrl : tokensOrUrls) {
        const QString token = normalizedToken(tokenOrUrl);
        const Lookup<Link> link = byToken(token);
        if (!link && link.error().isDatabase())
            return failure(link.error().sqlError);
        if (!link)
            return failure(QStringLiteral("token"),
                           tr("there is no link with token %1").arg(token));
        if (link->status == status) {
            // Usually a second desk did the same a moment ago: say who.
            const ConflictError by
                = ConflictError::describe(m_db, QStringLiteral("links"), link->id, 0);
            if (by.readError.isValid())
                return failure(by.readError);
            const QString who = by.changedBy.isEmpty() ? QString()
                                                       : QLatin1Char(' ')
                    + tr("(by %1 at %2)").arg(by.changedBy, Clock::localTimeText(by.changedAt));
            return failure(QStringLiteral("token"),
                           (status == Link::Status::Revoked
                                ? tr("link %1 is already revoked").arg(token)
                                : tr("link %1 is already active").arg(token))
                               + who);
        }
        const QString revokedAt = status == Link::Status::Revoked ? Clock::nowText() : QString();
        q.bindValue(0, Link::statusCode(status));
        q.bindValue(
            1, revokedAt.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(revokedAt));
        q.bindValue(2, link->id);
        q.bindValue(3, link->rowVersion);
        if (!execPrepared(q))
            return failure(q.lastError());
        if (q.numRowsAffected() != 1)
            return failure(QStringLiteral("token"),
                           tr("link %1 was %2")
                               .arg(token,
                                    ConflictError::describe(m_db, QStringLiteral("links"), link->id,
                                                            link->rowVersion)
                                        .message()));
        if (QSqlError e
            = AuditLog::record(m_db, QStringLiteral("links"), link->id,
                               status == Link::Status::Revoked ? QStringLiteral("revoke")
                                                               : QStringLiteral("restore"),
                               {{QStringLiteral("status"), link->statusCode()},
                                {QStringLiteral("revoked_at"), link->revokedAt}},
                               {{QStringLiteral("status"), Link::statusCode(status)},
                                {QStringLiteral("revoked_at"), revokedAt}});
            e.isValid())
            return failure(e);
    }
    if (QSqlError e = tx.commit(); e.isValid())
        return failure(e);
    m_db.events()->notify(DataEvents::Links);
    return {};
}

QList<Link> LinkRepository::list(const Filter &filter, QSqlError *error) const
{
    QStringList where;
    QVariantList values;
    if (filter.campaignId > 0) {
        where << QStringLiteral("l.campaign_id = ?");
        values << filter.campaignId;
    }
    if (filter.unitId > 0) {
        where << QStringLiteral("l.unit_id = ?");
        values << filter.unitId;
    }
    if (filter.questionnaireId > 0) {
        where << QStringLiteral("l.questionnaire_id = ?");
        values << filter.questionnaireId;
    }
    if (filter.status) {
        where << QStringLiteral("l.status = ?");
        values << Link::statusCode(*filter.status);
    }
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        const QString like = m_db.dialect().caseInsensitiveLike();
        where << QStringLiteral("(u.name %1 ? OR l.label %1 ? OR l.token %1 ?)").arg(like);
        QString pattern = search;
        pattern.replace(QLatin1Char('%'), QString()).replace(QLatin1Char('_'), QString());
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        values << pattern << pattern
               << QVariant(QLatin1Char('%') + normalizedToken(search) + QLatin1Char('%'));
    }
    QString sql = QLatin1String(kSelect);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY c.year, u.name_key, u.id, l.id");
    QList<Link> links;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (refusedToPrepare(q, sql)) {
        failedWith(q.lastError(), error);
        return {};
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!readEveryRow(q, error, [&](const QSqlQuery &row) { links.append(fromQuery(row)); }))
        return {};
    return links;
}

Lookup<Link> LinkRepository::byToken(const QString &tokenOrUrl) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(kSelect) + QStringLiteral(" WHERE l.token = ?"));
    q.addBindValue(normalizedToken(tokenOrUrl));
    return lookupFirstRow(q, fromQuery);
}
