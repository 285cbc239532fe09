#pragma once

#include <QString>

// Traditional and simplified Chinese, for comparing names that HK/Macao/Taiwan units write in
// traditional characters (香港網絡安全協會) with the same names in simplified ones
// (香港网络安全协会).
class ChineseScript
{
public:
    // text converted with OpenCC's "t2s" configuration (traditional -> simplified, characters and
    // phrases; https://github.com/BYVoid/OpenCC). Simplified and other text comes back unchanged;
    // if OpenCC's data cannot be loaded, text unchanged. Thread-safe.
    static QString toSimplified(const QString &text);
};
