#include "io/XlsxXmlStream.h"

#include <QIODevice>

#include <algorithm>
#include <cstring>
#include <string_view>

namespace {

// Bytes asked of the device at a time: the inflated data then stays in the CPU caches between
// zlib writing it and the scan reading it.
constexpr qsizetype kChunk = 256 * 1024;
// No tag or text a spreadsheet program writes comes near this (Excel's cells hold at most 32,767
// characters); a longer one means a damaged or hostile file, and memory stays bounded.
constexpr qsizetype kMaxToken = 8 * 1024 * 1024;
constexpr qsizetype kMaxDepth = 256;
// What setMark() may keep: far more than a row of Excel's 16,384 cells under the scanner's
// 16 million characters takes as XML; a longer one is refused rather than held.
constexpr qsizetype kMaxMarked = 64 * 1024 * 1024;

inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

inline bool endsName(char c)
{
    return isSpace(c) || c == '>' || c == '/';
}

// Where needle starts in [p, end), or null.
const char *find(const char *p, const char *end, std::string_view needle)
{
    const std::string_view hay(p, size_t(end - p));
    const size_t at = hay.find(needle);
    return at == std::string_view::npos ? nullptr : p + at;
}

// XML 1.0 §2.2 Char: what a character reference may name.
bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

void appendCodePoint(char32_t c, std::string &out)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

} // namespace

XlsxXmlStream::XlsxXmlStream(QIODevice *device)
    : m_device(device)
    , m_buf(size_t(2 * kChunk))
    , m_data(m_buf.data())
    , m_ahead(dynamic_cast<ReadAheadDevice *>(device))
    // Stateless: every text is decoded on its own; ConvertInitialBom: a U+FEFF that opens a
    // cell's text is a character of it, as QXmlStreamReader reads it.
    , m_utf8(QStringDecoder::Utf8,
             QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom)
{}

XlsxXmlStream::~XlsxXmlStream()
{
    if (m_ahead)
        m_ahead->giveBack(m_held);
}

void XlsxXmlStream::raiseError(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    m_token = Invalid;
}

XlsxXmlStream::Scan XlsxXmlStream::fail(const QString &message)
{
    raiseError(message);
    return Scan::Failed;
}

XlsxXmlStream::Token XlsxXmlStream::readNext()
{
    if (m_token == Invalid || m_token == EndOfDocument)
        return m_token;
    if (m_token == StartElement && m_selfClosing) {
        // <c r="C3"/>: its EndElement, with the same name, still in the buffer.
        m_selfClosing = false;
        return m_token = EndElement;
    }
    m_pos = m_next;
    for (;;) {
        switch (scan()) {
        case Scan::Done:
            return m_token;
        case Scan::Skip:
            m_pos = m_next;
            continue;
        case Scan::Failed:
            return m_token = Invalid;
        case Scan::NeedMore:
            if (!refill())
                return endOfInput();
        }
    }
}

bool XlsxXmlStream::refill()
{
    if (m_eof || m_token == Invalid)
        return false;
    // The token being scanned moves to the front (or the mark, if it is before); what came
    // before it is done with.
    const qsizetype keep = m_mark >= 0 ? std::min(m_mark, m_pos) : m_pos;
    if (m_ahead)
        return refillFromChunk(keep);
    if (keep > 0) {
        std::memmove(m_data, m_data + keep, size_t(m_end - keep));
        m_end -= keep;
        dropBefore(keep);
    }
    if (qsizetype(m_buf.size()) - m_end < kChunk) {
        if (!keptWithinLimits(0))
            return false;
        m_buf.resize(std::max(m_buf.size() * 2, size_t(m_end + kChunk)));
        m_data = m_buf.data();
    }
    const qint64 n = m_device->read(m_data + m_end, kChunk);
    if (n < 0) {
        raiseError(tr("the archive entry cannot be read (damaged data)"));
        return false;
    }
    if (n == 0) {
        m_eof = true;
        return false;
    }
    m_end += n;
    return true;
}

