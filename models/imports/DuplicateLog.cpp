#include "imports/DuplicateLog.h"

#include "db/Database.h"
#include "db/SqlPrepare.h"

#include <QSqlQuery>
#include <QtEndian>

namespace {

constexpr int kRecordBytes = 8 + 8 + 4 + 1; // hash, link id, Julian day, flags
constexpr int kScopeBytes = 8; // after a numbered id's record: its questionnaire
constexpr char kValid = 1;
constexpr char kNumbered = 2; // since schema version 32; older logs have only kValid
constexpr qint64 kChunkRecords = 262144; // about 5.5 MB before compression

void append(QByteArray &buffer, const DuplicateLog::Response &r)
{
    char record[kRecordBytes + kScopeBytes];
    qToLittleEndian<qint64>(r.hash, record);
    qToLittleEndian<qint64>(r.linkId, record + 8);
    qToLittleEndian<qint32>(qint32(r.julianDay), record + 16);
    record[20] = char((r.valid ? kValid : 0) | (r.scope != 0 ? kNumbered : 0));
    if (r.scope != 0)
        qToLittleEndian<qint64>(r.scope, record + kRecordBytes);
    buffer.append(record, kRecordBytes + (r.scope != 0 ? kScopeBytes : 0));
}

void decode(const QByteArray &raw, QList<DuplicateLog::Response> &out)
{
    const char *p = raw.constData();
    for (qsizetype i = 0; i + kRecordBytes <= raw.size(); i += kRecordBytes) {
        DuplicateLog::Response r {qFromLittleEndian<qint64>(p + i),
                                  qFromLittleEndian<qint64>(p + i + 8),
                                  qFromLittleEndian<qint32>(p + i + 16), (p[i + 20] & kValid) != 0};
        if ((p[i + 20] & kNumbered) != 0 && i + kRecordBytes + kScopeBytes <= raw.size()) {
            r.scope = qFromLittleEndian<qint64>(p + i + kRecordBytes);
            i += kScopeBytes;
        }
        out.append(r);
    }
}

} // namespace

DuplicateLog::DuplicateLog(Database &db, qint64 importId)
    : m_db(db)
    , m_importId(importId)
{}

void DuplicateLog::add(const Response &response)
{
    append(m_buffer, response);
    if (++m_buffered >= kChunkRecords && !m_error.isValid())
        m_error = writeChunk();
}

QSqlError DuplicateLog::flush()
{
    if (!m_error.isValid() && m_buffered > 0)
        m_error = writeChunk();
    return m_error;
}

QSqlError DuplicateLog::writeChunk()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO import_duplicates (import_id, chunk, records) VALUES (?, ?, ?)"));
    q.addBindValue(m_importId);
    q.addBindValue(m_chunk++);
    q.addBindValue(qCompress(m_buffer));
    m_buffer.clear();
    m_buffered = 0;
    return execPrepared(q) ? QSqlError() : q.lastError();
}

QList<DuplicateLog::Response> DuplicateLog::read(Database &db, qint64 importId, QSqlError *error)
{
    QList<Response> list;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT records FROM import_duplicates WHERE import_id = ? ORDER BY chunk"));
    q.addBindValue(importId);
    if (!execPrepared(q)) {
        *error = q.lastError();
        return list;
    }
    while (q.next())
        decode(qUncompress(q.value(0).toByteArray()), list);
    return list;
}

QSqlError DuplicateLog::replace(Database &db, qint64 importId, const QList<Response> &responses)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("DELETE FROM import_duplicates WHERE import_id = ?"));
    q.addBindValue(importId);
    if (!execPrepared(q))
        return q.lastError();
    DuplicateLog log(db, importId);
    for (const Response &r : responses)
        log.add(r);
    return log.flush();
}
