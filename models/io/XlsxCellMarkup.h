#pragma once

#include "io/XlsxCellValues.h"

#include <QByteArrayView>
#include <QtEndian>

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// A worksheet cell as almost every cell of every sheet is written, recognised and taken apart
// straight from the XML's bytes (issue #18: the cells are nearly all of a sheet, and reading each
// as five to seven XML tokens, its attributes as text, was most of the time):
//   <c r="B7" s="1" t="s"><v>VALUE</v></c>                     numbers, shared strings, booleans
//   <c r="B7" t="inlineStr"><is><t>TEXT</t></is></c>           libxlsxwriter, 问卷星
//   <c r="B7" t="inlineStr"><is><t xml:space="preserve">TEXT</t></is></c>     腾讯问卷, Excel
//   <c r="B7" s="1"/>  <c r="B7"></c>                          no value
// with only the attributes r (upper-case column letters A to XFD, row 1 to 1,048,576), s (digits)
// and t (one of ECMA-376's ST_CellType values, §18.18.11), any of them, in any order,
// double-quoted, apart by spaces; no prefix; text without references or carriage returns (so it
// needs no decoding). Anything else (a formula, rich text, x:c, an entity, another attribute, a
// reference beyond the sheet, a cell cut by the end of the bytes at hand) is not recognised, and
// XlsxSheetScanner reads it token by token, with the same result or the error it deserves.
struct XlsxCellMarkup
{
    enum class Content { None, Value, InlineText };

    int column = -1; // 0-based, from r; -1 without r
    qint64 row = 0; // from r
    XlsxCellValues::Type type = XlsxCellValues::Type::Number;
    int style = 0;
    Content content = Content::None;
    QByteArrayView text; // the <v>'s or the <t>'s, as written
    bool textHasUnderscore = false; // it may hold _xHHHH_ escapes
    bool textIsAscii = true;
    qsizetype size = 0; // bytes from "<c" to the end of "</c>" or "/>"

    // True, with *cell filled in, when bytes start with such a cell, all of it.
    static bool read(QByteArrayView bytes, XlsxCellMarkup *cell);

    // A cell's markup but for its reference and its text, remembered from a cell read()
    // recognised that starts <c r="...": the cells of a column are, as a rule, all written the
    // same way (<c r="B7" t="inlineStr"><is><t>...</t></is></c> down the column), so the next
    // ones are recognised by comparing these bytes rather than by reading their attributes
    // again (issue #18: that was half of the reading thread's time on a 问卷星 .xlsx).
    struct Shape
    {
        static constexpr int kMaxMiddle = 48;
        static constexpr int kMaxClosing = 16;
        char middle[kMaxMiddle]; // from after r's closing quote up to the text (or the end)
        int middleSize = -1; // -1: nothing remembered
        char closing[kMaxClosing] = {}; // after the text (16 bytes: matchShape() reads them all)
        quint64 closingMask = 0; // a bit for each byte of closing: "</v></c>", "</t></is></c>"
        int closingSize = 0;
        Content content = Content::None;
        XlsxCellValues::Type type = XlsxCellValues::Type::Number;
        int style = 0;

        // The whole markup before the text, reference included, of the next cell of the same
        // column in row `row`: "<c r=\"" letters digits "\"" middle (matchShape()). A sheet's
        // next row then costs rewriting its digits here (stamp()), and each cell one comparison.
        static constexpr int kMaxPrefix = 64;
        char prefix[kMaxPrefix + 8] = {}; // and room for stamp()'s word
        int prefixSize = -1; // -1: none (digits with leading zeros, or longer than kMaxPrefix)
        quint64 prefixMask = 0; // a bit for each byte of prefix
        int headSize = 0; // "<c r=\"" and the letters
        int digitCount = 0;
        int column = -1;
        qint64 row = 0;
        // Makes prefix the markup of this column's cell in row nextRow, whose number is written
        // with `count` digits, given as the low bytes of digitWord (the first digit lowest) and
        // digitMask (0xFF for each of them): one word written, the bytes after the digits kept.
        void stamp(quint64 digitWord, quint64 digitMask, int count, qint64 nextRow)
        {
            if (row == nextRow || prefixSize < 0)
                return;
            if (count != digitCount && !restamp(count))
                return;
            const quint64 word = qFromLittleEndian<quint64>(prefix + headSize);
            qToLittleEndian((word & ~digitMask) | digitWord, prefix + headSize);
            row = nextRow;
        }

