#include "letters/LetterRepository.h"

#include "common/Clock.h"
#include "db/SqlPrepare.h"
#include "db/Database.h"
#include "db/LookupError.h"
#include "db/Dialect.h"
#include "db/SqlValue.h"
#include "db/Transaction.h"
#include "domain/UnitKind.h"
#include "letters/VerificationCode.h"
#include "repo/AuditLog.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace {

const char kSelect[]
    = "SELECT l.id, l.campaign_id, c.year, l.unit_id, u.name, COALESCE(p.kind, ''),"
      " COALESCE(pu.name, ''), l.series, l.seq, l.number, l.letter_version, l.status,"
      " l.verify_code, l.issued_at, l.issued_by, l.revoked_at, l.revoke_reason, l.row_version"
      " FROM letters l"
      " JOIN campaigns c ON c.id = l.campaign_id"
      " JOIN units u ON u.id = l.unit_id"
      " LEFT JOIN participations p ON p.campaign_id = l.campaign_id AND p.unit_id = l.unit_id"
      " LEFT JOIN units pu ON pu.id = p.parent_unit_id";

Letter fromQuery(const QSqlQuery &q)
{
    Letter l;
    l.id = q.value(0).toLongLong();
    l.campaignId = q.value(1).toLongLong();
    l.year = q.value(2).toInt();
    l.unitId = q.value(3).toLongLong();
    l.unitName = q.value(4).toString();
    l.kind = q.value(5).toString();
    l.parentName = q.value(6).toString();
    l.series = q.value(7).toString();
    l.seq = q.value(8).toInt();
    l.number = q.value(9).toString();
    l.version = q.value(10).toInt();
    l.status = Letter::statusFromCode(q.value(11).toString());
    l.verifyCode = q.value(12).toString();
    l.issuedAt = q.value(13).toString();
    l.issuedBy = q.value(14).toString();
    l.revokedAt = q.value(15).toString();
    l.revokeReason = q.value(16).toString();
    l.rowVersion = q.value(17).toInt();
    return l;
}

QVariantMap auditValues(const Letter &l)
{
    QVariantMap values {{QStringLiteral("number"), l.number},
                        {QStringLiteral("unit_id"), l.unitId},
                        {QStringLiteral("letter_version"), l.version},
                        {QStringLiteral("status"), Letter::statusCode(l.status)},
                        {QStringLiteral("verify_code"), l.verifyCode}};
    if (!l.revokeReason.isEmpty())
        values.insert(QStringLiteral("revoke_reason"), l.revokeReason);
    return values;
}

Problems sqlProblem(const QSqlError &e)
{
    return {{{}, 0, QString(), Dialect::describeError(e)}};
}

} // namespace

QString LetterRepository::formatNumber(int year, const QString &series, int seq)
{
    return QStringLiteral("%1-%2-%3").arg(year).arg(series).arg(seq, 4, 10, QLatin1Char('0'));
}

Problems LetterRepository::issue(qint64 campaignId, const QList<qint64> &unitIds,
                                 QList<Letter> *issued)
{
    return issueUnits(campaignId, &unitIds, issued);
}

Problems LetterRepository::issueMissing(qint64 campaignId, QList<Letter> *issued,
                                        const QString &issuedAt)
{
    return issueUnits(campaignId, nullptr, issued, issuedAt);
}

QList<qint64> LetterRepository::unitsWithoutLetter(qint64 campaignId, QSqlError *error) const
{
    return missingUnits(campaignId, error);
}

QList<LetterRepository::Candidate> LetterRepository::candidates(qint64 campaignId,
                                                                QSqlError *error) const
{
    QList<Candidate> list;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT p.unit_id, u.name, p.kind FROM participations p JOIN units u ON u.id = p.unit_id"
        " WHERE p.campaign_id = ?"
        " AND NOT EXISTS (SELECT 1 FROM letters l WHERE l.campaign_id = p.campaign_id"
        " AND l.unit_id = p.unit_id AND l.status = 'issued')"
        " ORDER BY CASE p.kind WHEN 'initiating-1' THEN 0 WHEN 'initiating-2' THEN 1 ELSE 2 END,"
        " p.unit_id"));
    q.addBindValue(campaignId);
    if (!readEveryRow(q, error, [&](const QSqlQuery &row) {
            list.append(
                {row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString()});
        }))
        return {};
    return list;
}

