#include "itemmodels/UnitTableModel.h"

#include "db/Dialect.h"
#include "domain/Regions.h"

#include <QCollator>
#include <QLocale>

UnitTableModel::UnitTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void UnitTableModel::setSource(Database *db, qint64 campaignId)
{
    m_db = db;
    m_campaignId = campaignId;
    reload();
}

void UnitTableModel::reload()
{
    if (!m_db || m_campaignId == 0) {
        setRows({});
        return;
    }
    QSqlError error;
    QList<UnitListRow> rows = UnitRepository(*m_db).list(m_campaignId, &error);
    if (error.isValid())
        emit loadFailed(Dialect::describeError(error));
    setRows(rows);
}

void UnitTableModel::setRows(const QList<UnitListRow> &rows)
{
    bool sameUnits = rows.size() == m_rows.size() && !rows.isEmpty();
    for (int i = 0; sameUnits && i < rows.size(); ++i)
        sameUnits = rows[i].unitId == m_rows[i].unitId;
    if (sameUnits) {
        m_rows = rows;
        rebuildKeys();
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    rebuildKeys();
    endResetModel();
}

void UnitTableModel::rebuildKeys()
{
    m_collationKeys.clear();
    m_searchKeys.clear();
    m_searchKeys.reserve(m_rows.size());
    m_regionNames.clear();
    m_regionNames.reserve(m_rows.size());
    m_rowOfUnit.clear();
    for (int i = 0; i < m_rows.size(); ++i) {
        const UnitListRow &r = m_rows[i];
        m_searchKeys.append(
            QStringList {r.name, r.contact, r.phone, r.email}.join(QChar(0x1f)).toLower());
        QString region = Regions::displayName(r.province);
        if (!r.city.isEmpty() && r.city != region)
            region += QStringLiteral(" · ") + r.city;
        m_regionNames.append(region);
        m_rowOfUnit.insert(r.unitId, i);
    }
}

int UnitTableModel::compareText(int rowA, int rowB, int column) const
{
    auto it = m_collationKeys.find(column);
    if (it == m_collationKeys.end()) {
        const QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
        std::vector<QCollatorSortKey> keys;
        keys.reserve(m_rows.size());
        for (int r = 0; r < m_rows.size(); ++r)
            keys.push_back(collator.sortKey(index(r, column).data().toString()));
        it = m_collationKeys.insert(column, std::move(keys));
    }
    return it->at(rowA).compare(it->at(rowB));
}

int UnitTableModel::rowOfUnit(qint64 unitId) const
{
    return m_rowOfUnit.value(unitId, -1);
}

int UnitTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UnitTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const UnitListRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return r.name;
        case KindColumn:
            return DomainNames::displayName(r.kind);
        case RegionColumn:
            return m_regionNames.at(index.row());
        case ParentColumn:
            return r.parentName;
        case ContactColumn:
            return r.contact;
        case PhoneColumn:
            return r.phone;
        case TargetColumn:
            return QLocale().toString(r.target);
        case ProgressColumn:
            if (r.target > 0)
                return tr("%1 (%2%)")
                    .arg(QLocale().toString(r.validSamples),
                         QLocale().toString(100.0 * double(r.validSamples) / double(r.target), 'f',
                                            1));
            return QLocale().toString(r.validSamples);
        }
        break;
    case Qt::EditRole:
        if (index.column() == TargetColumn)
            return r.target;
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (index.column() == TargetColumn || index.column() == ProgressColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole: {
        // The full text, for names and regions cut off in a narrow column.
        const QString full = data(index, Qt::DisplayRole).toString();
        if (index.column() == NameColumn && !r.email.isEmpty())
            return full + QLatin1Char('\n') + r.email;
        return full.isEmpty() ? QVariant() : QVariant(full);
    }
    case UnitIdRole:
        return r.unitId;
    case KindCodeRole:
        return DomainNames::code(r.kind);
    case RegionCodeRole:
        return r.province;
    case SortKeyRole:
        if (index.column() == TargetColumn)
            return r.target;
        if (index.column() == ProgressColumn)
            return r.validSamples;
        if (index.column() == KindColumn)
            return int(r.kind);
        if (index.column() == RegionColumn)
            return r.province + r.city;
        return data(index, Qt::DisplayRole);
    case SearchKeyRole:
        return m_searchKeys.at(index.row());
    case TargetRole:
        return r.target;
    case ValidSamplesRole:
        return r.validSamples;
    case EmailRole:
        return r.email;
    case CityRole:
        return r.city;
    case ShareRole:
        if (r.target > 0)
            return double(r.validSamples) / double(r.target);
        break;
    }
    return {};
}

QVariant UnitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Unit");
    case KindColumn:
        return tr("Kind");
    case RegionColumn:
        return tr("Region");
    case ParentColumn:
        return tr("Parent unit");
    case ContactColumn:
        return tr("Contact");
    case PhoneColumn:
        return tr("Phone");
    case TargetColumn:
        return tr("Target");
    case ProgressColumn:
        return tr("Valid samples");
    }
    return {};
}

Qt::ItemFlags UnitTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == TargetColumn && m_targetsEditable)
        f |= Qt::ItemIsEditable;
    return f;
}

bool UnitTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != TargetColumn)
        return false;
    bool ok = false;
    const qint64 target = value.toLongLong(&ok);
    if (!ok || target < 0)
        return false;
    const UnitListRow &r = m_rows.at(index.row());
    if (target == r.target)
        return false;
    emit editRequested(r.unitId, TargetColumn, r.target, target);
    return true;
}
