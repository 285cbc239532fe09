#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The 34 provincial-level regions, stored by their GB/T 2260 two-digit code.
struct Region
{
    QString code; // "44"
    QString fullName; // "广东省"
    QString shortName; // "广东"
    QString englishName;
};

class Regions
{
    Q_DECLARE_TR_FUNCTIONS(Regions)
public:
    static const QList<Region> &all();
    static const Region *byCode(const QString &code);
    // Accepts the code, the full or short Chinese name, or the English name.
    static const Region *find(const QString &text);
    // The name in the user's language.
    static QString displayName(const QString &code);
};
