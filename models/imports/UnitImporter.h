#pragma once

#include "domain/Unit.h"
#include "imports/ImportColumns.h"
#include "imports/ImportReport.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class Database;
class DuplicateFinder;
class TableReader;
class UnitBatchChange;
class UnitRepository;

// Imports units from a CSV (UTF-8, UTF-8 with BOM, UTF-16, GB18030) or .xlsx file with the
// columns name,kind,region,city,contact,phone,email,position,parent,target (English or Chinese
// headers; see fields()). Each row registers a unit in the campaign; a row whose name matches a
// registered unit (NameKey) updates that unit and its participation: its name too when the row
// spells it otherwise (traditional characters, another suffix), never when the row's spelling
// differs only by traces of copying (NameKey::plain: radicals, full-width letters, spaces). A
// parent is named by a registered unit or a row earlier in the same file. Every problem is reported
// as FILE:LINE: field: message; any problem means nothing is changed, unless skipInvalid, which
// imports the good rows and writes the rejected ones with their reasons to rejectsPath
// (RejectFile). All writes are one transaction, recorded in the import history.
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
        QString rejectsPath; // default: RejectFile::defaultPathFor(file) (only with skipInvalid)
        // Column of the file for each Field (-1 = not in the file); empty = from the header.
        QList<int> columns;
        // When set, the rows the import changes are read into it before and after, inside its
        // transaction, so that it can be taken back (UnitBatchChange::revert).
        UnitBatchChange *change = nullptr;
    };

    explicit UnitImporter(Database &db);
    ~UnitImporter();

    // The columns, in Field order, with their Chinese and English header names.
    static const ImportFields &fields();
    // The code names of the fields, in Field order: "name", "kind", ...
    static QStringList fieldNames();
    // Display names for the wizard.
    static QString fieldLabel(int field);
    // The field a header cell names (English or Chinese), or -1.
    static int fieldForHeader(const QString &header);
    // The header cells and up to maxRows rows of a file, for previews; false + *error on failure.
    static bool preview(const QString &path, QStringList *header, QList<QStringList> *rows,
                        int maxRows, QString *error, QString *encoding = nullptr);

    // The report: read, created, updated, rejected, problems (rows refused, or the whole file),
    // warnings (possible duplicates and notes, never blocking), rejectsFile; outcome Imported,
    // Checked (dry run), Rejected, Cancelled or Failed.
    ImportReport run(const QString &path, const Options &options,
                     const std::function<void(double)> &progress = {},
                     const std::atomic_bool *cancel = nullptr);

private:
    struct PendingRow
    {
        qint64 line = 0;
        QStringList cells;
        UnitRecord record;
        int parentRow = -1; // index into m_rows for a parent named earlier in the file
        bool existing = false;
        QString registeredName; // the name the existing unit had, when another spelling of it
        bool rejected = false;
        Problems reasons; // field and message of each problem (file and line left empty)
    };

    bool open(const QString &path);
    bool mapColumns();
    bool readRows();
    void readRow(const QStringList &cells);
    void readIdentity(PendingRow &row);
    void readKindAndRegion(PendingRow &row);
    void readContact(PendingRow &row);
    void readTarget(PendingRow &row);
    void readParent(PendingRow &row, const QString &key);
    void checkRules(PendingRow &row, const QString &key);
    void warnDuplicates(PendingRow &row);
    void remember(const PendingRow &row, const QString &key);
    void reject(PendingRow &row, const QString &field, const QString &message);
    void rejectOrphans();
    bool store();
    bool storeRows();
    // The registered units the good rows update (recordChange) or all they wrote (end).
    QList<qint64> writtenUnitIds(bool existingOnly) const;
    void writeRejects();
    bool fileError(qint64 line, const QString &message);
    bool failed(const QString &message);
    bool cancelled();

    Database &m_db;
    std::unique_ptr<UnitRepository> m_repo;
    std::unique_ptr<DuplicateFinder> m_finder;
    Options m_options;
    std::function<void(double)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    ImportReport m_report;
    std::unique_ptr<TableReader> m_reader;
    QStringList m_header;
    qint64 m_headerLine = 0;
    ImportColumns m_columns;
    QList<PendingRow> m_rows;
    QHash<QString, int> m_rowByKey; // NameKey -> index in m_rows
    QHash<QString, int> m_rowByPhone; // for duplicates inside the file
    QHash<QString, int> m_rowByEmail;
};
