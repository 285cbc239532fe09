#include "repo/ImportRepository.h"

#include "db/Database.h"

#include <QSqlQuery>

QList<ImportRecord> ImportRepository::forCampaign(qint64 campaignId, QSqlError *error) const
{
    QList<ImportRecord> list;
    QSqlQuery q(m_db.connection());
    QString sql = QStringLiteral(
        "SELECT id, campaign_id, kind, file_name, sha256, rows_read, accepted, duplicate, "
        "rejected, unknown_link, status, user_name, started_at, finished_at, message FROM imports");
    if (campaignId > 0)
        sql += QStringLiteral(" WHERE campaign_id = ?");
    q.prepare(sql + QStringLiteral(" ORDER BY id DESC"));
    if (campaignId > 0)
        q.addBindValue(campaignId);
    if (!q.exec()) {
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
        list.append(r);
    }
    return list;
}
