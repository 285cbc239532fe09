#include "imports/LinkCache.h"

#include <QRandomGenerator>

#include <algorithm>

namespace {

constexpr size_t kFirstSlots = 1024;

} // namespace

LinkCache::LinkCache()
    : m_seed(QRandomGenerator::global()->generate64())
    , m_slots(kFirstSlots)
{}

quint64 LinkCache::hashOf(QStringView text) const
{
    quint64 h = 14695981039346656037ULL ^ m_seed;
    for (const QChar c : text)
        h = (h ^ c.unicode()) * 1099511628211ULL;
    h = (h ^ (h >> 32)) * 0xd6e8feb86659fd93ULL; // the high bits into the low ones
    return h ^ (h >> 32);
}

qsizetype LinkCache::find(QStringView text) const
{
    const quint64 hash = hashOf(text);
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot &s = m_slots[i];
        if (s.index < 0)
            return -1;
        if (s.hash == hash && s.length == text.size()
            && std::equal(text.utf16(), text.utf16() + text.size(), m_texts.data() + s.at))
            return s.index;
    }
}

qsizetype LinkCache::add(QStringView text)
{
    if (size_t(m_size + 1) * 2 > m_slots.size())
        grow();
    const quint64 hash = hashOf(text);
    const size_t mask = m_slots.size() - 1;
    size_t i = hash & mask;
    while (m_slots[i].index >= 0)
        i = (i + 1) & mask;
    m_slots[i] = {hash, qint32(m_texts.size()), qint32(text.size()), m_size};
    m_texts.append(text.utf16(), size_t(text.size()));
    return m_size++;
}

void LinkCache::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    const size_t mask = m_slots.size() - 1;
    for (const Slot &s : old) {
        if (s.index < 0)
            continue;
        size_t i = s.hash & mask;
        while (m_slots[i].index >= 0)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
}

void LinkCache::clear()
{
    m_slots.assign(kFirstSlots, Slot());
    m_texts.clear();
    m_size = 0;
}
