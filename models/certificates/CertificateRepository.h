#pragma once

#include "certificates/Certificate.h"
#include "common/Problem.h"
#include "db/LookupError.h"
#include "letters/LetterRenderer.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlError>

class Database;

// Commendation certificates: issued to the units of the commendation list (Commendations: the
// commended initiating units and the supporting units they recommended), one per unit and
// campaign, numbered <year>-RY-<seq> without gaps and never reused, each with a verification
// code (VerificationCode, the letters' secret). Rendered as letters of series RY: the campaign's
// editable template and seal (LetterTemplateRepository), the QR code, the PDF.
class CertificateRepository
{
    Q_DECLARE_TR_FUNCTIONS(CertificateRepository)
public:
    explicit CertificateRepository(Database &db)
        : m_db(db)
    {}

    // The reads below return nothing (empty) and set *error when the database failed (the
    // core's convention, db/LookupError.h).
    // The campaign's commendation list as (unit id, grade), in its order (commended, then each
    // one's supporters, whose grade is empty). Empty when no unit earns the best grade.
    QList<QPair<qint64, QString>> commendedUnits(qint64 campaignId,
                                                 QSqlError *error = nullptr) const;
    // Issues a certificate to every listed unit that has none yet, in one transaction: all or
    // nothing. *issued gets the new ones.
    Problems issueCommended(qint64 campaignId, QList<Certificate> *issued = nullptr);
    QList<Certificate> list(qint64 campaignId, QSqlError *error = nullptr) const;
    // The certificate carrying this code (typed or pasted; see VerificationCode::normalize),
    // revoked ones included (Certificate::isRevoked says so, with who, when and why).
    // NotFound when no certificate carries it (or it cannot be a code), Database when the read
    // failed (LookupError).
    Lookup<Certificate> verify(const QString &code) const;
    // Revokes the certificate numbered number, in one transaction with its audit entry (table
    // "certificates", action "revoke", the reason among the new values). Refuses an empty
    // reason, an unknown number, one already revoked (naming by whom and when). *revoked gets
    // the certificate as it now is. Its number and code are never given out again, and the
    // unit gets no new one from issueCommended.
    Problems revoke(const QString &number, const QString &reason, Certificate *revoked = nullptr);
    // Ready to render with LetterRenderer (the campaign's RY template and seal); the caller
    // leaves revoked certificates out.
    QList<LetterDocument> documents(const QList<Certificate> &certificates,
                                    QSqlError *error = nullptr) const;

private:
    Problems insert(qint64 campaignId, int year, const QList<QPair<qint64, QString>> &units,
                    const QByteArray &secret, QList<Certificate> *issued);
    QList<Certificate> select(const QString &where, const QVariant &value, QSqlError *error) const;

    Database &m_db;
};
