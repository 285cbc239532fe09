#pragma once

#include <QList>

// The projected final count of a unit (or a group, or the whole campaign) from its recent daily
// rate. Defined once here so the dashboard, the exports and the CLI agree:
//
//   - the as-of day is the last day of the window that has any figure in the campaign (the
//     latest import); `elapsed` = days from the first day up to and including it;
//   - the recent rate is the mean of the unit's valid samples on its last kRecentDays reported
//     days up to the as-of day (a "reported" day is one with a tally row for any of its links);
//     with fewer reported days, the mean of those; with none, 0;
//   - projected final = current valid samples + round(rate × remaining days), rounded half away
//     from zero, where remaining = the window days after today (Clock::today()): all of them
//     before the window opens, none once it is over.
//
// After the window ends (remaining = 0) the projection is the final count itself, however long
// ago the last figure came.
class Forecast
{
public:
    static constexpr int kRecentDays = 3;

    // daily: valid samples per window day (index 0 = first day); reported: whether that day has
    // a figure. asOfIndex: index of the as-of day (-1 when nothing was reported yet).
    static double recentRate(const QList<qint64> &daily, const QList<bool> &reported,
                             int asOfIndex);
    // todayIndex: today's index in the window (negative before it, >= windowDays after it).
    static qint64 projectedFinal(qint64 current, double rate, int windowDays, qint64 todayIndex);
    // Whether a projection falls short of its target (no target: never behind).
    static bool isBehind(qint64 projected, qint64 target)
    {
        return target > 0 && projected < target;
    }
};
