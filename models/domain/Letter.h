#pragma once

#include <QString>

// The state of one version of an authorization letter in the register.
enum class LetterStatus { Issued, Superseded, Revoked };

// One version of a numbered authorization letter (授权书), with what the register and the
// letter itself show about its unit.
struct Letter
{
    qint64 id = 0;
    qint64 campaignId = 0;
    int year = 0;
    qint64 unitId = 0;
    QString unitName;
    QString kind; // the unit's participation kind code: initiating-1, initiating-2, supporting
    QString parentName; // the unit that recommended or coordinates it, if any
    QString series; // FQ (initiating) or ZC (supporting)
    int seq = 0;
    QString number; // e.g. 2024-FQ-0001
    int version = 1;
    LetterStatus status = LetterStatus::Issued;
    QString verifyCode;
    QString issuedAt; // ISO UTC
    QString issuedBy;
    QString revokedAt;
    QString revokeReason;
    int rowVersion = 1;

    bool isValid() const { return status == LetterStatus::Issued; }

    static QString statusCode(LetterStatus status)
    {
        switch (status) {
        case LetterStatus::Issued:
            return QStringLiteral("issued");
        case LetterStatus::Superseded:
            return QStringLiteral("superseded");
        case LetterStatus::Revoked:
            return QStringLiteral("revoked");
        }
        return {};
    }
    static LetterStatus statusFromCode(const QString &code)
    {
        if (code == QLatin1String("superseded"))
            return LetterStatus::Superseded;
        if (code == QLatin1String("revoked"))
            return LetterStatus::Revoked;
        return LetterStatus::Issued;
    }
};
