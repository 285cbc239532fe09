#include "db/LockHolder.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/Dialect.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QSysInfo>

namespace {
QString &role()
{
    static QString current = QStringLiteral("desk");
    return current;
}
} // namespace

void LockHolder::setRole(const QString &r)
{
    role() = r;
}

QString LockHolder::applicationName()
{
    QString name = QStringLiteral("secretariat %1 %2@%3")
                       .arg(role(), Clock::currentUser(), QSysInfo::machineHostName());
    // PostgreSQL keeps the first 63 bytes; cut on a character, not inside one.
    while (name.toUtf8().size() > 63)
        name.chop(1);
    return name;
}

Lookup<QString> LockHolder::describe(Database &db)
{
    if (!db.dialect().isPostgreSQL())
        return lookupNotFound();
    const qint64 key = Dialect::writeLockKey();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT a.application_name, a.usename, host(a.client_addr), a.xact_start"
        " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
        " WHERE l.locktype = 'advisory' AND l.granted AND l.classid = ? AND l.objid = ?"
        " AND l.objsubid = 1 AND l.pid <> pg_backend_pid()"
        // Advisory locks belong to one database; another database on the same server (another
        // campaign office, or a test running beside this one) holding its own is not our holder.
        " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"));
    q.addBindValue(quint32(quint64(key) >> 32));
    q.addBindValue(quint32(quint64(key) & 0xffffffffu));
    return lookupFirstRow(q, [](const QSqlQuery &row) {
        const QString program = row.value(0).toString();
        QStringList details;
        if (const QString user = row.value(1).toString(); !user.isEmpty())
            details << tr("user %1").arg(user);
        if (const QString from = row.value(2).toString(); !from.isEmpty())
            details << tr("from %1").arg(from);
        if (const QDateTime since = row.value(3).toDateTime(); since.isValid())
            details << tr("since %1").arg(since.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
        const QString who = program.isEmpty() ? tr("another program") : program;
        return details.isEmpty()
            ? who
            : QStringLiteral("%1 (%2)").arg(who, details.join(QStringLiteral(", ")));
    });
}
