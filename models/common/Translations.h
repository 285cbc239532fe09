#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

// Installs the program's and Qt's own translations for a language setting ("system", "zh_CN",
// "en") and makes that locale the default, so numbers and dates follow it too.
class Translations
{
public:
    static QLocale localeFor(const QString &setting);
    static void install(QCoreApplication &app, const QString &setting);
};
