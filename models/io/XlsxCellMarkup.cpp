#include "io/XlsxCellMarkup.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

using Type = XlsxCellValues::Type;

template<size_t N>
bool startsWith(const char *p, const char *end, const char (&prefix)[N])
{
    return size_t(end - p) >= N - 1 && std::memcmp(p, prefix, N - 1) == 0;
}

template<typename Word>
inline Word load(const char *p)
{
    Word w;
    std::memcpy(&w, p, sizeof w);
    return w;
}

// a[0, n) == b[0, n) in whole words, the last one overlapping the one before: the lengths vary
// (a row's digits, a column's markup), and memcmp's call, or a byte loop for the rest, cost more
// than comparing the few bytes of a cell's markup.
inline bool equalBytes(const char *a, const char *b, qsizetype n)
{
    if (n >= 8) {
        for (qsizetype i = 0; i + 8 < n; i += 8) {
            if (load<quint64>(a + i) != load<quint64>(b + i))
                return false;
        }
        return load<quint64>(a + n - 8) == load<quint64>(b + n - 8);
    }
    if (n >= 4)
        return load<quint32>(a) == load<quint32>(b)
            && load<quint32>(a + n - 4) == load<quint32>(b + n - 4);
    if (n >= 2)
        return load<quint16>(a) == load<quint16>(b)
            && load<quint16>(a + n - 2) == load<quint16>(b + n - 2);
    return n == 0 || *a == *b;
}

inline bool isDigit(char c)
{
    return unsigned(c - '0') < 10u;
}

// r="AB12": one to three upper-case letters within XFD, a row within 1,048,576, the quote.
bool readReference(const char *&p, const char *end, XlsxCellMarkup *cell)
{
    if (end - p < 12) // "XFD1048576" and the quote, with a byte to spare: no bounds checks below
        return false;
    const char *q = p;
    int column = 0;
    while (unsigned(*q - 'A') < 26u && q - p < 3)
        column = column * 26 + (*q++ - 'A' + 1);
    const char *digits = q;
    qint64 row = 0;
    while (isDigit(*q) && q - digits < 7)
        row = row * 10 + (*q++ - '0');
    if (digits == p || q == digits || *q != '"' || column > 16384 || row < 1 || row > 1048576)
        return false;
    cell->column = column - 1;
    cell->row = row;
    p = q + 1;
    return true;
}

// s="12": up to nine digits, the quote.
bool readStyle(const char *&p, const char *end, XlsxCellMarkup *cell)
{
    const char *q = p;
    const char *limit = end - p > 9 ? p + 9 : end;
    int style = 0;
    while (q < limit && isDigit(*q))
        style = style * 10 + (*q++ - '0');
    if (q == p || q == end || *q != '"')
        return false;
    cell->style = style;
    p = q + 1;
    return true;
}

// t="inlineStr": the types of ST_CellType, the quote.
bool readType(const char *&p, const char *end, XlsxCellMarkup *cell)
{
    if (end - p < 10)
        return false;
    Type type = Type::Number;
    qsizetype size = 1;
    switch (*p) {
    case 's':
        type = Type::SharedString;
        if (p[1] == 't' && p[2] == 'r')
            type = Type::AsWritten, size = 3;
        break;
    case 'i':
        type = Type::InlineString, size = 9;
        if (std::memcmp(p, "inlineStr", 9) != 0)
            return false;
        break;
    case 'n':
        break;
    case 'b':
        type = Type::Boolean;
        break;
    case 'e':
        type = Type::AsWritten;
        break;
    case 'd':
        type = Type::IsoDate;
        break;
    default:
        return false;
    }
    if (p[size] != '"')
        return false;
    cell->type = type;
    p += size + 1;
    return true;
}

// One attribute r, s or t at p, each at most once (seen: a bit per letter).
bool readAttribute(const char *&p, const char *end, XlsxCellMarkup *cell, int *seen)
{
    if (end - p < 4 || p[1] != '=' || p[2] != '"')
        return false;
    const char name = p[0];
    const int bit = name == 'r' ? 1 : name == 's' ? 2 : name == 't' ? 4 : 0;
    if (bit == 0 || (*seen & bit))
        return false;
    *seen |= bit;
    p += 3;
    return name == 'r' ? readReference(p, end, cell)
        : name == 's'  ? readStyle(p, end, cell)
                       : readType(p, end, cell);
}

struct TextEnd
{
    const char *lt = nullptr; // the '<' after the text, or null when it is not in the bytes
    bool plain = true; // no '&', no '\r'
    bool underscore = false;
    bool ascii = true;
};

