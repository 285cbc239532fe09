#include "repo/AuditLog.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/SqlValue.h"

#include <QDateTime>
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

// Per thread: a background import must not label what the GUI thread writes meanwhile.
thread_local QString t_via;

const QString kColumns = QStringLiteral(
    "SELECT id, at, user_name, table_name, record_id, action, old_values, new_values, via"
    " FROM audit_log");

QList<AuditLog::Entry> readEntries(QSqlQuery &q)
{
    QList<AuditLog::Entry> entries;
    while (q.next()) {
        entries.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString(),
                        fromJson(q.value(6).toString()), fromJson(q.value(7).toString()),
                        q.value(8).toString()});
    }
    return entries;
}
} // namespace

AuditLog::Via::Via(const QString &what)
    : m_previous(t_via)
{
    t_via = what;
}

AuditLog::Via::~Via()
{
    t_via = m_previous;
}

QString AuditLog::Via::current()
{
    return t_via;
}

QSqlError AuditLog::record(Database &db, const QString &table, qint64 recordId,
                           const QString &action, const QVariantMap &oldValues,
                           const QVariantMap &newValues)
{
    // Prepared once per connection: imports and bulk issues write thousands of entries.
    QSqlError prepareError;
    QSqlQuery *q = db.cachedQuery(QStringLiteral("INSERT INTO audit_log (at, user_name, table_name,"
                                                 " record_id, action, old_values, new_values, via)"
                                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
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
    q->bindValue(7, SqlValue::text(t_via));
    const bool ok = q->exec();
    const QSqlError error = q->lastError();
    q->finish();
    if (!ok)
        return error;
    return {};
}

QList<AuditLog::Entry> AuditLog::forRecord(Database &db, const QString &table, qint64 recordId)
{
    QSqlQuery q(db.connection());
    q.prepare(kColumns + QStringLiteral(" WHERE table_name = ? AND record_id = ? ORDER BY id"));
    q.addBindValue(table);
    q.addBindValue(recordId);
    if (!q.exec())
        return {};
    return readEntries(q);
}

QString AuditLog::startOfLocalDay(const QDate &date)
{
    return QDateTime(date, QTime(0, 0)).toUTC().toString(Qt::ISODate);
}

QList<AuditLog::Entry> AuditLog::find(Database &db, const Filter &filter, QSqlError *error)
{
    QStringList where;
    QVariantList values;
    if (!filter.table.isEmpty()) {
        where << QStringLiteral("table_name = ?");
        values << filter.table;
        if (filter.recordId > 0) {
            where << QStringLiteral("record_id = ?");
            values << filter.recordId;
        }
    }
    if (filter.unitId > 0) {
        where << QStringLiteral("((table_name = 'units' AND record_id = ?)"
                                " OR (table_name = 'participations' AND record_id IN"
                                "  (SELECT id FROM participations WHERE unit_id = ?))"
                                " OR (table_name = 'letters' AND record_id IN (SELECT id FROM "
                                "letters WHERE unit_id = ?))"
                                " OR (table_name = 'links' AND record_id IN (SELECT id FROM links "
                                "WHERE unit_id = ?)))");
        values << filter.unitId << filter.unitId << filter.unitId << filter.unitId;
    }
    if (!filter.user.isEmpty()) {
        where << QStringLiteral("user_name = ?");
        values << filter.user;
    }
    if (filter.since.isValid()) {
        where << QStringLiteral("at >= ?");
        values << startOfLocalDay(filter.since);
    }
    if (filter.until.isValid()) {
        where << QStringLiteral("at < ?");
        values << startOfLocalDay(filter.until.addDays(1));
    }
    QString sql = kColumns;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    values << qMax(1, filter.limit);
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = q.lastError();
        return {};
    }
    return readEntries(q);
}

QStringList AuditLog::users(Database &db)
{
    QStringList users;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT user_name FROM audit_log ORDER BY user_name")))
        return users;
    while (q.next())
        users << q.value(0).toString();
    return users;
}
