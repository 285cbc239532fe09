#include "io/XlsxSheetScanner.h"

#include "io/XlsxSharedStrings.h"

#include <QBuffer>

#include <cstring>

namespace {

// Excel's sheet: columns A to XFD, rows 1 to 1,048,576 (Excel's specifications and limits; the
// most any writer this project meets writes).
constexpr int kMaxColumns = 16384; // XlsxCellMarkup knows them too
constexpr qint64 kMaxRows = 1048576;
constexpr qsizetype kMaxCellChars = 4 * 1024 * 1024;
constexpr qint64 kMaxRowChars = 16 * 1024 * 1024;

// value as plain decimal digits (at most 9), or false.
bool parseDigits(QByteArrayView value, qint64 *number)
{
    if (value.isEmpty() || value.size() > 9)
        return false;
    qint64 n = 0;
    for (const char c : value) {
        if (c < '0' || c > '9')
            return false;
        n = n * 10 + (c - '0');
    }
    *number = n;
    return true;
}

// An attribute value that XML decoding would change (a reference, whitespace to normalise).
bool needsDecoding(QByteArrayView raw)
{
    for (const char c : raw) {
        if (c == '&' || c == '\t' || c == '\n' || c == '\r')
            return true;
    }
    return false;
}

// 0 -> "A", 26 -> "AA", 16383 -> "XFD".
QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

} // namespace

XlsxSheetScanner::XlsxSheetScanner(QIODevice *sheet, const XlsxCellValues &values,
                                   const QString &where, qint64 rowBefore)
    : m_xml(sheet)
    , m_values(values)
    , m_where(where)
    , m_row(rowBefore)
{}

void XlsxSheetScanner::readOnlyColumns(const QList<bool> &wanted)
{
    m_someColumns = true;
    m_wanted = wanted;
    m_wantedColumns.clear();
    for (qsizetype c = 0; c < wanted.size(); ++c) {
        if (wanted.at(c))
            m_wantedColumns.append(int(c));
    }
}

bool XlsxSheetScanner::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    m_ended = true;
    return false;
}

bool XlsxSheetScanner::failAtCell(const QString &message)
{
    return fail(tr("%1, row %2, cell %3: %4").arg(m_where).arg(m_row).arg(m_cellRef, message));
}

bool XlsxSheetScanner::damaged()
{
    const QString what = m_xml.errorString().isEmpty()
        ? tr("the XML ends in the middle (the file is truncated)")
        : m_xml.errorString();
    if (m_row == 0)
        return fail(tr("%1: the worksheet is damaged: %2").arg(m_where, what));
    return fail(tr("%1, row %2: the worksheet is damaged: %3").arg(m_where).arg(m_row).arg(what));
}

bool XlsxSheetScanner::readRow(QStringList &cells)
{
    while (!m_ended) {
        const XlsxXmlStream::Token token = m_xml.readNext();
        if (token == XlsxXmlStream::EndOfDocument) {
            m_ended = true;
            break;
        }
        if (token == XlsxXmlStream::Invalid) {
            damaged();
            break;
        }
        if (token != XlsxXmlStream::StartElement || !m_xml.nameIs("row"))
            continue;
        if (m_someColumns)
            m_xml.setMark();
        const qint64 before = m_row;
        if (!startRow() || !readCells(cells))
            break;
        if (m_count > 0) {
            emptyLeftOut(cells, m_written, std::min<qsizetype>(m_count, cells.size()));
            cells.resize(m_count);
            if (m_someColumns) {
                m_rowXml = m_xml.marked();
                if (m_rowChars + m_skippedBytes > kMaxRowChars && !checkRowLength(before))
                    break;
            }
            return true;
        }
    }
    cells.clear();
    return false;
}

