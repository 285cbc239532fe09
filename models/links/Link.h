#pragma once

#include <QString>

// One tracking link as the links page, the exports and the posters see it: the link row, the
// unit's name, the full URL built on the campaign's base URL and the valid samples counted so far.
struct Link
{
    enum class Status { Active, Revoked };

    qint64 id = 0;
    qint64 campaignId = 0;
    int campaignYear = 0;
    QString campaignTitle;
    qint64 questionnaireId = 0; // 0: a link from before questionnaires, on the campaign's URL
    QString questionnaireName;
    qint64 unitId = 0;
    QString unitName;
    QString token;
    QString label;
    Status status = Status::Active;
    QString url;
    QString createdAt;
    QString createdBy;
    QString revokedAt;
    int rowVersion = 1;
    qint64 samples = 0;

    bool isActive() const { return status == Status::Active; }
    static QString statusCode(Status status)
    {
        return status == Status::Active ? QStringLiteral("active") : QStringLiteral("revoked");
    }
    QString statusCode() const { return statusCode(status); }
};

// A unit taking part in a campaign that has not yet said how many links it needs.
struct PendingLinkRequest
{
    qint64 unitId = 0;
    QString unitName;
    QString kind;
    qint64 existingLinks = 0;
};

// A unit taking part in a campaign with what it asked for and what it was given.
struct UnitLinkSummary
{
    qint64 unitId = 0;
    QString unitName;
    int requested = -1; // -1: not asked yet
    QString requestedAt;
    qint64 issued = 0;
    qint64 active = 0;
};
