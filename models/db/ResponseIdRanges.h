#pragma once

#include <QList>
#include <QSet>
#include <QSqlQuery>
#include <QString>

class Database;

// Response ids that are numbers, kept as runs of ids already counted (table response_id_ranges,
// schema version 32): one row per run of consecutive numbers instead of one hashed row per id,
// because platforms number their responses 1, 2, 3, ... per questionnaire (issue #18). A run's
// key (id_prefix) is the questionnaire's id prefix followed by the ids' text before their number
// (TallyValueParser::responseSerial's stem: "" for plain numbers, "S1-" for S1-7; since schema
// version 33), so that key and number stand for exactly one id's text. The same statements on
// SQLite and PostgreSQL; each ResponseIdStore hands its numbers to one of these. Runs never
// overlap: imports take turns (Dialect::importLock) and store only numbers not counted yet.
class ResponseIdRanges
{
public:
    ResponseIdRanges(Database &db, qint64 importId);

    // Stores numbers (sorted ascending, without repeats, each >= 0) with key `prefix` (see the
    // class comment) that are not stored yet, as runs under this import; *existing receives
    // those stored already. False (see error()) on a database error.
    bool store(const QString &prefix, const QList<qint64> &numbers, QSet<qint64> *existing);

    QString error() const { return m_error; }

private:
    bool findStored(const QString &prefix, const QList<qint64> &numbers, QSet<qint64> *existing);
    bool insertRuns(const QString &prefix, const QList<qint64> &numbers,
                    const QSet<qint64> &existing);
    bool insertRun(const QString &prefix, qint64 first, qint64 last);
    bool failed(const QSqlQuery &query);

    qint64 m_importId;
    QSqlQuery m_select;
    QSqlQuery m_insert;
    bool m_prepared = false;
    QString m_error;
};
