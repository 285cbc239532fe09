#include "db/Database.h"

#include "common/Clock.h"
#include "db/DatabaseFiles.h"
#include "db/LockHolder.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QUrl>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcDatabase, "secretariat.db")

namespace {
QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("secretariat-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Database::Database()
    : m_connectionName(nextConnectionName())
    , m_events(std::make_shared<DataEvents>())
{}

Database::~Database()
{
    close();
}

QString Database::defaultLocation()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("secretariat.sqlite"));
}

QString Database::resolveLocation(const QString &explicitLocation)
{
    if (!explicitLocation.isEmpty())
        return explicitLocation;
    const QString env = qEnvironmentVariable("SECRETARIAT_DB");
    if (!env.isEmpty())
        return env;
    return defaultLocation();
}

bool Database::isPostgresLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"))
        || location.startsWith(QLatin1String("postgres://"));
}

QSqlError Database::open(const QString &location, bool readOnly)
{
    close();
    m_location = location;
    m_readOnly = readOnly;
    if (isPostgresLocation(location)) {
        m_dialect = Dialect(Dialect::Backend::PostgreSQL);
        return openPostgres(readOnly);
    }
    m_dialect = Dialect(Dialect::Backend::SQLite);
    return openSqlite(readOnly);
}

QSqlError Database::openSqlite(bool readOnly)
{
    const QFileInfo info(m_location);
    if (!readOnly && !info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return QSqlError(QStringLiteral("Cannot create folder %1").arg(info.absolutePath()),
                         QString(), QSqlError::ConnectionError);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_location);
    // The busy timeout makes a second program instance wait for the write lock instead of
    // failing at once.
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs());
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        return db.lastError();

    QSqlQuery q(db);
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs()),
    };
    for (const QString &p : pragmas) {
        if (!q.exec(p))
            return q.lastError();
    }
    if (!readOnly) {
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return q.lastError();
        if (!q.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
            return q.lastError();
        // With a persistent WAL (below) the last connection to close keeps the -wal file; any
        // limit has it truncated to nothing then (none would keep its largest size), and this
        // one keeps it under 64 MiB while in use.
        if (!q.exec(QStringLiteral("PRAGMA journal_size_limit = 67108864")))
            return q.lastError();
        keepWalOnClose(db);
    }
    DatabaseFiles::registerOpen(m_location);
    m_registeredFile = m_location;
    // In WAL mode SQLite holds a shared lock on the database file from the first read for as
    // long as the connection is open: from then on its absence means something dropped it
    // (ensureLocks()). In rollback mode (a read-only file) locks come and go with each read.
    const bool wal = q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next()
        && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
    q.finish();
    if (wal && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next()) {
        m_expectsLocks = heldLocks(LockedFile::Database);
        m_expectsShmLocks = heldLocks(LockedFile::Shm);
    }
    q.finish();
    return {};
}

void Database::keepWalOnClose(const QSqlDatabase &db)
{
    // SQLITE_FCNTL_PERSIST_WAL: when this program's connection is the last one on the file it
    // checkpoints but deletes neither the -wal nor the -shm file. Should another process of this
    // program ever wrongly believe itself alone (its locks dropped, see DatabaseFiles), it then
    // cannot delete the files under a connection that still uses them.
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    int persist = 1;
    if (connection)
        sqlite3_file_control(connection, "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
}

int Database::busyTimeoutMs()
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("SECRETARIAT_BUSY_TIMEOUT_MS", &ok);
    return ok && fromEnvironment > 0 ? fromEnvironment : 10000;
}

void Database::setBusyTimeout(int ms)
{
    if (!m_dialect.isSQLite() || !isOpen())
        return;
    const QVariant handle = connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        if (sqlite3 *c = *static_cast<sqlite3 *const *>(handle.constData()))
            sqlite3_busy_timeout(c, ms);
    }
}

// The shared lock on the database file, and the one on the -shm file that is SQLite's
// "dead-man switch": it tells a later connection that someone still uses the WAL index. Only
// those bytes: another connection of this process reading at the time locks other bytes of the
// -shm file (its read mark), which would hide that the switch was dropped.
bool Database::heldLocks(LockedFile file) const
{
    return file == LockedFile::Database
        ? DatabaseFiles::locksHeld(m_location, DatabaseFiles::kSharedLockByte) > 0
        : DatabaseFiles::locksHeld(m_location + QStringLiteral("-shm"),
                                   DatabaseFiles::kShmDeadManByte)
            > 0;
}

