#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// How the program writes dates and times: dates yyyy-MM-dd, timestamps ISO-8601 in UTC.
namespace Clock {
QString nowText();
QString dateText(const QDate &date);
QDate parseDate(const QString &text);
// A stored UTC timestamp as people read it: local time, yyyy-MM-dd HH:mm (the text itself when
// it is not a timestamp).
QString localTimeText(const QString &isoUtc);
QString currentUser();
// Today's date: the SECRETARIAT_TODAY environment variable (yyyy-MM-dd) when set, for tests and
// demonstrations of a past campaign, else the system's.
QDate today();
// The day in China Standard Time (UTC+8, no daylight saving since 1991), on which the committee's
// due dates fall whatever the desk's time zone: SECRETARIAT_TODAY when set, else the UTC clock
// plus eight hours.
QDate chinaToday();
// The China Standard Time day of a stored timestamp (ISO-8601; UTC when it names no offset); a
// plain yyyy-MM-dd date is that day; invalid for anything else.
QDate chinaDay(const QString &timestamp);
} // namespace Clock
