#include "imports/TallyWithdrawal.h"

#include "common/Clock.h"
#include "db/DataEvents.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/Transaction.h"
#include "imports/DatabaseBackup.h"
#include "imports/DuplicateLog.h"
#include "imports/ImportHistory.h"
#include "repo/AuditLog.h"
#include "db/SqlPrepare.h"

#include <QDate>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

TallyWithdrawal::TallyWithdrawal(Database &db, qint64 importId, const QString &user, bool backup)
    : m_db(db)
    , m_importId(importId)
    , m_user(user.isEmpty() ? db.userName() : user)
    , m_backup(backup)
{}

TallyWithdrawal::Result TallyWithdrawal::run()
{
    QString error;
    if (m_backup && DatabaseBackup::take(m_db, QStringLiteral("withdraw"), &error).isEmpty()
        && !error.isEmpty()) {
        fail(error);
        return m_result;
    }
    Transaction tx(m_db);
    if (tx.error().isValid()) {
        failSql(tx.error());
        return m_result;
    }
    // Imports and withdrawals take turns, so none sees the response ids half moved.
    if (const QString lock = m_db.dialect().importLock(); !lock.isEmpty()) {
        QSqlQuery q(m_db.connection());
        if (!q.exec(lock)) {
            failSql(q.lastError());
            return m_result;
        }
    }
    if (!check() || !markWithdrawn() || !forgetResponses() || !recount())
        return m_result;
    for (const Cell &cell : std::as_const(m_cells)) {
        if (!replay(cell))
            return m_result;
    }
    m_result.daysRecomputed = m_cells.size();
    if (const QSqlError e = tx.commit(); e.isValid()) {
        failSql(e);
        return m_result;
    }
    m_result.ok = true;
    m_result.message = tr("import #%1 (%2) withdrawn: %n response id(s) forgotten", nullptr,
                          int(qMin<qint64>(m_result.forgotten, INT_MAX)))
                           .arg(m_importId)
                           .arg(m_fileName);
    if (m_result.recounted > 0)
        m_result.message += tr("; %n of them counted now by later imports that had them too",
                               nullptr, int(qMin<qint64>(m_result.recounted, INT_MAX)));
    m_db.events()->notify(DataEvents::Tallies | DataEvents::Imports);
    return m_result;
}

// The import exists, is imported and recorded what it added; m_cells: the link-days it touched.
bool TallyWithdrawal::check()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT status, withdrawable, file_name, withdrawn_at, withdrawn_by,"
                             " kind FROM imports WHERE id = ?")
              + m_db.dialect().lockRowsSuffix());
    q.addBindValue(m_importId);
    if (!execPrepared(q))
        return failSql(q.lastError());
    if (!q.next())
        return fail(tr("there is no import #%1").arg(m_importId));
    const std::optional<ImportStatus> status = ImportHistory::status(q.value(0).toString());
    m_fileName = q.value(2).toString();
    if (status == ImportStatus::Withdrawn)
        return fail(tr("import #%1 was withdrawn already, on %2 by %3")
                        .arg(m_importId)
                        .arg(Clock::localTimeText(q.value(3).toString()), q.value(4).toString()));
    // A units import (kind 'units') counted no samples.
    if (status != ImportStatus::Imported || q.value(5).toString() == QLatin1String("units"))
        return fail(
            tr("import #%1 did not import anything; there is nothing to withdraw").arg(m_importId));
    if (q.value(1).toInt() == 0)
        return fail(tr("import #%1 was made by an older version that did not record what it "
                       "added; restore the copy of the database taken before it instead")
                        .arg(m_importId));
    q.finish();
    q.prepare(QStringLiteral("SELECT DISTINCT link_id, day FROM import_tallies"
                             " WHERE import_id = ?"));
    q.addBindValue(m_importId);
    if (!execPrepared(q))
        return failSql(q.lastError());
    while (q.next())
        m_cells.insert({q.value(0).toLongLong(), q.value(1).toString()});
    return true;
}

