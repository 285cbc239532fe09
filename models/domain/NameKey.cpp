#include "domain/NameKey.h"

#include <QStringList>

QString NameKey::of(const QString &name)
{
    QString s;
    s.reserve(name.size());
    for (QChar c : name) {
        char16_t u = c.unicode();
        if (u == 0x3000) // ideographic space
            continue;
        if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII block
            u = char16_t(u - 0xFEE0);
        const QChar h(u);
        if (h.isSpace() || u == 0x00B7 || u == 0x30FB)
            continue;
        if (u == u'【' || u == u'〔' || u == u'[')
            u = u'(';
        else if (u == u'】' || u == u'〕' || u == u']')
            u = u')';
        s.append(QChar(u).toLower());
    }
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
