#pragma once

#include <QString>

// The form of a unit's name used to catch the same organization entered twice. In order:
// - format characters are removed (invisible(): zero-width spaces and joiners pasted from web
//   pages or WeChat);
// - Unicode NFKC (UAX #15): full-width letters and digits to ASCII, the Kangxi radicals
//   U+2F00–U+2FD5 that PDFs copy instead of ideographs (⽅ -> 方), CJK compatibility ideographs
//   (U+F900–U+FAFF, U+2F800–U+2FA1F) to their unified ideographs;
// - the CJK Radicals Supplement and CJK Strokes, which NFKC leaves (⻓ U+2ED3 copied from a PDF
//   for 长), to their equivalent unified ideographs (Unicode's EquivalentUnifiedIdeograph.txt,
//   RadicalEquivalents.inc); variation selectors dropped;
// - traditional characters to simplified ones, Hong Kong's and Taiwan's variants included
//   (domain/ChineseScript, OpenCC), so 香港網絡安全協會 and 香港网络安全协会, 啟德 and 启德 are
//   one unit;
// - spaces of every width and middle dots dropped, brackets unified, Latin letters lower-cased,
//   one common company suffix (有限公司, 有限责任公司, 股份有限公司, Co., Ltd. …) removed.
class NameKey
{
public:
    // The comparison key of name (see above); empty for an empty or all-invisible name.
    static QString of(const QString &name);
    // True for a character that shows nothing and only gets in the way of comparing and
    // searching: every format character (Unicode general category Cf: U+200B–U+200F zero-width
    // space, joiners, direction marks; U+202A–U+202E and U+2066–U+2069 direction embeddings and
    // isolates; U+2060–U+2064 word joiner, invisible operators; U+FEFF byte order mark; U+00AD
    // soft hyphen; U+180E; tags ...), U+034F (combining grapheme joiner) and the Hangul fillers
    // U+115F, U+1160, U+3164, U+FFA0.
    static bool isInvisible(char32_t c);
    // name as it reads: invisible characters and spaces of every width dropped, NFKC, radicals
    // as their ideographs (the first two steps of of()). Two names with one plain form differ
    // only by traces of copying (⽂明 and 文明, ＡＢＣ and ABC, 豈 U+F900 and 豈).
    static QString plain(const QString &name);
    // name without its invisible characters and without spaces at either end: the name as it is
    // stored (the form and the import report say when something was removed).
    static QString cleaned(const QString &name);
};
