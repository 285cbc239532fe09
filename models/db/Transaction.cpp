#include "db/Transaction.h"

#include "db/Database.h"

#include <QSqlQuery>
#include <QThread>

namespace {
// SQLite answers SQLITE_BUSY (5) or SQLITE_LOCKED (6) when another program holds the write lock
// longer than the busy timeout; BEGIN and COMMIT are then tried again a few times. (A busy
// COMMIT keeps the transaction open in SQLite.) On PostgreSQL BEGIN and COMMIT do not wait for
// locks, so this never triggers there.
bool isBusy(const Database &db, const QSqlError &e)
{
    return db.dialect().isSQLite() && db.dialect().isTransientError(e);
}

constexpr int kBusyRetries = 5;
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
    QSqlQuery q(db.connection());
    for (int attempt = 0;; ++attempt) {
        if (q.exec(db.dialect().beginWriteTransaction())) {
            m_error = QSqlError(); // a failed attempt's error does not outlive this one
            m_active = true;
            return;
        }
        m_error = q.lastError();
        if (attempt >= kBusyRetries || !isBusy(db, m_error))
            return;
        QThread::msleep(50 * (attempt + 1));
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
