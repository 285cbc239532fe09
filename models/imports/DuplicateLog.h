#pragma once

#include "imports/ResponseDeduplicator.h"

#include <QByteArray>
#include <QList>
#include <QSqlError>
#include <QStringList>

class Database;

// The responses one import found counted already (table import_duplicates): hash (or number,
// questionnaire and stem, for ids kept as runs), link, day and validity, packed and compressed in
// chunks.
// When the import that counted such a response is withdrawn, the earliest later import that had it
// counts it instead (see TallyWithdrawal).
class DuplicateLog
{
public:
    using Response = ResponseDeduplicator::Response;

    DuplicateLog(Database &db, qint64 importId);

    // Buffers a response and the text of its stem (Response::stem: "" unless its id is kept as
    // a run with text before its number); writes a chunk when the buffer is full. A database
    // error is kept and returned by flush().
    void add(const Response &response, const QString &stem);
    // Writes what is buffered; the first database error since construction, if any.
    QSqlError flush();

    // Every response import importId logged, in the order logged; each Response::stem indexes
    // *stems (which gets "" first, then each other stem once). *error on a database error.
    static QList<Response> read(Database &db, qint64 importId, QStringList *stems,
                                QSqlError *error);
    // Replaces import importId's log by responses, whose stems index stems.
    static QSqlError replace(Database &db, qint64 importId, const QList<Response> &responses,
                             const QStringList &stems);

private:
    QSqlError writeChunk();

    Database &m_db;
    qint64 m_importId;
    QByteArray m_buffer;
    qint64 m_buffered = 0;
    int m_chunk = 0;
    QSqlError m_error;
};
