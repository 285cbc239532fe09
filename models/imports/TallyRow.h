#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <utility>

// One row of a tally file as every format interprets it: what the pipeline after the format
// (resolve link, deduplicate, aggregate, store) works on, whatever platform wrote the file.
struct TallyRow
{
    qint64 line = 0;
    QString link; // the cell carrying the token: a token, a URL, or text around a token
    QDate day; // in China Standard Time
    // Responses: one submitted questionnaire.
    QString responseId;
    bool valid = true;
    int seconds = -1; // completion time, when the file says
    // Daily figures: -1 where the file has no such column.
    qint64 validSamples = 0;
    qint64 invalidSamples = -1;
    qint64 suggestions = -1;
    // A platform export's row that came without a token (empty, N/A, 直接访问): counted apart.
    bool noLink = false;
    // Not submitted (LimeSurvey: no submitdate): counted apart, not stored.
    bool incomplete = false;
    // Field key and message of each malformed value.
    QList<std::pair<QString, QString>> problems;

    void clear() { *this = TallyRow(); }
};
