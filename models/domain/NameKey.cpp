#include "domain/NameKey.h"

#include "domain/ChineseScript.h"

#include <QStringList>

#include <algorithm>
#include <iterator>
#include <utility>

namespace {

// Spaces, middle dots (· ・ ‧ •, as names of several words are written) and bracket shapes
// folded; Latin letters lower-cased.
QString foldPunctuation(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        char16_t u = c.unicode();
        if (c.isSpace() || u == 0x3000 || u == 0x00B7 || u == 0x30FB || u == 0x2027 || u == 0x2022)
            continue;
        if (u == u'【' || u == u'〔' || u == u'[' || u == u'（')
            u = u'(';
        else if (u == u'】' || u == u'〕' || u == u']' || u == u'）')
            u = u')';
        out.append(QChar(u).toLower());
    }
    return out;
}

QString withoutSuffix(QString s)
{
    static const QStringList suffixes = {
        QStringLiteral("股份有限公司"), QStringLiteral("有限责任公司"), QStringLiteral("有限公司"),
        QStringLiteral("集团公司"),     QStringLiteral("公司"),         QStringLiteral("co.,ltd."),
        QStringLiteral("co.,ltd"),      QStringLiteral("co.ltd"),       QStringLiteral("ltd."),
        QStringLiteral("ltd"),          QStringLiteral("inc."),         QStringLiteral("inc")};
    for (const QString &suffix : suffixes) {
        if (s.endsWith(suffix) && s.size() > suffix.size()) {
            s.chop(suffix.size());
            break;
        }
    }
    return s;
}

QString withoutInvisibles(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const char32_t c : name.toUcs4()) {
        if (!NameKey::isInvisible(c))
            out.append(QChar::fromUcs4(c));
    }
    return out;
}

// Radicals and strokes (Kangxi, CJK Radicals Supplement, CJK Strokes) as their equivalent
// unified ideographs (⻓ -> 长), variation selectors dropped (a glyph's variant, not another
// character).
QString foldRadicals(const QString &s)
{
    static const std::pair<char32_t, char32_t> table[] = {
#include "domain/RadicalEquivalents.inc"
    };
    QString out;
    out.reserve(s.size());
    for (char32_t c : s.toUcs4()) {
        if ((c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF))
            continue;
        const auto it = std::lower_bound(std::begin(table), std::end(table), std::pair {c, U'\0'});
        if (it != std::end(table) && it->first == c)
            c = it->second;
        out.append(QChar::fromUcs4(c));
    }
    return out;
}

} // namespace

bool NameKey::isInvisible(char32_t c)
{
    // Every format character (general category Cf: U+00AD, U+061C, U+180E, U+200B–U+200F,
    // U+202A–U+202E, U+2060–U+2064, U+2066–U+206F, U+FEFF, U+FFF9–U+FFFB, the tags U+E0001,
    // U+E0020–U+E007F ...), the combining grapheme joiner and the Hangul fillers, which draw
    // nothing.
    return QChar::category(c) == QChar::Other_Format || c == 0x034F || c == 0x115F || c == 0x1160
        || c == 0x3164 || c == 0xFFA0;
}

QString NameKey::cleaned(const QString &name)
{
    return withoutInvisibles(name).trimmed();
}

QString NameKey::plain(const QString &name)
{
    QString out = foldRadicals(withoutInvisibles(name).normalized(QString::NormalizationForm_KC));
    out.removeIf([](QChar c) { return c.isSpace(); });
    return out;
}

QString NameKey::of(const QString &name)
{
    const QString nfkc
        = foldRadicals(withoutInvisibles(name).normalized(QString::NormalizationForm_KC));
    return withoutSuffix(foldPunctuation(ChineseScript::toSimplified(nfkc)));
}
