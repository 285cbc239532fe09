#include "imports/ResponseDeduplicator.h"

#include "db/Database.h"
#include "db/Dialect.h"
#include "db/ResponseIdStore.h"

#include <QCoreApplication>

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
    // In key order the B-tree is walked in one direction; stable, so that of two rows with the
    // same id the one earlier in the file is the one counted. Hashed ids (scope 0) first, then
    // each questionnaire's numbers.
    std::stable_sort(m_pending.begin(), m_pending.end(), [](const Response &a, const Response &b) {
        return a.scope != b.scope ? a.scope < b.scope : a.hash < b.hash;
    });
    bool ok = true;
    for (qsizetype begin = 0, end = 0; ok && begin < m_pending.size(); begin = end) {
        end = begin;
        while (end < m_pending.size() && m_pending.at(end).scope == m_pending.at(begin).scope)
            ++end;
        ok = flushScope(begin, end);
    }
    m_pending.clear();
    return ok;
}

// Checks and stores the pending responses [begin, end) of one scope, then counts each.
bool ResponseDeduplicator::flushScope(qsizetype begin, qsizetype end)
{
    m_keys.clear();
    for (qsizetype i = begin; i < end; ++i) {
        const qint64 key = m_pending.at(i).hash;
        if (m_keys.isEmpty() || m_keys.constLast() != key)
            m_keys.append(key);
    }
    m_existing.clear();
    if (!storeKeys(m_pending.at(begin).scope))
        return false;
    for (qsizetype i = begin; i < end; ++i) {
        const Response &r = m_pending.at(i);
        if ((i > begin && r.hash == m_pending.at(i - 1).hash) || m_existing.contains(r.hash))
            duplicate(r);
        else
            m_onNew(r);
    }
    return true;
}

bool ResponseDeduplicator::storeKeys(qint64 scope)
{
    if (scope != 0 && !m_prefixes.contains(scope)) {
        m_error = QCoreApplication::translate("TallyImporter",
                                              "response ids: questionnaire %1 has no id prefix")
                      .arg(scope);
        return false;
    }
    const bool ok = scope == 0
        ? m_store->store(m_keys, &m_existing)
        : m_store->storeNumbers(m_prefixes.value(scope), m_keys, &m_existing);
    if (!ok)
        m_error = m_store->error();
    return ok;
}

void ResponseDeduplicator::duplicate(const Response &response)
{
    ++m_duplicates;
    if (m_onDuplicate)
        m_onDuplicate(response);
}
