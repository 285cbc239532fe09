#include "db/ResponseIdRanges.h"

#include "db/Database.h"
#include "db/Dialect.h"

#include <QSqlError>

ResponseIdRanges::ResponseIdRanges(Database &db, qint64 importId)
    : m_importId(importId)
    , m_select(db.connection())
    , m_insert(db.connection())
{}

bool ResponseIdRanges::store(const QString &prefix, const QList<qint64> &numbers,
                             QSet<qint64> *existing)
{
    if (numbers.isEmpty())
        return true;
    if (!m_prepared) {
        // Runs are disjoint, so in last_id order they are in first_id order too: reading from
        // the first run that ends at or after the smallest number, the reader stops at the
        // first run that starts after the largest (the rest of the table is never read).
        m_select.setForwardOnly(true);
        if (!m_select.prepare(QStringLiteral("SELECT first_id, last_id FROM response_id_ranges"
                                             " WHERE id_prefix = ? AND last_id >= ?"
                                             " ORDER BY last_id"))
            || !m_insert.prepare(QStringLiteral("INSERT INTO response_id_ranges (id_prefix,"
                                                " first_id, last_id, import_id)"
                                                " VALUES (?, ?, ?, ?)")))
            return failed(m_select.lastError().isValid() ? m_select : m_insert);
        m_prepared = true;
    }
    QSet<qint64> found;
    if (!findStored(prefix, numbers, &found))
        return false;
    existing->unite(found);
    return insertRuns(prefix, numbers, found);
}

// The numbers that fall into stored runs, walking numbers and runs side by side.
bool ResponseIdRanges::findStored(const QString &prefix, const QList<qint64> &numbers,
                                  QSet<qint64> *existing)
{
    m_select.bindValue(0, prefix);
    m_select.bindValue(1, numbers.constFirst());
    if (!m_select.exec())
        return failed(m_select);
    qsizetype i = 0;
    while (i < numbers.size() && m_select.next()) {
        const qint64 first = m_select.value(0).toLongLong();
        const qint64 last = m_select.value(1).toLongLong();
        if (first > numbers.constLast())
            break;
        while (i < numbers.size() && numbers.at(i) < first)
            ++i;
        for (; i < numbers.size() && numbers.at(i) <= last; ++i)
            existing->insert(numbers.at(i));
    }
    m_select.finish();
    return true;
}

// The numbers not stored yet, one row per run of consecutive ones.
bool ResponseIdRanges::insertRuns(const QString &prefix, const QList<qint64> &numbers,
                                  const QSet<qint64> &existing)
{
    qint64 first = -1, last = -1;
    for (qint64 n : numbers) {
        if (existing.contains(n))
            continue;
        if (first >= 0 && n == last + 1) {
            last = n;
            continue;
        }
        if (first >= 0 && !insertRun(prefix, first, last))
            return false;
        first = last = n;
    }
    return first < 0 || insertRun(prefix, first, last);
}

bool ResponseIdRanges::insertRun(const QString &prefix, qint64 first, qint64 last)
{
    m_insert.bindValue(0, prefix);
    m_insert.bindValue(1, first);
    m_insert.bindValue(2, last);
    m_insert.bindValue(3, m_importId);
    return m_insert.exec() || failed(m_insert);
}

bool ResponseIdRanges::failed(const QSqlQuery &query)
{
    m_error = Dialect::describeError(query.lastError());
    return false;
}
