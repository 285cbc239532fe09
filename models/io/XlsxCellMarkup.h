#pragma once

#include "io/XlsxCellValues.h"

#include <QByteArrayView>

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
        char closing[kMaxClosing]; // after the text: "</v></c>", "</t></is></c>"
        int closingSize = 0;
        Content content = Content::None;
        XlsxCellValues::Type type = XlsxCellValues::Type::Number;
        int style = 0;
    };
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
