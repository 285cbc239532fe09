#include "domain/ChineseScript.h"

#include <opencc/opencc.h>

#include <memory>

namespace {

// Loaded once (it reads its dictionaries from disk); null when OpenCC's data is missing.
const opencc::SimpleConverter *t2s()
{
    static const std::unique_ptr<opencc::SimpleConverter> converter
        = []() -> std::unique_ptr<opencc::SimpleConverter> {
        try {
            return std::make_unique<opencc::SimpleConverter>("t2s.json");
        } catch (...) {
            return nullptr;
        }
    }();
    return converter.get();
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
    const opencc::SimpleConverter *converter = t2s();
    if (!converter || isAscii(text))
        return text;
    try {
        return QString::fromStdString(converter->Convert(text.toStdString()));
    } catch (...) {
        return text;
    }
}
