#pragma once

#include <QDate>
#include <QHash>
#include <QSqlError>

class Database;

// The "aggregate" stage of a tally import: sums per link and day in memory (a map bounded by
// links x days), and the "store" of those sums into daily_tallies. Responses add to what is
// stored; daily figures replace it.
class TallyAggregator
{
public:
    enum class Daily { Added, Repeated, Conflict };

    void addResponse(qint64 linkId, qint64 julianDay, bool valid);
    // A daily figure; the same link and day again with other figures is a Conflict (*line:
    // where the first one was).
    Daily addDaily(qint64 linkId, const QDate &day, qint64 valid, qint64 invalid,
                   qint64 suggestions, qint64 line, qint64 *firstLine);

    // Writes the sums. hasInvalid / hasSuggestions: whether a daily file had those columns
    // (else the stored figures stay).
    QSqlError storeResponses(Database &db, qint64 importId) const;
    QSqlError storeDaily(Database &db, qint64 importId, bool hasInvalid, bool hasSuggestions) const;
    // Records what this import added to daily_tallies (table import_tallies: 'add' rows for
    // responses, 'set' rows for daily figures), so that it can be withdrawn later.
    QSqlError storeLedger(Database &db, qint64 importId, bool hasInvalid,
                          bool hasSuggestions) const;

private:
    struct Key
    {
        qint64 linkId;
        qint64 julianDay;
        bool operator==(const Key &) const = default;
    };
    friend size_t qHash(const Key &k, size_t seed = 0) noexcept
    {
        return qHashMulti(seed, k.linkId, k.julianDay);
    }
    struct Figures
    {
        qint64 valid = 0;
        qint64 invalid = 0;
        qint64 suggestions = 0;
        qint64 line = 0;
    };
    QHash<Key, Figures> m_responses;
    QHash<Key, Figures> m_daily;
};
