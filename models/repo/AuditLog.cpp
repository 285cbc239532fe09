#include "repo/AuditLog.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/SqlValue.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {
QString toJson(const QVariantMap &values)
{
    if (values.isEmpty())
        return {};
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(values)).toJson(QJsonDocument::Compact));
}

QVariantMap fromJson(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object().toVariantMap();
}
} // namespace

QSqlError AuditLog::record(Database &db, const QString &table, qint64 recordId,
                           const QString &action, const QVariantMap &oldValues,
                           const QVariantMap &newValues)
{
    // Prepared once per connection: imports and bulk issues write thousands of entries.
    QSqlError prepareError;
    QSqlQuery *q = db.cachedQuery(QStringLiteral("INSERT INTO audit_log (at, user_name, table_name,"
                                                 " record_id, action, old_values, new_values)"
                                                 " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                  &prepareError);
    if (!q)
        return prepareError;
    q->bindValue(0, Clock::nowText());
    q->bindValue(1, db.userName());
    q->bindValue(2, table);
    q->bindValue(3, recordId);
    q->bindValue(4, action);
    q->bindValue(5, SqlValue::text(toJson(oldValues)));
    q->bindValue(6, SqlValue::text(toJson(newValues)));
    const bool ok = q->exec();
    const QSqlError error = q->lastError();
    q->finish();
    if (!ok)
        return error;
    return {};
}

QList<AuditLog::Entry> AuditLog::forRecord(Database &db, const QString &table, qint64 recordId)
{
    QList<Entry> entries;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id, at, user_name, table_name, record_id, action, old_values,"
                             " new_values FROM audit_log WHERE table_name = ? AND record_id = ?"
                             " ORDER BY id"));
    q.addBindValue(table);
    q.addBindValue(recordId);
    if (!q.exec())
        return entries;
    while (q.next()) {
        entries.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString(),
                        fromJson(q.value(6).toString()), fromJson(q.value(7).toString())});
    }
    return entries;
}
