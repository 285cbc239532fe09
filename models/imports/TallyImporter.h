#pragma once

#include "imports/ColumnMapping.h"
#include "imports/ImportReport.h"
#include "imports/RejectFile.h"
#include "io/TableReader.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

class Database;
class TallyFormat;

// How TallyImporter::importFile reads a file.
struct TallyImportOptions
{
    ColumnMapping::Kind kind = ColumnMapping::Kind::Unknown; // Unknown: from the header
    // A format's key ("wjx", "tencent", ..., "generic", "daily", "responses"); empty or "auto":
    // recognised from the header.
    QString format;
    std::optional<ColumnMapping> mapping; // else from the header
    // Columns named by hand over what the format found: field -> header text.
    QMap<ColumnMapping::Field, QString> columns;
    qint64 questionnaireId = 0; // only its links count; 0: every questionnaire of the campaign
    int minSeconds = -1; // responses faster than this are invalid; -1: each questionnaire's rule
    TableReader::Options reader;
    bool skipInvalid = false;
    bool backup = true;
    QString user; // empty: the current OS user
    int maxListedProblems = 1000;
    // Called (on the importing thread) when another import holds the turn and this one waits.
    std::function<void()> waiting;
};

// Imports sample tallies into one campaign: each survey platform's own per-response export
// (问卷星, 腾讯问卷, 金数据, 问卷网, LimeSurvey, Qualtrics; see formats/) and the project's own
// *daily* files (link, date, valid samples[, suggestions, invalid samples]), which replace the
// figures of each link and day, and *responses* files (response id, link, submitted at, valid
// flag). A response counts once per questionnaire, ever — a 64-bit hash of every counted id is
// kept in response_ids, so overlapping exports never count twice — on its day in China Standard
// Time. Rows without a token are counted apart as "no link"; rows for unknown or revoked links
// or outside the campaign window are reported and not counted.
//
// One file is one transaction (see TallyImportRun for its stages): a malformed row rejects the
// whole file (every problem listed) unless skipInvalid; a cancel or an error leaves the data as
// it was. The same file (by SHA-256) imported again changes nothing, unless it had unknown links
// then: those rows count now if their links were issued since. An SQLite database is copied
// aside before each import.
//
// Streaming: rows are read on a second thread a batch at a time (ReadAheadTable), response ids
// checked against the database in batches (ResponseDeduplicator; ids that are numbers, alone or
// after a text prefix such as S1-7, as runs, ResponseIdRanges), counts summed per link and day in memory (TallyAggregator) and written at
// the end, with a 64 MiB SQLite page cache for the import. Progress and cancel are reported and
// heard on the calling thread.
class TallyImporter
{
    Q_DECLARE_TR_FUNCTIONS(TallyImporter)
public:
    using Options = TallyImportOptions;
    // Receives each row not counted for a reason a person can fix (malformed, unknown or revoked
    // link, outside the window), for the --rejects file (RejectFile).
    using RejectSink = ::RejectSink;
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
        const TallyFormat *format = nullptr; // the format recognised (or named); may be null
        QString error;
    };
    // format: a format's key, or empty / "auto" to recognise it from the header.
    static Preview preview(const QString &path, const TableReader::Options &options,
                           ColumnMapping::Kind kind = ColumnMapping::Kind::Unknown, int rows = 8,
                           const QString &format = QString());

private:
    Database &m_db;
    qint64 m_campaignId;
};
