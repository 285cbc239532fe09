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
    // Never keep a server password in the settings file.
    QString stored = location;
    if (Database::isPostgresLocation(location)) {
        QUrl url(location);
        url.setPassword(QString());
        stored = url.toString();
    }
    QSettings().setValue(QStringLiteral("db/last"), stored);
}
