#pragma once

#include "db/ResponseIdRanges.h"
#include "db/ResponseIdStore.h"

#include <QByteArray>
#include <QSqlQuery>

class Database;

// SQLite: keys pass as JSON arrays (json_each), so there is no per-value binding; a large sorted
// batch walks the id B-tree once, in order, however large the table (with 10M ids stored it is
// far larger than the page cache), a slice at a time, each key looked up once by the insert that
// stores it unless it is there. While it lives the connection has a 64 MiB page cache for the
// id index; the connection's own size comes back after.
class SqliteResponseIdStore : public ResponseIdStore
{
public:
    SqliteResponseIdStore(Database &db, qint64 importId);
    ~SqliteResponseIdStore() override;

    int batchRows() const override { return 262144; }
    bool prepare() override;
    bool store(const QList<qint64> &keys, QSet<qint64> *existing) override;
    bool storeNumbers(const QString &prefix, const QList<qint64> &numbers,
                      QSet<qint64> *existing) override;

private:
    bool storeSlice(const QList<qint64> &keys, QSet<qint64> *existing);
    void setCacheSize();

    Database &m_db;
    qint64 m_importId;
    ResponseIdRanges m_ranges;
    QSqlQuery m_insert;
    QByteArray m_json;
    QList<qint64> m_slice;
    QList<qint64> m_inserted; // the keys of a slice the insert stored

    qint64 m_previousCacheSize = 0;
    bool m_cacheSet = false;
};
