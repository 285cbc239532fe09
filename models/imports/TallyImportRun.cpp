#include "imports/TallyImportRun.h"

#include "io/ExcelTraces.h"
#include "io/ReadAheadTable.h"

#include "common/Clock.h"
#include "common/Sha256.h"
#include "db/Database.h"
#include "db/DatabaseFiles.h"
#include "db/Dialect.h"
#include "db/WriteWait.h"
#include "imports/DatabaseBackup.h"
#include "imports/ImportHistory.h"
#include "imports/TallyValueParser.h"
#include "imports/formats/TallyFormats.h"
#include "repo/AuditLog.h"
#include "repo/CampaignRepository.h"
#include "repo/QuestionnaireRepository.h"
#include "db/SqlPrepare.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>

namespace {

using Field = ColumnMapping::Field;
using Kind = ColumnMapping::Kind;

constexpr int kCheckEvery = 4096; // rows between cancel checks (progress: once a batch)
// Rows read ahead: kBatches batches of kBatchRows rows go round between the two threads.
constexpr int kBatchRows = 2048;
constexpr int kBatches = 4;

// "line 12: message" from a reader -> "message" (the line goes into the Problem itself).
QString withoutLinePrefix(const QString &message, qint64 line)
{
    static const QRegularExpression prefix(QStringLiteral("^[^:：]*?\\d+\\s*[:：]\\s*"));
    const QRegularExpressionMatch m = prefix.match(message);
    if (line > 0 && m.hasMatch() && m.captured(0).contains(QString::number(line)))
        return message.mid(m.capturedLength());
    return message;
}

// The column headed text (exactly, else normalised); -1 when none.
int headerColumn(const QStringList &header, const QString &text)
{
    if (const int exact = int(header.indexOf(text)); exact >= 0)
        return exact;
    const QString wanted = ColumnMapping::normalise(text);
    for (int col = 0; col < header.size(); ++col) {
        if (ColumnMapping::normalise(header.at(col)) == wanted)
            return col;
    }
    return -1;
}

} // namespace

TallyImportRun::TallyImportRun(Database &db, qint64 campaignId, const QString &path,
                               const TallyImportOptions &options, const std::atomic<bool> *cancel,
                               const TallyImporter::ProgressCallback &progress,
                               const TallyImporter::RejectSink &rejects)
    : m_db(db)
    , m_campaignId(campaignId)
    , m_path(path)
    , m_options(options)
    , m_cancel(cancel)
    , m_progress(progress)
    , m_rejects(rejects)
{
    m_report.file = path;
}

TallyImportRun::~TallyImportRun()
{
    m_stopDigest = true; // the future's destructor waits for the hashing thread
}

ImportReport TallyImportRun::run()
{
    if (!check() || !read() || !begin())
        return m_report;
    const AuditLog::Via via(QStringLiteral("import ") + QFileInfo(m_path).fileName());
    if (rows() && finishRows())
        store();
    return m_report;
}

// ---- check -------------------------------------------------------------------------------

bool TallyImportRun::check()
{
    const Lookup<Campaign> campaign = CampaignRepository(m_db).byId(m_campaignId);
    if (!campaign && campaign.error().isDatabase())
        return fail(campaign.error().message());
    if (!campaign)
        return fail(tr("there is no campaign to import into"));
    m_campaign = *campaign;
    m_window = QStringLiteral("%1..%2").arg(Clock::dateText(m_campaign->startDate),
                                            Clock::dateText(m_campaign->endDate));
    // The questionnaires' link parameters find the link column; a failed read is not "none".
    QSqlError readError;
    for (const Questionnaire &q : QuestionnaireRepository(m_db).list(m_campaignId, &readError))
        m_linkParameters << q.linkParameter;
    if (readError.isValid())
        return fail(Dialect::describeError(readError));
    // Not the open database's own file, before anything opens it (DatabaseFiles).
    if (const QString refusal = DatabaseFiles::refusal(m_path); !refusal.isEmpty())
        return unreadable(tr("cannot read the file: %1").arg(refusal));
    m_digest = std::async(std::launch::async, [path = m_path, stop = &m_stopDigest] {
        FileDigest digest;
        digest.hex = Sha256::fileHex(path, &digest.error, stop);
        return digest;
    });
    return true;
}

