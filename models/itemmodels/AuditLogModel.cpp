#include "itemmodels/AuditLogModel.h"

#include "common/Clock.h"
#include "db/Dialect.h"
#include "io/CsvWriter.h"
#include "repo/AuditText.h"

AuditLogModel::AuditLogModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditLog::Entry &e = m_entries.at(index.row());
    switch (role) {
    case EntryIdRole:
        return e.id;
    case TableRole:
        return e.table;
    case RecordIdRole:
        return e.recordId;
    case Qt::ToolTipRole:
        return index.column() == ChangesColumn ? AuditText::changesText(e, QStringLiteral("\n"))
                                               : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case WhenColumn:
        return Clock::localTimeText(e.at);
    case UserColumn:
        return e.user;
    case RecordColumn:
        return AuditText::recordText(e);
    case ActionColumn:
        return AuditText::actionText(e);
    case ChangesColumn:
        return AuditText::changesText(e);
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return AuditText::csvHeader().value(section);
}

void AuditLogModel::setFilter(const AuditLog::Filter &filter)
{
    m_filter = filter;
    reload();
}

void AuditLogModel::reload()
{
    beginResetModel();
    QSqlError error;
    m_entries = AuditLog::find(m_db, m_filter, &error);
    m_error = error.isValid() ? Dialect::describeError(error) : QString();
    endResetModel();
}

QString AuditLogModel::exportCsv(const QString &path) const
{
    CsvWriter writer;
    if (!writer.open(path, true))
        return writer.errorString();
    writer.writeRow(AuditText::csvHeader());
    for (const AuditLog::Entry &e : m_entries)
        writer.writeRow(AuditText::csvRow(e));
    return writer.close();
}
