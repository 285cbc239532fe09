#include "io/XlsxSharedStrings.h"

#include "io/XlsxXmlStream.h"

namespace {

// A cell holds at most 32,767 characters in Excel; a hundred times that is no text of a table.
constexpr qsizetype kMaxTextChars = 4 * 1024 * 1024;
// The memory the table may take (each string's characters and about 40 bytes around them).
constexpr qint64 kMaxTableBytes = qint64(1) << 30;

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

} // namespace

void XlsxSharedStrings::decodeEscapes(QString &text, qsizetype from)
{
    if (text.indexOf(QLatin1String("_x"), from) < 0)
        return;
    qsizetype to = from;
    for (qsizetype i = from; i < text.size();) {
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x'
            && text.at(i + 6) == u'_') {
            int code = 0;
            for (qsizetype k = i + 2; k < i + 6 && code >= 0; ++k)
                code = hexDigit(text.at(k)) < 0 ? -1 : code * 16 + hexDigit(text.at(k));
            if (code >= 0) {
                text[to++] = QChar(char16_t(code));
                i += 7;
                continue;
            }
        }
        text[to++] = text.at(i++);
    }
    text.truncate(to);
}

bool XlsxSharedStrings::appendRichText(XlsxXmlStream &xml, QString &out, qsizetype maxChars)
{
    int depth = 1;
    bool phonetic = false;
    while (depth > 0) {
        switch (xml.readNext()) {
        case XlsxXmlStream::StartElement:
            if (xml.nameIs("t")) {
                if (phonetic) {
                    QString reading; // read (so its references are checked) and left out
                    if (!xml.readElementText(reading, true))
                        return false;
                    continue;
                }
                const qsizetype from = out.size();
                if (!xml.readElementText(out, true))
                    return false;
                decodeEscapes(out, from);
                if (out.size() > maxChars) {
                    xml.raiseError(tr("a text of more than %1 characters").arg(maxChars));
                    return false;
                }
                continue;
            }
            if (xml.nameIs("rPh"))
                phonetic = true;
            ++depth;
            break;
        case XlsxXmlStream::EndElement:
            if (xml.nameIs("rPh"))
                phonetic = false;
            --depth;
            break;
        case XlsxXmlStream::Characters:
            break;
        case XlsxXmlStream::EndOfDocument:
        case XlsxXmlStream::Invalid:
            return false;
        }
    }
    return true;
}

Expected<QStringList, QString> XlsxSharedStrings::read(QIODevice *device)
{
    XlsxXmlStream xml(device);
    QStringList strings;
    QString text; // reused: each string is then copied at its exact size
    qint64 bytes = 0;
    for (;;) {
        const XlsxXmlStream::Token token = xml.readNext();
        if (token == XlsxXmlStream::EndOfDocument)
            return strings;
        if (token == XlsxXmlStream::StartElement && xml.nameIs("si")) {
            text.resize(0);
            if (!appendRichText(xml, text, kMaxTextChars))
                break;
            bytes += 40 + 2 * text.size();
            if (bytes > kMaxTableBytes)
                return Unexpected(tr("the shared strings of the workbook would take more than "
                                     "%1 MiB of memory")
                                      .arg(kMaxTableBytes >> 20));
            strings.append(QString(text.constData(), text.size()));
        } else if (token == XlsxXmlStream::Invalid) {
            break;
        }
    }
    return Unexpected(
        tr("the shared strings of the workbook are damaged: %1").arg(xml.errorString()));
}