QList<qint64> LetterRepository::missingUnits(qint64 campaignId, QSqlError *error) const
{
    QList<qint64> ids;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT p.unit_id FROM participations p WHERE p.campaign_id = ?"
        " AND NOT EXISTS (SELECT 1 FROM letters l WHERE l.campaign_id = p.campaign_id"
        " AND l.unit_id = p.unit_id AND l.status = 'issued')"
        " ORDER BY CASE p.kind WHEN 'initiating-1' THEN 0 WHEN 'initiating-2' THEN 1 ELSE 2 END,"
        " p.unit_id"));
    q.addBindValue(campaignId);
    if (!readEveryRow(q, error,
                      [&](const QSqlQuery &row) { ids.append(row.value(0).toLongLong()); }))
        return {};
    return ids;
}

Problems LetterRepository::issueUnits(qint64 campaignId, const QList<qint64> *unitIds,
                                      QList<Letter> *issued, const QString &issuedAt)
{
    Transaction tx(m_db);
    if (tx.error().isValid())
        return sqlProblem(tx.error());

    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT year FROM campaigns WHERE id = ?"));
    q.addBindValue(campaignId);
    if (!execPrepared(q) || !q.next()) {
        if (q.lastError().isValid())
            return sqlProblem(q.lastError());
        return {{{}, 0, QStringLiteral("campaign"), tr("there is no such campaign")}};
    }
    const int year = q.value(0).toInt();
    q.finish();

    // Decided inside the write transaction, so two coordinators never both issue to one unit.
    QSqlError missingError;
    const QList<qint64> ids = unitIds ? *unitIds : missingUnits(campaignId, &missingError);
    if (missingError.isValid())
        return sqlProblem(missingError);
    QList<QPair<qint64, QString>> plan; // unit, series
    if (Problems problems = planIssue(campaignId, year, ids, &plan); !problems.isEmpty())
        return problems;

    QSqlError secretError;
    const QByteArray secret = VerificationCode::ensureSecret(m_db, &secretError);
    if (secret.isEmpty())
        return {{{},
                 0,
                 QString(),
                 tr("the verification secret could not be stored: %1")
                     .arg(Dialect::describeError(secretError))}};

    const QString at = issuedAt.isEmpty() ? Clock::nowText() : issuedAt;
    const QString user = m_db.userName();
    QList<Letter> done;
    for (const auto &[unitId, series] : plan) {
        Letter l;
        l.campaignId = campaignId;
        l.year = year;
        l.unitId = unitId;
        l.series = series;
        l.issuedAt = at;
        l.issuedBy = user;
        if (Problems problems = insertFirstLetter(l, secret); !problems.isEmpty())
            return problems;
        done.append(l);
    }
    if (QSqlError e = tx.commit(); e.isValid())
        return sqlProblem(e);
    if (!done.isEmpty())
        m_db.events()->notify(DataEvents::Letters);
    if (issued) {
        issued->clear();
        for (const Letter &l : std::as_const(done))
            issued->append(byId(l.id).value_or(l));
    }
    return {};
}

Problems LetterRepository::planIssue(qint64 campaignId, int year, const QList<qint64> &ids,
                                     QList<QPair<qint64, QString>> *plan) const
{
    Problems problems;
    QSet<qint64> seen;
    for (const qint64 unitId : ids) {
        if (seen.contains(unitId))
            continue;
        seen.insert(unitId);
        QString series;
        if (const Problems p = checkIssuable(campaignId, year, unitId, &series); !p.isEmpty()) {
            // A database error ends the plan; a unit that cannot have a letter is listed.
            if (p.first().field.isEmpty())
                return p;
            problems.append(p);
            continue;
        }
        plan->append({unitId, series});
    }
    return problems;
}

Problems LetterRepository::checkIssuable(qint64 campaignId, int year, qint64 unitId,
                                         QString *series) const
{
    const QString field = QStringLiteral("unit %1").arg(unitId);
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT kind FROM participations WHERE campaign_id = ? AND unit_id = ?"));
    q.addBindValue(campaignId);
    q.addBindValue(unitId);
    if (!execPrepared(q))
        return sqlProblem(q.lastError());
    if (!q.next())
        return {{{}, 0, field, tr("the unit takes no part in the %1 campaign").arg(year)}};
    const std::optional<UnitKind> kind = DomainNames::unitKindFromText(q.value(0).toString());
    q.finish();
    if (!kind)
        return {{{}, 0, field, tr("the unit's kind is unknown")}};
    q.prepare(QStringLiteral("SELECT number FROM letters WHERE campaign_id = ? AND unit_id = ?"
                             " AND status = 'issued'"));
    q.addBindValue(campaignId);
    q.addBindValue(unitId);
    if (!execPrepared(q))
        return sqlProblem(q.lastError());
    if (q.next())
        return {{{},
                 0,
                 field,
                 tr("the unit already holds letter %1; reissue or revoke it instead")
                     .arg(q.value(0).toString())}};
    *series = DomainNames::letterSeries(*kind);
    return {};
}

