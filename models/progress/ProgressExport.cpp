#include "progress/ProgressExport.h"

#include "common/Clock.h"
#include "domain/Regions.h"

QStringList ProgressExport::cliColumns()
{
    return {QStringLiteral("unit_id"), QStringLiteral("unit"),    QStringLiteral("kind"),
            QStringLiteral("region"),  QStringLiteral("target"),  QStringLiteral("valid_samples"),
            QStringLiteral("percent"), QStringLiteral("forecast")};
}

QString ProgressExport::regionName(const QString &code)
{
    const Region *region = Regions::byCode(code);
    return region ? region->fullName : code;
}

QVariantList ProgressExport::cliRow(const UnitProgress &u)
{
    return {u.unitId,
            u.name,
            u.kind,
            regionName(u.province),
            u.target,
            u.valid,
            Percent::text(u.valid, u.target),
            u.forecast};
}

QStringList ProgressExport::dailyCliColumns()
{
    return {QStringLiteral("unit_id"), QStringLiteral("unit"), QStringLiteral("date"),
            QStringLiteral("valid_samples"), QStringLiteral("suggestions")};
}

QList<QVariantList> ProgressExport::dailyCliRows(const ProgressSnapshot &s)
{
    QList<QVariantList> out;
    for (const UnitProgress &u : s.units) {
        for (int d = 0; d <= s.asOfIndex; ++d)
            out.append({u.unitId, u.name, Clock::dateText(s.dayAt(d)), u.daily.at(d),
                        u.dailySuggestions.at(d)});
    }
    return out;
}

QStringList ProgressExport::gradeColumns()
{
    return {QStringLiteral("unit_id"), QStringLiteral("unit"),
            QStringLiteral("kind"),    QStringLiteral("region"),
            QStringLiteral("target"),  QStringLiteral("valid_samples"),
            QStringLiteral("percent"), QStringLiteral("support_score"),
            QStringLiteral("grade"),   QStringLiteral("stored_grade")};
}

QList<QVariantList> ProgressExport::gradeRows(const ProgressSnapshot &s,
                                              const QList<UnitGrade> &grades)
{
    QList<QVariantList> out;
    for (const UnitGrade &g : grades) {
        const UnitProgress &u = s.units.at(g.row);
        // The region by name, as `progress` and `units list` print it (issue #14).
        out.append({u.unitId, u.name, u.kind, regionName(u.province), u.target, u.valid,
                    Percent::text(u.valid, u.target), u.supportScore, g.grade, u.storedGrade});
    }
    return out;
}

QString ProgressExport::yoyText(const UnitProgress &u)
{
    if (u.previousValid <= 0)
        return QString();
    const qint64 diff = u.valid - u.previousValid;
    const qint64 t = Percent::tenths(diff < 0 ? -diff : diff, u.previousValid);
    return QStringLiteral("%1%2.%3")
        .arg(diff < 0 && t > 0 ? QStringLiteral("-") : QString())
        .arg(t / 10)
        .arg(t % 10);
}

QStringList ProgressExport::progressColumns()
{
    return {QStringLiteral("campaign"),
            QStringLiteral("unit_id"),
            QStringLiteral("unit"),
            QStringLiteral("kind"),
            QStringLiteral("region_code"),
            QStringLiteral("region"),
            QStringLiteral("parent_unit_id"),
            QStringLiteral("group_unit_id"),
            QStringLiteral("target"),
            QStringLiteral("valid_samples"),
            QStringLiteral("invalid_samples"),
            QStringLiteral("suggestions"),
            QStringLiteral("percent"),
            QStringLiteral("recent_daily_rate"),
            QStringLiteral("forecast"),
            QStringLiteral("behind_pace"),
            QStringLiteral("group_target"),
            QStringLiteral("group_valid_samples"),
            QStringLiteral("previous_year"),
            QStringLiteral("previous_valid_samples"),
            QStringLiteral("yoy_change_percent"),
            QStringLiteral("support_score"),
            QStringLiteral("grade")};
}

QList<QVariantList> ProgressExport::progressRows(const ProgressSnapshot &s, const QList<int> &rows)
{
    QList<QVariantList> out;
    out.reserve(rows.size());
    for (int row : rows) {
        const UnitProgress &u = s.units.at(row);
        out.append({s.campaign.year,
                    u.unitId,
                    u.name,
                    u.kind,
                    u.province,
                    Regions::displayName(u.province),
                    u.parentId ? QVariant(u.parentId) : QVariant(QString()),
                    u.rootId ? QVariant(u.rootId) : QVariant(QString()),
                    u.target,
                    u.valid,
                    u.invalid,
                    u.suggestions,
                    Percent::text(u.valid, u.target),
                    qRound(u.rate * 10) / 10.0,
                    u.forecast,
                    u.isBehindPace() ? 1 : 0,
                    u.groupTarget,
                    u.groupValid,
                    s.previousYear ? QVariant(s.previousYear) : QVariant(QString()),
                    u.previousValid >= 0 ? QVariant(u.previousValid) : QVariant(QString()),
                    yoyText(u),
                    u.supportScore,
                    u.storedGrade});
    }
    return out;
}

QStringList ProgressExport::dailyColumns()
{
    return {QStringLiteral("campaign"),
            QStringLiteral("unit_id"),
            QStringLiteral("unit"),
            QStringLiteral("kind"),
            QStringLiteral("region"),
            QStringLiteral("date"),
            QStringLiteral("day"),
            QStringLiteral("valid_samples"),
            QStringLiteral("cumulative_valid_samples"),
            QStringLiteral("suggestions"),
            QStringLiteral("reported")};
}

QList<QVariantList> ProgressExport::dailyRows(const ProgressSnapshot &s, const QList<int> &rows)
{
    QList<QVariantList> out;
    for (int row : rows) {
        const UnitProgress &u = s.units.at(row);
        qint64 cumulative = 0;
        for (int d = 0; d <= s.asOfIndex; ++d) {
            cumulative += u.daily.at(d);
            out.append({s.campaign.year, u.unitId, u.name, u.kind, Regions::displayName(u.province),
                        Clock::dateText(s.dayAt(d)), d + 1, u.daily.at(d), cumulative,
                        u.dailySuggestions.at(d), u.reported.at(d) ? 1 : 0});
        }
    }
    return out;
}
