#pragma once

#include "db/ResponseIdRanges.h"
#include "db/ResponseIdStore.h"

#include <QSqlQuery>

class Database;

// PostgreSQL: 2,000 keys per INSERT ... ON CONFLICT (hash) DO NOTHING RETURNING hash (4,000
// bound values); the keys that come back are the new ones. Each holds its keys' locks until
// commit, which is why tally imports take turns (Dialect::importLock).
class PostgresResponseIdStore : public ResponseIdStore
{
public:
    PostgresResponseIdStore(Database &db, qint64 importId);

    int batchRows() const override { return kBatchRows; }
    bool prepare() override;
    bool store(const QList<qint64> &keys, QSet<qint64> *existing) override;
    bool storeNumbers(const QString &prefix, const QList<qint64> &numbers,
                      QSet<qint64> *existing) override;

private:
    static constexpr int kBatchRows = 2000;
    bool storeBatch(const QList<qint64> &keys, QSet<qint64> *existing);

    Database &m_db;
    qint64 m_importId;
    ResponseIdRanges m_ranges;
    QSqlQuery m_insert; // for a full batch
    QSet<qint64> m_new;
};
