#include "domain/ChineseScript.h"

#include <opencc/opencc.h>

#include <QList>

#include <string>

namespace {

// Loaded once each (they read their dictionaries from disk); null when OpenCC's data is missing.
const opencc::SimpleConverter *converter(const char *config)
{
    try {
        return new opencc::SimpleConverter(config);
    } catch (...) {
        return nullptr;
    }
}

// Hong Kong's and Taiwan's own variants first (綫, 衞, 啟, 麵 ...), each to simplified: hk2s and
// tw2s end with t2s, which leaves simplified text as it is.
const QList<const opencc::SimpleConverter *> &converters()
{
    static const QList<const opencc::SimpleConverter *> chain
        = {converter("hk2s.json"), converter("tw2s.json"), converter("t2s.json")};
    return chain;
}

bool isAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

} // namespace

QString ChineseScript::toSimplified(const QString &text)
{
    if (isAscii(text))
        return text;
    std::string out = text.toStdString();
    for (const opencc::SimpleConverter *c : converters()) {
        if (!c)
            continue;
        try {
            out = c->Convert(out);
        } catch (...) {}
    }
    return QString::fromStdString(out);
}