bool XlsxSheetScanner::startRow()
{
    qint64 number = m_row + 1;
    QByteArrayView raw;
    if (m_xml.attribute("r", &raw) && !raw.isEmpty()) {
        QString text;
        bool ok = parseDigits(raw, &number);
        if (!ok) {
            if (!m_xml.appendAttributeValue(raw, text))
                return damaged();
            number = text.toLongLong(&ok);
        }
        if (!ok || number < 1)
            return fail(tr("%1, after row %2: '%3' is not a row number")
                            .arg(m_where)
                            .arg(m_row)
                            .arg(ok ? QString::number(number) : text));
    }
    if (number <= m_row)
        return fail(tr("%1: row %2 comes after row %3 (rows out of order or repeated)")
                        .arg(m_where)
                        .arg(number)
                        .arg(m_row));
    if (number > kMaxRows)
        return fail(tr("%1: row %2 is beyond a sheet's last row, %3")
                        .arg(m_where)
                        .arg(number)
                        .arg(kMaxRows));
    m_row = number;
    // Its digits, as the row's cells' references end in them.
    char digits[8];
    int n = 0;
    for (qint64 r = number; r > 0; r /= 10)
        digits[n++] = char('0' + r % 10);
    m_rowDigitWord = m_rowDigitMask = 0;
    for (int i = 0; i < n; ++i) {
        m_rowDigits[i] = digits[n - 1 - i];
        m_rowDigitWord |= quint64(uchar(m_rowDigits[i])) << (8 * i);
        m_rowDigitMask |= quint64(0xFF) << (8 * i);
    }
    m_rowDigitCount = n;
    return true;
}

bool XlsxSheetScanner::readCells(QStringList &cells)
{
    m_count = 0;
    m_written = 0;
    m_nextColumn = 0;
    m_rowChars = 0;
    m_skippedBytes = 0;
    m_rowBlank = true;
    for (;;) {
        if (m_someColumns)
            m_xml.skipMarkup(skipCells(m_xml.lookAhead()));
        XlsxCellMarkup cell;
        if (recogniseCell(m_xml.lookAhead(), &cell) && fitsRow(cell)) {
            if (!readPlainCell(cell, cells))
                return false;
            m_xml.skipMarkup(cell.size);
            continue;
        }
        const XlsxXmlStream::Token token = m_xml.readNext();
        if (token == XlsxXmlStream::EndElement && m_xml.nameIs("row"))
            return true;
        if (token == XlsxXmlStream::Invalid || token == XlsxXmlStream::EndOfDocument)
            return damaged();
        if (token == XlsxXmlStream::StartElement && m_xml.nameIs("c") && !readCell(cells))
            return false;
    }
}

// A cell XlsxCellMarkup recognises at the start of bytes, written as the last one in its column
// (a shape per column, columns past kShapes sharing theirs) or read whole and then remembered.
Q_ALWAYS_INLINE bool XlsxSheetScanner::recogniseCell(QByteArrayView bytes, XlsxCellMarkup *cell)
{
    if (XlsxCellMarkup::readLike(bytes, m_shapes[size_t(m_nextColumn) % kShapes],
                                 QByteArrayView(m_rowDigits, m_rowDigitCount), m_row, cell))
        return true;
    *cell = XlsxCellMarkup();
    if (!XlsxCellMarkup::read(bytes, cell))
        return false;
    const int column = cell->column < 0 ? m_nextColumn : cell->column;
    XlsxCellMarkup::remember(bytes, *cell, &m_shapes[size_t(column) % kShapes]);
    return true;
}

// The cells of the columns not wanted from the start of bytes, one after the other, each written
// as the cell before it in its column (XlsxCellMarkup::matchShape): what readCells() would do
// with them, in a loop of its own. Returns the bytes they took; stops at a wanted column, at a
// cell written otherwise (readCells() then reads it) and near the end of the bytes at hand.
qsizetype XlsxSheetScanner::skipCells(QByteArrayView bytes)
{
    using Blankness = XlsxCellValues::Blankness;
    const char *p = bytes.data();
    const char *end = p + bytes.size();
    while (end - p >= XlsxCellMarkup::kShapeLookAhead && !wanted(m_nextColumn)) {
        XlsxCellMarkup::Shape &shape = m_shapes[size_t(m_nextColumn) % kShapes];
        if (shape.column != m_nextColumn)
            break;
        shape.stamp(m_rowDigitWord, m_rowDigitMask, m_rowDigitCount, m_row);
        __builtin_prefetch(p + 512); // the inflating thread wrote these bytes on the other core
        QByteArrayView text;
        const char *after = XlsxCellMarkup::matchShape(p, end, shape, &text);
        if (!after)
            break;
        // As skipPlainCell(), with the shape's type and content.
        Blankness blank = blankness(shape.content, shape.type, shape.style, text);
        if (blank == Blankness::Unknown)
            blank = decodedBlankness(XlsxCellMarkup::describe(shape, text, end));
        skipped(m_nextColumn, blank, text.size());
        p = after;
    }
    return p - bytes.data();
}

