#pragma once

#include "common/Problem.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

// What one import did (or would have done) with one file: counters, the problems found as
// FILE:LINE: field: messages, and how it ended. The one report of every importer: tallies,
// units (created / updated) and sample targets (updated: the targets that changed).
struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)
public:
    enum class Outcome {
        Imported, // committed
        AlreadyImported, // same SHA-256 imported before: nothing changed
        Rejected, // malformed rows or an unreadable file: nothing changed
        Cancelled, // stopped by the user: nothing changed
        Failed, // database error: nothing changed
        Checked // a dry run: every row checked, nothing written
    };

    QString file; // as given
    QString sha256; // hex
    QString kind; // "daily" / "responses"
    QString format; // the format's key: "wjx", ..., "daily", "responses"
    QString formatLabel; // its name for people
    QString tokenColumn; // the header of the column the links were read from
    QString encoding; // reader's encodingName()
    QChar delimiter; // null for xlsx
    qint64 read = 0; // data rows read (header not counted)
    qint64 accepted = 0;
    qint64 duplicate = 0;
    qint64 rejected = 0;
    qint64 unknownLink = 0;
    qint64 noLink = 0; // platform export rows that came without a token
    qint64 incomplete = 0; // responses the platform marks as not submitted
    qint64 notImported = 0; // good rows of a file refused for its bad ones
    qint64 created = 0; // units: registered by this import
    qint64 updated = 0; // units: registered before, updated; targets: changed
    QString rejectsFile; // where the rows not imported were written (RejectFile), if anywhere
    QMap<QString, qint64> unknownTokens; // each unknown or revoked token with its rows
    Outcome outcome = Outcome::Rejected;
    qint64 importId = 0; // the imports row (or the earlier one when AlreadyImported)
    QString message; // one sentence saying how it ended
    Problems problems; // malformed rows (reject the file unless skipping them)
    Problems warnings; // rows reported and not counted: unknown/revoked link, out of window
    qint64 problemsNotListed = 0; // beyond the listing limit

    bool changedData() const { return outcome == Outcome::Imported; }
    // "read N, accepted N, duplicate N, rejected N, unknown-link N[, no-link N][, incomplete N]
    // [, not-imported N]"
    QString summaryLine() const;
    // One line per unknown token with its row count, most rows first; empty when none.
    QString unknownTokenText() const;
    // Adds another file's counters (for totals over several files).
    void addCounts(const ImportReport &other);
    // Every problem and warning, one per line, for the error list and its export.
    QString problemText() const;
    static QString outcomeLabel(Outcome outcome);
};
