#pragma once

#include <QString>

// The user's preferences, kept with QSettings.
class AppSettings
{
public:
    // "system", "zh_CN" or "en".
    static QString language();
    static void setLanguage(const QString &language);

    static QString lastDatabase();
    static void setLastDatabase(const QString &location);
};
