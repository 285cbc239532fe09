#pragma once

#include "repo/AuditLog.h"

#include <QAbstractTableModel>

class Database;

// The audit log as a table people read: when (local time), who, which record, what was done and
// old → new. Shows the entries of one AuditLog::Filter, newest first; reload() re-reads them.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, UserColumn, RecordColumn, ActionColumn, ChangesColumn, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1, TableRole, RecordIdRole };

    explicit AuditLogModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Shows the entries matching filter.
    void setFilter(const AuditLog::Filter &filter);
    const AuditLog::Filter &filter() const { return m_filter; }
    void reload();
    // The query's error text after reload(), empty when it worked.
    QString errorString() const { return m_error; }
    const AuditLog::Entry &entry(int row) const { return m_entries.at(row); }

    // Writes the shown entries to path as CSV (UTF-8 with BOM for Excel) through CsvWriter;
    // returns the error message, empty on success.
    QString exportCsv(const QString &path) const;

private:
    Database &m_db;
    AuditLog::Filter m_filter;
    QList<AuditLog::Entry> m_entries;
    QString m_error;
};
