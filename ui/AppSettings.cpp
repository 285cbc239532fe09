#include "AppSettings.h"

#include "db/Database.h"

#include <QSettings>
#include <QUrl>

QString AppSettings::language()
{
    return QSettings().value(QStringLiteral("ui/language"), QStringLiteral("system")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

QString AppSettings::lastDatabase()
{
    return QSettings().value(QStringLiteral("db/last")).toString();
}

void AppSettings::setLastDatabase(const QString &location)
{
    QSettings().setValue(QStringLiteral("db/last"), withoutPassword(location));
    addRecentDatabase(location);
}

QStringList AppSettings::recentDatabases()
{
    QStringList list = QSettings().value(QStringLiteral("db/recent")).toStringList();
    list.removeAll(QString());
    list.removeDuplicates();
    return list.mid(0, maxRecentDatabases);
}

void AppSettings::addRecentDatabase(const QString &location)
{
    const QString stored = withoutPassword(location);
    if (stored.isEmpty())
        return;
    QStringList list = recentDatabases();
    list.removeAll(stored);
    list.prepend(stored);
    QSettings().setValue(QStringLiteral("db/recent"), list.mid(0, maxRecentDatabases));
}

void AppSettings::removeRecentDatabase(const QString &location)
{
    QStringList list = recentDatabases();
    list.removeAll(withoutPassword(location));
    QSettings().setValue(QStringLiteral("db/recent"), list);
}

void AppSettings::clearRecentDatabases()
{
    QSettings().remove(QStringLiteral("db/recent"));
}

QString AppSettings::withoutPassword(const QString &location)
{
    // Never keep a server password in the settings file.
    if (!Database::isPostgresLocation(location))
        return location;
    QUrl url(location);
    url.setPassword(QString());
    return url.toString();
}