// refill() from a ReadAheadDevice: the bytes kept (from keep on) are copied in front of its next
// chunk, into the headroom it leaves there, and scanning goes on in the chunk itself; only when
// they do not fit (a token or a marked row longer than the headroom) do they and the chunk go to
// m_buf.
bool XlsxXmlStream::refillFromChunk(qsizetype keep)
{
    if (!keptWithinLimits(keep))
        return false;
    const qsizetype tail = m_end - keep;
    ReadAheadDevice::Span next;
    if (!m_ahead->takeChunk(&next)) {
        if (m_ahead->failed())
            raiseError(tr("the archive entry cannot be read (damaged data)"));
        else
            m_eof = true;
        return false;
    }
    const qsizetype got = qsizetype(next.size);
    char *base = nullptr;
    if (tail <= next.headroom) {
        base = next.data - tail;
        std::memcpy(base, m_data + keep, size_t(tail));
    } else {
        if (m_data == m_buf.data()) {
            std::memmove(m_buf.data(), m_data + keep, size_t(tail));
            m_buf.resize(std::max(m_buf.size(), size_t(tail + got)));
        } else {
            m_buf.resize(std::max(m_buf.size(), size_t(tail + got)));
            std::memcpy(m_buf.data(), m_data + keep, size_t(tail));
        }
        std::memcpy(m_buf.data() + tail, next.data, size_t(got));
        base = m_buf.data();
        m_ahead->giveBack(next);
        next = {};
    }
    m_ahead->giveBack(m_held); // after its bytes were copied
    m_held = next;
    m_data = base;
    m_end = tail + got;
    dropBefore(keep);
    return true;
}

// The bytes from keep to the end, which a refill keeps: false (Invalid) when the token being
// scanned is over kMaxToken or they are over kMaxMarked.
bool XlsxXmlStream::keptWithinLimits(qsizetype keep)
{
    if (m_end - m_pos >= kMaxToken) {
        raiseError(tr("a single tag or text of more than %1 MiB").arg(kMaxToken >> 20));
        return false;
    }
    if (m_end - keep >= kMaxMarked) {
        raiseError(tr("a row of more than %1 MiB of XML").arg(kMaxMarked >> 20));
        return false;
    }
    return true;
}

// The first `bytes` of the buffer are gone: the offsets into it move down.
void XlsxXmlStream::dropBefore(qsizetype bytes)
{
    m_consumed += bytes;
    m_next -= bytes;
    m_pos -= bytes;
    if (m_mark >= 0)
        m_mark -= bytes;
}

XlsxXmlStream::Token XlsxXmlStream::endOfInput()
{
    if (m_token == Invalid)
        return m_token;
    // What is left can only be text after the document element (a final line break).
    const bool blank = std::all_of(m_data + m_pos, m_data + m_end, isSpace);
    if (m_openStarts.empty() && m_rootClosed && blank) {
        m_pos = m_next = m_end;
        return m_token = EndOfDocument;
    }
    if (!m_started && m_end == 0)
        raiseError(tr("the XML is empty"));
    else if (m_openStarts.empty() && !m_rootClosed)
        raiseError(tr("the XML has no document element"));
    else if (m_openStarts.empty())
        raiseError(tr("text outside the document element")); // after it: not a truncated file
    else
        raiseError(tr("the XML ends in the middle (the file is truncated)"));
    return m_token;
}

XlsxXmlStream::Scan XlsxXmlStream::scan()
{
    const char *p = m_data + m_pos;
    const char *end = m_data + m_end;
    if (!m_started) {
        if (end - p < 3)
            return Scan::NeedMore; // at the device's end, endOfInput() says what is wrong
        m_started = true;
        if (std::memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
            m_next = m_pos + 3;
            return Scan::Skip;
        }
        if ((p[0] == '\xFF' && p[1] == '\xFE') || (p[0] == '\xFE' && p[1] == '\xFF') || p[0] == '\0'
            || p[1] == '\0')
            return fail(tr("the XML is in UTF-16; only UTF-8 is read (save the file again)"));
    }
    if (p == end)
        return Scan::NeedMore;
    if (*p != '<')
        return scanText(p, end);
    if (end - p < 2)
        return Scan::NeedMore;
    switch (p[1]) {
    case '/':
        return scanEndTag(p, end);
    case '?':
        return scanInstruction(p, end);
    case '!':
        return scanMarkup(p, end);
    default:
        return scanStartTag(p, end);
    }
}

