#include "progress/ProgressQuery.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "progress/Forecast.h"
#include "repo/CampaignRepository.h"
#include "db/SqlPrepare.h"
#include "domain/Regions.h"
#include "domain/UnitKind.h"

#include <QSqlQuery>

bool UnitProgress::isBehindPace() const
{
    return Forecast::isBehind(forecast, target);
}

namespace Percent {

qint64 tenths(qint64 valid, qint64 target)
{
    if (target <= 0)
        return 0;
    return (valid * 2000 + target) / (2 * target);
}

QString text(qint64 valid, qint64 target)
{
    if (target <= 0)
        return QString();
    const qint64 t = tenths(valid, target);
    return QStringLiteral("%1.%2").arg(t / 10).arg(t % 10);
}

} // namespace Percent

QList<qint64> ProgressTotals::cumulative() const
{
    QList<qint64> out;
    out.reserve(daily.size());
    qint64 sum = 0;
    for (qint64 v : daily)
        out.append(sum += v);
    return out;
}

QList<double> ProgressTotals::pace(qint64 target, int windowDays)
{
    QList<double> out;
    for (int d = 0; d < windowDays; ++d)
        out.append(double(target) * (d + 1) / windowDays);
    return out;
}

namespace {

bool run(QSqlQuery &q, QSqlError *error)
{
    if (execPrepared(q))
        return true;
    if (error)
        *error = q.lastError();
    return false;
}

int kindIndex(const QString &code)
{
    const std::optional<UnitKind> kind = DomainNames::unitKindFromText(code);
    return kind ? int(DomainNames::unitKinds().indexOf(*kind)) : -1;
}

int regionIndex(const QString &code)
{
    const Region *region = Regions::byCode(code);
    return region ? int(region - Regions::all().constData()) : -1;
}

} // namespace

// The steps of ProgressQuery::load, each filling its part of the snapshot.
namespace {

// 1. The units taking part.
bool loadUnits(QSqlQuery &q, qint64 campaignId, ProgressSnapshot &snap, QSqlError *error)
{
    const int days = snap.windowDays;
    q.prepare(QStringLiteral(
        "SELECT p.unit_id, u.name, p.kind, u.province, p.parent_unit_id, p.sample_target, p.grade,"
        " p.support_score FROM participations p JOIN units u ON u.id = p.unit_id"
        " WHERE p.campaign_id = ? ORDER BY p.unit_id"));
    q.addBindValue(campaignId);
    if (!run(q, error))
        return false;
    while (q.next()) {
        UnitProgress u;
        u.unitId = q.value(0).toLongLong();
        u.name = q.value(1).toString();
        u.kind = q.value(2).toString();
        u.province = q.value(3).toString();
        u.kindIndex = kindIndex(u.kind);
        u.regionIndex = regionIndex(u.province);
        u.parentId = q.value(4).toLongLong();
        u.target = q.value(5).toLongLong();
        u.storedGrade = q.value(6).toString();
        u.supportScore = q.value(7).toInt();
        u.daily = QList<qint64>(days, 0);
        u.dailySuggestions = QList<qint64>(days, 0);
        u.reported = QList<bool>(days, false);
        snap.rowOfUnit.insert(u.unitId, int(snap.units.size()));
        snap.units.append(std::move(u));
    }
    return true;
}

// 2. Their figures per day. daily_tallies already holds one row per link and day, so the rows
// are read as they are and summed per unit here: grouping by unit and day in SQL would need a
// temporary B-tree that costs several times the scan itself (see bench/README.md). Revoked
// links keep what they collected. Days outside the window count towards the totals on the
// nearest window day.
bool loadFigures(QSqlQuery &q, qint64 campaignId, qint64 questionnaireId, ProgressSnapshot &snap,
                 QSqlError *error)
{
    const int days = snap.windowDays;
    q.prepare(QStringLiteral(
        "SELECT l.unit_id, t.day, t.valid_samples, t.invalid_samples, t.suggestions"
        " FROM links l JOIN daily_tallies t ON t.link_id = l.id WHERE l.campaign_id = ?"
        " AND (? = 0 OR l.questionnaire_id = ?)"));
    q.addBindValue(campaignId);
    q.addBindValue(questionnaireId);
    q.addBindValue(questionnaireId);
    if (!run(q, error))
        return false;
    const QDate start = snap.campaign.startDate;
    QHash<QString, int> dayIndex;
    qint64 lastUnit = -1;
    UnitProgress *unit = nullptr;
    while (q.next()) {
        const qint64 unitId = q.value(0).toLongLong();
        if (unitId != lastUnit) {
            lastUnit = unitId;
            const auto row = snap.rowOfUnit.constFind(unitId);
            unit = row == snap.rowOfUnit.constEnd() ? nullptr : &snap.units[*row];
        }
        if (!unit || days == 0)
            continue; // figures for a unit no longer taking part
        const QString dayText = q.value(1).toString();
        auto found = dayIndex.constFind(dayText);
        if (found == dayIndex.constEnd()) {
            const QDate day = Clock::parseDate(dayText);
            const qint64 offset = day.isValid() ? start.daysTo(day) : 0;
            found = dayIndex.insert(dayText, int(qBound<qint64>(0, offset, qint64(days) - 1)));
        }
        const int d = *found;
        const qint64 valid = q.value(2).toLongLong();
        const qint64 suggestions = q.value(4).toLongLong();
        unit->valid += valid;
        unit->invalid += q.value(3).toLongLong();
        unit->suggestions += suggestions;
        unit->daily[d] += valid;
        unit->dailySuggestions[d] += suggestions;
        unit->reported[d] = true;
        snap.asOfIndex = qMax(snap.asOfIndex, d);
    }
    return true;
}

// 3. Year over year: each unit's total in the previous campaign it could have taken part in.
bool loadPreviousYear(QSqlQuery &q, ProgressSnapshot &snap, QSqlError *error)
{
    q.prepare(
        QStringLiteral("SELECT id, year FROM campaigns WHERE year < ? ORDER BY year DESC LIMIT 1"));
    q.addBindValue(snap.campaign.year);
    if (!run(q, error))
        return false;
    if (!q.next())
        return true;
    const qint64 previousId = q.value(0).toLongLong();
    snap.previousYear = q.value(1).toInt();
    q.prepare(QStringLiteral(
        "SELECT p.unit_id, COALESCE(SUM(t.valid_samples), 0) FROM participations p"
        " LEFT JOIN links l ON l.campaign_id = p.campaign_id AND l.unit_id = p.unit_id"
        " LEFT JOIN daily_tallies t ON t.link_id = l.id"
        " WHERE p.campaign_id = ? GROUP BY p.unit_id"));
    q.addBindValue(previousId);
    if (!run(q, error))
        return false;
    while (q.next()) {
        const auto row = snap.rowOfUnit.constFind(q.value(0).toLongLong());
        if (row != snap.rowOfUnit.constEnd())
            snap.units[*row].previousValid = q.value(1).toLongLong();
    }
    return true;
}

// 4. Forecasts.
void forecast(ProgressSnapshot &snap)
{
    for (UnitProgress &u : snap.units) {
        u.rate = Forecast::recentRate(u.daily, u.reported, snap.asOfIndex);
        u.forecast = Forecast::projectedFinal(u.valid, u.rate, snap.windowDays, snap.todayIndex);
        u.groupTarget = u.target;
        u.groupValid = u.valid;
    }
}

// 5. The groups: follow each unit's parent chain up to a first-level unit, whose group sums
// its own figures and those of every unit under it.
void group(ProgressSnapshot &snap)
{
    for (UnitProgress &u : snap.units) {
        if (u.kind == QLatin1String("initiating-1")) {
            u.rootId = u.unitId;
            continue;
        }
        qint64 id = u.parentId;
        u.rootId = 0;
        for (int hops = 0; id != 0 && hops < 16; ++hops) {
            const UnitProgress *p = snap.unit(id);
            if (!p)
                break;
            if (p->kind == QLatin1String("initiating-1")) {
                u.rootId = p->unitId;
                break;
            }
            id = p->parentId;
        }
    }
    for (const UnitProgress &u : std::as_const(snap.units)) {
        if (u.rootId == 0 || u.rootId == u.unitId)
            continue;
        UnitProgress &root = snap.units[snap.rowOfUnit.value(u.rootId)];
        root.groupTarget += u.target;
        root.groupValid += u.valid;
        ++root.groupSize;
    }
}

} // namespace