bool TallyWithdrawal::markWithdrawn()
{
    bool changed = false;
    if (const QSqlError e = ImportHistory(m_db).withdraw(m_importId, m_user, &changed);
        e.isValid())
        return failSql(e);
    if (!changed)
        return fail(tr("import #%1 was changed by someone else meanwhile; nothing withdrawn")
                        .arg(m_importId));
    const QString status = QStringLiteral("status");
    const QSqlError e = AuditLog::record(
        m_db, QStringLiteral("imports"), m_importId, QStringLiteral("withdraw"),
        {{status, ImportHistory::key(ImportStatus::Imported)}},
        {{status, ImportHistory::key(ImportStatus::Withdrawn)}, {QStringLiteral("file"), m_fileName}});
    return !e.isValid() || failSql(e);
}

// The response ids this import counted first are forgotten (m_forgotten, m_forgottenRuns).
bool TallyWithdrawal::forgetResponses()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT hash FROM response_ids WHERE import_id = ?"));
    q.addBindValue(m_importId);
    if (!execPrepared(q))
        return failSql(q.lastError());
    while (q.next())
        m_forgotten.insert(q.value(0).toLongLong());
    q.finish();
    m_result.forgotten = m_forgotten.size();
    q.prepare(QStringLiteral("DELETE FROM response_ids WHERE import_id = ?"));
    q.addBindValue(m_importId);
    return (execPrepared(q) || failSql(q.lastError())) && forgetRuns();
}

bool TallyWithdrawal::forgetRuns()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id_prefix, first_id, last_id FROM response_id_ranges"
                             " WHERE import_id = ? ORDER BY id_prefix, first_id"));
    q.addBindValue(m_importId);
    if (!execPrepared(q))
        return failSql(q.lastError());
    while (q.next()) {
        const qint64 first = q.value(1).toLongLong(), last = q.value(2).toLongLong();
        m_forgottenRuns[q.value(0).toString()].append({first, last});
        m_numbersLeft += last - first + 1;
    }
    q.finish();
    m_result.forgotten += m_numbersLeft;
    q.prepare(QStringLiteral("DELETE FROM response_id_ranges WHERE import_id = ?"));
    q.addBindValue(m_importId);
    return execPrepared(q) || failSql(q.lastError());
}

// Later imports, oldest first, count the forgotten responses they had found counted already.
bool TallyWithdrawal::recount()
{
    if (m_forgotten.isEmpty() && m_numbersLeft == 0)
        return true;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT d.import_id FROM import_duplicates d"
                             " JOIN imports i ON i.id = d.import_id"
                             " WHERE d.import_id > ? AND i.status = ?"
                             " ORDER BY d.import_id"));
    q.addBindValue(m_importId);
    q.addBindValue(ImportHistory::key(ImportStatus::Imported));
    if (!execPrepared(q))
        return failSql(q.lastError());
    QList<qint64> later;
    while (q.next())
        later.append(q.value(0).toLongLong());
    m_insertId.emplace(m_db.connection());
    m_insertRun.emplace(m_db.connection());
    if (!m_insertId->prepare(
            QStringLiteral("INSERT INTO response_ids (hash, import_id) VALUES (?, ?)"))
        || !m_insertRun->prepare(
            QStringLiteral("INSERT INTO response_id_ranges (id_prefix,"
                           " first_id, last_id, import_id) VALUES (?, ?, ?, ?)")))
        return failSql(m_insertId->lastError().isValid() ? m_insertId->lastError()
                                                         : m_insertRun->lastError());
    for (qint64 id : std::as_const(later)) {
        if (m_forgotten.isEmpty() && m_numbersLeft == 0)
            break;
        if (!recountIn(id))
            return false;
    }
    return true;
}

