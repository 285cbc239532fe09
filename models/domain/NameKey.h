#pragma once

#include <QString>

// The form of a unit's name used to catch the same organization entered twice: full-width
// characters folded to half-width, spaces dropped, brackets unified, common company suffixes
// (有限公司, 有限责任公司, 股份有限公司 …) removed, Latin letters lower-cased.
class NameKey
{
public:
    static QString of(const QString &name);
};
