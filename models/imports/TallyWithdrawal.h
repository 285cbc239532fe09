#pragma once

#include "imports/DuplicateLog.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <optional>
#include <QSet>
#include <QSqlError>
#include <QString>

class Database;

// Withdraws one tally import, in one transaction, leaving the data as if it had never been
// made while every other import keeps its part:
//   - its part of each link's day (import_tallies) is taken out and those days replayed from
//     the other imports in order: the counts it added are subtracted, the daily figures it
//     replaced come back, and figures a later daily file set stay;
//   - the response ids it counted first are forgotten (hashed ids and runs of numeric ids). A
//     later import that found one of them already counted (import_duplicates) now counts it:
//     the earliest such import, as if the withdrawn file had never been imported. Re-importing the
//     withdrawn file later counts only what no remaining import counted;
//   - the import stays in the history with status 'withdrawn', who and when, and an audit entry.
// Imports made before withdrawals were recorded (schema version 13) cannot be withdrawn; their
// copy taken before the import (DatabaseBackup) is the way back.
class TallyWithdrawal
{
    Q_DECLARE_TR_FUNCTIONS(TallyWithdrawal)
public:
    struct Result
    {
        bool ok = false;
        QString message; // what happened, or why nothing did
        qint64 forgotten = 0; // response ids it had counted first
        qint64 recounted = 0; // of those, counted now by a later import
        qint64 daysRecomputed = 0; // link-days whose figures were replayed
    };

    // user: who withdraws (empty: the database user). backup: take a copy of an SQLite
    // database first (DatabaseBackup).
    TallyWithdrawal(Database &db, qint64 importId, const QString &user = QString(),
                    bool backup = true);

    // Withdraws the import. Nothing changes when the result is not ok (no such import, not
    // imported, withdrawn already, made before withdrawals were recorded, database error).
    Result run();

private:
    struct Cell
    {
        qint64 linkId;
        QString day;
        bool operator==(const Cell &) const = default;
    };
    friend size_t qHash(const Cell &c, size_t seed = 0) noexcept
    {
        return qHashMulti(seed, c.linkId, c.day);
    }

    // A link's day as its remaining parts make it.
    struct Day
    {
        qint64 valid = 0;
        qint64 invalid = 0;
        qint64 suggestions = 0;
        qint64 lastImport = 0; // the last import with a part in it; 0: only the baseline
    };

    bool check();
    bool forgetResponses();
    bool forgetRuns();
    bool recount();
    bool recountIn(qint64 laterImportId);
    bool takeForgotten(const DuplicateLog::Response &r, const QString &stem, bool *taken);
    bool takeForgottenNumber(qint64 questionnaireId, const QString &stem, qint64 number,
                             bool *taken);
    bool replay(const Cell &cell);
    bool sumParts(const Cell &cell, std::optional<Day> *day);
    bool writeDay(const Cell &cell, const Day &day);
    bool markWithdrawn();
    bool fail(const QString &message);
    bool failSql(const QSqlError &error);

    Database &m_db;
    qint64 m_importId;
    QString m_user;
    bool m_backup;
    Result m_result;
    QString m_fileName;
    QSet<Cell> m_cells;
    QSet<qint64> m_forgotten;
    // Ids kept as runs (ResponseIdRanges) that this import counted first: per id prefix, its
    // runs sorted by first id; those a later import counts now; how many are not yet.
    QHash<QString, QList<std::pair<qint64, qint64>>> m_forgottenRuns;
    QSet<std::pair<QString, qint64>> m_recountedNumbers;
    qint64 m_numbersLeft = 0;
    QHash<qint64, QString> m_prefixes; // questionnaire id -> id prefix, as looked up
    std::optional<QSqlQuery> m_insertId; // prepared in recount()
    std::optional<QSqlQuery> m_insertRun;
};