// One later import counts the forgotten responses in its duplicate log (each once, the first
// row): they join its response ids and its part of each day, and leave its log.
bool TallyWithdrawal::recountIn(qint64 laterImportId)
{
    QSqlError error;
    QStringList stems;
    const QList<DuplicateLog::Response> logged
        = DuplicateLog::read(m_db, laterImportId, &stems, &error);
    if (error.isValid())
        return failSql(error);
    QList<DuplicateLog::Response> kept;
    QHash<Cell, QPair<qint64, qint64>> counted; // valid, invalid
    m_insertId->bindValue(1, laterImportId);
    m_insertRun->bindValue(3, laterImportId);
    for (const DuplicateLog::Response &r : logged) {
        bool taken = false;
        if (!takeForgotten(r, stems.at(r.stem), &taken))
            return false;
        if (!taken) {
            kept.append(r);
            continue;
        }
        auto &sums = counted[{r.linkId, Clock::dateText(QDate::fromJulianDay(r.julianDay))}];
        (r.valid ? sums.first : sums.second) += 1;
    }
    if (counted.isEmpty())
        return true;
    const qint64 n = logged.size() - kept.size();
    m_result.recounted += n;
    if (const QSqlError e = DuplicateLog::replace(m_db, laterImportId, kept, stems); e.isValid())
        return failSql(e);
    QSqlQuery add(m_db.connection());
    add.prepare(QStringLiteral("INSERT INTO import_tallies (import_id, link_id, day, mode,"
                               " valid_samples, invalid_samples) VALUES (?, ?, ?, 'add', ?, ?)"));
    for (auto it = counted.cbegin(); it != counted.cend(); ++it) {
        add.bindValue(0, laterImportId);
        add.bindValue(1, it.key().linkId);
        add.bindValue(2, it.key().day);
        add.bindValue(3, it->first);
        add.bindValue(4, it->second);
        if (!execPrepared(add))
            return failSql(add.lastError());
        m_cells.insert(it.key());
    }
    QSqlQuery update(m_db.connection());
    update.prepare(QStringLiteral("UPDATE imports SET accepted = accepted + ?,"
                                  " duplicate = duplicate - ? WHERE id = ?"));
    update.addBindValue(n);
    update.addBindValue(n);
    update.addBindValue(laterImportId);
    return execPrepared(update) || failSql(update.lastError());
}

// *taken: r's id was forgotten and not yet counted by an earlier import; it is stored now under
// the later import (m_insertId / m_insertRun bound to it).
bool TallyWithdrawal::takeForgotten(const DuplicateLog::Response &r, const QString &stem,
                                    bool *taken)
{
    if (r.scope != 0)
        return takeForgottenNumber(r.scope, stem, r.hash, taken);
    *taken = m_forgotten.remove(r.hash);
    if (!*taken)
        return true;
    m_insertId->bindValue(0, r.hash);
    return m_insertId->exec() || failSql(m_insertId->lastError());
}

// A run's key is the questionnaire's id prefix followed by the id's stem (ResponseIdRanges).
bool TallyWithdrawal::takeForgottenNumber(qint64 questionnaireId, const QString &stem,
                                          qint64 number, bool *taken)
{
    *taken = false;
    if (!m_prefixes.contains(questionnaireId)) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id_prefix FROM questionnaires WHERE id = ?"));
        q.addBindValue(questionnaireId);
        if (!execPrepared(q))
            return failSql(q.lastError());
        m_prefixes.insert(questionnaireId, q.next() ? q.value(0).toString() : QString());
    }
    const QString prefix = m_prefixes.value(questionnaireId) + stem;
    const auto runs = m_forgottenRuns.constFind(prefix);
    if (runs == m_forgottenRuns.cend())
        return true;
    // The last run starting at or before number.
    auto run = std::upper_bound(runs->cbegin(), runs->cend(), number,
                                [](qint64 n, const auto &r) { return n < r.first; });
    if (run == runs->cbegin() || number > std::prev(run)->second
        || m_recountedNumbers.contains({prefix, number}))
        return true;
    *taken = true;
    m_recountedNumbers.insert({prefix, number});
    --m_numbersLeft;
    m_insertRun->bindValue(0, prefix);
    m_insertRun->bindValue(1, number);
    m_insertRun->bindValue(2, number);
    return m_insertRun->exec() || failSql(m_insertRun->lastError());
}

