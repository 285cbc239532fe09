#include "itemmodels/FormRowsModel.h"

#include "validation/UnitValidator.h"

#include <QColor>

namespace {
QVariantList sortChoices()
{
    QVariantList list;
    for (UnitSort s : DomainNames::unitSorts())
        list.append(QVariant(QVariantList {DomainNames::code(s), DomainNames::displayName(s)}));
    return list;
}

QVariantList fieldChoices()
{
    QVariantList list;
    for (ExpertField f : DomainNames::expertFields())
        list.append(QVariant(QVariantList {DomainNames::code(f), DomainNames::displayName(f)}));
    return list;
}

QVariantMap fromRecommended(const RecommendedUnit &r)
{
    return {{QStringLiteral("name"), r.name},
            {QStringLiteral("sort"), DomainNames::code(r.sort)},
            {QStringLiteral("core"), r.core},
            {QStringLiteral("contact"), r.contact},
            {QStringLiteral("phone"), r.phone},
            {QStringLiteral("position"), r.position},
            {QStringLiteral("registered"), r.registeredUnitId}};
}
} // namespace

FormRowsModel::FormRowsModel(Table table, QObject *parent)
    : QAbstractTableModel(parent)
    , m_table(table)
{
    const auto col = [this](const char *key, ColumnType type) {
        m_columns.append({QLatin1String(key), type});
    };
    switch (table) {
    case Table::RecommendedInitiating:
        col("name", ColumnType::Text);
        col("contact", ColumnType::Text);
        col("phone", ColumnType::Phone);
        col("position", ColumnType::Text);
        break;
    case Table::RecommendedSupporting:
        col("name", ColumnType::Text);
        col("sort", ColumnType::Sort);
        col("core", ColumnType::Check);
        col("contact", ColumnType::Text);
        col("phone", ColumnType::Phone);
        col("position", ColumnType::Text);
        break;
    case Table::GiftGoods:
        col("name", ColumnType::Text);
        col("quantity", ColumnType::Count);
        col("local_only", ColumnType::Check);
        break;
    case Table::Experts:
        col("field", ColumnType::Field);
        col("name", ColumnType::Text);
        col("contact", ColumnType::Text);
        col("phone", ColumnType::Phone);
        col("specialty", ColumnType::Text);
        break;
    }
}

FormRowsModel::ColumnType FormRowsModel::columnType(int column) const
{
    return m_columns.value(column, {QString(), ColumnType::Text}).type;
}

void FormRowsModel::setForm(const InformationForm &form)
{
    beginResetModel();
    m_rows.clear();
    m_marked.clear();
    switch (m_table) {
    case Table::RecommendedInitiating:
        for (const RecommendedUnit &r : form.recommendedInitiating)
            m_rows.append(fromRecommended(r));
        break;
    case Table::RecommendedSupporting:
        for (const RecommendedUnit &r : form.recommendedSupporting)
            m_rows.append(fromRecommended(r));
        break;
    case Table::GiftGoods:
        for (const GiftGood &g : form.giftGoods)
            m_rows.append({{QStringLiteral("name"), g.name},
                           {QStringLiteral("quantity"), g.quantity},
                           {QStringLiteral("local_only"), g.localOnly}});
        break;
    case Table::Experts:
        for (const Expert &e : form.experts)
            m_rows.append({{QStringLiteral("field"), DomainNames::code(e.field)},
                           {QStringLiteral("name"), e.name},
                           {QStringLiteral("contact"), e.contact},
                           {QStringLiteral("phone"), e.phone},
                           {QStringLiteral("specialty"), e.specialty}});
        break;
    }
    endResetModel();
}

RecommendedUnit FormRowsModel::recommendedAt(int row) const
{
    const QVariantMap &m = m_rows.at(row);
    RecommendedUnit r;
    r.role = m_table == Table::RecommendedSupporting ? RecommendedUnit::Role::Supporting
                                                     : RecommendedUnit::Role::Initiating;
    r.name = m.value(QStringLiteral("name")).toString();
    r.contact = m.value(QStringLiteral("contact")).toString();
    r.phone = m.value(QStringLiteral("phone")).toString();
    r.position = m.value(QStringLiteral("position")).toString();
    r.sort = DomainNames::unitSortFromText(m.value(QStringLiteral("sort")).toString())
                 .value_or(UnitSort::Other);
    r.core = m.value(QStringLiteral("core")).toBool();
    r.registeredUnitId = m.value(QStringLiteral("registered")).toLongLong();
    return r;
}

void FormRowsModel::writeTo(InformationForm &form) const
{
    switch (m_table) {
    case Table::RecommendedInitiating:
    case Table::RecommendedSupporting: {
        QList<RecommendedUnit> &list = m_table == Table::RecommendedSupporting
            ? form.recommendedSupporting
            : form.recommendedInitiating;
        list.clear();
        for (int i = 0; i < m_rows.size(); ++i)
            list.append(recommendedAt(i));
        break;
    }
    case Table::GiftGoods:
        form.giftGoods.clear();
        for (const QVariantMap &m : m_rows)
            form.giftGoods.append({m.value(QStringLiteral("name")).toString(),
                                   m.value(QStringLiteral("quantity")).toLongLong(),
                                   m.value(QStringLiteral("local_only")).toBool()});
        break;
    case Table::Experts:
        form.experts.clear();
        for (const QVariantMap &m : m_rows)
            form.experts.append(
                {DomainNames::expertFieldFromText(m.value(QStringLiteral("field")).toString())
                     .value_or(ExpertField::Other),
                 m.value(QStringLiteral("name")).toString(),
                 m.value(QStringLiteral("contact")).toString(),
                 m.value(QStringLiteral("phone")).toString(),
                 m.value(QStringLiteral("specialty")).toString()});
        break;
    }
}

