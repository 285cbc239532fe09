#pragma once

#include <QString>

// One questionnaire (问卷) of a campaign: the survey on its platform that tracking links lead
// to. A link's URL is baseUrl (empty: the campaign's) with linkParameter=<token>; responses with a
// completion time below minSeconds (when not 0) are counted invalid. idPrefix is put before each
// response id when it is hashed, so the same ids in two questionnaires are two responses.
struct Questionnaire
{
    qint64 id = 0;
    qint64 campaignId = 0;
    QString name;
    QString platform = QStringLiteral("other");
    QString baseUrl;
    QString linkParameter = QStringLiteral("src");
    int minSeconds = 0;
    QString idPrefix;
    int rowVersion = 1;
    qint64 links = 0; // links issued for it (read only)
};