// A link's day again from its parts, in import order: the baseline (figures from before
// withdrawals were recorded), then each remaining import's 'set' or 'add'. No part left: the day
// goes.
bool TallyWithdrawal::replay(const Cell &cell)
{
    std::optional<Day> day;
    if (!sumParts(cell, &day))
        return false;
    if (!day) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM daily_tallies WHERE link_id = ? AND day = ?"));
        q.addBindValue(cell.linkId);
        q.addBindValue(cell.day);
        return execPrepared(q) || failSql(q.lastError());
    }
    return writeDay(cell, *day);
}

// *day: the figures of the day from its parts; nullopt when none is left.
bool TallyWithdrawal::sumParts(const Cell &cell, std::optional<Day> *day)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT t.import_id, t.mode, t.valid_samples, t.invalid_samples, t.suggestions,"
        " t.sets_invalid, t.sets_suggestions FROM import_tallies t"
        " LEFT JOIN imports i ON i.id = t.import_id"
        " WHERE t.link_id = ? AND t.day = ? AND (t.import_id IS NULL OR i.status = ?)"
        " ORDER BY COALESCE(t.import_id, 0)"));
    q.addBindValue(cell.linkId);
    q.addBindValue(cell.day);
    q.addBindValue(ImportHistory::key(ImportStatus::Imported));
    if (!execPrepared(q))
        return failSql(q.lastError());
    while (q.next()) {
        Day &d = day->has_value() ? **day : day->emplace();
        if (!q.value(0).isNull())
            d.lastImport = q.value(0).toLongLong();
        if (q.value(1).toString() == QLatin1String("add")) {
            d.valid += q.value(2).toLongLong();
            d.invalid += q.value(3).toLongLong();
            continue;
        }
        d.valid = q.value(2).toLongLong();
        if (q.value(5).toInt() != 0)
            d.invalid = q.value(3).toLongLong();
        if (q.value(6).toInt() != 0)
            d.suggestions = q.value(4).toLongLong();
    }
    return true;
}

// The day's row set to day; made when only a later import's recount touched the day.
bool TallyWithdrawal::writeDay(const Cell &cell, const Day &day)
{
    const QVariant lastImport
        = day.lastImport ? QVariant(day.lastImport) : QVariant(QMetaType::fromType<qint64>());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE daily_tallies SET valid_samples = ?, invalid_samples = ?,"
                             " suggestions = ?, import_id = ? WHERE link_id = ? AND day = ?"));
    for (const QVariant &v : {QVariant(day.valid), QVariant(day.invalid),
                              QVariant(day.suggestions), lastImport, QVariant(cell.linkId),
                              QVariant(cell.day)})
        q.addBindValue(v);
    if (!execPrepared(q))
        return failSql(q.lastError());
    if (q.numRowsAffected() == 1)
        return true;
    q.prepare(
        QStringLiteral("INSERT INTO daily_tallies (link_id, day, valid_samples,"
                       " invalid_samples, suggestions, import_id) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(cell.linkId), QVariant(cell.day), QVariant(day.valid),
                              QVariant(day.invalid), QVariant(day.suggestions), lastImport})
        q.addBindValue(v);
    return execPrepared(q) || failSql(q.lastError());
}

bool TallyWithdrawal::fail(const QString &message)
{
    m_result.ok = false;
    m_result.message = message;
    return false;
}

bool TallyWithdrawal::failSql(const QSqlError &error)
{
    return fail(Dialect::describeError(error));
}