// The file's digest, when it is known (wait: wait for it): false, having rolled back, when the
// file cannot be read or was imported before (the report then says so, and nothing more).
bool TallyImportRun::fileDigest(bool wait)
{
    using namespace std::chrono_literals;
    if (m_digestChecked || (!wait && m_digest.wait_for(0s) != std::future_status::ready))
        return true;
    m_digestChecked = true;
    const FileDigest digest = m_digest.get();
    if (digest.hex.isEmpty())
        return unreadable(tr("cannot read the file: %1").arg(digest.error));
    m_report.sha256 = digest.hex;
    QString failure;
    if (alreadyImported(&failure)) {
        rollBack();
        return false;
    }
    return failure.isEmpty() || fail(failure);
}

// True when this file was imported before with every link known (report filled in). A file
// that had unknown links is read again: links issued or corrected since count now.
bool TallyImportRun::alreadyImported(QString *failure)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, finished_at, unknown_link FROM imports WHERE sha256 = ?"
                             " AND campaign_id = ? AND status = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(m_report.sha256);
    q.addBindValue(m_campaignId);
    q.addBindValue(ImportHistory::key(ImportStatus::Imported));
    if (!execPrepared(q)) {
        *failure = Dialect::describeError(q.lastError());
        return false;
    }
    if (!q.next() || q.value(2).toLongLong() > 0)
        return false;
    // Nothing of the rows read so far: the file was not imported now.
    ImportReport again;
    again.file = m_report.file;
    again.sha256 = m_report.sha256;
    again.importId = q.value(0).toLongLong();
    again.outcome = ImportReport::Outcome::AlreadyImported;
    again.message = tr("already imported on %1 (import #%2); nothing changed")
                        .arg(Clock::localTimeText(q.value(1).toString()))
                        .arg(again.importId);
    m_report = again;
    return true;
}

// ---- read --------------------------------------------------------------------------------

bool TallyImportRun::read()
{
    QString error;
    m_reader = TableReader::open(m_path, m_options.reader, &error);
    if (!m_reader)
        return unreadable(error);
    m_report.encoding = m_reader->encodingName();
    m_report.delimiter = m_reader->delimiter();
    QStringList header;
    if (!readHeader(header))
        return false;
    m_headerLine = m_reader->lineNumber();
    m_headerColumns = int(header.size());
    QString failure;
    m_mapping = mappingFor(header, &failure);
    if (!failure.isEmpty()) {
        m_report.problems.append({m_path, m_headerLine, QString(), failure});
        return reject(tr("the columns named by hand are not in the file; nothing imported"));
    }
    if (!m_format) {
        m_report.problems.append(
            {m_path, m_headerLine, QString(),
             tr("cannot tell from the header whether this is a daily or a responses file "
                "(found: %1); name the columns, e.g. 链接,日期,有效样本数 or "
                "答卷编号,链接,提交时间,是否有效")
                 .arg(header.join(QLatin1String(", ")))});
        return reject(tr("unknown kind of file; nothing imported"));
    }
    m_report.kind = ColumnMapping::kindKey(m_format->kind());
    m_report.format = m_format->key();
    m_report.formatLabel = m_format->label();
    m_report.tokenColumn = header.value(m_mapping.column(Field::Link));
    if (const Problems missing = m_format->missingColumns(m_mapping, m_path, m_headerLine);
        !missing.isEmpty()) {
        m_report.problems.append(missing);
        return reject(tr("required columns are missing; nothing imported"));
    }
    return true;
}

bool TallyImportRun::readHeader(QStringList &header)
{
    // Excel's "sep=," line is the reader's to skip (io/ExcelTraces), as for every importer.
    if (m_reader->readRow(header))
        return true;
    if (!m_reader->errorString().isEmpty())
        m_report.problems.append(
            {m_path, m_reader->lineNumber(), QString(),
             withoutLinePrefix(m_reader->errorString(), m_reader->lineNumber())});
    else
        m_report.problems.append({m_path, 0, QString(), tr("the file is empty")});
    return reject(tr("the file has no header row; nothing imported"));
}

