#pragma once

#include "domain/Letter.h"

#include <QString>

// A numbered commendation certificate (荣誉证书) of one unit in one campaign, e.g. 2024-RY-0001.
struct Certificate
{
    qint64 id = 0;
    qint64 campaignId = 0;
    int year = 0;
    qint64 unitId = 0;
    QString unitName;
    QString kind; // the unit's participation kind code
    QString parentName; // who recommended it, for supporting units
    QString grade;
    int seq = 0;
    QString number;
    QString verifyCode;
    QString issuedAt; // ISO UTC
    QString issuedBy;
    // Set once revoked (CertificateRepository::revoke): then verification says so and it is no
    // longer rendered; its number and code are never given out again.
    QString revokedAt; // ISO UTC, empty while valid
    QString revokedBy;
    QString revokeReason;

    bool isRevoked() const { return !revokedAt.isEmpty(); }

    // As the letters' machinery (template, QR, seal, PDF) takes it: series RY.
    Letter asLetter() const
    {
        Letter l;
        l.id = id;
        l.campaignId = campaignId;
        l.year = year;
        l.unitId = unitId;
        l.unitName = unitName;
        l.kind = kind;
        l.parentName = parentName;
        l.series = QStringLiteral("RY");
        l.seq = seq;
        l.number = number;
        l.verifyCode = verifyCode;
        l.issuedAt = issuedAt;
        l.issuedBy = issuedBy;
        return l;
    }
};
