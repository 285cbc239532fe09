#include "imports/TallyAggregator.h"

#include "common/Clock.h"
#include "db/BulkInsert.h"
#include "db/Database.h"

namespace {

using DayTexts = QHash<qint64, QString>;

// Clock::dateText of each day once a store: it formats through QLocale, and a store writes
// every link's days (10,000 rows for 1,000 links over 10 days) with few distinct days.
const QString &dayText(DayTexts &texts, qint64 julianDay)
{
    auto it = texts.constFind(julianDay);
    if (it == texts.cend())
        it = texts.insert(julianDay, Clock::dateText(QDate::fromJulianDay(julianDay)));
    return *it;
}

const QString kBigint = QStringLiteral("BIGINT");
const QString kText = QStringLiteral("TEXT");

} // namespace

void TallyAggregator::addResponse(qint64 linkId, qint64 julianDay, bool valid)
{
    Figures &f = m_responses[Key {linkId, julianDay}];
    if (valid)
        ++f.valid;
    else
        ++f.invalid;
}

TallyAggregator::Daily TallyAggregator::addDaily(qint64 linkId, const QDate &day, qint64 valid,
                                                 qint64 invalid, qint64 suggestions, qint64 line,
                                                 qint64 *firstLine)
{
    const Key key {linkId, day.toJulianDay()};
    const auto it = m_daily.constFind(key);
    if (it == m_daily.constEnd()) {
        m_daily.insert(key, {valid, invalid, suggestions, line});
        return Daily::Added;
    }
    *firstLine = it->line;
    return it->valid == valid && it->invalid == invalid && it->suggestions == suggestions
        ? Daily::Repeated
        : Daily::Conflict;
}

QSqlError TallyAggregator::storeResponses(Database &db, qint64 importId) const
{
    BulkInsert rows(
        db,
        QStringLiteral(
            "INSERT INTO daily_tallies (link_id, day, valid_samples, invalid_samples, suggestions, "
            "import_id) %1 ON CONFLICT (link_id, day) DO UPDATE SET "
            "valid_samples = daily_tallies.valid_samples + excluded.valid_samples, "
            "invalid_samples = daily_tallies.invalid_samples + excluded.invalid_samples, "
            "import_id = excluded.import_id"),
        {kBigint, kText, kBigint, kBigint, kBigint, kBigint});
    DayTexts days;
    for (auto it = m_responses.cbegin(); it != m_responses.cend(); ++it)
        rows.add({it.key().linkId, dayText(days, it.key().julianDay), it->valid, it->invalid,
                  qint64(0), importId});
    return rows.finish();
}

QSqlError TallyAggregator::storeDaily(Database &db, qint64 importId, bool hasInvalid,
                                      bool hasSuggestions) const
{
    const QString setInvalid
        = hasInvalid ? QStringLiteral(", invalid_samples = excluded.invalid_samples") : QString();
    const QString setSuggestions
        = hasSuggestions ? QStringLiteral(", suggestions = excluded.suggestions") : QString();
    BulkInsert rows(db,
                    QStringLiteral("INSERT INTO daily_tallies (link_id, day, valid_samples, "
                                   "invalid_samples, suggestions, import_id) %1 "
                                   "ON CONFLICT (link_id, day) DO UPDATE SET valid_samples = "
                                   "excluded.valid_samples, import_id = excluded.import_id")
                        + setInvalid + setSuggestions,
                    {kBigint, kText, kBigint, kBigint, kBigint, kBigint});
    DayTexts days;
    for (auto it = m_daily.cbegin(); it != m_daily.cend(); ++it)
        rows.add({it.key().linkId, dayText(days, it.key().julianDay), it->valid,
                  qMax<qint64>(it->invalid, 0), qMax<qint64>(it->suggestions, 0), importId});
    return rows.finish();
}

QSqlError TallyAggregator::storeLedger(Database &db, qint64 importId, bool hasInvalid,
                                       bool hasSuggestions) const
{
    BulkInsert rows(
        db,
        QStringLiteral("INSERT INTO import_tallies (import_id, link_id, day, mode, valid_samples, "
                       "invalid_samples, suggestions, sets_invalid, sets_suggestions) %1"),
        {kBigint, kBigint, kText, kText, kBigint, kBigint, kBigint, kBigint, kBigint});
    DayTexts days;
    const auto add = [&](const QHash<Key, Figures> &sums, const QString &mode, bool setsInvalid,
                         bool setsSuggestions) {
        for (auto it = sums.cbegin(); it != sums.cend(); ++it)
            rows.add({importId, it.key().linkId, dayText(days, it.key().julianDay), mode, it->valid,
                      qMax<qint64>(it->invalid, 0), qMax<qint64>(it->suggestions, 0),
                      qint64(setsInvalid ? 1 : 0), qint64(setsSuggestions ? 1 : 0)});
    };
    add(m_responses, QStringLiteral("add"), false, false);
    add(m_daily, QStringLiteral("set"), hasInvalid, hasSuggestions);
    return rows.finish();
}
