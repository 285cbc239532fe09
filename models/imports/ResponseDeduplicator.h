#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>
#include <memory>

class Database;
class ResponseIdStore;

// The "deduplicate" stage of a tally import: every response id ever counted is kept as a 64-bit
// hash (table response_ids), so overlapping exports never count a response twice. Responses are
// gathered in batches, sorted by hash and checked against the database through the backend's
// ResponseIdStore (Dialect::responseIdStore). Ids that are numbers, or a text prefix and a serial
// number (Response::scope, Response::stem), are checked and stored as runs of ids
// (ResponseIdRanges) instead of hashes. Of two rows with the same id the one earlier in the file
// counts.
class ResponseDeduplicator
{
public:
    struct Response
    {
        qint64 hash;
        qint64 linkId;
        qint64 julianDay;
        bool valid;
        // With scope: the text before the id's number (TallyValueParser::responseSerial), as an
        // index into the list of stems of whoever made the response (stems(), or the list
        // DuplicateLog::read fills); 0 is the empty stem (the id is a plain number).
        qint32 stem = 0;
        // 0: hash is the 64-bit hash of the id's text. Else the id is a number (hash holds it)
        // of questionnaire `scope`, stored as a run under that questionnaire's id prefix followed
        // by the stem.
        qint64 scope = 0;
    };
    using NewResponse = std::function<void(const Response &)>;
    // A response found counted already, with its stem's text ("" for hashed ids and numbers).
    using Duplicate = std::function<void(const Response &, const QString &stem)>;

    // onNew is called for every response counted for the first time.
    ResponseDeduplicator(Database &db, qint64 importId, NewResponse onNew);
    ~ResponseDeduplicator();

    // onDuplicate (optional) is called for every response found counted already (by an earlier
    // import or earlier in this file).
    void setOnDuplicate(Duplicate onDuplicate) { m_onDuplicate = std::move(onDuplicate); }

    // The id prefix of each questionnaire whose numbers are added (Response::scope).
    void setPrefixes(QHash<qint64, QString> prefixes) { m_prefixes = std::move(prefixes); }
    // Prepares the statements; false (see error()) when the database refuses.
    bool prepare();
    // The index of a stem for Response::stem, valid until the next batch is checked (add() or
    // flush() checks it): the list is started again for every batch, so that ids whose stems
    // all differ cost no more memory than a batch of them.
    qint32 stemIndex(QStringView stem);
    // Adds a response; checks the batch when it is full. False on a database error.
    bool add(const Response &response);
    // Checks what is left. False on a database error.
    bool flush();

    qint64 duplicates() const { return m_duplicates; }
    QString error() const { return m_error; }

private:
    bool flushScope(qsizetype begin, qsizetype end);
    bool storeKeys(const Response &first);
    void duplicate(const Response &response);

    std::unique_ptr<ResponseIdStore> m_store;
    NewResponse m_onNew;
    Duplicate m_onDuplicate;
    int m_batchRows;
    QHash<qint64, QString> m_prefixes;
    QStringList m_stems; // this batch's; [0] is ""
    QHash<QString, qint32> m_stemIndex;
    qint32 m_lastStem = 0;
    QList<Response> m_pending;
    QList<qint64> m_keys;
    QSet<qint64> m_existing;
    qint64 m_duplicates = 0;
    QString m_error;
};
