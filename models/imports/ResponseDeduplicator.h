#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

class Database;
class ResponseIdStore;

// The "deduplicate" stage of a tally import: every response id ever counted is kept as a 64-bit
// hash (table response_ids), so overlapping exports never count a response twice. Responses are
// gathered in batches, sorted by hash and checked against the database through the backend's
// ResponseIdStore (Dialect::responseIdStore). Ids that are numbers (Response::scope) are checked
// and stored as runs of ids (ResponseIdRanges) instead of hashes. Of two rows with the same id
// the one earlier in the file counts.
class ResponseDeduplicator
{
public:
    struct Response
    {
        qint64 hash;
        qint64 linkId;
        qint64 julianDay;
        bool valid;
        // 0: hash is the 64-bit hash of the id's text. Else the id is a number (hash holds it)
        // of questionnaire `scope`, stored as a run under that questionnaire's id prefix.
        qint64 scope = 0;
    };
    using NewResponse = std::function<void(const Response &)>;

    // onNew is called for every response counted for the first time.
    ResponseDeduplicator(Database &db, qint64 importId, NewResponse onNew);
    ~ResponseDeduplicator();

    // onDuplicate (optional) is called for every response found counted already (by an earlier
    // import or earlier in this file).
    void setOnDuplicate(NewResponse onDuplicate) { m_onDuplicate = std::move(onDuplicate); }

    // The id prefix of each questionnaire whose numbers are added (Response::scope).
    void setPrefixes(QHash<qint64, QString> prefixes) { m_prefixes = std::move(prefixes); }
    // Prepares the statements; false (see error()) when the database refuses.
    bool prepare();
    // Adds a response; checks the batch when it is full. False on a database error.
    bool add(const Response &response);
    // Checks what is left. False on a database error.
    bool flush();

    qint64 duplicates() const { return m_duplicates; }
    QString error() const { return m_error; }

private:
    bool flushScope(qsizetype begin, qsizetype end);
    bool storeKeys(qint64 scope);
    void duplicate(const Response &response);

    std::unique_ptr<ResponseIdStore> m_store;
    NewResponse m_onNew;
    NewResponse m_onDuplicate;
    int m_batchRows;
    QHash<qint64, QString> m_prefixes;
    QList<Response> m_pending;
    QList<qint64> m_keys;
    QSet<qint64> m_existing;
    qint64 m_duplicates = 0;
    QString m_error;
};
