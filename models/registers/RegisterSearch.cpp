#include "registers/RegisterSearch.h"

#include "domain/NameKey.h"

RegisterSearch::RegisterSearch(const QString &search)
    : m_key(NameKey::of(search))
{}

bool RegisterSearch::matches(const QStringList &texts) const
{
    if (m_key.isEmpty())
        return true;
    for (const QString &text : texts) {
        if (NameKey::of(text).contains(m_key))
            return true;
    }
    return false;
}
