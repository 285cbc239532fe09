#include "mail/MimeComposer.h"

#include <QLocale>
#include <QUuid>

namespace {

const QByteArray kCrlf("\r\n");

bool isPlainAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    // "=?" would read as the start of an encoded-word (RFC 2047 §6.1).
    return !text.contains(QLatin1String("=?"));
}

QByteArray encodedWord(const QByteArray &utf8)
{
    return "=?UTF-8?B?" + utf8.toBase64() + "?=";
}

QByteArray boundary(const QByteArray &messageId, const char *part)
{
    return "=_" + QByteArray(part) + "_" + messageId.left(messageId.indexOf('@')).toHex().left(32);
}

QByteArray textPart(const QByteArray &contentType, const QString &text)
{
    return "Content-Type: " + contentType + "; charset=UTF-8" + kCrlf
        + "Content-Transfer-Encoding: base64" + kCrlf + kCrlf
        + MimeComposer::base64Lines(text.toUtf8());
}

QByteArray attachmentPart(const MailAttachment &a)
{
    const QByteArray type = a.contentType.isEmpty() ? "application/octet-stream" : a.contentType;
    return "Content-Type: " + type + ";" + kCrlf + " name=\""
        + MimeComposer::encodeWords(a.fileName) + "\"" + kCrlf + "Content-Disposition: attachment;"
        + kCrlf + " " + MimeComposer::rfc2231Parameter("filename", a.fileName) + kCrlf
        + "Content-Transfer-Encoding: base64" + kCrlf + kCrlf + MimeComposer::base64Lines(a.data);
}

QByteArray alternative(const MailMessage &m, const QByteArray &b)
{
    return "--" + b + kCrlf + textPart("text/plain", m.text) + "--" + b + kCrlf
        + textPart("text/html", m.html) + "--" + b + "--" + kCrlf;
}

} // namespace

QByteArray MimeComposer::compose(const MailMessage &m, const QDateTime &date,
                                 const QByteArray &messageId)
{
    const QByteArray mixed = boundary(messageId, "mixed");
    const QByteArray alt = boundary(messageId, "alt");
    QByteArray out;
    out += "From: " + address(m.fromName, m.fromAddress) + kCrlf;
    out += "To: " + address(m.toName, m.to) + kCrlf;
    out += "Subject: " + encodeWords(headerSafe(m.subject)) + kCrlf;
    out += "Date: " + rfc5322Date(date) + kCrlf;
    out += "Message-ID: <" + messageId + ">" + kCrlf;
    out += "MIME-Version: 1.0" + kCrlf;
    out += "Content-Type: multipart/mixed; boundary=\"" + mixed + "\"" + kCrlf + kCrlf;
    out += "--" + mixed + kCrlf;
    out += "Content-Type: multipart/alternative; boundary=\"" + alt + "\"" + kCrlf + kCrlf;
    out += alternative(m, alt);
    for (const MailAttachment &a : m.attachments)
        out += "--" + mixed + kCrlf + attachmentPart(a);
    out += "--" + mixed + "--" + kCrlf;
    return out;
}

QByteArray MimeComposer::newMessageId(const QString &fromAddress)
{
    const qsizetype at = fromAddress.lastIndexOf(QLatin1Char('@'));
    const QString domain = at >= 0 ? fromAddress.mid(at + 1) : QStringLiteral("localhost");
    return QUuid::createUuid().toByteArray(QUuid::Id128) + "@" + domain.toUtf8();
}

QByteArray MimeComposer::encodeWords(const QString &text)
{
    if (isPlainAscii(text))
        return text.toLatin1();
    // 42 bytes of UTF-8 give 56 base64 characters, 68 with "=?UTF-8?B?" and "?=": within the
    // 75 of RFC 2047 §2, and "Subject: " plus a word within the 78 of RFC 5322 §2.1.1.
    constexpr int kMaxBytes = 42;
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size();
        const QByteArray ch = text.mid(i, pair ? 2 : 1).toUtf8();
        if (pair)
            ++i;
        if (chunk.size() + ch.size() > kMaxBytes) {
            words.append(encodedWord(chunk));
            chunk.clear();
        }
        chunk += ch;
    }
    if (!chunk.isEmpty())
        words.append(encodedWord(chunk));
    return words.join("\r\n ");
}

QByteArray MimeComposer::address(const QString &name, const QString &address)
{
    const QByteArray addr = headerSafe(address).trimmed().toUtf8();
    const QString n = headerSafe(name).trimmed();
    if (n.isEmpty())
        return addr;
    if (isPlainAscii(n)) {
        QString quoted = n;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        quoted.replace(QLatin1Char('"'), QLatin1String("\\\""));
        return "\"" + quoted.toLatin1() + "\" <" + addr + ">";
    }
    // The address on a line of its own when it would make the name's last line too long.
    const QByteArray words = encodeWords(n);
    const qsizetype lastLine = words.size() - words.lastIndexOf('\n');
    return words + (lastLine + addr.size() + 9 > 78 ? "\r\n <" : " <") + addr + ">";
}

QByteArray MimeComposer::rfc2231Parameter(const char *name, const QString &value)
{
    // attribute-char: ASCII printable except "*'%" and tspecials (RFC 2231 §7, RFC 2045 §5.1).
    const QByteArray encoded
        = value.toUtf8().toPercentEncoding("!#$&+-.^_`|~", "*'%()<>@,;:\\\"/[]?=");
    constexpr int kPiece = 48; // " filename*0*=UTF-8''" and a piece stay within 78 characters
    if (encoded.size() <= kPiece)
        return QByteArray(name) + "*=UTF-8''" + encoded;
    QList<QByteArray> pieces;
    qsizetype pos = 0;
    for (int n = 0; pos < encoded.size(); ++n) {
        qsizetype len = std::min<qsizetype>(kPiece, encoded.size() - pos);
        // Never cut a %XX triplet.
        if (const qsizetype pct = encoded.lastIndexOf('%', pos + len - 1);
            pct >= pos && pct > pos + len - 3)
            len = pct - pos;
        const QByteArray head = n == 0 ? "UTF-8''" : "";
        pieces.append(QByteArray(name) + "*" + QByteArray::number(n) + "*=" + head
                      + encoded.mid(pos, len));
        pos += len;
    }
    return pieces.join(";\r\n ");
}

QByteArray MimeComposer::base64Lines(const QByteArray &data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    out.reserve(b64.size() + b64.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + kCrlf;
    return out;
}

QString MimeComposer::headerSafe(const QString &value)
{
    QString s = value;
    for (QChar &c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return s;
}

QByteArray MimeComposer::rfc5322Date(const QDateTime &date)
{
    // English names whatever the locale (RFC 5322 §3.3).
    const int offset = date.offsetFromUtc() / 60;
    const QString zone = QStringLiteral("%1%2%3")
                             .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                             .arg(std::abs(offset) / 60, 2, 10, QLatin1Char('0'))
                             .arg(std::abs(offset) % 60, 2, 10, QLatin1Char('0'));
    return (QLocale::c().toString(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss ")) + zone)
        .toLatin1();
}
