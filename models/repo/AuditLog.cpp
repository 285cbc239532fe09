#include "repo/AuditLog.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/LookupError.h"
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

// Runs q (prepared and bound) and reads its entries; empty, and *error set, when it failed.
QList<AuditLog::Entry> readEntries(QSqlQuery &q, QSqlError *error)
{
    QList<AuditLog::Entry> entries;
    const bool read = readEveryRow(q, error, [&](const QSqlQuery &row) {
        entries.append({row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(),
                        row.value(3).toString(), row.value(4).toLongLong(), row.value(5).toString(),
                        fromJson(row.value(6).toString()), fromJson(row.value(7).toString()),
                        row.value(8).toString()});
    });
    return read ? entries : QList<AuditLog::Entry>();
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

QList<AuditLog::Entry> AuditLog::forRecord(Database &db, const QString &table, qint64 recordId,
                                           QSqlError *error)
{
    QSqlQuery q(db.connection());
    q.prepare(kColumns + QStringLiteral(" WHERE table_name = ? AND record_id = ? ORDER BY id"));
    q.addBindValue(table);
    q.addBindValue(recordId);
    return readEntries(q, error);
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
    return readEntries(q, error);
}

QStringList AuditLog::users(Database &db, QSqlError *error)
{
    QStringList users;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT user_name FROM audit_log ORDER BY user_name"));
    if (!readEveryRow(q, error, [&](const QSqlQuery &row) { users << row.value(0).toString(); }))
        return {};
    return users;
}