// The format (m_format) and its columns: the one named, else the one the header is; columns
// named by hand replace what it found. *failure: a named column is not in the header.
ColumnMapping TallyImportRun::mappingFor(const QStringList &header, QString *failure)
{
    const TallyFormat *&format = m_format;
    const QString key = m_options.format;
    if (!key.isEmpty() && key != QLatin1String("auto"))
        format = TallyFormats::byKey(key);
    else if (m_options.mapping)
        format = TallyFormats::detect(header, m_options.mapping->kind());
    else
        format = TallyFormats::detect(header, m_options.kind);
    // Not recognised, but the header says which of the project's own files it means to be:
    // that format lists what is missing.
    if (!format)
        format = TallyFormats::detect(header, ColumnMapping::fromHeader(header).kind());
    if (!format)
        return {};
    ColumnMapping mapping
        = m_options.mapping ? *m_options.mapping : format->map(header, m_linkParameters);
    for (auto it = m_options.columns.cbegin(); it != m_options.columns.cend(); ++it) {
        const int column = headerColumn(header, it.value());
        if (column < 0)
            *failure = tr("there is no column named '%1' for %2")
                           .arg(it.value(), ColumnMapping::fieldLabel(it.key()));
        else
            mapping.setColumn(it.key(), column);
    }
    return mapping;
}

// ---- begin -------------------------------------------------------------------------------

bool TallyImportRun::begin()
{
    QString error;
    // A copy of the database before anything changes.
    if (m_options.backup && DatabaseBackup::take(m_db, QStringLiteral("import"), &error).isEmpty()
        && !error.isEmpty())
        return fail(error);
    openTransaction();
    if (!m_tx->isActive() && cancelled())
        return cancelRun(); // cancelled while waiting: nothing was written
    if (m_tx->error().isValid())
        return fail(Dialect::describeError(m_tx->error()));
    if (!takeTurn() || !fileDigest(false))
        return false;
    QSqlError sqlError;
    m_importId = ImportHistory(m_db).begin(
        m_campaignId, m_report.kind, m_path, m_report.sha256,
        m_options.user.isEmpty() ? m_db.userName() : m_options.user, &sqlError);
    if (m_importId == 0)
        return fail(Dialect::describeError(sqlError));
    if (const QSqlError e = m_links.load(m_db, m_campaignId); e.isValid())
        return fail(Dialect::describeError(e));
    return m_format->kind() == Kind::Daily || prepareResponses();
}

// While another desk writes, this import says so once and may still be cancelled; the thread's
// own observer (the CLI's stderr line) hears the wait too.
void TallyImportRun::openTransaction()
{
    const WriteWait::Observer outer = WriteWait::observer();
    const auto restore = qScopeGuard([&] { WriteWait::setObserver(outer); });
    WriteWait::setObserver([this, outer, told = false](int seconds) mutable {
        if (seconds >= 0 && !told && m_options.waiting) {
            told = true;
            m_options.waiting();
        }
        return (!outer || outer(seconds)) && !cancelled();
    });
    m_tx.emplace(m_db);
}

// A responses file: each response id counted once (the deduplicator, over the backend's
// response-id store), the ones met before logged for the import's withdrawal.
bool TallyImportRun::prepareResponses()
{
    m_dedup = std::make_unique<ResponseDeduplicator>(
        m_db, m_importId, [this](const ResponseDeduplicator::Response &r) {
            ++m_report.accepted;
            m_sums.addResponse(r.linkId, r.julianDay, r.valid);
        });
    m_dedup->setPrefixes(m_links.prefixes());
    m_duplicateLog = std::make_unique<DuplicateLog>(m_db, m_importId);
    m_dedup->setOnDuplicate([this](const ResponseDeduplicator::Response &r, const QString &stem) {
        m_duplicateLog->add(r, stem);
    });
    return m_dedup->prepare() || fail(m_dedup->error());
}