Problems LetterRepository::insertFirstLetter(Letter &l, const QByteArray &secret)
{
    // Taking the next number writes the counter row: the row (SQLite: the database) stays
    // locked until this transaction ends, so the numbers of concurrent issuers never meet.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO letter_counters (campaign_id, series, last_seq) VALUES (?, ?, 1)"
        " ON CONFLICT (campaign_id, series) DO UPDATE SET last_seq = letter_counters.last_seq "
        "+ 1"
        " RETURNING last_seq"));
    q.addBindValue(l.campaignId);
    q.addBindValue(l.series);
    if (!execPrepared(q) || !q.next())
        return sqlProblem(q.lastError());
    l.seq = q.value(0).toInt();
    q.finish();
    l.number = formatNumber(l.year, l.series, l.seq);
    l.version = 1;
    l.status = LetterStatus::Issued;
    l.verifyCode = VerificationCode::compute(secret, l.year, l.number, l.unitId, l.version);
    if (QSqlError e = insertLetterRow(l); e.isValid())
        return sqlProblem(e);
    if (QSqlError e = AuditLog::record(m_db, QStringLiteral("letters"), l.id,
                                       QStringLiteral("issue"), {}, auditValues(l));
        e.isValid())
        return sqlProblem(e);
    return {};
}

QSqlError LetterRepository::insertLetterRow(Letter &l)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO letters (campaign_id, unit_id, series, seq, number, letter_version, status,"
        " verify_code, issued_at, issued_by) VALUES (?, ?, ?, ?, ?, ?, 'issued', ?, ?, ?)"
        " RETURNING id"));
    q.addBindValue(l.campaignId);
    q.addBindValue(l.unitId);
    q.addBindValue(l.series);
    q.addBindValue(l.seq);
    q.addBindValue(l.number);
    q.addBindValue(l.version);
    q.addBindValue(l.verifyCode);
    q.addBindValue(l.issuedAt);
    q.addBindValue(SqlValue::text(l.issuedBy));
    if (!execPrepared(q) || !q.next())
        return q.lastError();
    l.id = q.value(0).toLongLong();
    return {};
}

Problems LetterRepository::refuseIfReissued(const Letter &current, int seenVersion) const
{
    if (seenVersion <= 0 || current.version == seenVersion)
        return {};
    return {{{},
             0,
             QStringLiteral("row_version"),
             tr("letter %1 was reissued as version %2 by %3 meanwhile")
                 .arg(current.number)
                 .arg(current.version)
                 .arg(current.issuedBy)}};
}

QString LetterRepository::byWhom(const Letter &revoked, QSqlError *error) const
{
    // Who revoked it, from the audit log (the letter row keeps when, not who).
    const QList<AuditLog::Entry> entries
        = AuditLog::forRecord(m_db, QStringLiteral("letters"), revoked.id, error);
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->action == QLatin1String("revoke"))
            return QLatin1Char(' ')
                + tr("(by %1 at %2)").arg(it->user, Clock::localTimeText(it->at));
    }
    return {};
}

Problems LetterRepository::refuseRevoked(const Letter &revoked, const QString &message) const
{
    QSqlError e;
    const QString who = byWhom(revoked, &e);
    if (e.isValid())
        return sqlProblem(e);
    return {{{}, 0, QStringLiteral("number"), message.arg(who)}};
}