// The column of r="C7": letters (a column of Excel's sheet), then the number of the row it is
// in; after the cells before it.
bool XlsxSheetScanner::cellColumn(QByteArrayView reference, int *column)
{
    QByteArray decoded;
    if (reference.contains('&')) { // never written so, but XML allows it
        QString text;
        if (!m_xml.appendAttributeValue(reference, text))
            return damaged();
        decoded = text.toUtf8();
        reference = decoded;
    }
    const auto bad = [&](const QString &message) {
        m_cellRef = QString::fromUtf8(reference.data(), reference.size());
        return failAtCell(message);
    };
    qint64 col = 0;
    qsizetype i = 0;
    for (; i < reference.size() && col <= kMaxColumns; ++i) {
        const char c = reference[i];
        if (c >= 'A' && c <= 'Z')
            col = col * 26 + (c - 'A' + 1);
        else if (c >= 'a' && c <= 'z')
            col = col * 26 + (c - 'a' + 1);
        else
            break;
    }
    if (col > kMaxColumns)
        return bad(tr("the column is beyond a sheet's last column, XFD"));
    qint64 row = 0;
    const qsizetype digits = i;
    for (; i < reference.size() && row <= kMaxRows; ++i) {
        const char c = reference[i];
        if (c < '0' || c > '9')
            break;
        row = row * 10 + (c - '0');
    }
    if (row > kMaxRows)
        return bad(tr("the row is beyond a sheet's last row, %1").arg(kMaxRows));
    if (digits == 0 || i == digits || i != reference.size())
        return bad(tr("'%1' is not a cell reference")
                       .arg(QString::fromUtf8(reference.data(), reference.size())));
    if (row != m_row)
        return bad(tr("the cell names row %1, but it is in row %2").arg(row).arg(m_row));
    if (col - 1 < m_nextColumn)
        return bad(tr("the cell comes after %1 (cells out of order or repeated)")
                       .arg(columnName(m_nextColumn - 1) + QString::number(m_row)));
    *column = int(col - 1);
    return true;
}

// Where a cell goes, its type and its style, from its attributes as written.
bool XlsxSheetScanner::resolveCell(const CellAttributes &a, int *column, XlsxCellValues::Type *type,
                                   int *style)
{
    *column = m_nextColumn;
    if (!a.reference.isEmpty()) {
        if (!cellColumn(a.reference, column))
            return false;
    } else if (*column >= kMaxColumns) {
        m_cellRef = columnName(*column) + QString::number(m_row);
        return failAtCell(tr("the row has more cells than a sheet's %1 columns").arg(kMaxColumns));
    }
    *type = XlsxCellValues::typeOf(a.type);
    if (*type == XlsxCellValues::Type::AsWritten && needsDecoding(a.type)) {
        QString text;
        if (!m_xml.appendAttributeValue(a.type, text))
            return damaged();
        *type = XlsxCellValues::typeOf(QStringView(text));
    }
    qint64 number = 0;
    if (a.hasStyle && !parseDigits(a.style, &number)) {
        QString text;
        if (!m_xml.appendAttributeValue(a.style, text))
            return damaged();
        number = text.toInt(); // as before: what is no number is style 0
    }
    *style = int(number);
    return true;
}

QString &XlsxSheetScanner::cellAt(QStringList &cells, int column)
{
    while (cells.size() <= column)
        cells.append(QString());
    return cells[column];
}

