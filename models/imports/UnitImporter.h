#pragma once

#include "common/Problem.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>

class Database;

// Imports units from a CSV (UTF-8, UTF-8 with BOM, GB18030) or .xlsx file with the columns
// name,kind,region,city,contact,phone,email,position,parent,target (English or Chinese headers).
// Each row registers a unit in the campaign; a row whose name matches a registered unit
// (NameKey) updates that unit and its participation. A parent is named by a registered unit or
// a row earlier in the same file. Every problem is reported as FILE:LINE: field: message; any
// problem means nothing is changed, unless skipInvalid, which imports the good rows and writes
// the rejected ones with their reasons to rejectsPath. All writes are one transaction.
class UnitImporter
{
    Q_DECLARE_TR_FUNCTIONS(UnitImporter)
public:
    enum Field {
        Name,
        Kind,
        Region,
        City,
        Contact,
        Phone,
        Email,
        Position,
        Parent,
        Target,
        FieldCount
    };

    struct Options
    {
        qint64 campaignId = 0;
        bool dryRun = false;
        bool skipInvalid = false;
        QString rejectsPath; // default: <file>.rejects.csv (only written with skipInvalid)
        // Column of the file for each Field (-1 = not in the file); empty = from the header.
        QList<int> columns;
    };

    struct Result
    {
        qint64 rowsRead = 0;
        qint64 created = 0;
        qint64 updated = 0;
        qint64 rejected = 0;
        Problems errors; // rows refused (or the whole file)
        Problems warnings; // possible duplicates and notes; never block
        bool changed = false;
        bool cancelled = false;
        QString rejectsWritten; // the rejects file, if one was written
    };

    explicit UnitImporter(Database &db)
        : m_db(db)
    {}

    // The code names of the fields, in Field order: "name", "kind", ...
    static QStringList fieldNames();
    // Display names for the wizard.
    static QString fieldLabel(int field);
    // The field a header cell names (English or Chinese), or -1.
    static int fieldForHeader(const QString &header);
    // The header cells and up to maxRows rows of a file, for previews; false + *error on failure.
    static bool preview(const QString &path, QStringList *header, QList<QStringList> *rows,
                        int maxRows, QString *error, QString *encoding = nullptr);

    Result run(const QString &path, const Options &options,
               const std::function<void(double)> &progress = {},
               const std::atomic_bool *cancel = nullptr);

private:
    Database &m_db;
};
