#include "domain/NameKey.h"

#include "domain/ChineseScript.h"

#include <QStringList>

namespace {

// Spaces, middle dots and bracket shapes folded; Latin letters lower-cased.
QString foldPunctuation(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        char16_t u = c.unicode();
        if (c.isSpace() || u == 0x3000 || u == 0x00B7 || u == 0x30FB)
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
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (!NameKey::isInvisible(name.at(i).unicode()))
            out.append(name.at(i));
    }
    return out;
}

} // namespace

bool NameKey::isInvisible(char32_t c)
{
    return (c >= 0x200B && c <= 0x200F) || (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF
        || c == 0x00AD;
}

QString NameKey::cleaned(const QString &name)
{
    return withoutInvisibles(name).trimmed();
}

QString NameKey::of(const QString &name)
{
    const QString nfkc = withoutInvisibles(name).normalized(QString::NormalizationForm_KC);
    return withoutSuffix(foldPunctuation(ChineseScript::toSimplified(nfkc)));
}
