#pragma once

#include "imports/ColumnMapping.h"
#include "imports/ImportReport.h"
#include "io/TableReader.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

class Database;

// How TallyImporter::importFile reads a file.
struct TallyImportOptions
{
    ColumnMapping::Kind kind = ColumnMapping::Kind::Unknown; // Unknown: from the header
    std::optional<ColumnMapping> mapping; // else from the header
    TableReader::Options reader;
    bool skipInvalid = false;
    bool backup = true;
    QString user; // empty: the current OS user
    int maxListedProblems = 1000;
    // Called (on the importing thread) when another import holds the turn and this one waits.
    std::function<void()> waiting;
};

// Imports the survey platform's sample tallies into one campaign: *daily* files (link, date,
// valid samples[, suggestions, invalid samples]) replace the figures of each link and day;
// *responses* files (response id, link, submitted at, valid flag[, region]) add each response
// once ever — a 64-bit hash of every counted id is kept in response_ids, so overlapping exports
// never count twice. Rows for unknown or revoked links or outside the campaign window are
// reported and not counted.
//
// One file is one transaction: a malformed row rejects the whole file (every problem listed)
// unless skipInvalid; a cancel or an error leaves the data as it was. The same file (by SHA-256)
// imported again changes nothing. An SQLite database is copied aside before each import.
//
// Streaming: rows are read one at a time, response ids checked against the database in batches
// of fixed size, counts summed per link and day in memory (a map bounded by links x days) and
// written at the end. SQLite: 262,144 ids per batch, sorted, checked and stored a slice at a time
// as JSON arrays (json_each), with a 64 MiB page cache for the import; PostgreSQL: 2,000 per
// INSERT ... ON CONFLICT DO NOTHING RETURNING.
class TallyImporter
{
    Q_DECLARE_TR_FUNCTIONS(TallyImporter)
public:
    using Options = TallyImportOptions;
    // Receives each row not counted for a reason a person can fix (malformed, unknown or revoked
    // link, outside the window), for the --rejects file.
    using RejectSink = std::function<void(const QString &file, qint64 line, const QString &field,
                                          const QString &reason, const QStringList &cells)>;
    using ProgressCallback = std::function<void(double)>;

    TallyImporter(Database &db, qint64 campaignId);

    ImportReport importFile(const QString &path, const Options &options = {},
                            const std::atomic<bool> *cancel = nullptr,
                            const ProgressCallback &progress = {}, const RejectSink &rejects = {});

    // The first rows of a file and what the importer makes of it, for the wizard.
    struct Preview
    {
        QString encoding;
        QChar delimiter;
        QStringList header;
        QList<QStringList> rows;
        ColumnMapping mapping;
        QString error;
    };
    static Preview preview(const QString &path, const TableReader::Options &options,
                           ColumnMapping::Kind kind = ColumnMapping::Kind::Unknown, int rows = 8);

    static QString sha256Of(const QString &path, QString *error = nullptr);

private:
    Database &m_db;
    qint64 m_campaignId;
};
