#include "mail/MailLogRepository.h"

#include "checklist/ChecklistRepository.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/LookupError.h"
#include "db/SqlValue.h"
#include "db/Transaction.h"
#include "db/SqlPrepare.h"

#include <QSqlQuery>

#include <algorithm>

namespace {

const char kSelect[]
    = "SELECT g.id, g.campaign_id, g.mailing, g.unit_id, u.name, g.recipient, g.status,"
      " g.detail, g.message_id, g.attachments, g.logged_at, g.by_user"
      " FROM mail_log g JOIN units u ON u.id = g.unit_id WHERE g.campaign_id = ?";

MailLogEntry fromQuery(const QSqlQuery &q)
{
    MailLogEntry e;
    e.id = q.value(0).toLongLong();
    e.campaignId = q.value(1).toLongLong();
    e.mailing = q.value(2).toString();
    e.unitId = q.value(3).toLongLong();
    e.unitName = q.value(4).toString();
    e.recipient = q.value(5).toString();
    e.status = q.value(6).toString() == QLatin1String("sent") ? MailLogEntry::Status::Sent
                                                              : MailLogEntry::Status::Failed;
    e.detail = q.value(7).toString();
    e.messageId = q.value(8).toString();
    e.attachments = q.value(9).toString();
    e.at = q.value(10).toString();
    e.by = q.value(11).toString();
    return e;
}

} // namespace

Problems MailLogRepository::record(MailLogEntry &e, const QList<ChecklistItem> &ticksWhenSent)
{
    if (e.at.isEmpty())
        e.at = Clock::nowText();
    if (e.by.isEmpty())
        e.by = m_db.userName();
    Transaction tx(m_db);
    if (!tx.isActive())
        return {{{}, 0, {}, Dialect::describeError(tx.error())}};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO mail_log (campaign_id, mailing, unit_id, recipient, status, detail,"
        " message_id, attachments, logged_at, by_user) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " RETURNING id"));
    for (const QVariant &v :
         {QVariant(e.campaignId), SqlValue::text(e.mailing), QVariant(e.unitId),
          SqlValue::text(e.recipient), QVariant(MailLogEntry::statusCode(e.status)),
          SqlValue::text(e.detail), SqlValue::text(e.messageId), SqlValue::text(e.attachments),
          SqlValue::text(e.at), SqlValue::text(e.by)})
        q.addBindValue(v);
    if (!execPrepared(q) || !q.next())
        return {{{}, 0, {}, Dialect::describeError(q.lastError())}};
    e.id = q.value(0).toLongLong();
    q.finish();
    if (e.isSent()) {
        for (const ChecklistItem item : ticksWhenSent) {
            if (Problems p = ChecklistRepository(m_db).tickWithinTransaction(
                    e.campaignId, {e.unitId}, item, QStringLiteral("mail"));
                !p.isEmpty())
                return p;
        }
    }
    if (const QSqlError err = tx.commit(); err.isValid())
        return {{{}, 0, {}, Dialect::describeError(err)}};
    if (e.isSent() && !ticksWhenSent.isEmpty())
        m_db.events()->notify(DataEvents::Checklist);
    return {};
}

QList<MailLogEntry> MailLogRepository::list(qint64 campaignId, const QString &mailing,
                                            qint64 unitId, QSqlError *error) const
{
    QString sql = QLatin1String(kSelect);
    if (!mailing.isEmpty())
        sql += QStringLiteral(" AND g.mailing = ?");
    if (unitId > 0)
        sql += QStringLiteral(" AND g.unit_id = ?");
    QSqlQuery q(m_db.connection());
    q.prepare(sql + QStringLiteral(" ORDER BY g.id DESC"));
    q.addBindValue(campaignId);
    if (!mailing.isEmpty())
        q.addBindValue(mailing);
    if (unitId > 0)
        q.addBindValue(unitId);
    QList<MailLogEntry> list;
    if (!readEveryRow(q, error, [&](const QSqlQuery &row) { list.append(fromQuery(row)); }))
        return {};
    return list;
}

QHash<qint64, MailLogEntry>
MailLogRepository::latestByUnit(qint64 campaignId, const QString &mailing, QSqlError *error) const
{
    QHash<qint64, MailLogEntry> latest;
    // list() is newest first: the first entry seen for a unit is its latest.
    for (const MailLogEntry &e : list(campaignId, mailing, 0, error)) {
        if (!latest.contains(e.unitId))
            latest.insert(e.unitId, e);
    }
    return latest;
}

QList<qint64> MailLogRepository::failedUnits(qint64 campaignId, const QString &mailing,
                                             QSqlError *error) const
{
    QList<qint64> units;
    const QHash<qint64, MailLogEntry> latest = latestByUnit(campaignId, mailing, error);
    for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
        if (!it->isSent())
            units.append(it.key());
    }
    std::sort(units.begin(), units.end());
    return units;
}

bool MailLogRepository::wasSent(qint64 campaignId, const QString &mailing, qint64 unitId,
                                QSqlError *error) const
{
    const QList<MailLogEntry> entries = list(campaignId, mailing, unitId, error);
    return std::any_of(entries.cbegin(), entries.cend(),
                       [](const MailLogEntry &e) { return e.isSent(); });
}
