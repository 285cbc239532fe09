#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QSqlQuery>
#include <QString>

#include <functional>

class Database;

// The "deduplicate" stage of a tally import: keeps a 64-bit hash of every response id ever
// counted (table response_ids), so overlapping exports never count a response twice. Responses
// are checked against the database in batches: SQLite 262,144 ids per batch, sorted, checked
// and stored a slice at a time as JSON arrays (json_each); PostgreSQL 2,000 per INSERT ... ON
// CONFLICT DO NOTHING RETURNING. Of two rows with the same id the one earlier in the file counts.
class ResponseDeduplicator
{
public:
    struct Response
    {
        qint64 hash;
        qint64 linkId;
        qint64 julianDay;
        bool valid;
    };
    using NewResponse = std::function<void(const Response &)>;

    // onNew is called for every response counted for the first time.
    ResponseDeduplicator(Database &db, qint64 importId, NewResponse onNew);

    // onDuplicate (optional) is called for every response found counted already (by an earlier
    // import or earlier in this file).
    void setOnDuplicate(NewResponse onDuplicate) { m_onDuplicate = std::move(onDuplicate); }

    // Prepares the statements; false (see error()) when the database refuses.
    bool prepare();
    // Adds a response; checks the batch when it is full. False on a database error.
    bool add(const Response &response);
    // Checks what is left. False on a database error.
    bool flush();

    qint64 duplicates() const { return m_duplicates; }
    QString error() const { return m_error; }

private:
    bool flushSqlite();
    bool storeSqlite(qsizetype begin, qsizetype end);
    bool flushPostgres();
    void sortPending();
    void duplicate(const Response &response);

    Database &m_db;
    qint64 m_importId;
    NewResponse m_onNew;
    NewResponse m_onDuplicate;
    bool m_sqlite;
    int m_batchRows;
    QSqlQuery m_insert;
    QSqlQuery m_stored;
    QList<Response> m_pending;
    QList<qint64> m_keys;
    QByteArray m_json;
    QSet<qint64> m_found;
    qint64 m_duplicates = 0;
    QString m_error;
};