bool Database::ensureLocks()
{
    const bool lost = (m_expectsLocks && !heldLocks(LockedFile::Database))
        || (m_expectsShmLocks && !heldLocks(LockedFile::Shm));
    m_locksPending = false;
    if (!lost || !isOpen())
        return true;
    qCWarning(lcDatabase,
              "SQLite's locks on %s were lost (something in this process closed a descriptor of "
              "the file); reconnecting before the next statement",
              qPrintable(displayLocation()));
    const QString location = m_location;
    const QString reason = m_readOnlyReason;
    const bool readOnly = m_readOnly;
    const bool expectedLocks = m_expectsLocks, expectedShmLocks = m_expectsShmLocks;
    const QSqlError error = open(location, readOnly);
    m_readOnlyReason = reason;
    // The same file in the same mode: what was held before is expected again, even when the new
    // connection did not take it. SQLite takes the -shm file's switch when it maps that file,
    // and a connection still open elsewhere in this process (the dashboard's reader) keeps the
    // map: the next check reconnects again, until the switch is back.
    m_expectsLocks = m_expectsLocks || expectedLocks;
    m_expectsShmLocks = m_expectsShmLocks || expectedShmLocks;
    m_locksPending = (m_expectsLocks && !heldLocks(LockedFile::Database))
        || (m_expectsShmLocks && !heldLocks(LockedFile::Shm));
    if (error.isValid()) {
        qCWarning(lcDatabase, "reconnecting to %s failed: %s", qPrintable(displayLocation()),
                  qPrintable(error.text()));
        return false;
    }
    ++m_reconnects;
    return true;
}

QSqlError Database::openPostgres(bool readOnly)
{
    const QUrl url(m_location);
    if (!url.isValid() || url.host().isEmpty())
        return QSqlError(
            QStringLiteral("Not a valid PostgreSQL address: %1").arg(displayLocation()), QString(),
            QSqlError::ConnectionError);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName(QUrl::FullyDecoded));
    db.setPassword(url.password(QUrl::FullyDecoded));
    db.setDatabaseName(url.path(QUrl::FullyDecoded).mid(1));
    // Names this desk in pg_stat_activity, so another desk waiting for its lock can say who.
    QString appName = LockHolder::applicationName();
    appName.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('\''), QStringLiteral("\\'"));
    db.setConnectOptions(QStringLiteral("application_name='%1'").arg(appName));
    if (!db.open())
        return db.lastError();
    QSqlQuery q(db);
    // Quiet notices; timestamps are written by the program as ISO text in UTC.
    q.exec(QStringLiteral("SET client_min_messages = warning"));
    if (readOnly)
        q.exec(QStringLiteral("SET default_transaction_read_only = on"));
    return {};
}

QSqlQuery *Database::cachedQuery(const QString &sql, QSqlError *error)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return it->second.get();
    auto q = std::make_unique<QSqlQuery>(connection());
    if (!q->prepare(sql)) {
        if (error)
            *error = q->lastError();
        return nullptr;
    }
    return m_statements.emplace(sql, std::move(q)).first->second.get();
}

void Database::close()
{
    m_statements.clear();
    if (!m_registeredFile.isEmpty()) {
        DatabaseFiles::unregisterOpen(m_registeredFile);
        m_registeredFile.clear();
    }
    m_expectsLocks = false;
    m_expectsShmLocks = false;
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName)
        && QSqlDatabase::database(m_connectionName, false).isOpen();
}

std::unique_ptr<Database> Database::clone() const
{
    auto copy = std::make_unique<Database>();
    copy->m_events = m_events;
    const QSqlError error = copy->open(m_location, m_readOnly);
    if (error.isValid())
        return nullptr;
    copy->m_readOnlyReason = m_readOnlyReason;
    return copy;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::displayLocation() const
{
    if (!isPostgresLocation(m_location))
        return QDir::toNativeSeparators(m_location);
    QUrl url(m_location);
    url.setPassword(QString());
    return url.toString();
}

QString Database::userName() const
{
    if (isPostgresLocation(m_location)) {
        const QString user = QUrl(m_location).userName(QUrl::FullyDecoded);
        if (!user.isEmpty())
            return user;
    }
    return Clock::currentUser();
}

void Database::markReadOnly(const QString &reason)
{
    m_readOnly = true;
    m_readOnlyReason = reason;
}
