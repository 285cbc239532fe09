#include "itemmodels/UnitFilterProxyModel.h"

#include "itemmodels/UnitTableModel.h"

UnitFilterProxyModel::UnitFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(UnitTableModel::SortKeyRole);
    setDynamicSortFilter(true);
}

void UnitFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_units = qobject_cast<UnitTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void UnitFilterProxyModel::setSearchText(const QString &text)
{
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void UnitFilterProxyModel::setKindCode(const QString &code)
{
    if (code == m_kind)
        return;
    m_kind = code;
    invalidateRowsFilter();
}

void UnitFilterProxyModel::setRegionCode(const QString &code)
{
    if (code == m_region)
        return;
    m_region = code;
    invalidateRowsFilter();
}

bool UnitFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_units)
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    const UnitListRow &r = m_units->rowAt(sourceRow);
    if (!m_kind.isEmpty() && DomainNames::code(r.kind) != m_kind)
        return false;
    if (!m_region.isEmpty() && r.province != m_region)
        return false;
    const QString &key = m_units->searchKey(sourceRow);
    for (const QString &w : m_words) {
        if (!key.contains(w))
            return false;
    }
    return true;
}

bool UnitFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int column = left.column();
    if (m_units && column != UnitTableModel::TargetColumn
        && column != UnitTableModel::ProgressColumn && column != UnitTableModel::KindColumn
        && column != UnitTableModel::RegionColumn)
        return m_units->compareText(left.row(), right.row(), column) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}
