#pragma once

#include <QList>
#include <QSet>
#include <QString>

// The response ids a campaign's tally imports ever counted (table response_ids: a 64-bit hash of
// each id, and the import that counted it first; ids that are numbers, alone or after a text
// prefix, as runs in response_id_ranges), as the tally import's deduplicate stage uses
// them. One implementation per backend, handed out by Dialect::responseIdStore(), so that the
// import itself holds no SQL of one backend (SQLite: a large page cache and JSON batches;
// PostgreSQL: INSERT ... ON CONFLICT DO NOTHING RETURNING).
class ResponseIdStore
{
public:
    virtual ~ResponseIdStore() = default;

    // How many keys a caller should gather before calling store(): the size at which a batch
    // costs least per key on this backend.
    virtual int batchRows() const = 0;
    // Prepares the statements; false (see error()) when the database refuses.
    virtual bool prepare() = 0;
    // Stores keys (sorted ascending, without repeats) not stored yet, under this store's import;
    // *existing receives those that were stored already. False (see error()) on a database error.
    virtual bool store(const QList<qint64> &keys, QSet<qint64> *existing) = 0;
    // Stores the ids (numbers, sorted ascending, without repeats) with key `prefix` (the
    // questionnaire's id prefix and the ids' stem, see ResponseIdRanges) that are not stored yet,
    // as runs; *found receives those stored already. False (see error()) on a database error.
    virtual bool storeNumbers(const QString &prefix, const QList<qint64> &ids, QSet<qint64> *found)
        = 0;

    QString error() const { return m_error; }

protected:
    QString m_error;
};