int FormRowsModel::appendRow()
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    QVariantMap m;
    for (const ColumnSpec &c : m_columns) {
        switch (c.type) {
        case ColumnType::Count:
            m.insert(c.key, qint64(0));
            break;
        case ColumnType::Check:
            m.insert(c.key, false);
            break;
        case ColumnType::Sort:
            m.insert(c.key, DomainNames::code(UnitSort::Media));
            break;
        case ColumnType::Field:
            m.insert(c.key, DomainNames::code(ExpertField::Publicity));
            break;
        default:
            m.insert(c.key, QString());
        }
    }
    m_rows.append(m);
    endInsertRows();
    return row;
}

void FormRowsModel::setMarkedRows(const QHash<int, QString> &storedByRow)
{
    m_marked = storedByRow;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void FormRowsModel::setRegisteredUnit(int row, qint64 unitId)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].insert(QStringLiteral("registered"), unitId);
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

int FormRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FormRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString FormRowsModel::problem(int row, int column) const
{
    const ColumnSpec &c = m_columns.at(column);
    const QVariant v = m_rows.at(row).value(c.key);
    if (c.key == QLatin1String("name") && v.toString().trimmed().isEmpty())
        return tr("a name is required");
    if (c.type == ColumnType::Phone)
        return UnitValidator::checkPhone(v.toString(), false);
    return {};
}

QVariant FormRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ColumnSpec &c = m_columns.at(index.column());
    const QVariant v = m_rows.at(index.row()).value(c.key);
    switch (role) {
    case Qt::DisplayRole:
        if (c.type == ColumnType::Check)
            return {};
        if (c.type == ColumnType::Sort)
            return DomainNames::displayName(
                DomainNames::unitSortFromText(v.toString()).value_or(UnitSort::Other));
        if (c.type == ColumnType::Field)
            return DomainNames::displayName(
                DomainNames::expertFieldFromText(v.toString()).value_or(ExpertField::Other));
        return v;
    case Qt::EditRole:
        if (c.type == ColumnType::Check)
            return v.toBool();
        if (c.type == ColumnType::Count)
            return int(v.toLongLong());
        return v;
    case Qt::CheckStateRole:
        if (c.type == ColumnType::Check)
            return v.toBool() ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::TextAlignmentRole:
        if (c.type == ColumnType::Count)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (c.type == ColumnType::Check)
            return int(Qt::AlignCenter);
        break;
    case Qt::ToolTipRole:
        if (const QString p = problem(index.row(), index.column()); !p.isEmpty())
            return p;
        if (const auto it = m_marked.constFind(index.row()); it != m_marked.constEnd())
            return it->isEmpty() ? tr("New row on the returned form") : tr("Stored: %1").arg(*it);
        return {};
    case ProblemRole:
        return problem(index.row(), index.column());
    case Qt::ForegroundRole:
        if (!problem(index.row(), index.column()).isEmpty())
            return QColor(0xb0, 0x00, 0x20);
        break;
    case Qt::BackgroundRole:
        if (!problem(index.row(), index.column()).isEmpty())
            return QColor(0xfd, 0xec, 0xea);
        if (m_marked.contains(index.row()))
            return QColor(0xff, 0xf3, 0xb0); // changed by a returned form
        break;
    case ChoicesRole:
        if (c.type == ColumnType::Sort)
            return sortChoices();
        if (c.type == ColumnType::Field)
            return fieldChoices();
        break;
    case RegisteredUnitRole:
        return m_rows.at(index.row()).value(QStringLiteral("registered")).toLongLong();
    }
    return {};
}

QVariant FormRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString &key = m_columns.at(section).key;
    if (key == QLatin1String("name")) {
        if (m_table == Table::GiftGoods)
            return tr("Goods");
        if (m_table == Table::Experts)
            return tr("Expert");
        return tr("Unit");
    }
    if (key == QLatin1String("sort"))
        return tr("Sort");
    if (key == QLatin1String("core"))
        return tr("Core partner");
    if (key == QLatin1String("contact"))
        return tr("Contact");
    if (key == QLatin1String("phone"))
        return tr("Phone");
    if (key == QLatin1String("position"))
        return tr("Position");
    if (key == QLatin1String("quantity"))
        return tr("Quantity");
    if (key == QLatin1String("local_only"))
        return tr("Local only");
    if (key == QLatin1String("field"))
        return tr("Field");
    if (key == QLatin1String("specialty"))
        return tr("Specialty");
    return key;
}

Qt::ItemFlags FormRowsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    if (columnType(index.column()) == ColumnType::Check)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

bool FormRowsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return false;
    const ColumnSpec &c = m_columns.at(index.column());
    QVariant stored;
    if (c.type == ColumnType::Check) {
        if (role == Qt::CheckStateRole)
            stored = value.toInt() == Qt::Checked;
        else if (role == Qt::EditRole)
            stored = value.toBool();
        else
            return false;
    } else {
        if (role != Qt::EditRole)
            return false;
        if (c.type == ColumnType::Count) {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (!ok || n < 0)
                return false;
            stored = n;
        } else if (c.type == ColumnType::Sort) {
            const auto s = DomainNames::unitSortFromText(value.toString());
            if (!s)
                return false;
            stored = DomainNames::code(*s);
        } else if (c.type == ColumnType::Field) {
            const auto f = DomainNames::expertFieldFromText(value.toString());
            if (!f)
                return false;
            stored = DomainNames::code(*f);
        } else {
            stored = value.toString();
        }
    }
    m_rows[index.row()].insert(c.key, stored);
    emit dataChanged(index, index);
    return true;
}

bool FormRowsModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_rows.remove(row, count);
    m_marked.clear(); // the marks would point at other rows now
    endRemoveRows();
    return true;
}
