#include "imports/TallyAggregator.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/SqlPrepare.h"

#include <QSqlQuery>

#include <variant>

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

constexpr qsizetype kJsonRows = 4096; // rows per statement

// sql, whose %1 is Dialect::selectJsonRows(types), once per kJsonRows of rows (each the text of
// a JSON array): a store of 10,000 sums is 3 statements with one bound value each, not 10,000
// statements with 5 to 9.
QSqlError insertJsonRows(Database &db, const QString &sql, const QStringList &types,
                         const QStringList &rows)
{
    QSqlQuery q(db.connection());
    q.prepare(sql.arg(db.dialect().selectJsonRows(types)));
    for (qsizetype at = 0; at < rows.size(); at += kJsonRows) {
        q.bindValue(0, QLatin1Char('[') + rows.mid(at, kJsonRows).join(QLatin1Char(','))
                           + QLatin1Char(']'));
        if (!execPrepared(q))
            return q.lastError();
    }
    return {};
}

// A JSON array of numbers and of texts that need no escaping (dates, 'add', 'set').
QString jsonRow(std::initializer_list<std::variant<qint64, QString>> values)
{
    QString row = QStringLiteral("[");
    for (const auto &v : values) {
        if (row.size() > 1)
            row += QLatin1Char(',');
        if (const qint64 *n = std::get_if<qint64>(&v))
            row += QString::number(*n);
        else
            row += QLatin1Char('"') + std::get<QString>(v) + QLatin1Char('"');
    }
    return row + QLatin1Char(']');
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
    DayTexts days;
    QStringList rows;
    for (auto it = m_responses.cbegin(); it != m_responses.cend(); ++it)
        rows << jsonRow({it.key().linkId, dayText(days, it.key().julianDay), it->valid,
                         it->invalid, qint64(0), importId});
    return insertJsonRows(
        db,
        QStringLiteral(
            "INSERT INTO daily_tallies (link_id, day, valid_samples, invalid_samples, suggestions, "
            "import_id) %1 ON CONFLICT (link_id, day) DO UPDATE SET "
            "valid_samples = daily_tallies.valid_samples + excluded.valid_samples, "
            "invalid_samples = daily_tallies.invalid_samples + excluded.invalid_samples, "
            "import_id = excluded.import_id"),
        {kBigint, kText, kBigint, kBigint, kBigint, kBigint}, rows);
}

QSqlError TallyAggregator::storeDaily(Database &db, qint64 importId, bool hasInvalid,
                                      bool hasSuggestions) const
{
    const QString setInvalid
        = hasInvalid ? QStringLiteral(", invalid_samples = excluded.invalid_samples") : QString();
    const QString setSuggestions
        = hasSuggestions ? QStringLiteral(", suggestions = excluded.suggestions") : QString();
    DayTexts days;
    QStringList rows;
    for (auto it = m_daily.cbegin(); it != m_daily.cend(); ++it)
        rows << jsonRow({it.key().linkId, dayText(days, it.key().julianDay), it->valid,
                         qMax<qint64>(it->invalid, 0), qMax<qint64>(it->suggestions, 0),
                         importId});
    return insertJsonRows(db,
                          QStringLiteral("INSERT INTO daily_tallies (link_id, day, valid_samples, "
                                         "invalid_samples, suggestions, import_id) %1 "
                                         "ON CONFLICT (link_id, day) DO UPDATE SET valid_samples = "
                                         "excluded.valid_samples, import_id = excluded.import_id")
                              + setInvalid + setSuggestions,
                          {kBigint, kText, kBigint, kBigint, kBigint, kBigint}, rows);
}

QSqlError TallyAggregator::storeLedger(Database &db, qint64 importId, bool hasInvalid,
                                       bool hasSuggestions) const
{
    DayTexts days;
    QStringList rows;
    const auto add = [&](const QHash<Key, Figures> &sums, const QString &mode, bool setsInvalid,
                         bool setsSuggestions) {
        for (auto it = sums.cbegin(); it != sums.cend(); ++it)
            rows << jsonRow({importId, it.key().linkId, dayText(days, it.key().julianDay), mode,
                             it->valid, qMax<qint64>(it->invalid, 0),
                             qMax<qint64>(it->suggestions, 0), qint64(setsInvalid ? 1 : 0),
                             qint64(setsSuggestions ? 1 : 0)});
    };
    add(m_responses, QStringLiteral("add"), false, false);
    add(m_daily, QStringLiteral("set"), hasInvalid, hasSuggestions);
    return insertJsonRows(
        db,
        QStringLiteral("INSERT INTO import_tallies (import_id, link_id, day, mode, valid_samples, "
                       "invalid_samples, suggestions, sets_invalid, sets_suggestions) %1"),
        {kBigint, kBigint, kText, kText, kBigint, kBigint, kBigint, kBigint, kBigint}, rows);
}