// The text from p to the next '<', and what would need more than copying it.
Q_ALWAYS_INLINE TextEnd scanText(const char *p, const char *end)
{
    TextEnd t;
#if defined(__SSE2__)
    // Sixteen bytes at a time (texts of a sheet are short, but some are sentences).
    const __m128i lt = _mm_set1_epi8('<'), amp = _mm_set1_epi8('&'), cr = _mm_set1_epi8('\r'),
                  under = _mm_set1_epi8('_');
    for (; end - p >= 16; p += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const unsigned at = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, lt)));
        // Only the bytes before the '<' count.
        const unsigned before = at ? (at & (0u - at)) - 1 : 0xFFFFu;
        const unsigned special = unsigned(
            _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, amp), _mm_cmpeq_epi8(v, cr))));
        t.plain = t.plain && !(special & before);
        t.underscore
            = t.underscore || (unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, under))) & before);
        t.ascii = t.ascii && !(unsigned(_mm_movemask_epi8(v)) & before);
        if (at) {
            t.lt = p + __builtin_ctz(at);
            return t;
        }
    }
#endif
    uchar bits = 0;
    for (; p < end && *p != '<'; ++p) {
        t.plain = t.plain && *p != '&' && *p != '\r';
        t.underscore = t.underscore || *p == '_';
        bits |= uchar(*p);
    }
    t.ascii = t.ascii && bits < 0x80;
    t.lt = p < end ? p : nullptr;
    return t;
}

// TEXT up to the next '<' at p, if it needs no decoding; then p is at the '<'.
Q_ALWAYS_INLINE bool readText(const char *&p, const char *end, XlsxCellMarkup *cell)
{
    const TextEnd t = scanText(p, end);
    if (!t.lt || !t.plain)
        return false;
    cell->text = QByteArrayView(p, t.lt - p);
    cell->textHasUnderscore = t.underscore;
    cell->textIsAscii = t.ascii;
    p = t.lt;
    return true;
}

// After "<c": the attributes up to '>' (true, p after it) or "/>" (true, *empty).
bool readAttributes(const char *&p, const char *end, XlsxCellMarkup *cell, bool *empty)
{
    int seen = 0;
    for (;;) {
        const char *before = p;
        while (p < end && *p == ' ')
            ++p;
        if (p == end)
            return false;
        if (*p == '>') {
            ++p;
            *empty = false;
            return true;
        }
        if (*p == '/') {
            *empty = true;
            return startsWith(p, end, "/>") && (p += 2);
        }
        if (p == before || !readAttribute(p, end, cell, &seen)) // apart by spaces
            return false;
    }
}

// The low n bits set, for n in [0, 64].
quint64 maskOf(int n)
{
    return n >= 64 ? ~quint64(0) : (quint64(1) << n) - 1;
}

// Shape::prefix from a cell that starts "<c r=\"" (start), r's closing quote ending before
// afterQuote; none when its digits have a leading zero or the prefix would not fit.
void rememberPrefix(const char *start, const char *afterQuote, const XlsxCellMarkup &cell,
                    XlsxCellMarkup::Shape *shape)
{
    using Shape = XlsxCellMarkup::Shape;
    shape->prefixSize = -1;
    const char *digits = start + 6;
    while (unsigned(*digits - 'A') < 26u)
        ++digits;
    const char *textStart
        = cell.content == XlsxCellMarkup::Content::None ? start + cell.size : cell.text.data();
    const qsizetype size = textStart - start;
    if (*digits == '0' || size > Shape::kMaxPrefix)
        return;
    std::memcpy(shape->prefix, start, size_t(size));
    shape->prefixSize = int(size);
    shape->prefixMask = maskOf(shape->prefixSize);
    shape->headSize = int(digits - start);
    shape->digitCount = int(afterQuote - 1 - digits);
    shape->column = cell.column;
    shape->row = cell.row;
}

} // namespace

// A row number of another length: the bytes after the digits move.
bool XlsxCellMarkup::Shape::restamp(int count)
{
    const int tail = prefixSize - headSize - digitCount;
    if (headSize + count + tail > kMaxPrefix) {
        prefixSize = -1;
        column = -1;
        return false;
    }
    std::memmove(prefix + headSize + count, prefix + headSize + digitCount, size_t(tail));
    digitCount = count;
    prefixSize = headSize + count + tail;
    prefixMask = maskOf(prefixSize);
    return true;
}