XlsxXmlStream::Scan XlsxXmlStream::scanText(const char *p, const char *end)
{
    const auto *lt = static_cast<const char *>(std::memchr(p, '<', size_t(end - p)));
    if (!lt)
        return Scan::NeedMore;
    m_next = offset(lt);
    if (m_openStarts.empty()) {
        // Between the declaration, comments and the document element: only whitespace.
        if (!std::all_of(p, lt, isSpace))
            return fail(tr("text outside the document element"));
        return Scan::Skip;
    }
    m_textBegin = offset(p);
    m_textEnd = m_next;
    m_cdata = false;
    m_token = Characters;
    return Scan::Done;
}

void XlsxXmlStream::setName(const char *begin, const char *end)
{
    const char *local = begin;
    for (const char *p = begin; p < end; ++p) { // names are short: no memchr call
        if (*p == ':')
            local = p + 1;
    }
    m_nameBegin = offset(local);
    m_nameEnd = offset(end);
}

XlsxXmlStream::Scan XlsxXmlStream::scanStartTag(const char *p, const char *end)
{
    const char *name = p + 1;
    const char *q = name;
    while (q < end && !endsName(*q))
        ++q;
    if (q == end)
        return Scan::NeedMore;
    const char *nameEnd = q;
    if (nameEnd == name)
        return fail(tr("'<' not followed by a name"));
    m_attributes.clear();
    bool selfClosing = false;
    for (;;) {
        while (q < end && isSpace(*q))
            ++q;
        if (q == end)
            return Scan::NeedMore;
        if (*q == '>') {
            ++q;
            break;
        }
        if (*q == '/') {
            if (q + 1 == end)
                return Scan::NeedMore;
            if (q[1] != '>')
                return fail(tr("'/' inside a tag"));
            selfClosing = true;
            q += 2;
            break;
        }
        if (const Scan scan = scanAttribute(q, end); scan != Scan::Done)
            return scan;
    }
    if (m_openStarts.empty() && m_rootClosed)
        return fail(tr("a second document element"));
    if (!selfClosing) {
        if (qsizetype(m_openStarts.size()) >= kMaxDepth)
            return fail(tr("elements nested more than %1 deep").arg(kMaxDepth));
        m_openStarts.push_back(qsizetype(m_openNames.size()));
        m_openNames.append(name, size_t(nameEnd - name));
    } else if (m_openStarts.empty()) {
        m_rootClosed = true;
    }
    setName(name, nameEnd);
    m_selfClosing = selfClosing;
    m_next = offset(q);
    m_token = StartElement;
    return Scan::Done;
}

// name="value" at q, kept in m_attributes; q then after the closing quote.
XlsxXmlStream::Scan XlsxXmlStream::scanAttribute(const char *&q, const char *end)
{
    const char *attribute = q;
    while (q < end && *q != '=' && !endsName(*q))
        ++q;
    const char *attributeEnd = q;
    while (q < end && isSpace(*q))
        ++q;
    if (q == end)
        return Scan::NeedMore;
    if (*q != '=' || attributeEnd == attribute)
        return fail(tr("an attribute without a value"));
    ++q;
    while (q < end && isSpace(*q))
        ++q;
    if (q == end)
        return Scan::NeedMore;
    if (*q != '"' && *q != '\'')
        return fail(tr("an attribute value without quotes"));
    // Values are short (r="AB12", t="s"): a loop, not a memchr call.
    const char *close = q + 1;
    while (close < end && *close != *q)
        ++close;
    if (close == end)
        return Scan::NeedMore;
    m_attributes.push_back(
        {offset(attribute), attributeEnd - attribute, offset(q + 1), close - q - 1});
    q = close + 1;
    return Scan::Done;
}

XlsxXmlStream::Scan XlsxXmlStream::scanEndTag(const char *p, const char *end)
{
    const char *gt = p + 2;
    while (gt < end && *gt != '>') // a name: a loop, not a memchr call
        ++gt;
    if (gt == end)
        return Scan::NeedMore;
    const char *name = p + 2;
    const char *nameEnd = name;
    while (nameEnd < gt && !isSpace(*nameEnd))
        ++nameEnd;
    for (const char *p = nameEnd; p < gt; ++p) {
        if (!isSpace(*p))
            return fail(tr("an end tag with more than a name"));
    }
    if (m_openStarts.empty())
        return fail(tr("an end tag without its start tag"));
    const std::string_view open = std::string_view(m_openNames).substr(size_t(m_openStarts.back()));
    if (open.size() != size_t(nameEnd - name) || !std::equal(open.begin(), open.end(), name))
        return fail(tr("</%1> where </%2> belongs")
                        .arg(QString::fromUtf8(name, nameEnd - name),
                             QString::fromUtf8(open.data(), qsizetype(open.size()))));
    m_openNames.resize(size_t(m_openStarts.back()));
    m_openStarts.pop_back();
    if (m_openStarts.empty())
        m_rootClosed = true;
    setName(name, nameEnd);
    m_next = offset(gt + 1);
    m_token = EndElement;
    return Scan::Done;
}