Problems LetterRepository::reissue(const QString &number, Letter *letter, int seenVersion)
{
    Transaction tx(m_db);
    if (tx.error().isValid())
        return sqlProblem(tx.error());
    const Lookup<Letter> before = current(number);
    if (!before && before.error().isDatabase())
        return sqlProblem(before.error().sqlError);
    if (!before)
        return {{{}, 0, QStringLiteral("number"), tr("there is no letter %1").arg(number)}};
    if (before->status == LetterStatus::Revoked)
        return refuseRevoked(
            *before,
            tr("letter %1 was revoked%2; issue the unit a new letter instead").arg(number));
    if (Problems p = refuseIfReissued(*before, seenVersion); !p.isEmpty())
        return p;
    QSqlError secretError;
    const QByteArray secret = VerificationCode::ensureSecret(m_db, &secretError);
    if (secret.isEmpty())
        return {{{},
                 0,
                 QString(),
                 tr("the verification secret could not be stored: %1")
                     .arg(Dialect::describeError(secretError))}};

    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE letters SET status = 'superseded', row_version = row_version + 1"
                       " WHERE id = ? AND status = 'issued' AND row_version = ?"));
    q.addBindValue(before->id);
    q.addBindValue(before->rowVersion);
    if (!execPrepared(q))
        return sqlProblem(q.lastError());
    if (q.numRowsAffected() != 1)
        return {
            {{}, 0, QStringLiteral("number"), tr("letter %1 was changed meanwhile").arg(number)}};

    Letter l = *before;
    l.version = before->version + 1;
    l.status = LetterStatus::Issued;
    l.verifyCode = VerificationCode::compute(secret, l.year, l.number, l.unitId, l.version);
    l.issuedAt = Clock::nowText();
    l.issuedBy = m_db.userName();
    l.rowVersion = 1;
    if (QSqlError e = insertLetterRow(l); e.isValid())
        return sqlProblem(e);
    Letter old = *before;
    if (QSqlError e = AuditLog::record(m_db, QStringLiteral("letters"), l.id,
                                       QStringLiteral("reissue"), auditValues(old), auditValues(l));
        e.isValid())
        return sqlProblem(e);
    if (QSqlError e = tx.commit(); e.isValid())
        return sqlProblem(e);
    m_db.events()->notify(DataEvents::Letters);
    if (letter)
        *letter = l;
    return {};
}

Problems LetterRepository::revoke(const QString &number, const QString &reason, Letter *letter,
                                  int seenVersion)
{
    if (reason.trimmed().isEmpty())
        return {{{}, 0, QStringLiteral("reason"), tr("a reason for the revocation is required")}};
    Transaction tx(m_db);
    if (tx.error().isValid())
        return sqlProblem(tx.error());
    const Lookup<Letter> before = current(number);
    if (!before && before.error().isDatabase())
        return sqlProblem(before.error().sqlError);
    if (!before)
        return {{{}, 0, QStringLiteral("number"), tr("there is no letter %1").arg(number)}};
    if (before->status == LetterStatus::Revoked)
        return refuseRevoked(*before, tr("letter %1 is already revoked%2").arg(number));
    if (Problems p = refuseIfReissued(*before, seenVersion); !p.isEmpty())
        return p;

    Letter l = *before;
    l.status = LetterStatus::Revoked;
    l.revokedAt = Clock::nowText();
    l.revokeReason = reason.trimmed();
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE letters SET status = 'revoked', revoked_at = ?, revoke_reason = ?,"
                       " row_version = row_version + 1"
                       " WHERE id = ? AND status = 'issued' AND row_version = ?"));
    q.addBindValue(l.revokedAt);
    q.addBindValue(l.revokeReason);
    q.addBindValue(l.id);
    q.addBindValue(before->rowVersion);
    if (!execPrepared(q))
        return sqlProblem(q.lastError());
    if (q.numRowsAffected() != 1)
        return {
            {{}, 0, QStringLiteral("number"), tr("letter %1 was changed meanwhile").arg(number)}};
    ++l.rowVersion;
    if (QSqlError e
        = AuditLog::record(m_db, QStringLiteral("letters"), l.id, QStringLiteral("revoke"),
                           auditValues(*before), auditValues(l));
        e.isValid())
        return sqlProblem(e);
    if (QSqlError e = tx.commit(); e.isValid())
        return sqlProblem(e);
    m_db.events()->notify(DataEvents::Letters);
    if (letter)
        *letter = l;
    return {};
}

QList<Letter> LetterRepository::list(qint64 campaignId, QSqlError *error) const
{
    QList<Letter> letters;
    QSqlQuery q(m_db.connection());
    QString sql = QLatin1String(kSelect);
    if (campaignId > 0)
        sql += QStringLiteral(" WHERE l.campaign_id = ?");
    sql += QStringLiteral(" ORDER BY c.year, l.series, l.seq, l.letter_version");
    const bool refused = refusedToPrepare(q, sql);
    if (campaignId > 0)
        q.addBindValue(campaignId);
    if (refused || !execPrepared(q)) {
        if (error)
            *error = q.lastError();
        return letters;
    }
    while (q.next())
        letters.append(fromQuery(q));
    // SQLite reports a damaged page only when its row is fetched.
    if (failedWith(q.lastError(), error))
        return {};
    return letters;
}