XlsxCellMarkup XlsxCellMarkup::describe(const Shape &shape, QByteArrayView text, const char *end)
{
    XlsxCellMarkup cell;
    cell.column = shape.column;
    cell.row = shape.row;
    cell.type = shape.type;
    cell.style = shape.style;
    cell.content = shape.content;
    if (shape.content != Content::None) {
        const TextEnd t = scanText(text.data(), end);
        cell.text = text;
        cell.textHasUnderscore = t.underscore;
        cell.textIsAscii = t.ascii;
    }
    return cell;
}

bool XlsxCellMarkup::read(QByteArrayView bytes, XlsxCellMarkup *cell)
{
    const char *start = bytes.data();
    const char *end = start + bytes.size();
    if (!startsWith(start, end, "<c "))
        return false;
    const char *p = start + 2;
    bool empty = false;
    if (!readAttributes(p, end, cell, &empty))
        return false;
    if (empty || startsWith(p, end, "</c>")) {
        cell->size = (empty ? p : p + 4) - start;
        return true;
    }
    if (startsWith(p, end, "<v>")) {
        p += 3;
        cell->content = Content::Value;
        if (!readText(p, end, cell) || !startsWith(p, end, "</v></c>"))
            return false;
        cell->size = p + 8 - start;
        return true;
    }
    if (startsWith(p, end, "<is><t>"))
        p += 7;
    else if (startsWith(p, end, "<is><t xml:space=\"preserve\">"))
        p += 28;
    else
        return false;
    cell->content = Content::InlineText;
    if (!readText(p, end, cell) || !startsWith(p, end, "</t></is></c>"))
        return false;
    cell->size = p + 13 - start;
    return true;
}

void XlsxCellMarkup::remember(QByteArrayView bytes, const XlsxCellMarkup &cell, Shape *shape)
{
    shape->middleSize = -1;
    shape->prefixSize = -1;
    const char *start = bytes.data();
    const char *end = start + cell.size;
    if (!startsWith(start, end, "<c r=\""))
        return;
    const char *q = start + 6;
    while (q < end && *q != '"')
        ++q;
    if (q == end)
        return;
    ++q; // after r's closing quote
    const char *textStart = cell.content == Content::None ? end : cell.text.data();
    const char *textEnd = cell.content == Content::None ? end : textStart + cell.text.size();
    if (textStart < q || textStart - q > Shape::kMaxMiddle || end - textEnd > Shape::kMaxClosing)
        return;
    std::memcpy(shape->middle, q, size_t(textStart - q));
    std::memcpy(shape->closing, textEnd, size_t(end - textEnd));
    shape->middleSize = int(textStart - q);
    shape->closingSize = int(end - textEnd);
    shape->closingMask = maskOf(shape->closingSize);
    shape->content = cell.content;
    shape->type = cell.type;
    shape->style = cell.style;
    rememberPrefix(start, q, cell, shape);
}

bool XlsxCellMarkup::readLike(QByteArrayView bytes, const Shape &shape, QByteArrayView rowDigits,
                              qint64 row, XlsxCellMarkup *cell)
{
    const char *start = bytes.data();
    const char *end = start + bytes.size();
    // As readReference() needs: "<c r=\"", "XFD1048576" and the quote, a byte to spare.
    if (shape.middleSize < 0 || end - start < 6 + 12 || !equalBytes(start, "<c r=\"", 6))
        return false;
    const char *p = start + 6;
    // The reference: one to three letters within XFD, then the row's own digits and the quote
    // (a row number written otherwise, with leading zeros, is left to read()).
    const char *q = p;
    int column = 0;
    while (unsigned(*q - 'A') < 26u && q - p < 3)
        column = column * 26 + (*q++ - 'A' + 1);
    if (q == p || column > 16384 || !equalBytes(q, rowDigits.data(), rowDigits.size())
        || q[rowDigits.size()] != '"')
        return false;
    cell->column = column - 1;
    cell->row = row;
    p = q + rowDigits.size() + 1;
    if (end - p < shape.middleSize || !equalBytes(p, shape.middle, shape.middleSize))
        return false;
    p += shape.middleSize;
    cell->type = shape.type;
    cell->style = shape.style;
    cell->content = shape.content;
    if (shape.content != Content::None) {
        if (!readText(p, end, cell) || end - p < shape.closingSize
            || !equalBytes(p, shape.closing, shape.closingSize))
            return false;
        p += shape.closingSize;
    }
    cell->size = p - start;
    return true;
}
