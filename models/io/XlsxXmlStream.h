#pragma once

#include "io/ReadAheadDevice.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>

#include <cstring>
#include <string>
#include <vector>

class QIODevice;

// A pull tokenizer for the two XML parts of an .xlsx package that can be large, the worksheet
// (ECMA-376 Part 1, §18.3.1) and the shared strings (§18.4), written for speed (issue #18):
// QXmlStreamReader decodes the whole document to UTF-16 and copies every name and attribute,
// which made a 1,000,000-row sheet take minutes. Here the UTF-8 bytes are scanned where they lie
// in a buffer the device's bytes are read into a chunk at a time (memory stays bounded whatever
// the part's size), names and attribute values are views into that buffer, and only the text a
// caller asks for is decoded.
//
// Tokens follow QXmlStreamReader's, so code written against one reads the same against the
// other: a self-closing <c/> is a StartElement followed by an EndElement; comments and processing
// instructions are skipped; CDATA sections are Characters. Handled as XML 1.0 requires: the five
// predefined entities and character references (&#20013; &#x4E2D;) in text and attribute values,
// line ends normalised to \n (§2.11), attribute whitespace to spaces (§3.3.3), start and end tags
// that must match, one document element. Errors (then Invalid, with errorString()): a truncated
// document, mismatched tags, an unknown or unterminated entity, a character reference to a
// character XML does not allow, a DTD (the Open Packaging Conventions, ECMA-376 Part 2, §8.1.4,
// forbid them in a package; no spreadsheet program writes one), an encoding other than UTF-8
// (OOXML parts are UTF-8 or UTF-16; every program this project meets writes UTF-8), a single
// tag or text longer than 8 MiB, elements nested over 256 deep, a read error of the device.
// Not checked, to keep the scan fast: characters XML does not allow written as such, invalid
// UTF-8 (decoded as U+FFFD), namespace declarations (a prefix is dropped: <x:c> is c).
class XlsxXmlStream
{
    Q_DECLARE_TR_FUNCTIONS(XlsxXmlStream)

public:
    enum Token { StartElement, EndElement, Characters, EndOfDocument, Invalid };

    // Reads device (not owned; open for reading; it must outlive this stream) from its current
    // position. A ReadAheadDevice's chunks are scanned where its thread filled them.
    explicit XlsxXmlStream(QIODevice *device);
    ~XlsxXmlStream();
    XlsxXmlStream(const XlsxXmlStream &) = delete;
    XlsxXmlStream &operator=(const XlsxXmlStream &) = delete;

    // The next token; EndOfDocument after the document element's end and the device's end,
    // Invalid after an error (and from then on).
    Token readNext();
    Token token() const { return m_token; }
    // The local name (x:c -> c) of the current StartElement or EndElement, valid until the next
    // readNext().
    QByteArrayView name() const
    {
        return QByteArrayView(m_data + m_nameBegin, m_nameEnd - m_nameBegin);
    }
    // name() == local, inline (the out-of-line QByteArrayView comparison showed in profiles).
    template<qsizetype N>
    bool nameIs(const char (&local)[N]) const
    {
        return m_nameEnd - m_nameBegin == N - 1
            && std::memcmp(m_data + m_nameBegin, local, N - 1) == 0;
    }
    // The current start tag's attributes, in the order written: name (as written, with any
    // prefix) and value (not decoded). Valid until the next readNext().
    qsizetype attributeCount() const { return qsizetype(m_attributes.size()); }
    QByteArrayView attributeName(qsizetype i) const
    {
        return QByteArrayView(m_data + m_attributes[size_t(i)].name,
                              m_attributes[size_t(i)].nameSize);
    }
    QByteArrayView attributeValue(qsizetype i) const
    {
        return QByteArrayView(m_data + m_attributes[size_t(i)].value,
                              m_attributes[size_t(i)].valueSize);
    }
    // The value of the current start tag's attribute named qualifiedName (as written: "r", "t",
    // "xml:space"), not decoded; false when the tag has none. Valid until the next readNext().
    bool attribute(QByteArrayView qualifiedName, QByteArrayView *raw) const;
    // Appends an attribute value (from attribute()) decoded: references, whitespace as spaces.
    // False, with the stream Invalid, on a bad reference.
    bool appendAttributeValue(QByteArrayView raw, QString &out);
    // Appends the current Characters token's text, decoded. False (Invalid) on a bad reference.
    bool appendText(QString &out);
    // After a StartElement: appends the text up to the element's end tag, as
    // QXmlStreamReader::readElementText(): with includeChildren the text of the elements inside
    // too, without it an element inside is an error. False (Invalid or truncated) on error.
    bool readElementText(QString &out, bool includeChildren);
    // After a StartElement: skips to the element's end tag. False on error.
    bool skipCurrentElement();

