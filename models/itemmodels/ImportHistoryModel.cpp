#include "itemmodels/ImportHistoryModel.h"

#include "db/Dialect.h"

#include "session/Workspace.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

ImportHistoryModel::ImportHistoryModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(workspace, &Workspace::databaseChanged, this, &ImportHistoryModel::reload);
    connect(workspace, &Workspace::campaignChanged, this, &ImportHistoryModel::reload);
    connect(workspace, &Workspace::dataChanged, this, [this](DataEvents::Domains d) {
        if (d & (DataEvents::Imports | DataEvents::Tallies))
            reload();
    });
    reload();
}

int ImportHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ImportHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const ImportRecord &r = m_records.at(index.row());
    if (role == ImportIdRole)
        return r.id;
    if (role == Sha256Role)
        return r.sha256;
    if (role == Qt::ForegroundRole && r.isWithdrawn())
        return QColor(Qt::gray); // kept in the history, but no longer counted
    const auto number = [&](qint64 v) -> QVariant {
        if (role == Qt::DisplayRole)
            return QLocale().toString(v);
        if (role == SortRole)
            return v;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    };
    switch (index.column()) {
    case IdColumn:
        return number(r.id);
    case FinishedColumn:
        if (role == Qt::DisplayRole) {
            const QDateTime t = QDateTime::fromString(r.finishedAt, Qt::ISODate);
            return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                               : r.finishedAt;
        }
        if (role == SortRole)
            return r.finishedAt;
        break;
    case UserColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return r.user;
        break;
    case KindColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return r.kind == QLatin1String("daily")    ? tr("Daily counts")
                : r.kind == QLatin1String("responses") ? tr("Responses")
                                                       : r.kind;
        break;
    case FileColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return r.fileName;
        if (role == Qt::ToolTipRole) // the full name, which a narrow column cuts off
            return r.fileName + QLatin1Char('\n') + tr("SHA-256: %1").arg(r.sha256);
        break;
    case ReadColumn:
        return number(r.rowsRead);
    case AcceptedColumn:
        return number(r.accepted);
    case DuplicateColumn:
        return number(r.duplicate);
    case RejectedColumn:
        return number(r.rejected);
    case UnknownLinkColumn:
        return number(r.unknownLink);
    case StatusColumn:
        return statusData(r, role);
    default:
        break;
    }
    return {};
}

QVariant ImportHistoryModel::statusData(const ImportRecord &r, int role) const
{
    if (role == SortRole)
        return r.status;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (r.isWithdrawn()) {
        const QDateTime t = QDateTime::fromString(r.withdrawnAt, Qt::ISODate);
        const QString when = t.isValid()
            ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            : r.withdrawnAt;
        return tr("Withdrawn %1 by %2").arg(when, r.withdrawnBy);
    }
    // A units import is never withdrawn: its summary says what it did.
    if (r.is(ImportStatus::Imported) && r.kind != QLatin1String("units"))
        return role == Qt::ToolTipRole && !r.withdrawable
            ? tr("Imported by an older version: it cannot be withdrawn; the copy of the "
                 "database taken before it can be restored")
            : tr("Imported");
    if (r.is(ImportStatus::Running))
        return tr("Running");
    return r.message.isEmpty() ? r.status : r.message;
}

QVariant ImportHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("No.");
    case FinishedColumn:
        return tr("Imported at");
    case UserColumn:
        return tr("User");
    case KindColumn:
        return tr("Kind");
    case FileColumn:
        return tr("File");
    case ReadColumn:
        return tr("Rows read");
    case AcceptedColumn:
        return tr("Accepted");
    case DuplicateColumn:
        return tr("Duplicate");
    case RejectedColumn:
        return tr("Rejected");
    case UnknownLinkColumn:
        return tr("Unknown link");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

void ImportHistoryModel::reload()
{
    QSqlError e;
    beginResetModel();
    m_records.clear();
    if (m_workspace->hasDatabase() && m_workspace->campaignId() > 0)
        m_records
            = ImportRepository(m_workspace->database()).forCampaign(m_workspace->campaignId(), &e);
    endResetModel();
    // An empty list because the database failed is said, not shown as empty.
    m_loadError = e.isValid() ? Dialect::describeError(e) : QString();
    if (e.isValid())
        emit loadFailed(m_loadError);
}
