#include "progress/Bulletin.h"

#include <QMap>

#include <algorithm>

namespace {

qint64 sumUpTo(const QList<qint64> &daily, int dayIndex)
{
    qint64 sum = 0;
    for (int d = 0; d <= dayIndex && d < daily.size(); ++d)
        sum += daily.at(d);
    return sum;
}

bool moreValid(const BulletinRow &a, const BulletinRow &b)
{
    return a.valid != b.valid ? a.valid > b.valid : a.unitId < b.unitId;
}

void addTo(BulletinRow &total, const BulletinRow &unit)
{
    total.units += unit.units;
    total.target += unit.target;
    total.valid += unit.valid;
    total.today += unit.today;
}

} // namespace

QDate Bulletin::defaultDate(const ProgressSnapshot &s)
{
    return s.asOfIndex >= 0 ? s.asOfDay() : s.campaign.startDate;
}

BulletinData Bulletin::compute(const ProgressSnapshot &s, const QDate &date, int topCount,
                               int behindCount)
{
    BulletinData d;
    d.title = s.campaign.title;
    d.windowDays = s.windowDays;
    const int index
        = std::clamp(int(s.campaign.startDate.daysTo(date)), -1, std::max(0, s.windowDays - 1));
    d.date = index < 0 ? date : s.dayAt(index);
    d.dayNumber = index + 1;
    QMap<QString, BulletinRow> regions;
    QHash<qint64, BulletinRow> groups;
    QList<BulletinRow> all;
    BulletinRow total;
    for (const UnitProgress &u : s.units) {
        const BulletinRow row {u.unitId,
                               u.name,
                               u.target,
                               sumUpTo(u.daily, index),
                               index >= 0 ? u.daily.value(index) : 0,
                               1};
        all.append(row);
        addTo(total, row);
        d.reportedToday += u.reportedOn(index) ? 1 : 0;
        BulletinRow &region = regions[u.province];
        region.name = u.province;
        addTo(region, row);
        if (u.rootId > 0)
            addTo(groups[u.rootId], row);
        const double pace = s.windowDays > 0 ? double(u.target) * d.dayNumber / s.windowDays : 0;
        if (u.hasTarget() && double(row.valid) < pace)
            d.behind.append(row);
    }
    d.units = total.units;
    d.target = total.target;
    d.valid = total.valid;
    d.today = total.today;
    std::sort(all.begin(), all.end(), moreValid);
    d.top = all.mid(0, topCount);
    d.regions = regions.values();
    for (const UnitProgress &u : s.units) {
        if (u.kind == QLatin1String("initiating-1") && groups.contains(u.unitId)) {
            BulletinRow g = groups.value(u.unitId);
            g.unitId = u.unitId;
            g.name = u.name;
            d.groups.append(g);
        }
    }
    std::sort(d.groups.begin(), d.groups.end(), moreValid);
    std::sort(d.behind.begin(), d.behind.end(), [](const BulletinRow &a, const BulletinRow &b) {
        const double sa = double(a.valid) / double(a.target);
        const double sb = double(b.valid) / double(b.target);
        return sa != sb ? sa < sb : a.unitId < b.unitId;
    });
    d.behindTotal = int(d.behind.size());
    d.behind = d.behind.mid(0, behindCount);
    return d;
}