// Imports take turns (SQLite: the write lock of BEGIN IMMEDIATE; PostgreSQL: an advisory lock).
// Each holds its response ids' key locks until commit, so two overlapping imports running side
// by side would deadlock on PostgreSQL; one after the other, the second finds the responses the
// first counted. While another desk's import goes first this one says so, and may still be
// cancelled.
bool TallyImportRun::takeTurn()
{
    const QString tryLock = m_db.dialect().tryImportLock();
    if (tryLock.isEmpty())
        return true;
    QSqlQuery q(m_db.connection());
    for (bool first = true;; first = false) {
        if (!q.exec(tryLock) || !q.next())
            return fail(Dialect::describeError(q.lastError()));
        const bool taken = q.value(0).toBool();
        q.finish();
        if (taken)
            return true;
        if (first && m_options.waiting)
            m_options.waiting();
        if (cancelled())
            return cancelRun();
        QThread::msleep(200);
    }
}

// ---- rows: interpret -> resolve link -> deduplicate -> aggregate ---------------------------

bool TallyImportRun::rows()
{
    // The file is read on a second thread, which also interprets each row, finds its link and
    // hashes its response id (prepare()), while this one deduplicates and sums the rows read
    // before. Only the columns the format maps are made into strings (a rejected row is split
    // whole again for the rejects file).
    m_prepared.assign(kBatches, std::vector<PreparedRow>(kBatchRows));
    ReadAheadTable table(*m_reader, kBatchRows, kBatches, mappedColumns(),
                         [this](const ReadAheadTable::Batch &b, qsizetype i,
                                const QStringList &cells) { return prepare(b, i, cells); });
    m_table = &table;
    const auto forget = qScopeGuard([this] {
        m_table = nullptr;
        m_batch = nullptr;
    });
    while (const ReadAheadTable::Batch *batch = table.next()) {
        m_batch = batch;
        std::vector<PreparedRow> &prepared = m_prepared[size_t(batch->slot)];
        for (qsizetype i = 0; i < batch->size; ++i) {
            if (prepared[size_t(i)].skip)
                continue;
            ++m_report.read;
            if (m_report.read % kCheckEvery == 0 && cancelled())
                return cancelRun();
            m_index = i;
            // Read only: the reading thread refills the row in place (TallyRow::clear).
            row(prepared[size_t(i)]);
            if (m_dedup && !m_dedup->error().isEmpty())
                return true;
        }
        if (!fileDigest(false))
            return false;
        if (m_progress)
            m_progress(batch->progress);
    }
    return true;
}

// The columns the format reads: the only ones whose cells are made into strings. None (every
// cell read, no record kept for the rejects file) when it reads every column of the header.
QList<int> TallyImportRun::mappedColumns() const
{
    QList<int> columns;
    for (int f = 0; f < Field::FieldCount; ++f) {
        const int column = m_mapping.column(Field(f));
        if (column >= 0 && !columns.contains(column))
            columns.append(column);
    }
    return columns.size() >= m_headerColumns ? QList<int>() : columns;
}

// Every cell of the row being imported, for the rejects file.
QStringList TallyImportRun::wholeRow() const
{
    QStringList cells;
    m_table->wholeRow(*m_batch, m_index, cells);
    return cells;
}

// On the reading thread, for each row in the file's order: interpret -> resolve link -> the
// response id's key. Touches nothing the importing thread uses meanwhile (the link resolver is
// the reading thread's until the rows are read; m_headerRows is its own; the campaign is only
// read). Returns whether row() may set the row aside whole (rejectRow, notCounted): the same
// tests as row() makes, in its order.
bool TallyImportRun::prepare(const ReadAheadTable::Batch &batch, qsizetype index,
                             const QStringList &cells)
{
    PreparedRow &p = m_prepared[size_t(batch.slot)][size_t(index)];
    // Rows of empty cells (",,,," as spreadsheets leave below the data) are not rows; rows
    // right after the header may be headers too (Qualtrics).
    p.skip
        = batch.blank[size_t(index)] || (m_headerRows && m_format->isHeaderRow(cells, m_mapping));
    if (p.skip)
        return false;
    m_headerRows = false;
    p.row.clear();
    p.row.line = batch.lines[size_t(index)];
    m_format->interpret(cells, m_mapping, p.row);
    p.warning.clear();
    p.found = !p.row.noLink && !p.row.incomplete && resolve(p);
    p.number = -1;
    if (p.found && m_format->kind() == Kind::Responses)
        keyResponseId(p);
    const TallyRow &row = p.row;
    return !row.noLink && !row.incomplete
        && (!row.problems.isEmpty() || !p.found || !m_campaign->contains(row.day));
}

