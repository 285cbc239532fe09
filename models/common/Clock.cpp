#include "common/Clock.h"

#include <QDir>

namespace Clock {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QDate parseDate(const QString &text)
{
    return QDate::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd"));
}

QString localTimeText(const QString &isoUtc)
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODate);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : isoUtc;
}

QString currentUser()
{
    // The OS account name for now; a shared server may later supply its own user.
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = QDir::home().dirName();
    return user;
}

} // namespace Clock

QDate Clock::today()
{
    const QDate fixed = parseDate(qEnvironmentVariable("SECRETARIAT_TODAY"));
    return fixed.isValid() ? fixed : QDate::currentDate();
}

QDate Clock::chinaToday()
{
    const QDate fixed = parseDate(qEnvironmentVariable("SECRETARIAT_TODAY"));
    return fixed.isValid() ? fixed : QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date();
}

QDate Clock::chinaDay(const QString &timestamp)
{
    const QString text = timestamp.trimmed();
    if (text.size() == 10)
        return parseDate(text);
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return {};
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // the program writes UTC; a bare time is read as such
    return t.toUTC().addSecs(8 * 3600).date();
}
