#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>

class Database;
class QSqlError;

// Writes the units of a campaign as CSV (UTF-8 with BOM, so Excel reads it) or .xlsx, chosen by
// the file's extension, with the import columns name,kind,region,city,contact,phone,email,
// position,parent,target: a file exported here imports back unchanged.
class UnitExporter
{
    Q_DECLARE_TR_FUNCTIONS(UnitExporter)
public:
    explicit UnitExporter(Database &db)
        : m_db(db)
    {}

    // The rows as exported: region as the Chinese full name, kind as its code, parent by name.
    // A failing database sets *error and gives no rows.
    QList<QStringList> rows(qint64 campaignId, QSqlError *error) const;
    // Writes the file; progress gets the fraction written, a set *cancel stops and removes
    // the partial file (then *error says it was cancelled). A database that fails to give the
    // units writes no file: *error is "database: " and its words, never an export of no units.
    // Safe on a worker thread with a Database cloned for it.
    bool exportTo(const QString &path, qint64 campaignId, QString *error = nullptr,
                  const std::function<void(double)> &progress = {},
                  const std::atomic_bool *cancel = nullptr) const;

private:
    Database &m_db;
};
