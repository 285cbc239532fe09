#include "certificates/CertificateRepository.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/SqlValue.h"
#include "db/Transaction.h"
#include "letters/LetterTemplateRepository.h"
#include "letters/VerificationCode.h"
#include "progress/Commendations.h"
#include "progress/GradingRepository.h"
#include "progress/ProgressQuery.h"
#include "repo/AuditLog.h"
#include "repo/CampaignRepository.h"
#include "db/SqlPrepare.h"

#include <QSet>
#include <QSqlQuery>

namespace {

const char kSelect[]
    = "SELECT c.id, c.campaign_id, p.year, c.unit_id, u.name, COALESCE(pa.kind, ''),"
      " COALESCE(parent.name, ''), c.grade, c.seq, c.number, c.verify_code, c.issued_at,"
      " c.issued_by, COALESCE(c.revoked_at, ''), c.revoked_by, c.revoke_reason"
      " FROM certificates c JOIN campaigns p ON p.id = c.campaign_id"
      " JOIN units u ON u.id = c.unit_id"
      " LEFT JOIN participations pa ON pa.campaign_id = c.campaign_id AND pa.unit_id = c.unit_id"
      " LEFT JOIN units parent ON parent.id = pa.parent_unit_id";

Certificate fromQuery(const QSqlQuery &q)
{
    Certificate c;
    c.id = q.value(0).toLongLong();
    c.campaignId = q.value(1).toLongLong();
    c.year = q.value(2).toInt();
    c.unitId = q.value(3).toLongLong();
    c.unitName = q.value(4).toString();
    c.kind = q.value(5).toString();
    c.parentName = q.value(6).toString();
    c.grade = q.value(7).toString();
    c.seq = q.value(8).toInt();
    c.number = q.value(9).toString();
    c.verifyCode = q.value(10).toString();
    c.issuedAt = q.value(11).toString();
    c.issuedBy = q.value(12).toString();
    c.revokedAt = q.value(13).toString();
    c.revokedBy = q.value(14).toString();
    c.revokeReason = q.value(15).toString();
    return c;
}

Problems failure(const QString &message, const QString &field = {})
{
    return {{{}, 0, field, message}};
}

QVariantMap auditValues(const Certificate &c)
{
    QVariantMap values {{QStringLiteral("number"), c.number},
                        {QStringLiteral("unit_id"), c.unitId},
                        {QStringLiteral("verify_code"), c.verifyCode}};
    if (c.isRevoked())
        values.insert(QStringLiteral("revoke_reason"), c.revokeReason);
    return values;
}

} // namespace

QList<QPair<qint64, QString>> CertificateRepository::commendedUnits(qint64 campaignId,
                                                                    QSqlError *error) const
{
    QList<QPair<qint64, QString>> units;
    QSqlError e;
    const auto snapshot = ProgressQuery(m_db).load(campaignId, &e);
    if (failedWith(e, error) || !snapshot)
        return units;
    const QList<GradingRule> rules = GradingRepository(m_db).rules(campaignId, nullptr, &e);
    if (failedWith(e, error))
        return units;
    const QList<Commendation> list = Commendations::build(*snapshot, rules);
    for (const Commendation &c : list) {
        units.append({snapshot->units.at(c.row).unitId, c.grade});
        for (int row : c.supporterRows)
            units.append({snapshot->units.at(row).unitId, QString()});
    }
    return units;
}

Problems CertificateRepository::issueCommended(qint64 campaignId, QList<Certificate> *issued)
{
    const Lookup<Campaign> campaign = CampaignRepository(m_db).byId(campaignId);
    if (!campaign && campaign.error().isDatabase())
        return failure(campaign.error().message());
    if (!campaign)
        return failure(tr("there is no campaign %1").arg(campaignId));
    QSqlError e;
    const QList<QPair<qint64, QString>> units = commendedUnits(campaignId, &e);
    if (e.isValid())
        return failure(Dialect::describeError(e));
    if (units.isEmpty())
        return failure(tr("the commendation list of %1 is empty: no unit earned the best grade")
                           .arg(campaign->year));
    QSqlError secretError;
    const QByteArray secret = VerificationCode::ensureSecret(m_db, &secretError);
    if (secret.isEmpty())
        return failure(Dialect::describeError(secretError));
    return insert(campaignId, campaign->year, units, secret, issued);
}