    private:
        bool restamp(int count);
    };

private:
    // The bits of `wanted` (bit i: byte i) are where a's and b's first 64 bytes are the same: one
    // comparison of three blocks of 16 bytes, or four when wanted reaches past the third, without
    // a branch but that one (both must have 64 readable).
    Q_ALWAYS_INLINE static bool equalWhere(const char *a, const char *b, quint64 wanted)
    {
#if defined(__SSE2__)
        const auto same = [&](int i) {
            return quint64(
                       unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(load16(a + i), load16(b + i)))))
                << i;
        };
        quint64 equal = same(0) | same(16) | same(32);
        if (wanted >> 48)
            equal |= same(48);
        return (equal & wanted) == wanted;
#else
        for (int i = 0; i < 64; ++i) {
            if (((wanted >> i) & 1) && a[i] != b[i])
                return false;
        }
        return true;
#endif
    }
    // The same for the first 16 bytes (wanted below 1 << 16).
    Q_ALWAYS_INLINE static bool equalWhere16(const char *a, const char *b, unsigned wanted)
    {
#if defined(__SSE2__)
        return (unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(load16(a), load16(b)))) & wanted)
            == wanted;
#else
        return equalWhere(a, b, wanted);
#endif
    }
    // The '<' ending a text that starts at p, or null when a '&' or a carriage return comes
    // first (the text needs decoding) or no '<' comes 16 bytes before end.
    Q_ALWAYS_INLINE static const char *textEnd(const char *p, const char *end)
    {
#if defined(__SSE2__)
        const __m128i lt = _mm_set1_epi8('<'), amp = _mm_set1_epi8('&'), cr = _mm_set1_epi8('\r');
        for (; end - p >= 16; p += 16) {
            const __m128i v = load16(p);
            const unsigned at = unsigned(_mm_movemask_epi8(
                _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, lt), _mm_cmpeq_epi8(v, amp)),
                             _mm_cmpeq_epi8(v, cr))));
            if (at) {
                p += __builtin_ctz(at);
                return *p == '<' ? p : nullptr;
            }
        }
        return nullptr;
#else
        for (; p < end; ++p) {
            if (*p == '<')
                return p;
            if (*p == '&' || *p == '\r')
                return nullptr;
        }
        return nullptr;
#endif
    }
#if defined(__SSE2__)
    Q_ALWAYS_INLINE static __m128i load16(const char *p)
    {
        return _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
    }
#endif

public:
    // Bytes matchShape() may look at: it is not called with fewer.
    static constexpr qsizetype kShapeLookAhead = Shape::kMaxPrefix;
    // Where the cell ends, with *text its text (<v> or <t>, as written), when the bytes from p
    // (at least kShapeLookAhead of them before end) start with the cell of shape.column in
    // shape.row (its digits as stamp() wrote them) written as shape's prefix says, then a text
    // as read() takes one and shape's closing bytes; null otherwise (read() or readLike() then
    // tell). The cell is what read() would make of it with shape's type, style and content, and
    // describe()'s flags. One comparison of the whole prefix where readLike() takes the
    // reference apart, and only the look for the text's end (issue #18: the skipped columns of
    // a 问卷星 .xlsx, 40 cells a row, were two thirds of the sheet's reading).
    Q_ALWAYS_INLINE static const char *matchShape(const char *p, const char *end,
                                                  const Shape &shape, QByteArrayView *text)
    {
        if (shape.prefixSize < 0 || !equalWhere(p, shape.prefix, shape.prefixMask))
            return nullptr;
        p += shape.prefixSize;
        if (shape.content == Content::None) {
            *text = QByteArrayView();
            return p;
        }
        const char *lt = textEnd(p, end);
        if (!lt || end - lt < 16 || !equalWhere16(lt, shape.closing, unsigned(shape.closingMask)))
            return nullptr;
        *text = QByteArrayView(p, lt - p);
        return lt + shape.closingSize;
    }
    // The cell matchShape() found, as read() fills it in.
    static XlsxCellMarkup describe(const Shape &shape, QByteArrayView text, const char *end);
    // Remembers in *shape the markup of cell, which read() recognised at the start of bytes
    // (nothing when it does not start <c r="..." or its markup is longer than a Shape holds).
    static void remember(QByteArrayView bytes, const XlsxCellMarkup &cell, Shape *shape);
    // True, with *cell filled in exactly as read() would have filled it, when bytes start with a
    // cell of row `row` (rowDigits: its number as written, without leading zeros) whose markup
    // is shape's (r first, then shape's bytes, a text as read() takes one, shape's closing
    // bytes); false (*cell then undefined) otherwise, also for a cell of another row.
    static bool readLike(QByteArrayView bytes, const Shape &shape, QByteArrayView rowDigits,
                         qint64 row, XlsxCellMarkup *cell);
};
