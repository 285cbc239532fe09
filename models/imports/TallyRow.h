#pragma once

#include "imports/TallyValueParser.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

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

    // Empties the row for the next one, keeping the strings' buffers: the rows of an import are
    // filled on the reading thread and read on the importing one (TallyImportRun), which then
    // neither copies nor releases strings the reading thread refills (issue #18).
    void clear()
    {
        line = 0;
        link.truncate(0);
        day = QDate();
        responseId.truncate(0);
        valid = true;
        seconds = -1;
        validSamples = 0;
        invalidSamples = suggestions = -1;
        noLink = incomplete = false;
        problems.clear();
    }
    // field = text, copied into field's own buffer (see clear()), trimmed.
    static void setTrimmed(QString &field, QStringView text)
    {
        text = TallyValueParser::trimmed(text);
        field.resize(text.size());
        char16_t *out = reinterpret_cast<char16_t *>(field.data());
        const char16_t *in = text.utf16();
        // Ids and tokens are short: a plain loop. A call to memmove (glibc's AVX-512 one on
        // the benchmark machine) here, once a row, made the reading thread wait on memory for
        // a third of its time (bench/README.md, "short copies", issue #18).
        for (qsizetype i = 0; i < text.size(); ++i)
            out[i] = in[i];
    }
};