XlsxXmlStream::Scan XlsxXmlStream::scanInstruction(const char *p, const char *end)
{
    const char *close = find(p + 2, end, "?>");
    if (!close)
        return Scan::NeedMore;
    const QByteArrayView body(p + 2, close - p - 2);
    if ((body.startsWith("xml ") || body.startsWith("xml\t") || body.startsWith("xml\r")
         || body.startsWith("xml\n"))
        && !checkDeclaration(body))
        return Scan::Failed;
    m_next = offset(close + 2);
    return Scan::Skip;
}

// <?xml version="1.0" encoding="UTF-8"?>: the text is read as UTF-8, so another encoding is
// refused rather than read wrongly.
bool XlsxXmlStream::checkDeclaration(QByteArrayView declaration)
{
    const qsizetype at = declaration.indexOf("encoding");
    if (at < 0)
        return true;
    qsizetype i = at + 8;
    while (i < declaration.size() && (isSpace(declaration[i]) || declaration[i] == '='))
        ++i;
    if (i >= declaration.size() || (declaration[i] != '"' && declaration[i] != '\''))
        return true;
    const qsizetype close = declaration.indexOf(declaration[i], i + 1);
    const QByteArray name
        = declaration.sliced(i + 1, (close < 0 ? declaration.size() : close) - i - 1)
              .toByteArray()
              .toLower();
    if (name == "utf-8" || name == "utf8" || name == "us-ascii" || name == "ascii")
        return true;
    raiseError(tr("the XML is encoded in %1; only UTF-8 is read (save the file again)")
                   .arg(QString::fromLatin1(name)));
    return false;
}

XlsxXmlStream::Scan XlsxXmlStream::scanMarkup(const char *p, const char *end)
{
    const auto startsWith = [&](std::string_view prefix) {
        return size_t(end - p) >= prefix.size()
            && std::memcmp(p, prefix.data(), prefix.size()) == 0;
    };
    const auto partly = [&](std::string_view prefix) {
        return size_t(end - p) < prefix.size()
            && std::memcmp(p, prefix.data(), size_t(end - p)) == 0;
    };
    if (startsWith("<!--")) {
        const char *close = find(p + 4, end, "-->");
        if (!close)
            return Scan::NeedMore;
        m_next = offset(close + 3);
        return Scan::Skip;
    }
    if (startsWith("<![CDATA[")) {
        const char *close = find(p + 9, end, "]]>");
        if (!close)
            return Scan::NeedMore;
        if (m_openStarts.empty())
            return fail(tr("a CDATA section outside the document element"));
        m_textBegin = offset(p + 9);
        m_textEnd = offset(close);
        m_next = offset(close + 3);
        m_cdata = true;
        m_token = Characters;
        return Scan::Done;
    }
    if (partly("<!--") || partly("<![CDATA[") || partly("<!DOCTYPE"))
        return Scan::NeedMore;
    if (startsWith("<!DOCTYPE"))
        return fail(tr("a document type declaration (DTD), which .xlsx files may not have"));
    return fail(tr("unknown markup '<!'"));
}

bool XlsxXmlStream::attribute(QByteArrayView qualifiedName, QByteArrayView *raw) const
{
    for (const Attribute &a : m_attributes) {
        if (a.nameSize == qualifiedName.size()
            && std::equal(qualifiedName.begin(), qualifiedName.end(), m_data + a.name)) {
            *raw = QByteArrayView(m_data + a.value, a.valueSize);
            return true;
        }
    }
    return false;
}

