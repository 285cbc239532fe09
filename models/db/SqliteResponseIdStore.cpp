#include "db/SqliteResponseIdStore.h"

#include "db/Database.h"
#include "db/Dialect.h"

#include <QSqlError>

#include <charconv>

namespace {

// Keys checked and stored per statement pair, in key order (see the class comment).
constexpr qsizetype kSliceRows = 16384;

// Appends 64-bit keys as a JSON array of integers, for SQLite's json_each.
void appendJsonArray(QByteArray &json, const QList<qint64> &keys)
{
    json.clear();
    json.reserve(keys.size() * 21 + 2);
    json.append('[');
    char buf[24];
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (i > 0)
            json.append(',');
        const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, keys.at(i));
        json.append(buf, end - buf);
    }
    json.append(']');
}

} // namespace

SqliteResponseIdStore::SqliteResponseIdStore(Database &db, qint64 importId)
    : m_db(db)
    , m_importId(importId)
    , m_ranges(db, importId)
    , m_insert(db.connection())
{
    setCacheSize();
}

SqliteResponseIdStore::~SqliteResponseIdStore()
{
    if (m_cacheSet)
        QSqlQuery(m_db.connection())
            .exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previousCacheSize));
}

// 64 MiB for the id index, for this import only.
void SqliteResponseIdStore::setCacheSize()
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next()) {
        m_previousCacheSize = q.value(0).toLongLong();
        m_cacheSet = true;
    }
    q.finish();
    q.exec(QStringLiteral("PRAGMA cache_size = -65536"));
}

bool SqliteResponseIdStore::prepare()
{
    // One statement per slice stores the new keys and names them (RETURNING gives only the rows
    // inserted): one walk down the id B-tree per key, where a check before the insert took two.
    // With DO NOTHING no row can abort the statement half-way, so SQLite keeps no statement
    // journal for it (for a large batch that journal copies most pages of the id table, written
    // to a temp file).
    m_insert.setForwardOnly(true);
    if (!m_insert.prepare(
            QStringLiteral("INSERT INTO response_ids (hash, import_id) SELECT value, ? FROM "
                           "json_each(CAST(? AS TEXT)) WHERE true ON CONFLICT (hash) DO NOTHING "
                           "RETURNING hash"))) {
        m_error = Dialect::describeError(m_insert.lastError());
        return false;
    }
    return true;
}

bool SqliteResponseIdStore::store(const QList<qint64> &keys, QSet<qint64> *existing)
{
    for (qsizetype begin = 0; begin < keys.size(); begin += kSliceRows) {
        m_slice = keys.mid(begin, kSliceRows);
        if (!storeSlice(m_slice, existing))
            return false;
    }
    return true;
}

// Stores the slice's new keys; the ones not inserted were stored already (usually none).
bool SqliteResponseIdStore::storeSlice(const QList<qint64> &keys, QSet<qint64> *existing)
{
    appendJsonArray(m_json, keys);
    m_insert.bindValue(0, m_importId);
    m_insert.bindValue(1, m_json); // bytes (UTF-8 as is), not UTF-16 to convert back
    if (!m_insert.exec()) {
        m_error = Dialect::describeError(m_insert.lastError());
        return false;
    }
    m_inserted.clear();
    while (m_insert.next())
        m_inserted.append(m_insert.value(0).toLongLong());
    const QSqlError error = m_insert.lastError();
    m_insert.finish();
    if (error.isValid()) {
        m_error = Dialect::describeError(error);
        return false;
    }
    if (m_inserted.size() == keys.size())
        return true;
    const QSet<qint64> inserted(m_inserted.cbegin(), m_inserted.cend());
    for (const qint64 key : keys) {
        if (!inserted.contains(key))
            existing->insert(key);
    }
    return true;
}

bool SqliteResponseIdStore::storeNumbers(const QString &prefix, const QList<qint64> &numbers,
                                         QSet<qint64> *existing)
{
    if (m_ranges.store(prefix, numbers, existing))
        return true;
    m_error = m_ranges.error();
    return false;
}
