#include "db/PostgresResponseIdStore.h"

#include "db/Database.h"
#include "db/Dialect.h"

#include <QSqlError>

namespace {

QString insertSql(qsizetype rows)
{
    QString sql = QStringLiteral("INSERT INTO response_ids (hash, import_id) VALUES ");
    for (qsizetype i = 0; i < rows; ++i)
        sql += i == 0 ? QStringLiteral("(?, ?)") : QStringLiteral(", (?, ?)");
    return sql + QStringLiteral(" ON CONFLICT (hash) DO NOTHING RETURNING hash");
}

} // namespace

PostgresResponseIdStore::PostgresResponseIdStore(Database &db, qint64 importId)
    : m_db(db)
    , m_importId(importId)
    , m_ranges(db, importId)
    , m_insert(db.connection())
{}

bool PostgresResponseIdStore::prepare()
{
    if (m_insert.prepare(insertSql(kBatchRows)))
        return true;
    m_error = Dialect::describeError(m_insert.lastError());
    return false;
}

bool PostgresResponseIdStore::store(const QList<qint64> &keys, QSet<qint64> *existing)
{
    for (qsizetype begin = 0; begin < keys.size(); begin += kBatchRows) {
        if (!storeBatch(keys.mid(begin, kBatchRows), existing))
            return false;
    }
    return true;
}

bool PostgresResponseIdStore::storeBatch(const QList<qint64> &keys, QSet<qint64> *existing)
{
    QSqlQuery partial(m_db.connection());
    QSqlQuery *stmt = &m_insert;
    if (keys.size() != kBatchRows) {
        if (!partial.prepare(insertSql(keys.size()))) {
            m_error = Dialect::describeError(partial.lastError());
            return false;
        }
        stmt = &partial;
    }
    int index = 0;
    for (qint64 key : keys) {
        stmt->bindValue(index++, key);
        stmt->bindValue(index++, m_importId);
    }
    if (!stmt->exec()) {
        m_error = stmt->lastError().text();
        return false;
    }
    m_new.clear();
    while (stmt->next())
        m_new.insert(stmt->value(0).toLongLong());
    stmt->finish();
    for (qint64 key : keys) {
        if (!m_new.contains(key))
            existing->insert(key);
    }
    return true;
}

bool PostgresResponseIdStore::storeNumbers(const QString &prefix, const QList<qint64> &numbers,
                                           QSet<qint64> *existing)
{
    if (m_ranges.store(prefix, numbers, existing))
        return true;
    m_error = m_ranges.error();
    return false;
}
