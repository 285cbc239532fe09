#include "itemmodels/LetterFilterModel.h"

#include "itemmodels/LetterTableModel.h"

LetterFilterModel::LetterFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(LetterTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void LetterFilterModel::setStatusFilter(const QString &status)
{
    m_status = status;
    invalidateFilter();
}

void LetterFilterModel::setKindFilter(const QString &kind)
{
    m_kind = kind;
    invalidateFilter();
}

void LetterFilterModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool LetterFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_status.isEmpty() && index.data(LetterTableModel::StatusRole).toString() != m_status)
        return false;
    if (!m_kind.isEmpty()) {
        const QString kind = index.data(LetterTableModel::KindRole).toString();
        if (m_kind == QLatin1String("initiating") ? !kind.startsWith(QLatin1String("initiating"))
                                                  : kind != m_kind)
            return false;
    }
    if (!m_search.isEmpty()
        && !index.data(LetterTableModel::SearchRole)
                .toString()
                .contains(m_search, Qt::CaseInsensitive))
        return false;
    return true;
}
