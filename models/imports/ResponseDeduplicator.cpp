#include "imports/ResponseDeduplicator.h"

#include "db/Database.h"
#include "db/Dialect.h"
#include "db/ResponseIdStore.h"

#include <algorithm>

ResponseDeduplicator::ResponseDeduplicator(Database &db, qint64 importId, NewResponse onNew)
    : m_store(db.dialect().responseIdStore(db, importId))
    , m_onNew(std::move(onNew))
    , m_batchRows(m_store->batchRows())
{}

ResponseDeduplicator::~ResponseDeduplicator() = default;

bool ResponseDeduplicator::prepare()
{
    m_pending.reserve(m_batchRows);
    if (m_store->prepare())
        return true;
    m_error = m_store->error();
    return false;
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
    std::stable_sort(m_pending.begin(), m_pending.end(),
                     [](const Response &a, const Response &b) { return a.hash < b.hash; });
    m_keys.clear();
    for (const Response &r : std::as_const(m_pending)) {
        if (m_keys.isEmpty() || m_keys.constLast() != r.hash)
            m_keys.append(r.hash);
    }
    m_existing.clear();
    if (!m_store->store(m_keys, &m_existing)) {
        m_error = m_store->error();
        m_pending.clear();
        return false;
    }
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        const Response &r = m_pending.at(i);
        if ((i > 0 && r.hash == m_pending.at(i - 1).hash) || m_existing.contains(r.hash))
            duplicate(r);
        else
            m_onNew(r);
    }
    m_pending.clear();
    return true;
}

void ResponseDeduplicator::duplicate(const Response &response)
{
    ++m_duplicates;
    if (m_onDuplicate)
        m_onDuplicate(response);
}
