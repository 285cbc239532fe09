#pragma once

#include <QString>

// Traditional and simplified Chinese, for comparing names that HK/Macao/Taiwan units write in
// traditional characters (香港網絡安全協會) with the same names in simplified ones
// (香港网络安全协会).
class ChineseScript
{
public:
    // text converted with OpenCC's "hk2s", "tw2s" and "t2s" configurations in turn (Hong Kong's
    // and Taiwan's variants such as 綫 衞 啟 裡 麵, then traditional -> simplified, characters
    // and phrases; https://github.com/BYVoid/OpenCC). Simplified and other text comes back
    // unchanged; a configuration whose data cannot be loaded is left out. Thread-safe.
    static QString toSimplified(const QString &text);
};