// The response id as a run's number (p.number, p.stemStart, p.stemSize) when its shape is kept as
// runs for its questionnaire, else its hash (p.hash). Plain numbers ("17") follow numbers_hashed,
// other ids of a prefix and a serial number ("S1-7", "007") serials_hashed: each questionnaire
// goes on hashing the shapes it hashed before runs were kept for them, so that the ids it counted
// then are still found.
void TallyImportRun::keyResponseId(PreparedRow &p)
{
    const QString &id = p.row.responseId;
    QStringView stem;
    const qint64 number = TallyValueParser::responseSerial(id, &stem);
    const bool hashed = stem.isEmpty() ? p.link->numbersHashed : p.link->serialsHashed;
    if (number >= 0 && !hashed) {
        p.number = number;
        p.stemSize = stem.size();
        if (stem.size() <= PreparedRow::kInlineStem)
            for (qsizetype i = 0; i < stem.size(); ++i) // a loop, not memmove: see TallyRow
                p.stemText[i] = stem.utf16()[i];
        else
            p.longStem = stem.toString();
        return;
    }
    p.hash = TallyValueParser::responseHash(p.link->idPrefix + id);
}

void TallyImportRun::row(const PreparedRow &p)
{
    const TallyRow &row = p.row;
    if (row.noLink) {
        ++m_report.noLink;
        return;
    }
    if (row.incomplete) {
        ++m_report.incomplete;
        return;
    }
    if (!p.found && !p.warning.isEmpty() && row.problems.isEmpty()) {
        ++m_report.unknownLink;
        ++m_report.unknownTokens[p.token];
    }
    if (!row.problems.isEmpty())
        return rejectRow(row);
    if (!p.found)
        return notCounted(m_report.warnings, row.line, ColumnMapping::fieldKey(Field::Link),
                          p.warning);
    if (!m_campaign->contains(row.day)) {
        ++m_report.rejected;
        const bool daily = m_format->kind() == Kind::Daily;
        return notCounted(m_report.warnings, row.line,
                          ColumnMapping::fieldKey(daily ? Field::Day : Field::SubmittedAt),
                          tr("%1 is outside the campaign window %2; not counted")
                              .arg(Clock::dateText(row.day), m_window));
    }
    count(p);
}

// The link a row names (p.link); false with p.warning when it is not counted for its link
// (unknown, revoked, another questionnaire's; p.token: the token as read), or with a problem in
// p.row when it names none.
bool TallyImportRun::resolve(PreparedRow &p)
{
    TallyRow &row = p.row;
    if (row.link.isEmpty())
        return false;
    if (ExcelTraces::isScientificNumber(row.link)) {
        row.problems.append(
            {ColumnMapping::fieldKey(Field::Link),
             QStringLiteral("'%1': %2").arg(row.link, ExcelTraces::lostDigitsMessage())});
        return false;
    }
    // The token is copied only for a row that does not count (listed by token).
    const LinkResolver::Resolved r = m_links.resolveRow(row.link);
    p.link = r.link;
    switch (r.result) {
    case LinkResolver::Result::NoToken:
        row.problems.append({ColumnMapping::fieldKey(Field::Link),
                             tr("'%1' has no link token (src=...)").arg(row.link)});
        return false;
    case LinkResolver::Result::Unknown:
        p.warning = tr("unknown link '%1'; not counted").arg(row.link);
        break;
    case LinkResolver::Result::Revoked:
        p.warning = tr("link '%1' has been revoked; not counted").arg(row.link);
        break;
    case LinkResolver::Result::Found:
        if (m_options.questionnaireId <= 0 || r.link->questionnaireId == m_options.questionnaireId)
            return true;
        p.warning = tr("link '%1' belongs to another questionnaire; not counted").arg(row.link);
        break;
    }
    p.token = *r.token;
    return false;
}

