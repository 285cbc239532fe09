#include "MimeReader.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace {

QByteArray decodeQ(QByteArray text)
{
    text.replace('_', ' ');
    return QByteArray::fromPercentEncoding(text, '=');
}

QByteArray parameter(const QByteArray &value, const QByteArray &name)
{
    const QRegularExpression re(QStringLiteral("(?:^|;)\\s*%1=(\"([^\"]*)\"|([^;\\s]*))")
                                    .arg(QRegularExpression::escape(QString::fromLatin1(name))),
                                QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(value));
    if (!m.hasMatch())
        return {};
    return (m.capturedLength(2) > 0 ? m.captured(2) : m.captured(3)).toLatin1();
}

// filename*=UTF-8''..., or filename*0*=UTF-8''...; filename*1*=... (RFC 2231 §3, §4).
QString rfc2231(const QByteArray &value, const QByteArray &name)
{
    QByteArray joined = parameter(value, name + "*");
    for (int n = 0; joined.isEmpty() || n > 0; ++n) {
        const QByteArray piece = parameter(value, name + "*" + QByteArray::number(n) + "*");
        if (piece.isEmpty())
            break;
        joined += piece;
    }
    const qsizetype quote = joined.indexOf("''");
    if (quote < 0)
        return {};
    return QString::fromUtf8(QByteArray::fromPercentEncoding(joined.mid(quote + 2)));
}

QByteArray decodeBody(const QByteArray &body, const QByteArray &encoding)
{
    const QByteArray e = encoding.trimmed().toLower();
    if (e == "base64")
        return QByteArray::fromBase64(body);
    if (e == "quoted-printable") {
        QByteArray soft = body;
        soft.replace("=\r\n", "");
        return QByteArray::fromPercentEncoding(soft, '=');
    }
    return body;
}

MimeReader::Part parsePart(const QByteArray &raw)
{
    MimeReader::Part part;
    qsizetype split = raw.indexOf("\r\n\r\n");
    const QByteArray head = split < 0 ? raw : raw.left(split);
    const QByteArray body = split < 0 ? QByteArray() : raw.mid(split + 4);
    QByteArray unfolded = head;
    unfolded.replace("\r\n ", " ").replace("\r\n\t", " ");
    for (const QByteArray &line : unfolded.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            part.headers.insert(line.left(colon).trimmed().toLower(),
                                line.mid(colon + 1).trimmed());
    }
    const QByteArray type = part.headers.value("content-type", "text/plain");
    part.contentType = type.split(';').first().trimmed().toLower();
    const QByteArray disposition = part.headers.value("content-disposition");
    part.fileName = rfc2231(disposition, "filename");
    if (part.fileName.isEmpty())
        part.fileName = MimeReader::decodeWords(parameter(disposition, "filename"));
    if (part.fileName.isEmpty())
        part.fileName = MimeReader::decodeWords(parameter(type, "name"));
    if (part.contentType.startsWith("multipart/")) {
        const QByteArray delimiter = "--" + parameter(type, "boundary");
        const QList<QByteArray> pieces = QByteArray("\r\n" + body).split('\n');
        QByteArray current;
        bool inside = false;
        for (const QByteArray &l : pieces) {
            const QByteArray line = l.endsWith('\r') ? l.chopped(1) : l;
            if (line == delimiter || line == delimiter + "--") {
                if (inside)
                    part.parts.append(
                        parsePart(current.chopped(std::min<qsizetype>(2, current.size()))));
                inside = line == delimiter;
                current.clear();
                continue;
            }
            if (inside)
                current += line + "\r\n";
        }
    } else {
        part.body = decodeBody(body, part.headers.value("content-transfer-encoding"));
    }
    return part;
}

void collect(const MimeReader::Part &p, QList<MimeReader::Part> &out)
{
    if (!p.parts.isEmpty()) {
        for (const MimeReader::Part &c : p.parts)
            collect(c, out);
    } else {
        out.append(p);
    }
}

} // namespace

MimeReader::MimeReader(const QByteArray &message)
    : m_root(parsePart(message))
{}

QString MimeReader::decodeWords(const QByteArray &value)
{
    static const QRegularExpression word(
        QStringLiteral("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?=(\\s+(?==\\?))?"));
    const QString v = QString::fromLatin1(value);
    QString out;
    qsizetype last = 0;
    auto it = word.globalMatch(v);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += v.mid(last, m.capturedStart() - last);
        const QByteArray text = m.captured(3).toLatin1();
        const QByteArray bytes = m.captured(2).toUpper() == QLatin1String("B")
            ? QByteArray::fromBase64(text)
            : decodeQ(text);
        QStringDecoder decoder(m.captured(1).toLatin1().constData());
        out += decoder.isValid() ? decoder.decode(bytes) : QString::fromLatin1(bytes);
        last = m.capturedEnd();
    }
    return out + v.mid(last);
}

QString MimeReader::header(const QByteArray &name) const
{
    return decodeWords(m_root.headers.value(name.toLower()));
}

QString MimeReader::text() const
{
    QList<Part> leaves;
    collect(m_root, leaves);
    for (const Part &p : leaves) {
        if (p.contentType == "text/plain" && p.fileName.isEmpty())
            return QString::fromUtf8(p.body);
    }
    return {};
}

QString MimeReader::html() const
{
    QList<Part> leaves;
    collect(m_root, leaves);
    for (const Part &p : leaves) {
        if (p.contentType == "text/html" && p.fileName.isEmpty())
            return QString::fromUtf8(p.body);
    }
    return {};
}

QList<MimeReader::Part> MimeReader::attachments() const
{
    QList<Part> leaves;
    collect(m_root, leaves);
    QList<Part> out;
    for (const Part &p : leaves) {
        if (!p.fileName.isEmpty())
            out.append(p);
    }
    return out;
}