    // For a caller that recognises common markup itself, faster than token by token
    // (XlsxSheetScanner's cells): the bytes after the current token that are in memory (possibly
    // none; more are not read for it).
    QByteArrayView lookAhead() const
    {
        if (m_token == StartElement && m_selfClosing)
            return {}; // its EndElement comes first
        return QByteArrayView(m_data + m_next, m_end - m_next);
    }
    // Consumes the first `bytes` of lookAhead(), which the caller has read itself and checked
    // are well-formed markup in which every element opened is closed (XlsxCellMarkup's cells).
    // The current token stays as it was.
    void skipMarkup(qsizetype bytes) { m_next += bytes; }
    // Appends utf8 as UTF-16 (invalid sequences as U+FFFD).
    void appendUtf8(QByteArrayView utf8, QString &out)
    {
        const qsizetype size = out.size();
        out.resize(size + utf8.size()); // UTF-16 never needs more units than UTF-8 has bytes
        if (isAscii(utf8))
            widen(utf8, out.data() + size);
        else
            out.resize(m_utf8.appendToBuffer(out.data() + size, utf8) - out.constData());
    }
    // Sets out to utf8 (isAscii: all of it below 0x80), reusing out's memory when it has it to
    // itself.
    void assignUtf8(QByteArrayView utf8, bool isAscii, QString &out)
    {
        if (!out.isDetached())
            out = QString();
        out.resize(utf8.size());
        if (isAscii)
            widen(utf8, out.data());
        else
            out.resize(m_utf8.appendToBuffer(out.data(), utf8) - out.constData());
    }
    static void widen(QByteArrayView ascii, QChar *to)
    {
        char16_t *out = reinterpret_cast<char16_t *>(to);
        for (const char c : ascii)
            *out++ = char16_t(uchar(c));
    }

    // True when every byte of text is below 0x80.
    static bool isAscii(QByteArrayView text)
    {
        uchar any = 0;
        for (const char c : text)
            any |= uchar(c);
        return any < 0x80;
    }

    // Keeps the bytes from the current token's start on in the buffer, however many tokens
    // follow, until the mark is set again or cleared (XlsxSheetScanner keeps a row's XML whole
    // for a rejects file). Marked bytes beyond 64 MiB make the stream Invalid.
    void setMark() { m_mark = m_pos; }
    void clearMark() { m_mark = -1; }
    // The bytes from the mark to the end of the current token; valid until the next readNext().
    QByteArrayView marked() const
    {
        return m_mark < 0 ? QByteArrayView() : QByteArrayView(m_data + m_mark, m_next - m_mark);
    }

    bool hasError() const { return m_token == Invalid; }
    // What is wrong (translated), empty while nothing is.
    QString errorString() const { return m_error; }
    // Makes the stream Invalid with message (the first message stays).
    void raiseError(const QString &message);
    // Bytes of the device consumed by the tokens read so far.
    qint64 bytesRead() const { return m_consumed + m_pos; }

private:
    enum class Scan { Done, Skip, NeedMore, Failed };
    struct Attribute
    {
        qsizetype name, nameSize, value, valueSize; // offsets into m_buf
    };

    Scan scan();
    Scan scanText(const char *p, const char *end);
    Scan scanStartTag(const char *p, const char *end);
    Scan scanAttribute(const char *&q, const char *end);
    Scan scanEndTag(const char *p, const char *end);
    Scan scanInstruction(const char *p, const char *end);
    Scan scanMarkup(const char *p, const char *end);
    Scan fail(const QString &message);
    bool refill();
    bool refillFromChunk(qsizetype keep);
    bool keptWithinLimits(qsizetype keep);
    void dropBefore(qsizetype bytes);
    Token endOfInput();
    bool checkDeclaration(QByteArrayView declaration);
    void setName(const char *begin, const char *end);
    bool decodeInto(QByteArrayView raw, bool references, bool attribute, std::string &out);
    bool decodeReference(QByteArrayView raw, qsizetype *i, std::string &out);
    qsizetype offset(const char *p) const { return p - m_data; }

    QIODevice *m_device;
    std::vector<char> m_buf; // the bytes, when they are not in a chunk of m_ahead
    char *m_data = nullptr; // the bytes: m_buf's, or the held chunk's with what came before
    ReadAheadDevice *m_ahead = nullptr; // m_device, when it hands its chunks over
    ReadAheadDevice::Span m_held; // the chunk m_data is in, if it is one
    qsizetype m_pos = 0; // start of the current token
    qsizetype m_next = 0; // end of the current token
    qsizetype m_end = 0; // end of the bytes read
    qsizetype m_mark = -1; // setMark()'s offset, or -1
    qint64 m_consumed = 0; // device bytes moved out of the buffer
    bool m_eof = false;
    bool m_started = false; // the byte order mark, if any, was looked at
    Token m_token = Characters;
    bool m_selfClosing = false; // the current StartElement ends with "/>"
    qsizetype m_nameBegin = 0, m_nameEnd = 0;
    qsizetype m_textBegin = 0, m_textEnd = 0;
    bool m_cdata = false;
    std::vector<Attribute> m_attributes;
    std::string m_openNames; // qualified names of the open elements, one after the other
    std::vector<qsizetype> m_openStarts; // where each starts in m_openNames
    bool m_rootClosed = false;
    std::string m_decoded;
    QStringDecoder m_utf8;
    QString m_error;
};
