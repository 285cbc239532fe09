#include "imports/TallyImporter.h"
#include "db/DatabaseFiles.h"

#include "common/Clock.h"
#include "common/Sha256.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/Transaction.h"
#include "imports/DatabaseBackup.h"
#include "imports/TallyValueParser.h"
#include "links/LinkUrl.h"
#include "repo/AuditLog.h"
#include "repo/CampaignRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <charconv>

namespace {

using Field = ColumnMapping::Field;
using Kind = ColumnMapping::Kind;

constexpr int kBatchRows = 2000; // response ids per INSERT ... RETURNING (4000 bound values)
// SQLite: response ids per batch, passed as JSON arrays (json_each), so there is no per-value
// binding; a large sorted batch walks the id B-tree once, in order, however large the table
// (with 10M ids stored it is far larger than the page cache).
constexpr int kSqliteBatchRows = 262144;
// ...checked and stored in slices of this many, in key order (see flushSqlite).
constexpr qsizetype kSqliteSliceRows = 16384;
constexpr int kCheckEvery = 4096; // rows between cancel checks and progress reports
constexpr int kLinkCacheLimit = 200000;

struct LinkInfo
{
    qint64 id = 0;
    bool revoked = false;
};

struct DayKey
{
    qint64 linkId;
    qint64 julianDay;
    bool operator==(const DayKey &) const = default;
};

size_t qHash(const DayKey &k, size_t seed = 0) noexcept
{
    return qHashMulti(seed, k.linkId, k.julianDay);
}

struct DailyFigures
{
    qint64 valid = 0;
    qint64 invalid = -1; // -1: the file has no such column
    qint64 suggestions = -1; // idem
    qint64 line = 0;
};

struct ResponseCounts
{
    qint64 valid = 0;
    qint64 invalid = 0;
};

struct PendingResponse
{
    qint64 hash;
    qint64 linkId;
    qint64 julianDay;
    bool valid;
};

QString cell(const QStringList &cells, int column)
{
    return column >= 0 && column < cells.size() ? cells.at(column) : QString();
}

// SQLite: a larger page cache while it lives, then the connection's own again.
class SqliteCacheSize
{
public:
    explicit SqliteCacheSize(Database &db)
    {
        if (!db.dialect().isSQLite())
            return;
        QSqlQuery q(db.connection());
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next()) {
            m_db = &db;
            m_previous = q.value(0).toLongLong();
        }
        q.finish();
        q.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    }
    ~SqliteCacheSize()
    {
        if (m_db)
            QSqlQuery(m_db->connection())
                .exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
    }
    SqliteCacheSize(const SqliteCacheSize &) = delete;
    SqliteCacheSize &operator=(const SqliteCacheSize &) = delete;

private:
    Database *m_db = nullptr;
    qint64 m_previous = 0;
};

// Appends 64-bit keys as a JSON array of integers, for SQLite's json_each.
void appendJsonArray(QByteArray &json, const QList<qint64> &keys)
{
    json.clear();
    json.reserve(keys.size() * 21 + 2);
    json.append('[');
    char buf[24];
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (i > 0)
            json.append(',');
        const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, keys.at(i));
        json.append(buf, end - buf);
    }
    json.append(']');
}

// "line 12: message" from a reader -> "message" (the line goes into the Problem itself).
QString withoutLinePrefix(const QString &message, qint64 line)
{
    static const QRegularExpression prefix(QStringLiteral("^[^:：]*?\\d+\\s*[:：]\\s*"));
    const QRegularExpressionMatch m = prefix.match(message);
    if (line > 0 && m.hasMatch() && m.captured(0).contains(QString::number(line)))
        return message.mid(m.capturedLength());
    return message;
}

} // namespace

TallyImporter::TallyImporter(Database &db, qint64 campaignId)
    : m_db(db)
    , m_campaignId(campaignId)
{}

