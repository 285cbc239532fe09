#include "imports/DuplicateLog.h"

#include "db/Database.h"
#include "db/SqlPrepare.h"

#include <QHash>
#include <QSqlQuery>
#include <QtEndian>

namespace {

constexpr int kRecordBytes = 8 + 8 + 4 + 1; // hash, link id, Julian day, flags
constexpr int kScopeBytes = 8; // after a numbered id's record: its questionnaire
constexpr int kStemSizeBytes = 2; // after that, for an id with a stem: its UTF-8 size, then it
constexpr char kValid = 1;
constexpr char kNumbered = 2; // since schema version 32; older logs have only kValid
constexpr char kStem = 4; // since schema version 33
constexpr qint64 kChunkRecords = 262144; // about 5.5 MB before compression

void append(QByteArray &buffer, const DuplicateLog::Response &r, const QString &stem)
{
    char record[kRecordBytes + kScopeBytes + kStemSizeBytes];
    qToLittleEndian<qint64>(r.hash, record);
    qToLittleEndian<qint64>(r.linkId, record + 8);
    qToLittleEndian<qint32>(qint32(r.julianDay), record + 16);
    const bool numbered = r.scope != 0;
    // A stem is at most 100 characters (TallyValueParser::responseSerial): its UTF-8 fits the
    // size field.
    const QByteArray utf8 = numbered && !stem.isEmpty() ? stem.toUtf8() : QByteArray();
    record[20]
        = char((r.valid ? kValid : 0) | (numbered ? kNumbered : 0) | (utf8.isEmpty() ? 0 : kStem));
    qsizetype size = kRecordBytes;
    if (numbered) {
        qToLittleEndian<qint64>(r.scope, record + size);
        size += kScopeBytes;
    }
    if (!utf8.isEmpty()) {
        qToLittleEndian<quint16>(quint16(utf8.size()), record + size);
        size += kStemSizeBytes;
    }
    buffer.append(record, size);
    buffer.append(utf8);
}

// The stem at p (size and UTF-8 text) as an index into stems; *size: the bytes it took, 0 when
// the record is cut short.
qint32 decodeStem(const char *p, qsizetype left, QStringList &stems,
                  QHash<QByteArray, qint32> &index, qsizetype *size)
{
    *size = 0;
    if (left < kStemSizeBytes)
        return 0;
    const qsizetype bytes = qFromLittleEndian<quint16>(p);
    if (left < kStemSizeBytes + bytes)
        return 0;
    *size = kStemSizeBytes + bytes;
    const QByteArray utf8(p + kStemSizeBytes, bytes);
    auto it = index.constFind(utf8);
    if (it == index.cend()) {
        it = index.insert(utf8, qint32(stems.size()));
        stems.append(QString::fromUtf8(utf8));
    }
    return *it;
}

void decode(const QByteArray &raw, QList<DuplicateLog::Response> &out, QStringList &stems,
            QHash<QByteArray, qint32> &index)
{
    const char *p = raw.constData();
    for (qsizetype i = 0; i + kRecordBytes <= raw.size();) {
        DuplicateLog::Response r {qFromLittleEndian<qint64>(p + i),
                                  qFromLittleEndian<qint64>(p + i + 8),
                                  qFromLittleEndian<qint32>(p + i + 16), (p[i + 20] & kValid) != 0};
        const char flags = p[i + 20];
        i += kRecordBytes;
        if ((flags & kNumbered) != 0 && i + kScopeBytes <= raw.size()) {
            r.scope = qFromLittleEndian<qint64>(p + i);
            i += kScopeBytes;
        }
        if ((flags & kStem) != 0 && r.scope != 0) {
            qsizetype size = 0;
            r.stem = decodeStem(p + i, raw.size() - i, stems, index, &size);
            if (size == 0)
                break;
            i += size;
        }
        out.append(r);
    }
}

} // namespace

DuplicateLog::DuplicateLog(Database &db, qint64 importId)
    : m_db(db)
    , m_importId(importId)
{}

void DuplicateLog::add(const Response &response, const QString &stem)
{
    append(m_buffer, response, stem);
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

QList<DuplicateLog::Response> DuplicateLog::read(Database &db, qint64 importId, QStringList *stems,
                                                 QSqlError *error)
{
    QList<Response> list;
    *stems = QStringList {QString()};
    QHash<QByteArray, qint32> index;
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
        decode(qUncompress(q.value(0).toByteArray()), list, *stems, index);
    return list;
}

QSqlError DuplicateLog::replace(Database &db, qint64 importId, const QList<Response> &responses,
                                const QStringList &stems)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("DELETE FROM import_duplicates WHERE import_id = ?"));
    q.addBindValue(importId);
    if (!execPrepared(q))
        return q.lastError();
    DuplicateLog log(db, importId);
    for (const Response &r : responses)
        log.add(r, stems.value(r.stem));
    return log.flush();
}
