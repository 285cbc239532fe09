#pragma once

#include "progress/Grading.h"
#include "progress/ProgressQuery.h"

#include <QStringList>
#include <QVariantList>

// The rows every output of progress shares: the CLI's fixed columns and the long, pivot-ready
// export files (one row per unit, and one row per unit and day).
class ProgressExport
{
public:
    // CLI `progress`: unit_id,unit,kind,region,target,valid_samples,percent,forecast
    // (region = the region's full name such as 广东省, as `units list` prints it; percent one
    // decimal or empty without a target).
    static QStringList cliColumns();
    static QVariantList cliRow(const UnitProgress &u);
    // The full name of a region code (44 -> 广东省), the code itself when unknown.
    static QString regionName(const QString &code);
    // CLI `daily`: unit_id,unit,date,valid_samples,suggestions; every window day up to the
    // as-of day, zero when nothing was reported.
    static QStringList dailyCliColumns();
    static QList<QVariantList> dailyCliRows(const ProgressSnapshot &s);
    // CLI `grades`.
    static QStringList gradeColumns();
    static QList<QVariantList> gradeRows(const ProgressSnapshot &s, const QList<UnitGrade> &grades);

    // Export files, long form: everything about a unit on one row, including group totals and
    // year over year.
    static QStringList progressColumns();
    static QList<QVariantList> progressRows(const ProgressSnapshot &s, const QList<int> &rows);
    static QStringList dailyColumns();
    static QList<QVariantList> dailyRows(const ProgressSnapshot &s, const QList<int> &rows);

    // Change against the previous campaign in percent with one decimal; empty when there is no
    // previous figure or it was 0.
    static QString yoyText(const UnitProgress &u);
};
