#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

QLocale Translations::localeFor(const QString &setting)
{
    if (setting == QLatin1String("zh_CN"))
        return QLocale(QLocale::Chinese, QLocale::China);
    if (setting == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale::system();
}

void Translations::install(QCoreApplication &app, const QString &setting, Scope scope)
{
    const QLocale locale = localeFor(setting);
    QLocale::setDefault(locale);
    if (locale.language() != QLocale::Chinese)
        return;
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/secretariat_zh_CN.qm")))
        QCoreApplication::installTranslator(own);
    if (scope == Scope::ProgramOnly)
        return;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}
