#pragma once

#include "common/Expected.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QIODevice;
class XlsxXmlStream;

// The shared-string table of a workbook (xl/sharedStrings.xml, ECMA-376 Part 1, §18.4.9 sst):
// cells of type s hold an index into it. Read by hand with XlsxXmlStream (issue #18): Excel and
// WPS Office write every text of a sheet there, so it can be as large as the sheet.
class XlsxSharedStrings
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSharedStrings)

public:
    // The text of each <si> (§18.4.8) in order, read from device (not owned, open) to its end;
    // or what is wrong with the part (untranslated parts of the message come from
    // XlsxXmlStream). A table that would take more than 1 GiB of memory is refused, so a
    // damaged or hostile file cannot exhaust it.
    static Expected<QStringList, QString> read(QIODevice *device);

    // After the StartElement of an <si> or an <is> (an inline string, §18.3.1.53): appends its
    // text to out and reads up to its end tag. The text is the <t> elements' (§18.4.12) joined,
    // those of rich-text runs (<r>, §18.4.4) included and those of phonetic runs (<rPh>,
    // §18.4.6: the readings WPS Office and Excel store for Chinese and Japanese text) left out,
    // with the _xHHHH_ escapes of ST_Xstring (§22.9.2.19) undone in each <t>. False on an XML
    // error (see the stream's errorString()) or when the text grows past maxChars UTF-16 units.
    static bool appendRichText(XlsxXmlStream &xml, QString &out, qsizetype maxChars);

    // Undoes ST_Xstring's escapes in text from index `from`: "_x000D_" is a carriage return,
    // "_x005F_" an underscore (Excel writes a literal "_x000D_" as "_x005F_x000D_").
    // libxlsxwriter and Excel escape control characters this way.
    static void decodeEscapes(QString &text, qsizetype from);
};
