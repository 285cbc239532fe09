#include "db/Transaction.h"

#include "db/Database.h"
#include "db/LockHolder.h"
#include "db/WriteWait.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QScopeGuard>

#include <QSqlQuery>
#include <QThread>

namespace {
// SQLite answers SQLITE_BUSY (5) or SQLITE_LOCKED (6) when another program holds the write lock
// longer than the busy timeout; BEGIN and COMMIT are then tried again a few times. (A busy
// COMMIT keeps the transaction open in SQLite.) On PostgreSQL BEGIN and COMMIT do not wait for
// locks, so this never triggers there; its writers take turns through an advisory lock.
bool isBusy(const Database &db, const QSqlError &e)
{
    return db.dialect().isSQLite() && db.dialect().isTransientError(e);
}

constexpr int kBusyRetries = 5; // for COMMIT, which in WAL mode waits for no one
} // namespace

Transaction::Transaction(Database &db)
    : m_db(db)
{
    if (db.isReadOnly()) {
        m_error = QSqlError(
            QStringLiteral("The database is open read-only: %1").arg(db.readOnlyReason()),
            QString(), QSqlError::TransactionError);
        return;
    }
    // Never write on a connection whose SQLite locks something in the process dropped.
    if (!db.ensureLocks()) {
        m_error = QSqlError(QStringLiteral("Lost the database's locks and could not reconnect"),
                            QString(), QSqlError::ConnectionError);
        return;
    }
    if (!begin())
        rollback(); // PostgreSQL's BEGIN went through before the wait failed
    else
        m_active = true;
}

bool Transaction::begin()
{
    const QString statement = m_db.dialect().beginWriteTransaction();
    QSqlQuery q(m_db.connection());
    if (m_db.dialect().isSQLite()) {
        // Each attempt waits up to a second inside SQLite's busy handler.
        const int attemptMs = qMin(1000, Database::busyTimeoutMs());
        m_db.setBusyTimeout(attemptMs);
        const auto restore
            = qScopeGuard([this] { m_db.setBusyTimeout(Database::busyTimeoutMs()); });
        return waitForTurn([&] {
            if (q.exec(statement))
                return Attempt::Taken;
            m_error = q.lastError();
            return isBusy(m_db, m_error) ? Attempt::Busy : Attempt::Failed;
        });
    }
    if (!q.exec(statement)) {
        m_error = q.lastError();
        return false;
    }
    m_active = true; // from here a failure rolls back
    const QString tryLock = m_db.dialect().tryWriteLock();
    return waitForTurn([&] {
        if (!q.exec(tryLock) || !q.next()) {
            m_error = q.lastError();
            return Attempt::Failed;
        }
        const bool taken = q.value(0).toBool();
        q.finish();
        if (taken)
            return Attempt::Taken;
        // A failed read aborts the transaction: the write fails with the server's words for it,
        // not with "current transaction is aborted" at the next attempt.
        const Lookup<QString> holder = LockHolder::describe(m_db);
        if (!holder && holder.error().isDatabase()) {
            m_error = holder.error().sqlError;
            return Attempt::Failed;
        }
        WriteWait::setHolder(holder.value_or(QString()));
        QThread::msleep(250);
        return Attempt::Busy;
    });
}

// Another desk may hold the write lock for longer than any busy timeout (a long import): try
// again and again, telling this thread's observer how long it has waited, until the lock is
// ours, the limit passes or the user gives up. Only then is anything written.
bool Transaction::waitForTurn(const std::function<Attempt()> &attempt)
{
    QElapsedTimer waited;
    waited.start();
    const auto forget = qScopeGuard([] { WriteWait::setHolder(QString()); });
    for (bool reported = false;;) {
        const Attempt result = attempt();
        if (result == Attempt::Taken) {
            m_error = QSqlError(); // a failed attempt's error does not outlive this one
            if (reported)
                WriteWait::report(-1);
            return true;
        }
        if (result == Attempt::Failed)
            return false;
        const int seconds = int(waited.elapsed() / 1000);
        if (seconds >= WriteWait::limitSeconds()) {
            m_error = QSqlError(
                QCoreApplication::translate("Transaction", "gave up waiting for another desk"),
                QCoreApplication::translate("Transaction",
                                            "waited %1 s for the write lock; nothing was written")
                    .arg(seconds),
                QSqlError::TransactionError, QStringLiteral("5"));
            return false;
        }
        reported = true;
        if (!WriteWait::report(qMax(1, seconds))) {
            m_error = QSqlError(
                QCoreApplication::translate(
                    "Transaction", "cancelled while waiting for another desk; nothing was written"),
                QString(), QSqlError::TransactionError);
            return false;
        }
    }
}

Transaction::~Transaction()
{
    rollback();
}

QSqlError Transaction::commit()
{
    if (!m_active)
        return m_error.isValid() ? m_error
                                 : QSqlError(QStringLiteral("No transaction is open"), QString(),
                                             QSqlError::TransactionError);
    QSqlQuery q(m_db.connection());
    for (int attempt = 0; !q.exec(QStringLiteral("COMMIT")); ++attempt) {
        m_error = q.lastError();
        // A busy COMMIT leaves the transaction open in SQLite: wait and commit again.
        if (attempt < kBusyRetries && isBusy(m_db, m_error)) {
            QThread::msleep(50 * (attempt + 1));
            continue;
        }
        rollback();
        return m_error;
    }
    m_active = false;
    m_error = QSqlError();
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}
