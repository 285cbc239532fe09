#pragma once

#include <QSqlError>
#include <QString>

#include <optional>

class Database;
struct ImportReport;

// Where an import stands in the history (imports.status). Migration 31 made these the only
// values the column takes (a CHECK constraint); a finished import was spelt 'done' by the units
// import and 'imported' by the tally import before.
enum class ImportStatus {
    Running, // inside the import's own transaction: no other desk ever sees it
    Imported, // committed
    Withdrawn // a tally import taken out again (TallyWithdrawal)
};

// The one writer of the import history (table imports), for every importer, inside the
// caller's transaction. Readers: repo/ImportRepository.
class ImportHistory
{
public:
    explicit ImportHistory(Database &db)
        : m_db(db)
    {}

    // "running", "imported", "withdrawn": as stored.
    static QString key(ImportStatus status);
    // The status a stored key names; nullopt for any other text.
    static std::optional<ImportStatus> status(const QString &key);

    // A file's import begins (status Running): its row, for an import that stores what it adds
    // under its id (tallies). sha256 may still be empty (finish() writes the report's). The new
    // id, or 0 with *error.
    qint64 begin(qint64 campaignId, const QString &kind, const QString &path, const QString &sha256,
                 const QString &user, QSqlError *error);
    // The begun import is finished (Imported) with the report's digest, counters and summary line;
    // withdrawable: it recorded what it added (TallyWithdrawal can take it out).
    QSqlError finish(qint64 importId, const ImportReport &report, bool withdrawable);
    // A finished import written in one go (units): accepted = created + updated. *importId
    // (optional): its row's id.
    QSqlError record(qint64 campaignId, const QString &kind, const ImportReport &report,
                     const QString &message, qint64 *importId = nullptr);

    // A finished import (status Imported) as its row holds it.
    struct Finished
    {
        qint64 campaignId = 0;
        QString kind; // "units", "daily", "responses"
        QString fileName; // without its folder
        QString sha256; // hex
        qint64 read = 0;
        qint64 accepted = 0;
        qint64 rejected = 0;
        QString message; // its summary
        QString user; // empty: the database's user
        QString startedAt; // ISO 8601 UTC; empty: now
        QString finishedAt; // ISO 8601 UTC; empty: now
    };
    // Writes it in one go (the demo's history, made after the fact; units through the record()
    // above). *importId (optional): its row's id.
    QSqlError record(const Finished &import, qint64 *importId = nullptr);

    // A finished import is withdrawn (Withdrawn, who and now): *changed is false when it was
    // not Imported any more (another desk withdrew it meanwhile) and nothing changed.
    QSqlError withdraw(qint64 importId, const QString &user, bool *changed);
    // A withdrawn import is Imported again (a units import's undo redone): who withdrew it and
    // when are cleared. *changed is false when it was not Withdrawn and nothing changed.
    QSqlError reinstate(qint64 importId, bool *changed);

private:
    Database &m_db;
};
