#include "itemmodels/ChecklistModel.h"

#include "db/Dialect.h"

#include "checklist/ChecklistRepository.h"
#include "common/Clock.h"
#include "domain/Regions.h"
#include "session/Workspace.h"

#include <QBrush>
#include <QColor>

ChecklistModel::ChecklistModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(workspace, &Workspace::databaseChanged, this, &ChecklistModel::reload);
    connect(workspace, &Workspace::campaignChanged, this, &ChecklistModel::reload);
    connect(workspace, &Workspace::dataChanged, this, [this](DataEvents::Domains d) {
        if (d
            & (DataEvents::Units | DataEvents::Letters | DataEvents::Links | DataEvents::Campaigns
               | DataEvents::Checklist))
            reload();
    });
    reload();
}

void ChecklistModel::reload()
{
    QSqlError e;
    beginResetModel();
    m_all.clear();
    if (m_workspace->hasDatabase() && m_workspace->campaignId() > 0)
        m_all = ChecklistRepository(m_workspace->database()).rows(m_workspace->campaignId(), &e);
    applyFilter();
    endResetModel();
    // An empty list because the database failed is said, not shown as empty.
    m_loadError = e.isValid() ? Dialect::describeError(e) : QString();
    if (e.isValid())
        emit loadFailed(m_loadError);
}

void ChecklistModel::setFilter(const ChecklistFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    applyFilter();
    endResetModel();
}

void ChecklistModel::applyFilter()
{
    m_shown.clear();
    for (const ChecklistRow &r : std::as_const(m_all)) {
        if (m_filter.accepts(r))
            m_shown.append(r);
    }
}

std::optional<ChecklistItem> ChecklistModel::itemOfColumn(int column)
{
    if (column < FirstItemColumn || column >= MissingColumn)
        return std::nullopt;
    return ChecklistItem(column - FirstItemColumn);
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistModel::checklistItemData(const ChecklistRow &row, ChecklistItem item,
                                           int role) const
{
    const ChecklistMark &m = row.mark(item);
    switch (role) {
    case Qt::DisplayRole:
        if (!m.applies)
            return QStringLiteral("—");
        if (m.done)
            return QStringLiteral("✓ %1").arg(m.day.toString(QStringLiteral("MM-dd")));
        return m.overdue ? tr("overdue") : QString();
    case SortRole:
        return m.done ? 2 : m.overdue ? 0 : m.applies ? 1 : 3;
    case OverdueRole:
        return m.overdue;
    case Qt::ForegroundRole:
        if (m.overdue)
            return QBrush(QColor(0xc0, 0x00, 0x00));
        return m.done ? QVariant(QBrush(QColor(0x1b, 0x6e, 0x20))) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole: {
        QString tip = ChecklistItems::displayName(item);
        if (!m.applies)
            return QString(tip + QLatin1Char('\n')
                           + tr("Not expected of this unit (gift lists come from companies)"));
        if (m.done)
            tip += QLatin1Char('\n')
                + tr("Done on %1 by %2 (%3)")
                      .arg(Clock::dateText(m.day), m.by.isEmpty() ? tr("unknown") : m.by,
                           m.source == QLatin1String("program") ? tr("from the program's records")
                                                                : m.source);
        if (m.due.isValid())
            tip += QLatin1Char('\n') + tr("Due %1").arg(Clock::dateText(m.due));
        if (ChecklistItems::isAutomatic(item))
            tip += QLatin1Char('\n') + tr("Ticks itself");
        return tip;
    }
    default:
        return {};
    }
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const ChecklistRow &r = m_shown.at(index.row());
    if (role == UnitIdRole)
        return r.unitId;
    if (const auto item = itemOfColumn(index.column()))
        return checklistItemData(r, *item, role);
    if (index.column() == MissingColumn) {
        if (role == Qt::DisplayRole || role == SortRole)
            return int(r.missing().size());
        if (role == Qt::ForegroundRole && r.anyOverdue())
            return QBrush(QColor(0xc0, 0x00, 0x00));
        return {};
    }
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case UnitColumn:
        return r.name;
    case KindColumn:
        return DomainNames::displayName(r.kind);
    case RegionColumn:
        return Regions::displayName(r.province);
    case ParentColumn:
        return r.parentName;
    case ContactColumn:
        return r.contact;
    case PhoneColumn:
        return r.phone;
    default:
        return {};
    }
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (const auto item = itemOfColumn(section)) {
        if (role == Qt::DisplayRole)
            return ChecklistItems::shortName(*item);
        if (role == Qt::ToolTipRole)
            return ChecklistItems::isAutomatic(*item)
                ? QString(ChecklistItems::displayName(*item) + QLatin1Char('\n')
                          + tr("Ticks itself from the program's records"))
                : ChecklistItems::displayName(*item);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UnitColumn:
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
    case MissingColumn:
        return tr("Missing");
    default:
        return {};
    }
}
