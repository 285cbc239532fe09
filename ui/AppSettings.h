#pragma once

#include <QStringList>

// The user's preferences, kept with QSettings.
class AppSettings
{
public:
    // "system", "zh_CN" or "en".
    static QString language();
    static void setLanguage(const QString &language);

    static QString lastDatabase();
    // Also puts the location first in the recent databases.
    static void setLastDatabase(const QString &location);

    // The databases opened last, most recent first, at most maxRecentDatabases; server
    // locations without their password.
    static constexpr int maxRecentDatabases = 8;
    static QStringList recentDatabases();
    static void addRecentDatabase(const QString &location);
    static void removeRecentDatabase(const QString &location);
    static void clearRecentDatabases();

private:
    static QString withoutPassword(const QString &location);
};
