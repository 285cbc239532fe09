#include "domain/ChineseScript.h"

#include <opencc/opencc.h>

#include <array>
#include <memory>
#include <string>

namespace {

// Loaded once each (they read their dictionaries from disk); null when OpenCC's data is missing.
std::unique_ptr<const opencc::SimpleConverter> converter(const char *config)
{
    try {
        return std::make_unique<const opencc::SimpleConverter>(config);
    } catch (...) {
        return nullptr;
    }
}

// Hong Kong's and Taiwan's own variants first (綫, 衞, 啟, 麵 ...), each to simplified: hk2s and
// tw2s end with t2s, which leaves simplified text as it is. Owned, so that they are freed at exit
// (LeakSanitizer took them for a leak, fuzz/run).
const std::array<std::unique_ptr<const opencc::SimpleConverter>, 3> &converters()
{
    static const std::array<std::unique_ptr<const opencc::SimpleConverter>, 3> chain
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
    for (const auto &c : converters()) {
        if (!c)
            continue;
        try {
            out = c->Convert(out);
        } catch (...) {}
    }
    return QString::fromStdString(out);
}