// The cells XlsxCellMarkup recognises, as readCell() would read them; false (having done
// nothing) for one readCell() has to look at: out of order, in another row, past the last column.
Q_ALWAYS_INLINE bool XlsxSheetScanner::fitsRow(const XlsxCellMarkup &cell) const
{
    return cell.column < 0 ? m_nextColumn < kMaxColumns
                           : cell.row == m_row && cell.column >= m_nextColumn;
}

bool XlsxSheetScanner::readPlainCell(const XlsxCellMarkup &cell, QStringList &cells)
{
    const int column = cell.column < 0 ? m_nextColumn : cell.column;
    if (!wanted(column))
        return skipPlainCell(cell, column);
    QString &target = cellAt(cells, column);
    if (cell.content == XlsxCellMarkup::Content::InlineText) {
        m_xml.assignUtf8(cell.text, cell.textIsAscii, target);
        if (cell.textHasUnderscore)
            XlsxSharedStrings::decodeEscapes(target, 0);
    } else if (cell.type == XlsxCellValues::Type::InlineString) {
        XlsxCellValues::makeEmpty(target); // t="inlineStr" without <is>
    } else {
        m_xml.assignUtf8(cell.text, cell.textIsAscii, m_value); // empty without <v>
        m_values.text(cell.type, cell.style, m_value, target);
    }
    return endCell(cells, column, target);
}

bool XlsxSheetScanner::readCell(QStringList &cells)
{
    // The first of each, as QXmlStreamAttributes::value() finds it.
    CellAttributes attributes;
    bool hasReference = false;
    bool hasType = false;
    for (qsizetype i = 0; i < m_xml.attributeCount(); ++i) {
        const QByteArrayView name = m_xml.attributeName(i);
        if (name.size() != 1)
            continue;
        if (name[0] == 'r' && !hasReference)
            attributes.reference = m_xml.attributeValue(i), hasReference = true;
        else if (name[0] == 't' && !hasType)
            attributes.type = m_xml.attributeValue(i), hasType = true;
        else if (name[0] == 's' && !attributes.hasStyle)
            attributes.style = m_xml.attributeValue(i), attributes.hasStyle = true;
    }
    int column = 0;
    auto type = XlsxCellValues::Type::Number;
    int style = 0;
    if (!resolveCell(attributes, &column, &type, &style))
        return false;
    QString &target = cellAt(cells, column);
    XlsxCellValues::makeEmpty(target);
    m_value.resize(0);
    bool isInline = type == XlsxCellValues::Type::InlineString;
    for (;;) {
        const XlsxXmlStream::Token token = m_xml.readNext();
        if (token == XlsxXmlStream::EndElement && m_xml.nameIs("c"))
            break;
        if (token == XlsxXmlStream::Invalid || token == XlsxXmlStream::EndOfDocument)
            return damaged();
        if (token != XlsxXmlStream::StartElement)
            continue;
        if (m_xml.nameIs("v")) {
            m_value.resize(0); // the last <v> counts
            if (!m_xml.readElementText(m_value, false))
                return damaged();
        } else if (m_xml.nameIs("is")) {
            XlsxCellValues::makeEmpty(target); // the last <is> counts
            isInline = true;
            if (!XlsxSharedStrings::appendRichText(m_xml, target, kMaxCellChars))
                return damaged();
        } else if (!m_xml.skipCurrentElement()) { // <f> formulas, extensions
            return damaged();
        }
    }
    if (!isInline)
        m_values.text(type, style, m_value, target);
    if (!endCell(cells, column, target))
        return false;
    if (!wanted(column))
        XlsxCellValues::makeEmpty(target); // read whole (it is rare), but not asked for
    return true;
}

// A plain cell of a column nobody reads: what readPlainCell() would have done to the row, but
// its text is made only when its bytes cannot tell whether it is blank.
Q_ALWAYS_INLINE bool XlsxSheetScanner::skipPlainCell(const XlsxCellMarkup &cell, int column)
{
    XlsxCellValues::Blankness blank = blankness(cell.content, cell.type, cell.style, cell.text);
    if (blank == XlsxCellValues::Blankness::Unknown)
        blank = decodedBlankness(cell);
    skipped(column, blank, cell.text.size());
    return true;
}

