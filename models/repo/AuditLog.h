#pragma once

#include <QDate>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVariantMap>

class Database;

// Who changed which record when, old values to new. Written inside the caller's transaction so
// the log and the change land together or not at all.
class AuditLog
{
public:
    // Appends one entry (now, the database's user, the current Via text); returns the
    // statement's error, invalid on success.
    static QSqlError record(Database &db, const QString &table, qint64 recordId,
                            const QString &action, const QVariantMap &oldValues,
                            const QVariantMap &newValues);

    // While one lives, every entry this thread records says what the change came through, e.g.
    // "import units.xlsx", so an import's rows show as such. Nests; restores the outer text.
    class Via
    {
    public:
        explicit Via(const QString &what);
        ~Via();
        Via(const Via &) = delete;
        Via &operator=(const Via &) = delete;
        static QString current();

    private:
        QString m_previous;
    };

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
        QString via;
    };
    // A record's entries, oldest first; empty, and *error set, when the read failed.
    static QList<Entry> forRecord(Database &db, const QString &table, qint64 recordId,
                                  QSqlError *error = nullptr);

    // What find() returns: every condition given narrows it.
    struct Filter
    {
        QString table; // empty: every table
        qint64 recordId = 0; // with table: that record only
        // A unit's own history: the unit and its participations, letters and links.
        qint64 unitId = 0;
        QString user; // exact user name; empty: everyone
        QDate since; // local date, inclusive; invalid: from the start
        QDate until; // local date, inclusive; invalid: up to now
        int limit = 10000; // newest entries first, at most this many
    };
    // The entries matching filter, newest first; on a failed query returns none and sets *error.
    static QList<Entry> find(Database &db, const Filter &filter, QSqlError *error = nullptr);
    // Everyone who has changed something, sorted.
    static QStringList users(Database &db, QSqlError *error = nullptr);
    // The UTC timestamp text at which a local date starts, as stored in audit_log.at.
    static QString startOfLocalDay(const QDate &date);
};
