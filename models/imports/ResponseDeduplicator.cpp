#include "imports/ResponseDeduplicator.h"

#include "db/Database.h"
#include "db/Dialect.h"

#include <QCoreApplication>
#include <QSqlError>

#include <algorithm>
#include <charconv>

namespace {

constexpr int kBatchRows = 2000; // response ids per INSERT ... RETURNING (4000 bound values)
// SQLite: response ids per batch, passed as JSON arrays (json_each), so there is no per-value
// binding; a large sorted batch walks the id B-tree once, in order, however large the table
// (with 10M ids stored it is far larger than the page cache).
constexpr int kSqliteBatchRows = 262144;
// ...checked and stored in slices of this many, in key order (see flushSqlite).
constexpr qsizetype kSqliteSliceRows = 16384;

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

QString insertSql(int rows)
{
    QString sql = QStringLiteral("INSERT INTO response_ids (hash, import_id) VALUES ");
    for (int i = 0; i < rows; ++i)
        sql += i == 0 ? QStringLiteral("(?, ?)") : QStringLiteral(", (?, ?)");
    return sql + QStringLiteral(" ON CONFLICT (hash) DO NOTHING RETURNING hash");
}

} // namespace

ResponseDeduplicator::ResponseDeduplicator(Database &db, qint64 importId, NewResponse onNew)
    : m_db(db)
    , m_importId(importId)
    , m_onNew(std::move(onNew))
    , m_sqlite(db.dialect().isSQLite())
    , m_batchRows(m_sqlite ? kSqliteBatchRows : kBatchRows)
    , m_insert(db.connection())
    , m_stored(db.connection())
{}

bool ResponseDeduplicator::prepare()
{
    m_pending.reserve(m_batchRows);
    if (!m_sqlite) {
        if (m_insert.prepare(insertSql(kBatchRows)))
            return true;
        m_error = Dialect::describeError(m_insert.lastError());
        return false;
    }
    // Which of a batch's keys are stored already (usually none, so few rows come back), then
    // the new ones in one statement. The keys come sorted and without repeats.
    m_stored.setForwardOnly(true);
    if (!m_stored.prepare(QStringLiteral(
            "SELECT r.hash FROM json_each(CAST(? AS TEXT)) AS j JOIN response_ids AS r "
            "ON r.hash = j.value"))) {
        m_error = Dialect::describeError(m_stored.lastError());
        return false;
    }
    // No conflict can happen (the keys were checked), and with DO NOTHING none can abort the
    // statement half-way, so SQLite keeps no statement journal for it (for a large batch that
    // journal copies most pages of the id table, written to a temp file).
    if (!m_insert.prepare(QStringLiteral(
            "INSERT INTO response_ids (hash, import_id) SELECT value, ? FROM "
            "json_each(CAST(? AS TEXT)) WHERE true ON CONFLICT (hash) DO NOTHING"))) {
        m_error = Dialect::describeError(m_insert.lastError());
        return false;
    }
    return true;
}

bool ResponseDeduplicator::add(const Response &response)
{
    m_pending.append(response);
    return m_pending.size() < m_batchRows || flush();
}

bool ResponseDeduplicator::flush()
{
    if (m_pending.isEmpty())
        return true;
    // In key order the B-tree is walked in one direction; stable, so that of two rows with the
    // same id the one earlier in the file is the one counted.
    sortPending();
    const bool ok = m_sqlite ? flushSqlite() : flushPostgres();
    m_pending.clear();
    return ok;
}

void ResponseDeduplicator::sortPending()
{
    std::stable_sort(m_pending.begin(), m_pending.end(),
                     [](const Response &a, const Response &b) { return a.hash < b.hash; });
}

bool ResponseDeduplicator::flushSqlite()
{
    // The whole batch walks the id table once, in key order, a slice at a time: a slice's check
    // reads the pages its insert then finds still in the cache.
    qsizetype begin = 0;
    while (begin < m_pending.size()) {
        qsizetype end = std::min(begin + kSqliteSliceRows, m_pending.size());
        while (end < m_pending.size() && m_pending.at(end).hash == m_pending.at(end - 1).hash)
            ++end;
        if (!storeSqlite(begin, end))
            return false;
        begin = end;
    }
    return true;
}

// Checks and stores the ids of pending[begin, end) (sorted; rows with the same id side by
// side): which are stored already (usually none, so few rows come back), then the new ones.
bool ResponseDeduplicator::storeSqlite(qsizetype begin, qsizetype end)
{
    m_keys.clear();
    for (qsizetype i = begin; i < end; ++i) {
        if (m_keys.isEmpty() || m_keys.constLast() != m_pending.at(i).hash)
            m_keys.append(m_pending.at(i).hash);
    }
    appendJsonArray(m_json, m_keys);
    m_stored.bindValue(0, m_json); // bytes (UTF-8 as is), not UTF-16 to convert back
    if (!m_stored.exec()) {
        m_error = Dialect::describeError(m_stored.lastError());
        return false;
    }
    m_found.clear();
    while (m_stored.next())
        m_found.insert(m_stored.value(0).toLongLong());
    m_stored.finish();
    m_keys.clear();
    for (qsizetype i = begin; i < end; ++i) {
        const Response &r = m_pending.at(i);
        if ((i > begin && r.hash == m_pending.at(i - 1).hash) || m_found.contains(r.hash)) {
            duplicate(r);
        } else {
            m_keys.append(r.hash);
            m_onNew(r);
        }
    }
    if (m_keys.isEmpty())
        return true;
    appendJsonArray(m_json, m_keys);
    m_insert.bindValue(0, m_importId);
    m_insert.bindValue(1, m_json);
    if (!m_insert.exec()) {
        m_error = Dialect::describeError(m_insert.lastError());
        return false;
    }
    if (m_insert.numRowsAffected() != m_keys.size()) {
        m_error = QCoreApplication::translate("TallyImporter",
                                              "response ids: %1 stored of %2 checked as new")
                      .arg(m_insert.numRowsAffected())
                      .arg(m_keys.size());
        return false;
    }
    m_insert.finish();
    return true;
}

bool ResponseDeduplicator::flushPostgres()
{
    QSqlQuery partial(m_db.connection());
    QSqlQuery *stmt = &m_insert;
    if (m_pending.size() != kBatchRows) {
        if (!partial.prepare(insertSql(int(m_pending.size())))) {
            m_error = Dialect::describeError(partial.lastError());
            return false;
        }
        stmt = &partial;
    }
    int index = 0;
    for (const Response &r : std::as_const(m_pending)) {
        stmt->bindValue(index++, r.hash);
        stmt->bindValue(index++, m_importId);
    }
    if (!stmt->exec()) {
        m_error = stmt->lastError().text();
        return false;
    }
    m_found.clear();
    while (stmt->next())
        m_found.insert(stmt->value(0).toLongLong());
    stmt->finish();
    for (const Response &r : std::as_const(m_pending)) {
        // The first row with a new hash counts; later ones in the batch are repeats.
        if (m_found.remove(r.hash))
            m_onNew(r);
        else
            duplicate(r);
    }
    return true;
}

void ResponseDeduplicator::duplicate(const Response &response)
{
    ++m_duplicates;
    if (m_onDuplicate)
        m_onDuplicate(response);
}
