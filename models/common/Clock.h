#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// How the program writes dates and times: dates yyyy-MM-dd, timestamps ISO-8601 in UTC.
namespace Clock {
QString nowText();
QString dateText(const QDate &date);
QDate parseDate(const QString &text);
QString currentUser();
} // namespace Clock
