#pragma once

#include "progress/ProgressQuery.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

// The figures of the daily progress bulletin (每日进度通报) for one day of the window, all taken
// from a ProgressQuery snapshot as the `progress` and `daily` commands print them, counted up to
// and including that day.
struct BulletinRow
{
    qint64 unitId = 0;
    QString name;
    qint64 target = 0;
    qint64 valid = 0; // valid samples up to the bulletin's day
    qint64 today = 0; // valid samples of the bulletin's day
    int units = 0; // how many units the row sums up (1 for a unit)
};

struct BulletinData
{
    QString title; // the campaign's title
    QDate date;
    int dayNumber = 0; // 1 for the first window day; 0 before the window
    int windowDays = 0;
    int units = 0;
    qint64 target = 0;
    qint64 valid = 0;
    qint64 today = 0;
    int reportedToday = 0;
    QList<BulletinRow> top; // the most valid samples, at most topCount
    QList<BulletinRow> regions; // by region code
    QList<BulletinRow> groups; // first-level units with their groups (group figures)
    QList<BulletinRow> behind; // the furthest behind pace first, at most behindCount shown
    int behindTotal = 0; // how many units are behind pace in all
};

class Bulletin
{
    Q_DECLARE_TR_FUNCTIONS(Bulletin)
public:
    // The bulletin for date (clamped into the window). topCount: how many top units;
    // behindCount: how many of the units behind pace are listed (lowest share first).
    // "Behind pace": valid up to the day below target x day / window days, the pace the
    // dashboard's chart draws (ProgressTotals::pace).
    static BulletinData compute(const ProgressSnapshot &snapshot, const QDate &date,
                                int topCount = 10, int behindCount = 20);
    // The default day: the snapshot's last day with figures, else the window's first.
    static QDate defaultDate(const ProgressSnapshot &snapshot);
};
