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
    // What to translate: the program's own strings and Qt's (its dialogs and buttons), or the
    // program's only (the CLI, whose --help is English: Qt's "-h, --help" lines would be Chinese
    // among it).
    enum class Scope { ProgramAndQt, ProgramOnly };
    static void install(QCoreApplication &app, const QString &setting,
                        Scope scope = Scope::ProgramAndQt);
};
