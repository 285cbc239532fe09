#include "repo/ImportRepository.h"

#include "db/Database.h"
#include "db/LookupError.h"
#include "db/SqlPrepare.h"

#include <QSqlQuery>

QList<ImportRecord> ImportRepository::forCampaign(qint64 campaignId, QSqlError *error) const
{
    return select(campaignId > 0 ? QStringLiteral(" WHERE campaign_id = ?") : QString(), campaignId,
                  error);
}

ImportRecord ImportRepository::byId(qint64 importId, QSqlError *error) const
{
    return select(QStringLiteral(" WHERE id = ?"), importId, error).value(0);
}

QList<ImportRecord> ImportRepository::select(const QString &where, qint64 value,
                                             QSqlError *error) const
{
    QList<ImportRecord> list;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral(
            "SELECT id, campaign_id, kind, file_name, sha256, rows_read, accepted, duplicate, "
            "rejected, unknown_link, status, user_name, started_at, finished_at, message, "
            "withdrawn_at, withdrawn_by, withdrawable FROM imports")
        + where + QStringLiteral(" ORDER BY id DESC"));
    if (!where.isEmpty())
        q.addBindValue(value);
    if (!execPrepared(q)) {
        if (error)
            *error = q.lastError();
        return list;
    }
    while (q.next()) {
        ImportRecord r;
        r.id = q.value(0).toLongLong();
        r.campaignId = q.value(1).toLongLong();
        r.kind = q.value(2).toString();
        r.fileName = q.value(3).toString();
        r.sha256 = q.value(4).toString();
        r.rowsRead = q.value(5).toLongLong();
        r.accepted = q.value(6).toLongLong();
        r.duplicate = q.value(7).toLongLong();
        r.rejected = q.value(8).toLongLong();
        r.unknownLink = q.value(9).toLongLong();
        r.status = q.value(10).toString();
        r.user = q.value(11).toString();
        r.startedAt = q.value(12).toString();
        r.finishedAt = q.value(13).toString();
        r.message = q.value(14).toString();
        r.withdrawnAt = q.value(15).toString();
        r.withdrawnBy = q.value(16).toString();
        r.withdrawable = q.value(17).toInt() != 0;
        list.append(r);
    }
    // SQLite reports a damaged page only when its row is fetched.
    if (failedWith(q.lastError(), error))
        return {};
    return list;
}