void TallyImportRun::count(const PreparedRow &p)
{
    const TallyRow &row = p.row;
    const LinkResolver::Link &link = *p.link;
    if (m_format->kind() == Kind::Responses) {
        const int minSeconds = m_options.minSeconds >= 0 ? m_options.minSeconds : link.minSeconds;
        const bool tooFast = minSeconds > 0 && row.seconds >= 0 && row.seconds < minSeconds;
        const bool valid = row.valid && !tooFast;
        if (p.number >= 0) {
            const qint32 stem = m_dedup->stemIndex(p.stem());
            m_dedup->add(
                {p.number, link.id, row.day.toJulianDay(), valid, stem, link.questionnaireId});
        } else
            m_dedup->add({p.hash, link.id, row.day.toJulianDay(), valid});
        return;
    }
    qint64 firstLine = 0;
    switch (m_sums.addDaily(link.id, row.day, row.validSamples, row.invalidSamples, row.suggestions,
                            row.line, &firstLine)) {
    case TallyAggregator::Daily::Added:
        ++m_report.accepted;
        return;
    case TallyAggregator::Daily::Repeated:
        ++m_report.duplicate;
        return;
    case TallyAggregator::Daily::Conflict:
        break;
    }
    TallyRow conflict = row;
    conflict.problems = {{ColumnMapping::fieldKey(Field::ValidSamples),
                          tr("link '%1' on %2 is already on line %3 with other figures")
                              .arg(row.link, Clock::dateText(row.day))
                              .arg(firstLine)}};
    rejectRow(conflict);
}

// After the last row: what is pending, and whether the file may be stored at all.
bool TallyImportRun::finishRows()
{
    if (cancelled())
        return cancelRun();
    if (!fileDigest(true))
        return false;
    if (m_dedup && (!m_dedup->error().isEmpty() || !m_dedup->flush())) {
        m_tx->rollback();
        return fail(m_dedup->error());
    }
    if (m_dedup)
        m_report.duplicate += m_dedup->duplicates();
    const auto rejectAll = [this](const QString &message) {
        m_tx->rollback();
        // The bad rows stay counted as rejected; the good ones are not imported either, and
        // say so apart instead of passing for rejected rows.
        m_report.notImported = m_report.read - m_report.rejected;
        m_report.accepted = m_report.duplicate = m_report.unknownLink = 0;
        return reject(message);
    };
    if (!m_reader->errorString().isEmpty()) {
        // The file cannot be read to its end: reject it whatever skipInvalid says.
        m_report.problems.append(
            {m_path, m_reader->lineNumber(), QString(),
             withoutLinePrefix(m_reader->errorString(), m_reader->lineNumber())});
        return rejectAll(tr("the file cannot be read to its end; nothing imported"));
    }
    if (m_report.read == 0) {
        m_tx->rollback();
        m_report.problems.append(
            {m_path, m_headerLine, QString(), tr("the file has no data rows")});
        return reject(tr("the file has no data rows; nothing imported"));
    }
    if (m_malformed > 0 && !m_options.skipInvalid)
        return rejectAll(tr("%n malformed row(s); the file was not imported (nothing changed)",
                            nullptr, int(qMin<qint64>(m_malformed, INT_MAX))));
    return true;
}

// ---- store -------------------------------------------------------------------------------

