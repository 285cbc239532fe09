#include "db/ConflictError.h"

#include "db/Database.h"
#include "repo/AuditLog.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

QString ConflictError::message() const
{
    if (deleted)
        return QCoreApplication::translate("ConflictError",
                                           "someone else deleted this record since it was loaded");
    const QString who = changedBy.isEmpty()
        ? QCoreApplication::translate("ConflictError", "someone else")
        : changedBy;
    QString text = changedAt.isEmpty()
        ? QCoreApplication::translate("ConflictError", "changed by %1 since it was loaded").arg(who)
        : QCoreApplication::translate("ConflictError", "changed by %1 at %2 since it was loaded")
              .arg(who, changedAt);
    if (!changedFields.isEmpty())
        text += QCoreApplication::translate("ConflictError", " (fields: %1)")
                    .arg(changedFields.join(QStringLiteral(", ")));
    return text;
}

ConflictError ConflictError::describe(Database &db, const QString &table, qint64 recordId,
                                      int loadedVersion)
{
    ConflictError c;
    c.table = table;
    c.recordId = recordId;
    c.loadedVersion = loadedVersion;
    const QSqlRecord columns = db.connection().record(table);
    QStringList select = {QStringLiteral("row_version")};
    const bool hasUpdatedAt = columns.contains(QStringLiteral("updated_at"));
    const bool hasUpdatedBy = columns.contains(QStringLiteral("updated_by"));
    if (hasUpdatedAt)
        select << QStringLiteral("updated_at");
    if (hasUpdatedBy)
        select << QStringLiteral("updated_by");
    QSqlQuery q(db.connection());
    // table is a program constant, never user input.
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                  .arg(select.join(QStringLiteral(", ")), table));
    q.addBindValue(recordId);
    if (!q.exec() || !q.next()) {
        c.deleted = true;
        return c;
    }
    c.currentVersion = q.value(0).toInt();
    int i = 1;
    if (hasUpdatedAt)
        c.changedAt = q.value(i++).toString();
    if (hasUpdatedBy)
        c.changedBy = q.value(i++).toString();
    q.finish();

    const QList<AuditLog::Entry> entries = AuditLog::forRecord(db, table, recordId);
    if (!entries.isEmpty()) {
        const AuditLog::Entry &last = entries.constLast();
        if (c.changedBy.isEmpty())
            c.changedBy = last.user;
        if (c.changedAt.isEmpty())
            c.changedAt = last.at;
        for (auto it = last.newValues.cbegin(); it != last.newValues.cend(); ++it) {
            if (last.oldValues.value(it.key()) != it.value()) {
                c.changedFields << it.key();
                c.theirValues.insert(it.key(), it.value());
            }
        }
    }
    return c;
}
