#include "itemmodels/LinkFilterProxyModel.h"

#include "itemmodels/LinkTableModel.h"

LinkFilterProxyModel::LinkFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(LinkTableModel::SortRole);
    setSortLocaleAware(true);
}

void LinkFilterProxyModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void LinkFilterProxyModel::setStatusFilter(StatusFilter status)
{
    m_status = status;
    invalidateFilter();
}

void LinkFilterProxyModel::setUnitId(qint64 unitId)
{
    m_unitId = unitId;
    invalidateFilter();
}

bool LinkFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (m_unitId > 0 && first.data(LinkTableModel::UnitIdRole).toLongLong() != m_unitId)
        return false;
    const bool active = first.data(LinkTableModel::ActiveRole).toBool();
    if ((m_status == StatusFilter::Active && !active)
        || (m_status == StatusFilter::Revoked && active))
        return false;
    if (m_search.isEmpty())
        return true;
    for (int column : {LinkTableModel::UnitColumn, LinkTableModel::LabelColumn,
                       LinkTableModel::TokenColumn, LinkTableModel::UrlColumn}) {
        if (model->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