// &lt; &gt; &amp; &quot; &apos; &#20013; &#x4E2D; at raw[*i] (the '&'), appended as UTF-8.
bool XlsxXmlStream::decodeReference(QByteArrayView raw, qsizetype *i, std::string &out)
{
    const qsizetype semicolon = raw.indexOf(';', *i);
    // The longest reference (&#x10FFFF; or &#1114111;) is 10 bytes.
    if (semicolon < 0 || semicolon - *i > 12) {
        raiseError(tr("an entity reference without its ';'"));
        return false;
    }
    const QByteArrayView name = raw.sliced(*i + 1, semicolon - *i - 1);
    *i = semicolon + 1;
    static constexpr std::pair<std::string_view, char> predefined[]
        = {{"lt", '<'}, {"gt", '>'}, {"amp", '&'}, {"quot", '"'}, {"apos", '\''}};
    for (const auto &[entity, c] : predefined) {
        if (name == QByteArrayView(entity.data(), qsizetype(entity.size()))) {
            out += c;
            return true;
        }
    }
    if (name.size() >= 2 && name[0] == '#') {
        const bool hex = name[1] == 'x';
        const QByteArrayView digits = name.sliced(hex ? 2 : 1);
        char32_t c = 0;
        bool ok = !digits.isEmpty();
        for (const char d : digits) {
            const int v = d >= '0' && d <= '9' ? d - '0'
                : hex && d >= 'a' && d <= 'f'  ? d - 'a' + 10
                : hex && d >= 'A' && d <= 'F'  ? d - 'A' + 10
                                               : -1;
            ok = ok && v >= 0 && c <= 0x10FFFF;
            c = ok ? c * (hex ? 16 : 10) + char32_t(v) : c;
        }
        if (!ok || !isXmlChar(c)) {
            raiseError(tr("&%1; names no character XML allows")
                           .arg(QString::fromLatin1(name.data(), name.size())));
            return false;
        }
        appendCodePoint(c, out);
        return true;
    }
    raiseError(tr("the unknown entity &%1;").arg(QString::fromUtf8(name.data(), name.size())));
    return false;
}

// Into out: raw with line ends as \n, references resolved (not in CDATA) and, for an attribute
// value, whitespace characters as spaces.
bool XlsxXmlStream::decodeInto(QByteArrayView raw, bool references, bool attribute,
                               std::string &out)
{
    out.clear();
    for (qsizetype i = 0; i < raw.size();) {
        const char c = raw[i];
        if (c == '&' && references) {
            if (!decodeReference(raw, &i, out))
                return false;
            continue;
        }
        if (c == '\r') {
            out += attribute ? ' ' : '\n';
            i += i + 1 < raw.size() && raw[i + 1] == '\n' ? 2 : 1;
            continue;
        }
        out += attribute && (c == '\n' || c == '\t') ? ' ' : c;
        ++i;
    }
    return true;
}

bool XlsxXmlStream::appendText(QString &out)
{
    const QByteArrayView raw(m_data + m_textBegin, m_textEnd - m_textBegin);
    const bool plain = !raw.contains('\r') && (m_cdata || !raw.contains('&'));
    if (plain) {
        appendUtf8(raw, out);
        return true;
    }
    if (!decodeInto(raw, !m_cdata, false, m_decoded))
        return false;
    appendUtf8(QByteArrayView(m_decoded.data(), qsizetype(m_decoded.size())), out);
    return true;
}

bool XlsxXmlStream::appendAttributeValue(QByteArrayView raw, QString &out)
{
    if (!decodeInto(raw, true, true, m_decoded))
        return false;
    appendUtf8(QByteArrayView(m_decoded.data(), qsizetype(m_decoded.size())), out);
    return true;
}

bool XlsxXmlStream::readElementText(QString &out, bool includeChildren)
{
    int depth = 0;
    for (;;) {
        switch (readNext()) {
        case Characters:
            if (!appendText(out))
                return false;
            break;
        case StartElement:
            if (!includeChildren) {
                raiseError(tr("an element inside <%1>, where only text belongs")
                               .arg(QString::fromUtf8(name().data(), name().size())));
                return false;
            }
            ++depth;
            break;
        case EndElement:
            if (depth-- == 0)
                return true;
            break;
        case EndOfDocument:
        case Invalid:
            return false;
        }
    }
}

bool XlsxXmlStream::skipCurrentElement()
{
    int depth = 0;
    for (;;) {
        switch (readNext()) {
        case StartElement:
            ++depth;
            break;
        case EndElement:
            if (depth-- == 0)
                return true;
            break;
        case EndOfDocument:
        case Invalid:
            return false;
        case Characters:
            break;
        }
    }
}