// The row after a skipped cell of `column` whose text (textBytes of UTF-8) is `blank`.
Q_ALWAYS_INLINE void XlsxSheetScanner::skipped(int column, XlsxCellValues::Blankness blank,
                                               qsizetype textBytes)
{
    m_nextColumn = column + 1;
    if (blank == XlsxCellValues::Blankness::Empty)
        return;
    m_count = column + 1; // the strings of the row's cells are put right at its end
    m_rowBlank = m_rowBlank && blank == XlsxCellValues::Blankness::Blank;
    m_skippedBytes += textBytes;
}

// A plain cell's Blankness from its bytes, Unknown when they cannot tell.
Q_ALWAYS_INLINE XlsxCellValues::Blankness
XlsxSheetScanner::blankness(XlsxCellMarkup::Content content, XlsxCellValues::Type type, int style,
                            QByteArrayView text) const
{
    if (content == XlsxCellMarkup::Content::InlineText)
        return XlsxCellValues::textBlankness(text);
    if (type == XlsxCellValues::Type::InlineString)
        return XlsxCellValues::Blankness::Empty; // t="inlineStr" without <is>
    return m_values.blankness(type, style, text);
}

// blankness() when the bytes cannot tell: the text made as readPlainCell() would have made it.
XlsxCellValues::Blankness XlsxSheetScanner::decodedBlankness(const XlsxCellMarkup &cell)
{
    using Blankness = XlsxCellValues::Blankness;
    if (cell.content == XlsxCellMarkup::Content::InlineText) {
        m_xml.assignUtf8(cell.text, cell.textIsAscii, m_scratch);
        if (cell.textHasUnderscore)
            XlsxSharedStrings::decodeEscapes(m_scratch, 0);
    } else {
        m_xml.assignUtf8(cell.text, cell.textIsAscii, m_value);
        m_values.text(cell.type, cell.style, m_value, m_scratch);
    }
    return m_scratch.isEmpty()               ? Blankness::Empty
        : XlsxCellValues::isBlank(m_scratch) ? Blankness::Blank
                                             : Blankness::Text;
}

// The row just read, whose skipped cells were counted by their bytes, may hold more characters
// than a row may: read its XML again, every cell, to know (and fail as that read fails).
bool XlsxSheetScanner::checkRowLength(qint64 rowBefore)
{
    QByteArray xml = m_rowXml.toByteArray();
    QBuffer buffer(&xml);
    buffer.open(QIODevice::ReadOnly);
    XlsxSheetScanner whole(&buffer, m_values, m_where, rowBefore);
    QStringList cells;
    whole.readRow(cells);
    return whole.errorString().isEmpty() || fail(whole.errorString());
}

// Empties cells [from, to), which this row left out and may hold an earlier row's text. With
// readOnlyColumns only the wanted ones: the others are never written, and not looked at (their
// strings, row after row, were a cache miss each).
void XlsxSheetScanner::emptyLeftOut(QStringList &cells, qsizetype from, qsizetype to)
{
    if (!m_someColumns) {
        for (qsizetype c = from; c < to; ++c)
            XlsxCellValues::makeEmpty(cells[c]);
        return;
    }
    for (const int c : std::as_const(m_wantedColumns)) {
        if (c >= from && c < to && !std::as_const(cells)[c].isEmpty())
            XlsxCellValues::makeEmpty(cells[c]);
    }
}

// The cell's text is in target: the row's cells are now up to it, if it is not empty.
bool XlsxSheetScanner::endCell(QStringList &cells, int column, const QString &target)
{
    if (!target.isEmpty()) {
        emptyLeftOut(cells, m_written, column);
        m_count = m_written = column + 1;
        m_rowBlank = m_rowBlank && XlsxCellValues::isBlank(target);
        m_rowChars += target.size();
        if (m_rowChars > kMaxRowChars)
            return fail(tr("%1, row %2: more than %3 characters in one row")
                            .arg(m_where)
                            .arg(m_row)
                            .arg(kMaxRowChars));
    }
    m_nextColumn = column + 1;
    return true;
}
