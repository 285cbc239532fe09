#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

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

private:
    QString generalText(Type type, int style, const QString &value) const;
    int styleKind(int style) const;

    QStringList m_shared;
    QList<int> m_styleDate;
    bool m_date1904;
};
