#pragma once

#include <QSqlError>
#include <QString>
#include <QVariantMap>

class Database;

// Who changed which record when, old values to new. Written inside the caller's transaction so
// the log and the change land together or not at all.
class AuditLog
{
public:
    static QSqlError record(Database &db, const QString &table, qint64 recordId,
                            const QString &action, const QVariantMap &oldValues,
                            const QVariantMap &newValues);

    struct Entry
    {
        qint64 id = 0;
        QString at;
        QString user;
        QString table;
        qint64 recordId = 0;
        QString action;
        QVariantMap oldValues;
        QVariantMap newValues;
    };
    static QList<Entry> forRecord(Database &db, const QString &table, qint64 recordId);
};
