#pragma once

#include "io/XlsxCellMarkup.h"
#include "io/XlsxCellValues.h"
#include "io/XlsxXmlStream.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QIODevice;

// The rows of a worksheet's XML (ECMA-376 Part 1, §18.3.1: <sheetData>, <row> §18.3.1.73, <c>
// §18.3.1.4, <v> §18.3.1.96, <is> §18.3.1.53, <f> §18.3.1.40) as XlsxReader gives them, read with
// XlsxXmlStream at the pace of the file's inflation rather than QXmlStreamReader's (issue #18).
// What Excel, WPS Office, LibreOffice, 问卷星's and 腾讯问卷's exporters and libxlsxwriter write:
//   - a cell goes in the column its reference names (r="C7", §18.18.7 ST_CellRef), or after the
//     previous cell when it has none; the cells a row leaves out are empty; a row ends after its
//     last non-empty cell; a row without a non-empty cell is skipped;
//   - rows are numbered by their r, or one after the previous row; rows the sheet leaves out are
//     not returned (rowNumber() says which row a row is);
//   - values as XlsxCellValues says; inline strings (<is>, rich-text runs, phonetic runs left
//     out); formulas (<f>) give their cached <v>; any other element inside a cell is skipped;
//   - element names with a namespace prefix (<x:c>) as without.
// Refused with an error naming the place (where, the row, the cell), where QXmlStreamReader would
// have read on or padded a row with millions of cells: a reference beyond Excel's sheet (column
// XFD, row 1,048,576), one that is not a cell reference, cells or rows out of order or repeated,
// a cell whose reference names another row, a row of more than 16 million characters, and
// whatever XlsxXmlStream refuses.
//
// No QXmlStreamReader fallback: the scanner reads every XML 1.0 construct a sheet can hold
// (XlsxXmlStream), and what it refuses it refuses on purpose, with an error that says why; a second
// parser kept for the rare file would double the code to trust and be the one path the tests and
// the fuzzer see least. QXmlStreamReader stays for workbook.xml, its relationships and styles.xml,
// which are small (XlsxReader). The reader before this one is kept in tests/support
// (LegacyXlsxReader), where tst_io_readers and fuzz/fuzz_xlsx_scanner_diff compare the two.
class XlsxSheetScanner
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSheetScanner)

public:
    // Reads sheet (not owned, open) from its current position. where names the sheet in error
    // messages ("wjx.xlsx, sheet “Sheet1”"); values turns <v> into text. rowBefore: the number
    // of the row before the first one (a row without r is the one after it).
    XlsxSheetScanner(QIODevice *sheet, const XlsxCellValues &values, const QString &where,
                     qint64 rowBefore = 0);

    // From now on readRow() makes strings of the cells of the columns wanted[c] only (0-based;
    // columns past wanted's end are not wanted) and leaves the others empty (issue #18: a
    // 问卷星 export's 40 answers when 4 columns are mapped); each row's XML is kept whole
    // (lastRowXml). The other columns' cells are not touched: each list passed to readRow() must
    // be empty or one readRow() filled after this call (TableReader::readOnlyColumns). Rows end,
    // are skipped and are refused exactly as when every cell is read: a skipped cell's emptiness
    // and blankness are told from its bytes (XlsxCellValues::blankness), decoding them only when
    // those cannot tell, and a row whose skipped cells may bring it over the 16 million characters
    // is read again whole to know.
    void readOnlyColumns(const QList<bool> &wanted);
    // After readOnlyColumns(): whether every cell of the last row read, of every column, is
    // empty or white space.
    bool lastRowBlank() const { return m_rowBlank; }
    // After readOnlyColumns(): the last row's XML as written, from "<row" to the end of
    // "</row>"; valid until the next readRow(). A scanner made with rowBefore = rowNumber() - 1
    // reads it back as every cell of the row.
    QByteArrayView lastRowXml() const { return m_rowXml; }

    // The next row with a non-empty cell into cells (its strings are reused where they can be);
    // false at the end of the sheet or on error (then errorString() is not empty).
    bool readRow(QStringList &cells);
    // The 1-based number of the last row read (its r).
    qint64 rowNumber() const { return m_row; }
    QString errorString() const { return m_error; }
    // True once the sheet's end was read or an error met.
    bool atEnd() const { return m_ended; }
    // Bytes of the sheet's XML consumed.
    qint64 bytesRead() const { return m_xml.bytesRead(); }

private:
    bool startRow();
    bool readCells(QStringList &cells);
    bool readCell(QStringList &cells);
    bool recogniseCell(QByteArrayView bytes, XlsxCellMarkup *cell);
    qsizetype skipCells(QByteArrayView bytes);
    bool fitsRow(const XlsxCellMarkup &cell) const;
    bool readPlainCell(const XlsxCellMarkup &cell, QStringList &cells);
    bool skipPlainCell(const XlsxCellMarkup &cell, int column);
    void skipped(int column, XlsxCellValues::Blankness blank, qsizetype textBytes);
    XlsxCellValues::Blankness blankness(XlsxCellMarkup::Content content, XlsxCellValues::Type type,
                                        int style, QByteArrayView text) const;
    XlsxCellValues::Blankness decodedBlankness(const XlsxCellMarkup &cell);
    bool wanted(int column) const
    {
        return !m_someColumns || (column < m_wanted.size() && m_wanted.at(column));
    }
    bool checkRowLength(qint64 rowBefore);
    struct CellAttributes
    {
        QByteArrayView reference, type, style; // as written
        bool hasStyle = false;
    };
    bool resolveCell(const CellAttributes &attributes, int *column, XlsxCellValues::Type *type,
                     int *style);
    static QString &cellAt(QStringList &cells, int column);
    void emptyLeftOut(QStringList &cells, qsizetype from, qsizetype to);
    bool endCell(QStringList &cells, int column, const QString &target);
    bool cellColumn(QByteArrayView reference, int *column);
    bool fail(const QString &message);
    bool failAtCell(const QString &message);
    bool damaged();

    static constexpr size_t kShapes = 64;
    XlsxCellMarkup::Shape m_shapes[kShapes]; // the last cell's markup in each column
    char m_rowDigits[8] = {}; // m_row's number in decimal
    int m_rowDigitCount = 0;
    quint64 m_rowDigitWord = 0; // the digits as XlsxCellMarkup::Shape::stamp() takes them
    quint64 m_rowDigitMask = 0;
    XlsxXmlStream m_xml;
    const XlsxCellValues &m_values;
    QString m_where;
    qint64 m_row = 0;
    int m_nextColumn = 0; // where a cell without a reference goes
    int m_count = 0; // cells of the row so far, up to its last non-empty one
    int m_written = 0; // cells of the row whose strings are this row's: up to its last one read
    qint64 m_rowChars = 0;
    // With readOnlyColumns: the UTF-8 bytes of the skipped cells' texts, at least as many as
    // their characters.
    qint64 m_skippedBytes = 0;
    bool m_someColumns = false;
    QList<bool> m_wanted;
    QList<int> m_wantedColumns; // the columns wanted, in order
    bool m_rowBlank = true;
    QByteArrayView m_rowXml;
    QString m_scratch; // a skipped cell's text, when its bytes cannot tell its blankness
    QString m_cellRef; // of the cell being read, for messages
    QString m_value; // the <v> of the cell being read
    bool m_ended = false;
    QString m_error;
};
