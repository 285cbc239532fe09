// libFuzzer harness: the token/URL parser. The input is a tally cell as a platform exports it (a
// token, a URL with the token in a query parameter, or text around one); it is parsed with the
// default and with a campaign's own parameter, normalised, and built back into a link.
#include "FuzzSupport.h"

#include "links/LinkUrl.h"
#include "links/TokenGenerator.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::startApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString token = LinkUrl::tokenFrom(text);
    (void)TokenGenerator::normalize(token);
    (void)TokenGenerator::normalize(text);
    (void)LinkUrl::tokenFrom(text, {QStringLiteral("x_field_2"), QStringLiteral("ref")});
    // The same text as the campaign's base URL (a user types it in the campaign's settings).
    (void)LinkUrl::build(text, QStringLiteral("K7M2P9QX"));
    (void)LinkUrl::build(QStringLiteral("https://www.wjx.cn/vm/abc.aspx"), token,
                         QStringLiteral("sojumpparm"));
    return 0;
}
