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
    , m_stems {QString()}
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

qint32 ResponseDeduplicator::stemIndex(QStringView stem)
{
    if (stem.isEmpty())
        return 0;
    // Rows in a row mostly share their stem ("S1-"), and a file has few: compared, not looked
    // up (a look-up makes a string of the stem).
    if (m_lastStem > 0 && m_stems.at(m_lastStem) == stem)
        return m_lastStem;
    constexpr qsizetype kCompared = 16;
    for (qsizetype i = 1; i < m_stems.size() && i <= kCompared; ++i) {
        if (m_stems.at(i) == stem)
            return m_lastStem = qint32(i);
    }
    const QString text = stem.toString();
    auto it = m_stemIndex.constFind(text);
    if (it == m_stemIndex.cend()) {
        it = m_stemIndex.insert(text, qint32(m_stems.size()));
        m_stems.append(text);
    }
    return m_lastStem = *it;
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
    // each questionnaire's numbers, stem by stem.
    const auto before = [](const Response &a, const Response &b) {
        if (a.scope != b.scope)
            return a.scope < b.scope;
        return a.stem != b.stem ? a.stem < b.stem : a.hash < b.hash;
    };
    // Platforms write their serial numbers in order: such a batch is in key order already, and a
    // merge sort would move it all anyway.
    if (!std::is_sorted(m_pending.cbegin(), m_pending.cend(), before))
        std::stable_sort(m_pending.begin(), m_pending.end(), before);
    const auto sameRun = [](const Response &a, const Response &b) {
        return a.scope == b.scope && a.stem == b.stem;
    };
    bool ok = true;
    for (qsizetype begin = 0, end = 0; ok && begin < m_pending.size(); begin = end) {
        end = begin;
        while (end < m_pending.size() && sameRun(m_pending.at(end), m_pending.at(begin)))
            ++end;
        ok = flushScope(begin, end);
    }
    m_pending.clear();
    m_stems = QStringList {QString()};
    m_stemIndex.clear();
    m_lastStem = 0;
    return ok;
}

// Checks and stores the pending responses [begin, end) of one scope and stem, then counts each.
bool ResponseDeduplicator::flushScope(qsizetype begin, qsizetype end)
{
    m_keys.clear();
    for (qsizetype i = begin; i < end; ++i) {
        const qint64 key = m_pending.at(i).hash;
        if (m_keys.isEmpty() || m_keys.constLast() != key)
            m_keys.append(key);
    }
    m_existing.clear();
    if (!storeKeys(m_pending.at(begin)))
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

bool ResponseDeduplicator::storeKeys(const Response &first)
{
    const qint64 scope = first.scope;
    if (scope != 0 && !m_prefixes.contains(scope)) {
        m_error = QCoreApplication::translate("TallyImporter",
                                              "response ids: questionnaire %1 has no id prefix")
                      .arg(scope);
        return false;
    }
    const bool ok = scope == 0
        ? m_store->store(m_keys, &m_existing)
        : m_store->storeNumbers(m_prefixes.value(scope) + m_stems.at(first.stem), m_keys,
                                &m_existing);
    if (!ok)
        m_error = m_store->error();
    return ok;
}

void ResponseDeduplicator::duplicate(const Response &response)
{
    ++m_duplicates;
    if (m_onDuplicate)
        m_onDuplicate(response, m_stems.at(response.stem));
}