bool TallyImportRun::store()
{
    if (m_progress)
        m_progress(1.0);
    const QSqlError sumsError = m_format->kind() == Kind::Daily
        ? m_sums.storeDaily(m_db, m_importId, m_mapping.isMapped(Field::InvalidSamples),
                            m_mapping.isMapped(Field::Suggestions))
        : m_sums.storeResponses(m_db, m_importId);
    if (sumsError.isValid())
        return fail(Dialect::describeError(sumsError));
    if (const QSqlError e = storeWithdrawalRecord(); e.isValid())
        return fail(Dialect::describeError(e));
    m_report.importId = m_importId;
    m_report.message = tr("imported as #%1").arg(m_importId);
    if (const QSqlError e = recordImport(); e.isValid())
        return fail(Dialect::describeError(e));
    if (cancelled()) {
        m_report.importId = 0;
        return cancelRun();
    }
    if (const QSqlError e = m_tx->commit(); e.isValid())
        return fail(e.text());
    m_report.outcome = ImportReport::Outcome::Imported;
    m_db.events()->notify(DataEvents::Tallies | DataEvents::Imports);
    return true;
}

// What withdrawing this import will need: its part of each link's day, and the responses it
// found counted already.
QSqlError TallyImportRun::storeWithdrawalRecord()
{
    const QSqlError e
        = m_sums.storeLedger(m_db, m_importId, m_mapping.isMapped(Field::InvalidSamples),
                             m_mapping.isMapped(Field::Suggestions));
    if (e.isValid() || !m_duplicateLog)
        return e;
    return m_duplicateLog->flush();
}

// The import's row with its counts, and its audit log entry.
QSqlError TallyImportRun::recordImport()
{
    if (const QSqlError e = ImportHistory(m_db).finish(m_importId, m_report, true); e.isValid())
        return e;
    return AuditLog::record(m_db, QStringLiteral("imports"), m_importId, QStringLiteral("import"),
                            {},
                            {{QStringLiteral("file"), QFileInfo(m_path).fileName()},
                             {QStringLiteral("sha256"), m_report.sha256},
                             {QStringLiteral("kind"), m_report.kind},
                             {QStringLiteral("format"), m_report.format},
                             {QStringLiteral("summary"), m_report.summaryLine()}});
}

// ---- how rows and runs end ---------------------------------------------------------------

void TallyImportRun::listProblem(Problems &list, qint64 line, const QString &field,
                                 const QString &message)
{
    if (m_listed < m_options.maxListedProblems) {
        list.append({m_path, line, field, message});
        ++m_listed;
    } else {
        ++m_report.problemsNotListed;
    }
}

// A malformed row: listed; it rejects the file unless skipInvalid.
void TallyImportRun::rejectRow(const TallyRow &row)
{
    ++m_malformed;
    ++m_report.rejected;
    const QStringList cells = m_rejects && m_options.skipInvalid ? wholeRow() : QStringList();
    for (const auto &[field, message] : row.problems) {
        listProblem(m_report.problems, row.line, field, message);
        if (m_rejects && m_options.skipInvalid)
            m_rejects(m_path, row.line, field, message, cells);
    }
}

// A row not counted for a reason a person can fix (unknown link, outside the window).
void TallyImportRun::notCounted(Problems &list, qint64 line, const QString &field,
                                const QString &message)
{
    listProblem(list, line, field, message);
    if (m_rejects)
        m_rejects(m_path, line, field, message, wholeRow());
}

// The file cannot be read (problem: why): nothing imported, nothing written.
bool TallyImportRun::unreadable(const QString &problem)
{
    rollBack();
    m_report.problems.append({m_path, 0, QString(), problem});
    return reject(tr("cannot read the file; nothing imported"));
}

// Nothing written stays: the transaction, if one is open, is rolled back.
void TallyImportRun::rollBack()
{
    if (m_tx && m_tx->isActive())
        m_tx->rollback();
}

bool TallyImportRun::reject(const QString &message)
{
    m_report.outcome = ImportReport::Outcome::Rejected;
    m_report.message = message;
    return false;
}

bool TallyImportRun::fail(const QString &message)
{
    rollBack();
    m_report.outcome = ImportReport::Outcome::Failed;
    m_report.message = message;
    m_report.problems.append({m_path, 0, QString(), message});
    return false;
}

bool TallyImportRun::cancelRun()
{
    rollBack();
    m_report.outcome = ImportReport::Outcome::Cancelled;
    m_report.message = tr("cancelled; nothing changed");
    return false;
}
