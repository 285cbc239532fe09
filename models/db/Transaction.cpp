#include "db/Transaction.h"

#include "db/Database.h"

#include <QSqlQuery>

Transaction::Transaction(Database &db)
    : m_db(db)
{
    if (db.isReadOnly()) {
        m_error = QSqlError(QStringLiteral("The database is open read-only: %1").arg(db.readOnlyReason()),
                            QString(), QSqlError::TransactionError);
        return;
    }
    QSqlQuery q(db.connection());
    if (q.exec(db.dialect().beginWriteTransaction()))
        m_active = true;
    else
        m_error = q.lastError();
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
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_error = q.lastError();
        rollback();
        return m_error;
    }
    m_active = false;
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
