#include "imports/TallyAggregator.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/SqlPrepare.h"

#include <QSqlQuery>

namespace {

// Clock::dateText of each day once a store: it formats through QLocale, and a store writes
// every link's days (10,000 rows for 1,000 links over 10 days) with few distinct days.
class DayTexts
{
public:
    const QString &of(qint64 julianDay)
    {
        auto it = m_texts.constFind(julianDay);
        if (it == m_texts.cend())
            it = m_texts.insert(julianDay, Clock::dateText(QDate::fromJulianDay(julianDay)));
        return *it;
    }

private:
    QHash<qint64, QString> m_texts;
};

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
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO daily_tallies (link_id, day, valid_samples, invalid_samples, suggestions, "
        "import_id) VALUES (?, ?, ?, ?, 0, ?) ON CONFLICT (link_id, day) DO UPDATE SET "
        "valid_samples = daily_tallies.valid_samples + excluded.valid_samples, "
        "invalid_samples = daily_tallies.invalid_samples + excluded.invalid_samples, "
        "import_id = excluded.import_id"));
    DayTexts days;
    for (auto it = m_responses.cbegin(); it != m_responses.cend(); ++it) {
        q.bindValue(0, it.key().linkId);
        q.bindValue(1, days.of(it.key().julianDay));
        q.bindValue(2, it->valid);
        q.bindValue(3, it->invalid);
        q.bindValue(4, importId);
        if (!execPrepared(q))
            return q.lastError();
    }
    return {};
}

QSqlError TallyAggregator::storeDaily(Database &db, qint64 importId, bool hasInvalid,
                                      bool hasSuggestions) const
{
    const QString setInvalid
        = hasInvalid ? QStringLiteral(", invalid_samples = excluded.invalid_samples") : QString();
    const QString setSuggestions
        = hasSuggestions ? QStringLiteral(", suggestions = excluded.suggestions") : QString();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO daily_tallies (link_id, day, valid_samples, "
                             "invalid_samples, suggestions, import_id) VALUES (?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (link_id, day) DO UPDATE SET valid_samples = "
                             "excluded.valid_samples, import_id = excluded.import_id")
              + setInvalid + setSuggestions);
    DayTexts days;
    for (auto it = m_daily.cbegin(); it != m_daily.cend(); ++it) {
        q.bindValue(0, it.key().linkId);
        q.bindValue(1, days.of(it.key().julianDay));
        q.bindValue(2, it->valid);
        q.bindValue(3, qMax<qint64>(it->invalid, 0));
        q.bindValue(4, qMax<qint64>(it->suggestions, 0));
        q.bindValue(5, importId);
        if (!execPrepared(q))
            return q.lastError();
    }
    return {};
}

QSqlError TallyAggregator::storeLedger(Database &db, qint64 importId, bool hasInvalid,
                                       bool hasSuggestions) const
{
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO import_tallies (import_id, link_id, day, mode, valid_samples, "
                       "invalid_samples, suggestions, sets_invalid, sets_suggestions) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    DayTexts days;
    const auto write = [&](const QHash<Key, Figures> &sums, const QString &mode, bool setsInvalid,
                           bool setsSuggestions) -> QSqlError {
        for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
            q.bindValue(0, importId);
            q.bindValue(1, it.key().linkId);
            q.bindValue(2, days.of(it.key().julianDay));
            q.bindValue(3, mode);
            q.bindValue(4, it->valid);
            q.bindValue(5, qMax<qint64>(it->invalid, 0));
            q.bindValue(6, qMax<qint64>(it->suggestions, 0));
            q.bindValue(7, setsInvalid ? 1 : 0);
            q.bindValue(8, setsSuggestions ? 1 : 0);
            if (!execPrepared(q))
                return q.lastError();
        }
        return {};
    };
    if (const QSqlError e = write(m_responses, QStringLiteral("add"), false, false); e.isValid())
        return e;
    return write(m_daily, QStringLiteral("set"), hasInvalid, hasSuggestions);
}
