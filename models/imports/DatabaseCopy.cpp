#include "imports/DatabaseCopy.h"

#include "db/Database.h"
#include "db/DatabaseFiles.h"
#include "db/Migrations.h"
#include "imports/DatabaseBackup.h"
#include "db/SqlPrepare.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <sqlite3.h>

namespace {
sqlite3 *handleOf(Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// Opens file read-only with the C API (no Qt connection to register), for checks and restores.
struct ReadOnlyFile
{
    explicit ReadOnlyFile(const QString &file)
    {
        if (sqlite3_open_v2(QFile::encodeName(file).constData(), &handle, SQLITE_OPEN_READONLY,
                            nullptr)
            != SQLITE_OK) {
            error = QString::fromUtf8(sqlite3_errmsg(handle));
        }
    }
    ~ReadOnlyFile() { sqlite3_close(handle); }
    // The first column of the first row of sql as text; empty on error (see error).
    QString scalar(const char *sql)
    {
        sqlite3_stmt *statement = nullptr;
        QString value;
        if (sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            value = QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        else
            error = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(statement);
        return value;
    }
    sqlite3 *handle = nullptr;
    QString error;
};
} // namespace

QString DatabaseCopy::backupTo(Database &db, const QString &file)
{
    if (!db.dialect().isSQLite())
        return tr("a server database is backed up with the server's tools:\n%1")
            .arg(postgresCommands(db));
    if (const QString refusal = DatabaseFiles::refusal(file); !refusal.isEmpty())
        return refusal;
    // VACUUM INTO writes only into a new file: the old one goes first (the user confirmed).
    if (QFileInfo::exists(file) && !QFile::remove(file))
        return tr("cannot replace %1").arg(QDir::toNativeSeparators(file));
    QSqlQuery q(db.connection());
    if (!q.prepare(QStringLiteral("VACUUM INTO ?")))
        return Dialect::describeError(q.lastError());
    q.addBindValue(file);
    if (!execPrepared(q))
        return tr("cannot write the backup %1: %2")
            .arg(QDir::toNativeSeparators(file), Dialect::describeError(q.lastError()));
    if (const QString problem = checkBackup(file); !problem.isEmpty()) {
        QFile::remove(file);
        return problem;
    }
    return {};
}

QString DatabaseCopy::checkBackup(const QString &file)
{
    const QString shown = QDir::toNativeSeparators(file);
    if (!QFileInfo(file).isFile())
        return tr("%1 does not exist").arg(shown);
    if (const QString refusal = DatabaseFiles::refusal(file); !refusal.isEmpty())
        return refusal;
    ReadOnlyFile copy(file);
    if (!copy.error.isEmpty())
        return tr("%1 cannot be opened: %2").arg(shown, copy.error);
    const QString integrity = copy.scalar("PRAGMA integrity_check");
    if (integrity != QLatin1String("ok"))
        return tr("%1 is not a sound database: %2")
            .arg(shown, integrity.isEmpty() ? copy.error : integrity);
    const QString version = copy.scalar("SELECT MAX(version) FROM schema_migrations");
    if (version.isEmpty())
        return tr("%1 is not a database of this program").arg(shown);
    if (version.toInt() > Migrations::latestVersion())
        return tr("%1 was written by a newer version of the program (schema %2; this one knows "
                  "up to %3): restore it with that version")
            .arg(shown)
            .arg(version)
            .arg(Migrations::latestVersion());
    return {};
}

QString DatabaseCopy::restoreFrom(Database &db, const QString &file, QString *keptCopy)
{
    if (!db.dialect().isSQLite())
        return tr("a server database is restored with the server's tools:\n%1")
            .arg(postgresCommands(db));
    if (db.isReadOnly())
        return tr("the database is open read-only: %1").arg(db.readOnlyReason());
    if (const QString problem = checkBackup(file); !problem.isEmpty())
        return problem;
    QString error;
    const QString kept = DatabaseBackup::take(db, QStringLiteral("before-restore"), &error);
    if (kept.isEmpty())
        return error;
    if (keptCopy)
        *keptCopy = kept;
    ReadOnlyFile source(file);
    if (!source.error.isEmpty())
        return tr("cannot read %1: %2").arg(QDir::toNativeSeparators(file), source.error);
    db.close();
    // The online backup API copies page by page under SQLite's own locks; other connections
    // see the new contents at their next transaction. Our own connection is reopened for it so
    // that no cached statement holds a read snapshot.
    const QString location = db.location();
    if (QSqlError e = db.open(location); e.isValid())
        return Dialect::describeError(e);
    sqlite3 *target = handleOf(db);
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", source.handle, "main");
    if (!backup)
        return tr("cannot restore: %1").arg(QString::fromUtf8(sqlite3_errmsg(target)));
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return tr("cannot restore: %1 (the database is as it was; its copy is %2)")
            .arg(QString::fromUtf8(sqlite3_errstr(rc)), QDir::toNativeSeparators(kept));
    if (QSqlError e = Migrations::prepare(db); e.isValid())
        return Dialect::describeError(e);
    db.events()->notify(DataEvents::Everything);
    return {};
}

QString DatabaseCopy::takeDaily(Database &db, const QDate &today, QString *error)
{
    if (!db.dialect().isSQLite() || db.isReadOnly())
        return {};
    const QString folder = DatabaseBackup::folderFor(db);
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("cannot create the backup folder %1").arg(folder);
        return {};
    }
    const QDir dir(folder);
    const QString prefix = QFileInfo(db.location()).completeBaseName() + QStringLiteral("-daily-");
    const QString path = dir.filePath(prefix + today.toString(QStringLiteral("yyyyMMdd"))
                                      + QStringLiteral(".sqlite"));
    if (!QFileInfo::exists(path)) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(path);
        if (!execPrepared(q)) {
            if (error)
                *error = tr("cannot take the daily copy %1: %2")
                             .arg(path, Dialect::describeError(q.lastError()));
            return {};
        }
    }
    const QString oldest
        = prefix + today.addDays(-(kDailyKeep - 1)).toString(QStringLiteral("yyyyMMdd"));
    const QStringList daily = dir.entryList({prefix + QStringLiteral("*.sqlite")}, QDir::Files);
    for (const QString &name : daily) {
        if (name < oldest)
            QFile::remove(dir.filePath(name));
    }
    return path;
}

QString DatabaseCopy::postgresCommands(const Database &db)
{
    // Pasted into a POSIX shell: a name with spaces, quotes or $ must reach pg_dump unchanged.
    const auto quoted = [](const QString &word) -> QString {
        static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.:@/+-]+$"));
        if (plain.match(word).hasMatch())
            return word;
        QString inner = word;
        return QLatin1Char('\'') + inner.replace(QLatin1Char('\''), QLatin1String("'\\''"))
            + QLatin1Char('\'');
    };
    const QUrl url(db.location());
    const QString server = QStringLiteral("-h %1 -p %2 -U %3")
                               .arg(quoted(url.host()))
                               .arg(url.port(5432))
                               .arg(quoted(url.userName(QUrl::FullyDecoded)));
    const QString name = url.path(QUrl::FullyDecoded).mid(1);
    return QStringLiteral("pg_dump %1 -Fc -f %2 %3\npg_restore %1 --clean --if-exists -d %3 %2")
        .arg(server, quoted(name + QStringLiteral(".dump")), quoted(name));
}