QList<Letter> LetterRepository::validLetters(qint64 campaignId, QSqlError *error) const
{
    QList<Letter> letters;
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(kSelect)
              + QStringLiteral(" WHERE l.campaign_id = ? AND l.status = 'issued'"
                               " ORDER BY l.series, l.seq"));
    q.addBindValue(campaignId);
    if (!readEveryRow(q, error, [&](const QSqlQuery &row) { letters.append(fromQuery(row)); }))
        return {};
    return letters;
}

Lookup<Letter> LetterRepository::selectOne(const QString &where, const QVariant &value) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(kSelect) + QStringLiteral(" WHERE ") + where
              + QStringLiteral(" ORDER BY l.letter_version DESC LIMIT 1"));
    q.addBindValue(value);
    return lookupFirstRow(q, fromQuery);
}

Lookup<Letter> LetterRepository::current(const QString &number) const
{
    return selectOne(QStringLiteral("l.number = ?"), number.trimmed().toUpper());
}

Lookup<Letter> LetterRepository::byId(qint64 id) const
{
    return selectOne(QStringLiteral("l.id = ?"), id);
}

LetterRepository::Verification LetterRepository::verify(const QString &code) const
{
    Verification v;
    const QString normalized = VerificationCode::normalize(code);
    if (normalized.isEmpty())
        return v;
    const Lookup<Letter> letter = selectOne(QStringLiteral("l.verify_code = ?"), normalized);
    if (!letter) {
        v.error = letter.error().sqlError;
        return v;
    }
    // A code copied into the register by hand (or a row edited outside the program) does not
    // match the keyed check and proves nothing.
    const Lookup<QByteArray> secret = VerificationCode::existingSecret(m_db);
    if (!secret) {
        if (secret.error().isDatabase())
            v.error = secret.error().sqlError;
        return v;
    }
    // The code was made for the unit the letter was issued to. When that unit was later merged
    // into another (a duplicate registration), the letter moved with it: the code of any unit
    // merged into the letter's unit counts too.
    QList<qint64> unitIds {letter->unitId};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM units WHERE merged_into = ?"));
    q.addBindValue(letter->unitId);
    if (execPrepared(q)) {
        while (q.next())
            unitIds.append(q.value(0).toLongLong());
    }
    if (q.lastError().isValid()) {
        v.error = q.lastError();
        return v;
    }
    const bool genuine = std::any_of(unitIds.cbegin(), unitIds.cend(), [&](qint64 unitId) {
        return VerificationCode::compute(*secret, letter->year, letter->number, unitId,
                                         letter->version)
            == normalized;
    });
    if (!genuine)
        return v;
    v.letter = *letter;
    switch (letter->status) {
    case LetterStatus::Issued:
        v.state = VerifyState::Valid;
        break;
    case LetterStatus::Superseded:
        v.state = VerifyState::Superseded;
        break;
    case LetterStatus::Revoked:
        v.state = VerifyState::Revoked;
        break;
    }
    return v;
}

QString LetterRepository::stateCode(VerifyState state)
{
    switch (state) {
    case VerifyState::Valid:
        return QStringLiteral("valid");
    case VerifyState::Superseded:
        return QStringLiteral("superseded");
    case VerifyState::Revoked:
        return QStringLiteral("revoked");
    case VerifyState::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString LetterRepository::stateDisplayName(VerifyState state)
{
    switch (state) {
    case VerifyState::Valid:
        return tr("Valid");
    case VerifyState::Superseded:
        return tr("Superseded by a newer version");
    case VerifyState::Revoked:
        return tr("Revoked");
    case VerifyState::Unknown:
        return tr("Unknown: not a letter of this register");
    }
    return {};
}

QString LetterRepository::statusDisplayName(LetterStatus status)
{
    switch (status) {
    case LetterStatus::Issued:
        return tr("Issued");
    case LetterStatus::Superseded:
        return tr("Superseded");
    case LetterStatus::Revoked:
        return tr("Revoked");
    }
    return {};
}
