#include "itemmodels/ProgressModel.h"

#include "domain/Regions.h"
#include "domain/UnitKind.h"
#include "progress/ProgressExport.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

ProgressModel::ProgressModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ProgressModel::setSnapshot(std::shared_ptr<const ProgressSnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    endResetModel();
}

const UnitProgress *ProgressModel::unitAt(int row) const
{
    if (!m_snapshot || row < 0 || row >= m_snapshot->units.size())
        return nullptr;
    return &m_snapshot->units.at(row);
}

int ProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_snapshot ? 0 : int(m_snapshot->units.size());
}

int ProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
QString kindName(const QString &code)
{
    const auto kind = DomainNames::unitKindFromText(code);
    return kind ? DomainNames::displayName(*kind) : code;
}
} // namespace

QVariant ProgressModel::data(const QModelIndex &index, int role) const
{
    const UnitProgress *u = index.isValid() ? unitAt(index.row()) : nullptr;
    if (!u)
        return {};
    switch (role) {
    case UnitIdRole:
        return u->unitId;
    case ShareRole:
        return u->share();
    case BehindRole:
        return u->isBehindPace();
    case RegionRole:
        return u->province;
    case KindRole:
        return u->kind;
    case GroupRole:
        return u->rootId;
    case RowRole:
        return index.row();
    default:
        break;
    }
    const QLocale locale;
    const int column = index.column();
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (column) {
        case UnitColumn:
            return u->name;
        case KindColumn:
            return sort ? QVariant(u->kind) : QVariant(kindName(u->kind));
        case RegionColumn:
            return sort ? QVariant(u->province) : QVariant(Regions::displayName(u->province));
        case TargetColumn:
            return sort ? QVariant(u->target) : QVariant(locale.toString(u->target));
        case ValidColumn:
            return sort ? QVariant(u->valid) : QVariant(locale.toString(u->valid));
        case ShareColumn:
            if (sort)
                return u->hasTarget() ? u->share() : -1.0;
            return u->hasTarget() ? Percent::text(u->valid, u->target) + QLatin1Char('%')
                                  : QString();
        case ForecastColumn:
            return sort ? QVariant(u->forecast) : QVariant(locale.toString(u->forecast));
        case GroupValidColumn:
            return sort ? QVariant(u->groupValid) : QVariant(locale.toString(u->groupValid));
        case GroupTargetColumn:
            return sort ? QVariant(u->groupTarget) : QVariant(locale.toString(u->groupTarget));
        case PreviousColumn:
            if (sort)
                return u->previousValid;
            return u->previousValid >= 0 ? locale.toString(u->previousValid) : QString();
        case YoyColumn: {
            const QString t = ProgressExport::yoyText(*u);
            if (sort)
                return u->previousValid > 0
                    ? double(u->valid - u->previousValid) / double(u->previousValid)
                    : -1e9;
            return t.isEmpty()
                ? t
                : (t.startsWith(QLatin1Char('-')) ? t : QLatin1Char('+') + t) + QLatin1Char('%');
        }
        case GradeColumn:
            return u->storedGrade;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && column >= TargetColumn && column != GradeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && column == ForecastColumn && u->isBehindPace())
        return QBrush(QColor(0xb0, 0x20, 0x20));
    if (role == Qt::ToolTipRole && column == ForecastColumn)
        return tr("Recent rate %1 a day; projected final %2 against a target of %3")
            .arg(locale.toString(u->rate, 'f', 1), locale.toString(u->forecast),
                 locale.toString(u->target));
    return {};
}

QVariant ProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UnitColumn:
        return tr("Unit");
    case KindColumn:
        return tr("Kind");
    case RegionColumn:
        return tr("Region");
    case TargetColumn:
        return tr("Target");
    case ValidColumn:
        return tr("Valid samples");
    case ShareColumn:
        return tr("Share of target");
    case ForecastColumn:
        return tr("Projected final");
    case GroupValidColumn:
        return tr("Group samples");
    case GroupTargetColumn:
        return tr("Group target");
    case PreviousColumn:
        return m_snapshot && m_snapshot->previousYear
            ? tr("%1 samples").arg(m_snapshot->previousYear)
            : tr("Previous year");
    case YoyColumn:
        return tr("Year over year");
    case GradeColumn:
        return tr("Grade");
    default:
        return {};
    }
}

ProgressFilterModel::ProgressFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProgressModel::SortRole);
}

void ProgressFilterModel::setFilter(const ProgressFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

void ProgressFilterModel::setText(const QString &text)
{
    if (m_filter.text == text)
        return;
    m_filter.text = text;
    invalidateFilter();
}

void ProgressFilterModel::setBehindOnly(bool behindOnly)
{
    m_behindOnly = behindOnly;
    invalidateFilter();
}

bool ProgressFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = static_cast<const ProgressModel *>(sourceModel());
    const UnitProgress *u = model ? model->unitAt(sourceRow) : nullptr;
    if (!u)
        return false;
    if (m_behindOnly && !u->isBehindPace())
        return false;
    return m_filter.accepts(*u);
}

bool ProgressFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = static_cast<const ProgressModel *>(sourceModel());
    const UnitProgress *a = model->unitAt(left.row());
    const UnitProgress *b = model->unitAt(right.row());
    if (!a || !b)
        return false;
    const auto byNumber = [&](qint64 x, qint64 y) {
        return x != y ? x < y : a->unitId < b->unitId;
    };
    switch (left.column()) {
    case ProgressModel::TargetColumn:
        return byNumber(a->target, b->target);
    case ProgressModel::ValidColumn:
        return byNumber(a->valid, b->valid);
    case ProgressModel::ShareColumn: {
        // Tenths of a percent; units without a target sort first.
        const qint64 x = a->hasTarget() ? Percent::tenths(a->valid, a->target) : -1;
        const qint64 y = b->hasTarget() ? Percent::tenths(b->valid, b->target) : -1;
        return byNumber(x, y);
    }
    case ProgressModel::ForecastColumn:
        return byNumber(a->forecast, b->forecast);
    case ProgressModel::GroupValidColumn:
        return byNumber(a->groupValid, b->groupValid);
    case ProgressModel::GroupTargetColumn:
        return byNumber(a->groupTarget, b->groupTarget);
    case ProgressModel::PreviousColumn:
        return byNumber(a->previousValid, b->previousValid);
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}
