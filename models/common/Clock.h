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
} // namespace Clock
