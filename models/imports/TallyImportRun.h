#pragma once

#include "db/Transaction.h"
#include "domain/Campaign.h"
#include "imports/DuplicateLog.h"
#include "imports/ImportReport.h"
#include "imports/LinkResolver.h"
#include "imports/ResponseDeduplicator.h"
#include "imports/TallyAggregator.h"
#include "imports/TallyImporter.h"
#include "imports/TallyRow.h"
#include "io/ReadAheadTable.h"

#include <atomic>
#include <future>
#include <memory>
#include <optional>
#include <vector>

class TallyFormat;

// One file's import as a pipeline of named stages:
//   check   the campaign, its questionnaires' link parameters, the file's SHA-256 and
//           whether it was imported before
//   read    the table (CSV or .xlsx), its header and the format that recognises it
//   begin   the backup, the transaction, the import's turn, its imports row and the links
//   then for each row: interpret (the format) -> resolve link -> the response id's key, on the
//           reading thread (prepare), then deduplicate -> aggregate on the calling one (row)
//   store   the sums per link and day, what this import added (import_tallies) and the
//           responses it found counted already (import_duplicates), so that it can be
//           withdrawn; the imports row, the audit entry, commit.
// Each stage returns false when the import ends there (the report says how).
class TallyImportRun
{
    Q_DECLARE_TR_FUNCTIONS(TallyImporter)
public:
    TallyImportRun(Database &db, qint64 campaignId, const QString &path,
                   const TallyImportOptions &options, const std::atomic<bool> *cancel,
                   const TallyImporter::ProgressCallback &progress,
                   const TallyImporter::RejectSink &rejects);
    ~TallyImportRun();

    ImportReport run();

private:
    bool check();
    bool read();
    bool begin();
    // A row as the reading thread prepares it for the importing one.
    struct PreparedRow
    {
        bool skip = false; // blank, or a header row after the header
        TallyRow row;
        bool found = false; // its link is found and counts
        const LinkResolver::Link *link = nullptr; // in m_links (fixed while rows are read)
        QString warning; // why the link does not count
        QString token; // the token as read, when the link is not known
        qint64 number = -1; // the response id as a number (ResponseIdRanges), or -1
        // With a number: the text before it (TallyValueParser::responseSerial's stem), copied
        // here, so that the importing thread reads none of the strings the reading thread
        // refills in place (TallyRow::clear).
        static constexpr qsizetype kInlineStem = 24;
        char16_t stemText[kInlineStem];
        qsizetype stemSize = 0;
        QString longStem; // a stem longer than kInlineStem
        QStringView stem() const
        {
            return stemSize <= kInlineStem ? QStringView(stemText, stemSize)
                                           : QStringView(longStem);
        }
        qint64 hash = 0; // else the key of its text (TallyValueParser::responseHash)
    };

    bool rows();
    bool prepare(const ReadAheadTable::Batch &batch, qsizetype index, const QStringList &cells);
    void row(const PreparedRow &p);
    bool resolve(PreparedRow &p);
    void count(const PreparedRow &p);
    static void keyResponseId(PreparedRow &p);
    QList<int> mappedColumns() const;
    QStringList wholeRow() const;
    bool finishRows();
    bool store();
    QSqlError storeWithdrawalRecord();
    QSqlError recordImport();

    bool alreadyImported(QString *failure);
    bool fileDigest(bool wait);
    void openTransaction();
    bool takeTurn();
    bool prepareResponses();
    bool readHeader(QStringList &header);
    ColumnMapping mappingFor(const QStringList &header, QString *failure);
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    void listProblem(Problems &list, qint64 line, const QString &field, const QString &message);
    void rejectRow(const TallyRow &row);
    void notCounted(Problems &list, qint64 line, const QString &field, const QString &message);
    void rollBack();
    bool unreadable(const QString &problem);
    bool reject(const QString &message);
    bool fail(const QString &message);
    bool cancelRun();

    Database &m_db;
    qint64 m_campaignId;
    QString m_path;
    TallyImportOptions m_options;
    const std::atomic<bool> *m_cancel;
    TallyImporter::ProgressCallback m_progress;
    TallyImporter::RejectSink m_rejects;

    ImportReport m_report;
    // The file's SHA-256, taken on a thread of its own while the rows are read (issue #18: it
    // was 0.2 s, a tenth of a 1,000,000-row import, before the first row): is it a file
    // imported before (fileDigest())?
    struct FileDigest
    {
        QString hex;
        QString error;
    };
    std::atomic<bool> m_stopDigest = false; // before m_digest: the hashing thread reads it
    std::future<FileDigest> m_digest; // destroyed first, waiting for that thread
    bool m_digestChecked = false;
    std::optional<Campaign> m_campaign;
    QStringList m_linkParameters; // of the campaign's questionnaires
    std::unique_ptr<TableReader> m_reader;
    const TallyFormat *m_format = nullptr;
    ColumnMapping m_mapping;
    qint64 m_headerLine = 0;
    int m_headerColumns = 0;
    std::optional<Transaction> m_tx;
    qint64 m_importId = 0;
    LinkResolver m_links;
    std::unique_ptr<ResponseDeduplicator> m_dedup;
    std::unique_ptr<DuplicateLog> m_duplicateLog;
    TallyAggregator m_sums;
    std::vector<std::vector<PreparedRow>> m_prepared; // by batch slot and row
    bool m_headerRows = true; // the reading thread's: no data row seen yet
    // While rows() runs: the table, the batch and the index of the row being imported.
    const ReadAheadTable *m_table = nullptr;
    const ReadAheadTable::Batch *m_batch = nullptr;
    qsizetype m_index = 0;
    qint64 m_malformed = 0;
    int m_listed = 0;
    QString m_window;
};
