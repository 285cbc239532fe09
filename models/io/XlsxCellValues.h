#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

// The text of a worksheet cell from its type (the t attribute, ECMA-376 Part 1, §18.18.11
// ST_CellType), its style (s, an index into styles.xml's cellXfs) and its value (<v>): what
// XlsxReader has always given (tests/data/io/xlsx_*):
//   s          the shared string the value indexes (empty when there is none such);
//   b          TRUE or FALSE;
//   n or none  whole numbers up to 2^53 with every digit, other numbers with 15 significant
//              digits (1.5, 0.001, 1E+20 as "1e+20"); with a date style yyyy-MM-dd, or
//              yyyy-MM-dd HH:mm:ss when the format shows a time (serial days, 1900 or 1904 system);
//              a value that is no number as written;
//   d          an ISO 8601 date as yyyy-MM-dd (or with its time as yyyy-MM-dd HH:mm:ss);
//   str, e     (a formula's text result, an error such as #N/A) and any other type: as written.
// Inline strings (t="inlineStr", <is>) are text already; the sheet scanner reads them.
class XlsxCellValues
{
public:
    enum class Type { Number, SharedString, InlineString, Boolean, IsoDate, AsWritten };
    // What a cell's text is, for a reader that skips the cells nobody reads but must still know
    // where a row's last non-empty cell is and whether the row is blank (ImportCells::isBlank:
    // every cell empty or white space, QChar::isSpace).
    enum class Blankness { Unknown, Empty, Blank, Text };

    // sharedStrings: sharedStrings.xml's <si> texts in order; styleDate: per cellXfs index 0 (no
    // date), 1 (date) or 2 (date and time); date1904: workbookPr date1904 (§18.2.28).
    XlsxCellValues(QStringList sharedStrings, QList<int> styleDate, bool date1904);

    // The type a t attribute's decoded value names; an absent or empty t is a number.
    static Type typeOf(QStringView t);
    static Type typeOf(QByteArrayView t);

    // Sets out to the text of a cell of type (not InlineString) with style and <v> value. out is
    // written in place, so a string reused row after row keeps its memory.
    void text(Type type, int style, const QString &value, QString &out) const;

    // Excel serial day number (1900 date system unless date1904) as yyyy-MM-dd, or
    // yyyy-MM-dd HH:mm:ss withTime.
    static QString serialToText(double serial, bool withTime, bool date1904 = false);
    // Empties text while keeping its memory when no other string shares it.
    static void makeEmpty(QString &text);

    // The Blankness of the text text() would give, told from the value's bytes without making
    // the text where that is quick (a shared string's index, a plain whole number); Unknown
    // otherwise.
    Blankness blankness(Type type, int style, QByteArrayView value) const;
    // The Blankness of text written in UTF-8 (an inline string, _xHHHH_ escapes not yet decoded)
    // from its first bytes: Unknown when they cannot tell (a first character that may be white
    // space: U+0085, U+00A0, U+1680, U+2000-U+205F, U+3000 start with C2, E1, E2 or E3; a '_'
    // that may start an escape).
    static Blankness textBlankness(QByteArrayView utf8)
    {
        // Inline: the first byte tells for nearly every cell.
        if (!utf8.isEmpty()) {
            const uchar first = uchar(utf8.front());
            if (first < 0x80 ? first > ' ' && first != '_' && first != 0x7F
                             : first != 0xC2 && (first < 0xE1 || first > 0xE3))
                return Blankness::Text; // (a stray byte reads as U+FFFD, no space either)
        }
        return textBlanknessOfRest(utf8);
    }
    // True when every character of text is white space (QChar::isSpace), or there is none.
    static bool isBlank(QStringView text);

private:
    static Blankness textBlanknessOfRest(QByteArrayView utf8);
    QString generalText(Type type, int style, const QString &value) const;
    int styleKind(int style) const;

    QStringList m_shared;
    std::vector<Blankness> m_sharedBlankness; // of each shared string
    QList<int> m_styleDate;
    bool m_date1904;
};
