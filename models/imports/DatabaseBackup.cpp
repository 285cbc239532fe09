#include "imports/DatabaseBackup.h"

#include "db/Database.h"
#include "db/SqlPrepare.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

QString DatabaseBackup::folderFor(const Database &db)
{
    if (!db.dialect().isSQLite())
        return {};
    return db.location() + QStringLiteral(".backups");
}

QString DatabaseBackup::take(Database &db, const QString &reason, QString *error)
{
    if (!db.dialect().isSQLite())
        return {};
    const QString folder = folderFor(db);
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("cannot create the backup folder %1").arg(folder);
        return {};
    }
    const QDir dir(folder);
    QString stem = QFileInfo(db.location()).completeBaseName();
    QString safeReason = reason;
    for (QChar &c : safeReason) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char('_');
    }
    // Sortable by name: the time first, to the millisecond; then the process, as two desks
    // importing into one file at the same moment each write their own copy.
    const QString name
        = QStringLiteral("%1-%2-p%3%4.sqlite")
              .arg(stem,
                   QDateTime::currentDateTimeUtc().toString(
                       QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'")),
                   QString::number(QCoreApplication::applicationPid()),
                   safeReason.isEmpty() ? QString() : QLatin1Char('-') + safeReason.left(40));
    const QString path = dir.filePath(name);
    QFile::remove(path);
    QSqlQuery q(db.connection());
    if (!q.prepare(QStringLiteral("VACUUM INTO ?"))) {
        if (error)
            *error
                = tr("cannot back up the database: %1").arg(Dialect::describeError(q.lastError()));
        return {};
    }
    q.addBindValue(path);
    if (!execPrepared(q)) {
        if (error)
            *error = tr("cannot back up the database to %1: %2")
                         .arg(path, Dialect::describeError(q.lastError()));
        return {};
    }
    // Only the copies taken before imports (named by time), not the daily ones (DatabaseCopy).
    QStringList copies
        = dir.entryList({stem + QStringLiteral("-[0-9]*.sqlite")}, QDir::Files, QDir::Name);
    while (copies.size() > kKeep)
        QFile::remove(dir.filePath(copies.takeFirst()));
    return path;
}
