#include "progress/Forecast.h"

#include <QtMath>

double Forecast::recentRate(const QList<qint64> &daily, const QList<bool> &reported, int asOfIndex)
{
    qint64 sum = 0;
    int days = 0;
    for (int d = qMin(asOfIndex, int(daily.size()) - 1); d >= 0 && days < kRecentDays; --d) {
        if (d < reported.size() && reported.at(d)) {
            sum += daily.at(d);
            ++days;
        }
    }
    return days == 0 ? 0.0 : double(sum) / days;
}

qint64 Forecast::projectedFinal(qint64 current, double rate, int windowDays, qint64 todayIndex)
{
    const qint64 remaining = qBound(qint64(0), windowDays - (todayIndex + 1), qint64(windowDays));
    return current + qRound64(rate * remaining);
}