std::shared_ptr<const ProgressSnapshot> ProgressQuery::load(qint64 campaignId, QSqlError *error,
                                                            qint64 questionnaireId) const
{
    auto snap = std::make_shared<ProgressSnapshot>();
    CampaignRepository campaigns(m_db);
    const Lookup<Campaign> campaign = campaigns.byId(campaignId);
    if (!campaign) {
        if (error)
            *error = campaign.error().isDatabase()
                ? campaign.error().sqlError
                : QSqlError(tr("no campaign with id %1").arg(campaignId), QString(),
                            QSqlError::UnknownError);
        return nullptr;
    }
    snap->campaign = *campaign;
    snap->windowDays = campaign->days();
    snap->todayIndex = campaign->startDate.daysTo(Clock::today());

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!loadUnits(q, campaignId, *snap, error)
        || !loadFigures(q, campaignId, questionnaireId, *snap, error)
        || !loadPreviousYear(q, *snap, error))
        return nullptr;
    forecast(*snap);
    group(*snap);
    return snap;
}

ProgressTotals ProgressQuery::totals(const ProgressSnapshot &snapshot, const QList<int> &rows)
{
    ProgressTotals t;
    t.daily = QList<qint64>(snapshot.windowDays, 0);
    for (int row : rows) {
        const UnitProgress &u = snapshot.units.at(row);
        ++t.units;
        t.target += u.target;
        t.valid += u.valid;
        t.suggestions += u.suggestions;
        t.forecast += u.forecast;
        if (u.reportedOn(snapshot.asOfIndex))
            ++t.reportedOnAsOfDay;
        if (u.isBehindPace())
            ++t.behindPace;
        for (int d = 0; d < snapshot.windowDays; ++d)
            t.daily[d] += u.daily.at(d);
    }
    return t;
}

ProgressTotals ProgressQuery::totals(const ProgressSnapshot &snapshot)
{
    QList<int> rows(snapshot.units.size());
    for (int i = 0; i < rows.size(); ++i)
        rows[i] = i;
    return totals(snapshot, rows);
}