Problems CertificateRepository::insert(qint64 campaignId, int year,
                                       const QList<QPair<qint64, QString>> &units,
                                       const QByteArray &secret, QList<Certificate> *issued)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return failure(Dialect::describeError(tx.error()));
    QSet<qint64> holding;
    QSqlError e;
    for (const Certificate &c : list(campaignId, &e))
        holding.insert(c.unitId);
    if (e.isValid())
        return failure(Dialect::describeError(e));
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM certificates WHERE campaign_id = ?"));
    q.addBindValue(campaignId);
    if (!execPrepared(q) || !q.next())
        return failure(Dialect::describeError(q.lastError()));
    int seq = q.value(0).toInt();
    QList<qint64> added;
    for (const auto &[unitId, grade] : units) {
        if (holding.contains(unitId))
            continue;
        holding.insert(unitId);
        ++seq;
        const QString number
            = QStringLiteral("%1-RY-%2").arg(year).arg(seq, 4, 10, QLatin1Char('0'));
        q.prepare(QStringLiteral(
            "INSERT INTO certificates (campaign_id, unit_id, seq, number, grade, verify_code,"
            " issued_at, issued_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v :
             {QVariant(campaignId), QVariant(unitId), QVariant(seq), QVariant(number),
              SqlValue::text(grade),
              QVariant(VerificationCode::compute(secret, year, number, unitId, 1)),
              QVariant(Clock::nowText()), SqlValue::text(m_db.userName())})
            q.addBindValue(v);
        if (!execPrepared(q))
            return failure(Dialect::describeError(q.lastError()));
        added.append(unitId);
    }
    if (const QSqlError e = tx.commit(); e.isValid())
        return failure(Dialect::describeError(e));
    if (issued) {
        // Issued and committed: a failure to read them back only leaves *issued short.
        for (const Certificate &c : list(campaignId, nullptr)) {
            if (added.contains(c.unitId))
                issued->append(c);
        }
    }
    return {};
}

QList<Certificate> CertificateRepository::select(const QString &where, const QVariant &value,
                                                 QSqlError *error) const
{
    QList<Certificate> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(kSelect) + QStringLiteral(" WHERE ") + where
              + QStringLiteral(" ORDER BY c.campaign_id, c.seq"));
    q.addBindValue(value);
    if (!readEveryRow(q, error, [&](const QSqlQuery &row) { out.append(fromQuery(row)); }))
        return {};
    return out;
}

QList<Certificate> CertificateRepository::list(qint64 campaignId, QSqlError *error) const
{
    return select(QStringLiteral("c.campaign_id = ?"), campaignId, error);
}

Lookup<Certificate> CertificateRepository::verify(const QString &code) const
{
    const QString normalized = VerificationCode::normalize(code);
    if (normalized.isEmpty())
        return lookupNotFound();
    QSqlError e;
    const QList<Certificate> found = select(QStringLiteral("c.verify_code = ?"), normalized, &e);
    if (e.isValid())
        return lookupFailed(e);
    if (found.isEmpty())
        return lookupNotFound();
    return found.constFirst();
}

Problems CertificateRepository::revoke(const QString &number, const QString &reason,
                                       Certificate *revoked)
{
    if (reason.trimmed().isEmpty())
        return failure(tr("a reason for the revocation is required"), QStringLiteral("reason"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return failure(Dialect::describeError(tx.error()));
    QSqlError e;
    const QList<Certificate> found = select(QStringLiteral("c.number = ?"), number.trimmed(), &e);
    if (e.isValid())
        return failure(Dialect::describeError(e));
    if (found.isEmpty())
        return failure(tr("there is no certificate %1").arg(number), QStringLiteral("number"));
    const Certificate &before = found.constFirst();
    if (before.isRevoked())
        return failure(
            tr("certificate %1 is already revoked (by %2 at %3)")
                .arg(before.number, before.revokedBy, Clock::localTimeText(before.revokedAt)),
            QStringLiteral("number"));
    Certificate after = before;
    after.revokedAt = Clock::nowText();
    after.revokedBy = m_db.userName();
    after.revokeReason = reason.trimmed();
    QSqlQuery q(m_db.connection());
    // "revoked_at IS NULL": of two desks revoking at once, only the first one changes the row.
    q.prepare(QStringLiteral("UPDATE certificates SET revoked_at = ?, revoked_by = ?,"
                             " revoke_reason = ? WHERE id = ? AND revoked_at IS NULL"));
    q.addBindValue(after.revokedAt);
    q.addBindValue(SqlValue::text(after.revokedBy));
    q.addBindValue(after.revokeReason);
    q.addBindValue(after.id);
    if (!execPrepared(q))
        return failure(Dialect::describeError(q.lastError()));
    if (q.numRowsAffected() != 1)
        return failure(tr("certificate %1 was revoked meanwhile").arg(number),
                       QStringLiteral("number"));
    if (const QSqlError e
        = AuditLog::record(m_db, QStringLiteral("certificates"), after.id, QStringLiteral("revoke"),
                           auditValues(before), auditValues(after));
        e.isValid())
        return failure(Dialect::describeError(e));
    if (const QSqlError e = tx.commit(); e.isValid())
        return failure(Dialect::describeError(e));
    if (revoked)
        *revoked = after;
    return {};
}

QList<LetterDocument> CertificateRepository::documents(const QList<Certificate> &certificates,
                                                       QSqlError *error) const
{
    QList<Letter> letters;
    for (const Certificate &c : certificates)
        letters.append(c.asLetter());
    return LetterTemplateRepository(m_db).documentsFor(letters, error);
}
