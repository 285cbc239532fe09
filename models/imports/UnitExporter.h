#pragma once

#include <QCoreApplication>
#include <QStringList>

class Database;

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
    QList<QStringList> rows(qint64 campaignId) const;
    bool exportTo(const QString &path, qint64 campaignId, QString *error = nullptr) const;

private:
    Database &m_db;
};