QString TallyImporter::sha256Of(const QString &path, QString *error)
{
    if (const QString refusal = DatabaseFiles::refusal(path); !refusal.isEmpty()) {
        if (error)
            *error = refusal;
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    Sha256 hash;
    if (!hash.addData(&file)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    const Sha256::Digest digest = hash.result();
    return QString::fromLatin1(
        QByteArray::fromRawData(reinterpret_cast<const char *>(digest.data()), digest.size())
            .toHex());
}

TallyImporter::Preview TallyImporter::preview(const QString &path,
                                              const TableReader::Options &options, Kind kind,
                                              int rows)
{
    Preview p;
    auto reader = TableReader::open(path, options, &p.error);
    if (!reader)
        return p;
    p.encoding = reader->encodingName();
    p.delimiter = reader->delimiter();
    QStringList cells;
    if (reader->readRow(cells))
        p.header = cells;
    while (p.rows.size() < rows && reader->readRow(cells))
        p.rows.append(cells);
    if (!reader->errorString().isEmpty())
        p.error = reader->errorString();
    p.mapping = ColumnMapping::fromHeader(p.header, kind);
    return p;
}

ImportReport TallyImporter::importFile(const QString &path, const Options &options,
                                       const std::atomic<bool> *cancel,
                                       const ProgressCallback &progress, const RejectSink &rejects)
{
    ImportReport report;
    report.file = path;
    const QString fileName = QFileInfo(path).fileName();
    int listed = 0;
    const auto listProblem
        = [&](Problems &list, qint64 line, const QString &field, const QString &message) {
              if (listed < options.maxListedProblems) {
                  list.append({path, line, field, message});
                  ++listed;
              } else {
                  ++report.problemsNotListed;
              }
          };
    const auto reject = [&](const QString &message) {
        report.outcome = ImportReport::Outcome::Rejected;
        report.message = message;
        return report;
    };
    const auto fail = [&](const QString &message) {
        report.outcome = ImportReport::Outcome::Failed;
        report.message = message;
        report.problems.append({path, 0, QString(), message});
        return report;
    };

    const std::optional<Campaign> campaign = CampaignRepository(m_db).byId(m_campaignId);
    if (!campaign)
        return fail(tr("there is no campaign to import into"));

    // The same file again changes nothing.
    QString error;
    report.sha256 = sha256Of(path, &error);
    if (report.sha256.isEmpty()) {
        report.problems.append({path, 0, QString(), tr("cannot read the file: %1").arg(error)});
        return reject(tr("cannot read the file; nothing imported"));
    }
    // True when this file was imported before (report filled in); checked again under the
    // import lock, as another desk may be importing the same file right now.
    const auto alreadyImported = [&](QString *failure) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id, finished_at FROM imports WHERE sha256 = ? AND "
                                 "campaign_id = ? AND status = 'imported' ORDER BY id LIMIT 1"));
        q.addBindValue(report.sha256);
        q.addBindValue(m_campaignId);
        if (!q.exec()) {
            *failure = Dialect::describeError(q.lastError());
            return false;
        }
        if (!q.next())
            return false;
        report.importId = q.value(0).toLongLong();
        report.outcome = ImportReport::Outcome::AlreadyImported;
        report.message = tr("already imported on %1 (import #%2); nothing changed")
                             .arg(Clock::localTimeText(q.value(1).toString()))
                             .arg(report.importId);
        return true;
    };
    QString failure;
    if (alreadyImported(&failure))
        return report;
    if (!failure.isEmpty())
        return fail(failure);

    // Reader and header.
    auto reader = TableReader::open(path, options.reader, &error);
    if (!reader) {
        report.problems.append({path, 0, QString(), error});
        return reject(tr("cannot read the file; nothing imported"));
    }
    report.encoding = reader->encodingName();
    report.delimiter = reader->delimiter();
    QStringList cells;
    if (!reader->readRow(cells)) {
        if (!reader->errorString().isEmpty())
            report.problems.append(
                {path, reader->lineNumber(), QString(),
                 withoutLinePrefix(reader->errorString(), reader->lineNumber())});
        else
            report.problems.append({path, 0, QString(), tr("the file is empty")});
        return reject(tr("the file has no header row; nothing imported"));
    }
    const qint64 headerLine = reader->lineNumber();
    ColumnMapping mapping
        = options.mapping ? *options.mapping : ColumnMapping::fromHeader(cells, options.kind);
    if (mapping.kind() == Kind::Unknown) {
        report.problems.append(
            {path, headerLine, QString(),
             tr("cannot tell from the header whether this is a daily or a responses file "
                "(found: %1); name the columns, e.g. 链接,日期,有效样本数 or "
                "答卷编号,链接,提交时间,是否有效")
                 .arg(cells.join(QLatin1String(", ")))});
        return reject(tr("unknown kind of file; nothing imported"));
    }
    report.kind = ColumnMapping::kindKey(mapping.kind());
    if (const QList<Field> missing = mapping.missingFields(); !missing.isEmpty()) {
        for (Field f : missing)
            report.problems.append({path, headerLine, ColumnMapping::fieldKey(f),
                                    tr("no column for %1").arg(ColumnMapping::fieldLabel(f))});
        return reject(tr("required columns are missing; nothing imported"));
    }
    const bool daily = mapping.kind() == Kind::Daily;
    const int cLink = mapping.column(Field::Link);
    const int cDay = mapping.column(daily ? Field::Day : Field::SubmittedAt);
    const int cValid = mapping.column(daily ? Field::ValidSamples : Field::ValidFlag);
    const int cInvalid = daily ? mapping.column(Field::InvalidSamples) : -1;
    const int cSuggestions = daily ? mapping.column(Field::Suggestions) : -1;
    const int cResponse = daily ? -1 : mapping.column(Field::ResponseId);
    const QString fDay = ColumnMapping::fieldKey(daily ? Field::Day : Field::SubmittedAt);
    const QString fValid = ColumnMapping::fieldKey(daily ? Field::ValidSamples : Field::ValidFlag);
    const QString fLink = ColumnMapping::fieldKey(Field::Link);

    // A copy of the database before anything changes.
    if (options.backup) {
        if (DatabaseBackup::take(m_db, QStringLiteral("import"), &error).isEmpty()
            && !error.isEmpty())
            return fail(error);
    }

    Transaction tx(m_db);
    if (tx.error().isValid())
        return fail(Dialect::describeError(tx.error()));
    QSqlQuery q(m_db.connection());
    // Imports take turns (SQLite: the write lock of BEGIN IMMEDIATE; PostgreSQL: an advisory
    // lock). Each holds its response ids' key locks until commit, so two overlapping imports
    // running side by side would deadlock on PostgreSQL; one after the other, the second finds
    // the responses the first counted.
    // While another desk's import goes first this one says so, and may still be cancelled.
    if (const QString tryLock = m_db.dialect().tryImportLock(); !tryLock.isEmpty()) {
        for (bool first = true;; first = false) {
            if (!q.exec(tryLock) || !q.next())
                return fail(Dialect::describeError(q.lastError()));
            const bool taken = q.value(0).toBool();
            q.finish();
            if (taken)
                break;
            if (first && options.waiting)
                options.waiting();
            if (cancel && cancel->load()) {
                tx.rollback();
                report.outcome = ImportReport::Outcome::Cancelled;
                report.message = tr("cancelled; nothing changed");
                return report;
            }
            QThread::msleep(200);
        }
    }
    if (alreadyImported(&failure)) {
        tx.rollback();
        return report;
    }
    if (!failure.isEmpty())
        return fail(failure);
    const SqliteCacheSize cacheSize(m_db); // 64 MiB for the id index, for this import only
    const QString startedAt = Clock::nowText();
    const QString user = options.user.isEmpty() ? m_db.userName() : options.user;
    q.prepare(QStringLiteral("INSERT INTO imports (campaign_id, kind, file_name, sha256, status, "
                             "user_name, started_at) VALUES (?, ?, ?, ?, 'running', ?, ?) "
                             "RETURNING id"));
    q.addBindValue(m_campaignId);
    q.addBindValue(report.kind);
    q.addBindValue(fileName);
    q.addBindValue(report.sha256);
    q.addBindValue(user);
    q.addBindValue(startedAt);
    if (!q.exec() || !q.next())
        return fail(Dialect::describeError(q.lastError()));
    const qint64 importId = q.value(0).toLongLong();
    q.finish();

    QHash<QString, LinkInfo> links;
    q.prepare(QStringLiteral("SELECT id, token, status FROM links WHERE campaign_id = ?"));
    q.addBindValue(m_campaignId);
    if (!q.exec())
        return fail(Dialect::describeError(q.lastError()));
    while (q.next())
        links.insert(q.value(1).toString(),
                     {q.value(0).toLongLong(), q.value(2).toString() == QLatin1String("revoked")});
    q.finish();

    // Response ids: one statement for a full batch, prepared once.
    const auto insertSql = [](int rows) {
        QString sql = QStringLiteral("INSERT INTO response_ids (hash, import_id) VALUES ");
        for (int i = 0; i < rows; ++i)
            sql += i == 0 ? QStringLiteral("(?, ?)") : QStringLiteral(", (?, ?)");
        return sql + QStringLiteral(" ON CONFLICT (hash) DO NOTHING RETURNING hash");
    };
    const bool sqlite = m_db.dialect().isSQLite();
    const int batchRows = sqlite ? kSqliteBatchRows : kBatchRows;
    QSqlQuery batchInsert(m_db.connection());
    QSqlQuery storedIds(m_db.connection());
    if (!daily && sqlite) {
        // Which of a batch's keys are stored already (usually none, so few rows come back),
        // then the new ones in one statement. The keys come sorted and without repeats.
        storedIds.setForwardOnly(true);
        if (!storedIds.prepare(QStringLiteral(
                "SELECT r.hash FROM json_each(CAST(? AS TEXT)) AS j JOIN response_ids AS r "
                "ON r.hash = j.value"))
            // No conflict can happen (the keys were checked), and with DO NOTHING none can abort
            // the statement half-way, so SQLite keeps no statement journal for it (for a large
            // batch that journal copies most pages of the id table, written to a temp file).
            || !batchInsert.prepare(QStringLiteral(
                "INSERT INTO response_ids (hash, import_id) SELECT value, ? FROM "
                "json_each(CAST(? AS TEXT)) WHERE true ON CONFLICT (hash) DO NOTHING")))
            return fail(storedIds.lastError().isValid()
                            ? Dialect::describeError(storedIds.lastError())
                            : Dialect::describeError(batchInsert.lastError()));
    } else if (!daily && !batchInsert.prepare(insertSql(kBatchRows))) {
        return fail(Dialect::describeError(batchInsert.lastError()));
    }
    QList<PendingResponse> pending;
    pending.reserve(batchRows);
    QList<qint64> keys;
    QByteArray json;
    QHash<DayKey, ResponseCounts> responseCounts;
    QHash<DayKey, DailyFigures> dailyFigures;
    QSet<qint64> inserted;
    inserted.reserve(kBatchRows);
    QString dbError;

    const auto count = [&](const PendingResponse &r) {
        ++report.accepted;
        ResponseCounts &c = responseCounts[DayKey {r.linkId, r.julianDay}];
        if (r.valid)
            ++c.valid;
        else
            ++c.invalid;
    };
    // Checks and stores the ids of pending[begin, end) (sorted; rows with the same id side by
    // side): which are stored already (usually none, so few rows come back), then the new ones.
    QSet<qint64> stored;
    const auto storeSqlite = [&](qsizetype begin, qsizetype end) -> bool {
        keys.clear();
        for (qsizetype i = begin; i < end; ++i) {
            if (keys.isEmpty() || keys.constLast() != pending.at(i).hash)
                keys.append(pending.at(i).hash);
        }
        appendJsonArray(json, keys);
        storedIds.bindValue(0, json); // bytes (UTF-8 as is), not UTF-16 to convert back
        if (!storedIds.exec()) {
            dbError = Dialect::describeError(storedIds.lastError());
            return false;
        }
        stored.clear();
        while (storedIds.next())
            stored.insert(storedIds.value(0).toLongLong());
        storedIds.finish();
        keys.clear();
        for (qsizetype i = begin; i < end; ++i) {
            const PendingResponse &r = pending.at(i);
            if ((i > begin && r.hash == pending.at(i - 1).hash) || stored.contains(r.hash)) {
                ++report.duplicate;
            } else {
                keys.append(r.hash);
                count(r);
            }
        }
        if (keys.isEmpty())
            return true;
        appendJsonArray(json, keys);
        batchInsert.bindValue(0, importId);
        batchInsert.bindValue(1, json);
        if (!batchInsert.exec()) {
            dbError = Dialect::describeError(batchInsert.lastError());
            return false;
        }
        if (batchInsert.numRowsAffected() != keys.size()) {
            dbError = tr("response ids: %1 stored of %2 checked as new")
                          .arg(batchInsert.numRowsAffected())
                          .arg(keys.size());
            return false;
        }
        batchInsert.finish();
        return true;
    };
    const auto flushSqlite = [&]() -> bool {
        // Stable, so that of two rows with the same id the one earlier in the file counts.
        std::stable_sort(
            pending.begin(), pending.end(),
            [](const PendingResponse &a, const PendingResponse &b) { return a.hash < b.hash; });
        // The whole batch walks the id table once, in key order, a slice at a time: a slice's
        // check reads the pages its insert then finds still in the cache.
        qsizetype begin = 0;
        while (begin < pending.size()) {
            qsizetype end = std::min(begin + kSqliteSliceRows, pending.size());
            while (end < pending.size() && pending.at(end).hash == pending.at(end - 1).hash)
                ++end;
            if (!storeSqlite(begin, end))
                return false;
            begin = end;
        }
        pending.clear();
        return true;
    };
    const auto flush = [&]() -> bool {
        if (pending.isEmpty())
            return true;
        if (sqlite)
            return flushSqlite();
        QSqlQuery partial(m_db.connection());
        QSqlQuery *stmt = &batchInsert;
        if (pending.size() != kBatchRows) {
            if (!partial.prepare(insertSql(int(pending.size())))) {
                dbError = Dialect::describeError(partial.lastError());
                return false;
            }
            stmt = &partial;
        }
        // In key order the B-tree is walked in one direction; stable, so that of two rows with
        // the same id in a batch the one earlier in the file is the one counted.
        std::stable_sort(
            pending.begin(), pending.end(),
            [](const PendingResponse &a, const PendingResponse &b) { return a.hash < b.hash; });
        int index = 0;
        for (const PendingResponse &r : std::as_const(pending)) {
            stmt->bindValue(index++, r.hash);
            stmt->bindValue(index++, importId);
        }
        if (!stmt->exec()) {
            dbError = stmt->lastError().text();
            return false;
        }
        inserted.clear();
        while (stmt->next())
            inserted.insert(stmt->value(0).toLongLong());
        stmt->finish();
        for (const PendingResponse &r : std::as_const(pending)) {
            // The first row with a new hash counts; later ones in the batch are repeats.
            if (inserted.remove(r.hash)) {
                count(r);
            } else {
                ++report.duplicate;
            }
        }
        pending.clear();
        return true;
    };

    QHash<QString, qint64> linkCache; // cell text -> link id, -1 unknown, -2 revoked, 0 no token
    const QString window = QStringLiteral("%1..%2").arg(Clock::dateText(campaign->startDate),
                                                        Clock::dateText(campaign->endDate));
    qint64 malformed = 0;
    bool cancelled = false;
    QList<std::pair<QString, QString>> rowProblems; // field, message
    while (reader->readRow(cells)) {
        // Rows of empty cells (",,,," as spreadsheets leave below the data) are not rows.
        if (std::all_of(cells.cbegin(), cells.cend(),
                        [](const QString &c) { return c.trimmed().isEmpty(); }))
            continue;
        ++report.read;
        const qint64 line = reader->lineNumber();
        if (report.read % kCheckEvery == 0) {
            if (cancel && cancel->load()) {
                cancelled = true;
                break;
            }
            if (progress)
                progress(reader->progress());
        }
        rowProblems.clear();
        const QString linkText = cell(cells, cLink).trimmed();
        const QString dayText = cell(cells, cDay);
        const QString validText = cell(cells, cValid);
        QDate day;
        qint64 valid = 0;
        qint64 invalid = -1;
        qint64 suggestions = -1;
        QString responseId;
        int flag = -1;
        if (!daily) {
            responseId = cell(cells, cResponse).trimmed();
            if (responseId.isEmpty())
                rowProblems.append(
                    {ColumnMapping::fieldKey(Field::ResponseId), tr("the response ID is empty")});
        }
        if (linkText.isEmpty())
            rowProblems.append({fLink, tr("the link is empty")});
        day = TallyValueParser::parseDay(dayText, !daily);
        if (!day.isValid())
            rowProblems.append(
                {fDay,
                 dayText.trimmed().isEmpty()
                     ? tr("the date is empty")
                     : (daily ? tr("'%1' is not a date (yyyy-MM-dd, yyyy/M/d or yyyy年M月d日)")
                              : tr("'%1' is not a date and time (yyyy-MM-dd HH:mm[:ss])"))
                           .arg(dayText)});
        if (daily) {
            valid = TallyValueParser::parseCount(validText);
            if (valid < 0)
                rowProblems.append({fValid, tr("'%1' is not a number of samples").arg(validText)});
            if (cInvalid >= 0) {
                const QString t = cell(cells, cInvalid);
                invalid = t.trimmed().isEmpty() ? 0 : TallyValueParser::parseCount(t);
                if (invalid < 0)
                    rowProblems.append({ColumnMapping::fieldKey(Field::InvalidSamples),
                                        tr("'%1' is not a number of samples").arg(t)});
            }
            if (cSuggestions >= 0) {
                const QString t = cell(cells, cSuggestions);
                suggestions = t.trimmed().isEmpty() ? 0 : TallyValueParser::parseCount(t);
                if (suggestions < 0)
                    rowProblems.append({ColumnMapping::fieldKey(Field::Suggestions),
                                        tr("'%1' is not a number of suggestions").arg(t)});
            }
        } else {
            flag = TallyValueParser::parseFlag(validText);
            if (flag < 0)
                rowProblems.append(
                    {fValid,
                     tr("'%1' is not a valid flag (1/0, true/false, 是/否)").arg(validText)});
        }
        qint64 linkId = 0;
        if (!linkText.isEmpty()) {
            auto it = linkCache.constFind(linkText);
            if (it == linkCache.constEnd()) {
                const QString token = LinkUrl::tokenFrom(linkText);
                qint64 result = 0;
                if (!token.isEmpty()) {
                    const auto l = links.constFind(token);
                    result = l == links.constEnd() ? -1 : (l->revoked ? -2 : l->id);
                }
                if (linkCache.size() > kLinkCacheLimit)
                    linkCache.clear();
                it = linkCache.insert(linkText, result);
            }
            linkId = *it;
            if (linkId == 0)
                rowProblems.append({fLink, tr("'%1' has no link token (src=...)").arg(linkText)});
        }
        if (!rowProblems.isEmpty()) {
            ++malformed;
            ++report.rejected;
            for (const auto &[field, message] : std::as_const(rowProblems)) {
                listProblem(report.problems, line, field, message);
                if (rejects && options.skipInvalid)
                    rejects(path, line, field, message, cells);
            }
            continue;
        }
        if (linkId < 0) {
            ++report.unknownLink;
            const QString message = linkId == -2
                ? tr("link '%1' has been revoked; not counted").arg(linkText)
                : tr("unknown link '%1'; not counted").arg(linkText);
            listProblem(report.warnings, line, fLink, message);
            if (rejects)
                rejects(path, line, fLink, message, cells);
            continue;
        }
        if (!campaign->contains(day)) {
            ++report.rejected;
            const QString message = tr("%1 is outside the campaign window %2; not counted")
                                        .arg(Clock::dateText(day), window);
            listProblem(report.warnings, line, fDay, message);
            if (rejects)
                rejects(path, line, fDay, message, cells);
            continue;
        }
        const DayKey key {linkId, day.toJulianDay()};
        if (daily) {
            auto it = dailyFigures.find(key);
            if (it == dailyFigures.end()) {
                dailyFigures.insert(key, {valid, invalid, suggestions, line});
                ++report.accepted;
            } else if (it->valid == valid && it->invalid == invalid
                       && it->suggestions == suggestions) {
                ++report.duplicate;
            } else {
                ++malformed;
                ++report.rejected;
                const QString message
                    = tr("link '%1' on %2 is already on line %3 with other figures")
                          .arg(linkText, Clock::dateText(day))
                          .arg(it->line);
                listProblem(report.problems, line, fValid, message);
                if (rejects && options.skipInvalid)
                    rejects(path, line, fValid, message, cells);
            }
        } else {
            pending.append(
                {TallyValueParser::responseHash(responseId), linkId, key.julianDay, flag == 1});
            if (pending.size() == batchRows && !flush())
                break;
        }
    }
    if (!cancelled && cancel && cancel->load())
        cancelled = true;
    if (cancelled) {
        tx.rollback();
        report.outcome = ImportReport::Outcome::Cancelled;
        report.message = tr("cancelled; nothing changed");
        return report;
    }
    if (dbError.isEmpty())
        flush();
    if (!dbError.isEmpty()) {
        tx.rollback();
        return fail(dbError);
    }
    if (!reader->errorString().isEmpty()) {
        // The file cannot be read to its end: reject it whatever skipInvalid says.
        tx.rollback();
        report.problems.append({path, reader->lineNumber(), QString(),
                                withoutLinePrefix(reader->errorString(), reader->lineNumber())});
        report.accepted = report.duplicate = report.unknownLink = 0;
        report.rejected = report.read;
        return reject(tr("the file cannot be read to its end; nothing imported"));
    }
    if (report.read == 0) {
        tx.rollback();
        report.problems.append({path, headerLine, QString(), tr("the file has no data rows")});
        return reject(tr("the file has no data rows; nothing imported"));
    }
    if (malformed > 0 && !options.skipInvalid) {
        tx.rollback();
        report.accepted = report.duplicate = report.unknownLink = 0;
        report.rejected = report.read;
        return reject(tr("%n malformed row(s); the file was not imported (nothing changed)",
                         nullptr, int(qMin<qint64>(malformed, INT_MAX))));
    }

    // Write the sums per link and day.
    if (progress)
        progress(1.0);
    if (daily) {
        const QString setInvalid = cInvalid >= 0
            ? QStringLiteral(", invalid_samples = excluded.invalid_samples")
            : QString();
        const QString setSuggestions = cSuggestions >= 0
            ? QStringLiteral(", suggestions = excluded.suggestions")
            : QString();
        q.prepare(
            QStringLiteral("INSERT INTO daily_tallies (link_id, day, valid_samples, "
                           "invalid_samples, suggestions, import_id) VALUES (?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (link_id, day) DO UPDATE SET valid_samples = "
                           "excluded.valid_samples, import_id = excluded.import_id")
            + setInvalid + setSuggestions);
        for (auto it = dailyFigures.cbegin(); it != dailyFigures.cend(); ++it) {
            q.bindValue(0, it.key().linkId);
            q.bindValue(1, Clock::dateText(QDate::fromJulianDay(it.key().julianDay)));
            q.bindValue(2, it->valid);
            q.bindValue(3, qMax<qint64>(it->invalid, 0));
            q.bindValue(4, qMax<qint64>(it->suggestions, 0));
            q.bindValue(5, importId);
            if (!q.exec()) {
                tx.rollback();
                return fail(Dialect::describeError(q.lastError()));
            }
        }
    } else {
        q.prepare(QStringLiteral(
            "INSERT INTO daily_tallies (link_id, day, valid_samples, invalid_samples, suggestions, "
            "import_id) VALUES (?, ?, ?, ?, 0, ?) ON CONFLICT (link_id, day) DO UPDATE SET "
            "valid_samples = daily_tallies.valid_samples + excluded.valid_samples, "
            "invalid_samples = daily_tallies.invalid_samples + excluded.invalid_samples, "
            "import_id = excluded.import_id"));
        for (auto it = responseCounts.cbegin(); it != responseCounts.cend(); ++it) {
            q.bindValue(0, it.key().linkId);
            q.bindValue(1, Clock::dateText(QDate::fromJulianDay(it.key().julianDay)));
            q.bindValue(2, it->valid);
            q.bindValue(3, it->invalid);
            q.bindValue(4, importId);
            if (!q.exec()) {
                tx.rollback();
                return fail(Dialect::describeError(q.lastError()));
            }
        }
    }

    report.importId = importId;
    report.message = tr("imported as #%1").arg(importId);
    q.prepare(
        QStringLiteral("UPDATE imports SET rows_read = ?, accepted = ?, duplicate = ?, "
                       "rejected = ?, unknown_link = ?, status = 'imported', finished_at = ?, "
                       "message = ? WHERE id = ?"));
    q.addBindValue(report.read);
    q.addBindValue(report.accepted);
    q.addBindValue(report.duplicate);
    q.addBindValue(report.rejected);
    q.addBindValue(report.unknownLink);
    q.addBindValue(Clock::nowText());
    q.addBindValue(report.summaryLine());
    q.addBindValue(importId);
    if (!q.exec()) {
        tx.rollback();
        return fail(Dialect::describeError(q.lastError()));
    }
    const QSqlError auditError
        = AuditLog::record(m_db, QStringLiteral("imports"), importId, QStringLiteral("import"), {},
                           {{QStringLiteral("file"), fileName},
                            {QStringLiteral("sha256"), report.sha256},
                            {QStringLiteral("kind"), report.kind},
                            {QStringLiteral("summary"), report.summaryLine()}});
    if (auditError.isValid()) {
        tx.rollback();
        return fail(auditError.text());
    }
    if (cancel && cancel->load()) {
        tx.rollback();
        report.outcome = ImportReport::Outcome::Cancelled;
        report.importId = 0;
        report.message = tr("cancelled; nothing changed");
        return report;
    }
    if (const QSqlError e = tx.commit(); e.isValid())
        return fail(e.text());
    report.outcome = ImportReport::Outcome::Imported;
    m_db.events()->notify(DataEvents::Tallies | DataEvents::Imports);
    return report;
}
