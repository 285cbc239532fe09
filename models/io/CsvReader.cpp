#include "io/CsvReader.h"

#include "io/ExcelTraces.h"
#include "io/FormulaGuard.h"

#include <QCoreApplication>

namespace {

constexpr qint64 kChunkBytes = 1 << 20;
constexpr qint64 kDetectBytes = 64 * 1024;
// A record longer than this is taken for an unclosed quote rather than buffered further.
constexpr qsizetype kMaxRecordChars = 32 * 1024 * 1024;

// True when bytes are well-formed UTF-8; a sequence cut off by the end of the sample is allowed
// when the sample is not the whole file.
bool isValidUtf8(const QByteArray &bytes, bool truncated)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int extra = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
        } else {
            return false;
        }
        if (i + extra >= n + (truncated ? extra : 0))
            return truncated;
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n)
                return truncated;
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        }
        i += extra + 1;
    }
    return true;
}

enum class Parse { Done, NeedMore, Error };

// Sets cells[index], reusing that string's buffer when nothing else shares it (no allocation
// per cell on long files), or appends it.
void setCell(QStringList &cells, qsizetype index, const QChar *data, qsizetype size)
{
    if (index >= cells.size())
        cells.append(QString(data, size));
    else if (size == 0)
        cells[index] = QString(data, 0); // empty, not null, as a new string would be
    else
        cells[index].setUnicode(data, size);
}

void setCell(QStringList &cells, qsizetype index, const QString &value)
{
    if (index >= cells.size())
        cells.append(value);
    else
        cells[index] = value;
}

// Leaves cells[index] empty (a column nobody reads), touching it only when it is not yet.
void clearCell(QStringList &cells, qsizetype index)
{
    if (index >= cells.size())
        cells.append(QString());
    else if (!cells.at(index).isEmpty())
        cells[index] = QString();
}

// A cell as the user meant it: an Excel text formula ="…" as its text, else without the guard
// io/CsvWriter put in front of a formula trigger.
void cleanCell(QString &cell)
{
    // Most cells start with neither = nor ': looked at first, inline, once a cell.
    if (cell.isEmpty() || (cell.front() != u'=' && cell.front() != u'\''))
        return;
    if (ExcelTraces::isTextFormula(cell))
        cell = ExcelTraces::textFormulaValue(cell);
    else if (cell.startsWith(QLatin1Char('\'')))
        cell = FormulaGuard::unguard(cell);
}

void cleanCells(QStringList &cells)
{
    for (QString &cell : cells)
        cleanCell(cell);
}

// Whether a cell's text is blank once cleaned (as ImportCells::isBlank trims it), without
// making a string of it unless cleaning could change it (it starts with = or ').
bool isBlankCell(QStringView text)
{
    if (text.trimmed().isEmpty())
        return true;
    if (!text.startsWith(u'=') && !text.startsWith(u'\''))
        return false;
    QString cell = text.toString();
    cleanCell(cell);
    return cell.trimmed().isEmpty();
}

} // namespace

CsvReader::CsvReader() = default;
CsvReader::~CsvReader() = default;

TableReader::Encoding CsvReader::detectEncoding(const QByteArray &head, bool *hasBom)
{
    if (hasBom)
        *hasBom = false;
    if (head.startsWith("\xEF\xBB\xBF")) {
        if (hasBom)
            *hasBom = true;
        return Encoding::Utf8;
    }
    // UTF-16 with its byte order mark, as Excel saves "Unicode text"; without one, text whose
    // every other byte is zero (ASCII headers) in one order or the other.
    const bool le = head.startsWith("\xFF\xFE");
    if (le || head.startsWith("\xFE\xFF")) {
        if (hasBom)
            *hasBom = true;
        return le ? Encoding::Utf16Le : Encoding::Utf16Be;
    }
    if (head.size() >= 4) {
        int evenZeros = 0, oddZeros = 0;
        for (qsizetype i = 0; i + 1 < head.size(); i += 2) {
            evenZeros += head.at(i) == 0;
            oddZeros += head.at(i + 1) == 0;
        }
        const qsizetype pairs = head.size() / 2;
        if (oddZeros * 2 > pairs && evenZeros == 0)
            return Encoding::Utf16Le;
        if (evenZeros * 2 > pairs && oddZeros == 0)
            return Encoding::Utf16Be;
    }
    return isValidUtf8(head, head.size() >= kDetectBytes) ? Encoding::Utf8 : Encoding::Gb18030;
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    static const QChar candidates[] = {QLatin1Char(','), QLatin1Char('\t'), QLatin1Char(';')};
    // Counts of each candidate per physical record (outside quotes) on the first lines.
    QList<std::array<int, 3>> lines;
    std::array<int, 3> current {0, 0, 0};
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size() && lines.size() < 20; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            if (any)
                lines.append(current);
            current = {0, 0, 0};
            any = false;
        } else if (!quoted) {
            any = true;
            for (int k = 0; k < 3; ++k) {
                if (c == candidates[k])
                    ++current[k];
            }
        }
    }
    if (any)
        lines.append(current);
    if (lines.isEmpty())
        return QLatin1Char(',');
    int best = -1;
    int bestCount = 0;
    // Prefer a delimiter found the same number of times on every line...
    for (int k = 0; k < 3; ++k) {
        const int first = lines.first()[k];
        if (first == 0)
            continue;
        bool consistent = true;
        for (const auto &l : lines)
            consistent = consistent && l[k] == first;
        if (consistent && first > bestCount) {
            best = k;
            bestCount = first;
        }
    }
    if (best >= 0)
        return candidates[best];
    // ...else the one seen most on the header line.
    for (int k = 0; k < 3; ++k) {
        if (lines.first()[k] > bestCount) {
            best = k;
            bestCount = lines.first()[k];
        }
    }
    return best >= 0 ? candidates[best] : QLatin1Char(',');
}

bool CsvReader::open(const QString &path, const Options &options)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error = tr("cannot open %1: %2").arg(path, m_file.errorString());
        return false;
    }
    m_device = &m_file;
    return start(options);
}

bool CsvReader::open(QIODevice *device, const Options &options)
{
    m_device = device;
    return start(options);
}

bool CsvReader::start(const Options &options)
{
    m_size = m_device->isSequential() ? 0 : m_device->size();
    m_pending = m_device->read(kDetectBytes);
    bool bom = false;
    Encoding encoding = detectEncoding(m_pending, &bom);
    if (options.encoding != Encoding::Auto)
        encoding = options.encoding;
    switch (encoding) {
    case Encoding::Utf16Le:
    case Encoding::Utf16Be:
        // The decoder drops the byte order mark.
        m_encodingName = encoding == Encoding::Utf16Le ? QStringLiteral("UTF-16LE")
                                                       : QStringLiteral("UTF-16BE");
        m_decoder = QStringDecoder(encoding == Encoding::Utf16Le ? QStringDecoder::Utf16LE
                                                                 : QStringDecoder::Utf16BE);
        break;
    case Encoding::Utf8:
    case Encoding::Auto:
        bom = m_pending.startsWith("\xEF\xBB\xBF");
        if (bom)
            m_pending.remove(0, 3);
        m_encodingName = bom ? QStringLiteral("UTF-8 (BOM)") : QStringLiteral("UTF-8");
        m_decoder = QStringDecoder(QStringDecoder::Utf8);
        break;
    case Encoding::Gb18030:
        m_encodingName = QStringLiteral("GB18030");
        m_decoder = QStringDecoder("GB18030");
        break;
    }
    if (!m_decoder.isValid()) {
        m_error = tr("this system cannot decode %1 text").arg(m_encodingName);
        return false;
    }
    m_text.reserve(kChunkBytes + 1024);
    fill();
    const QChar sep = skipSepLine();
    if (!options.delimiter.isNull())
        m_delimiter = options.delimiter;
    else
        m_delimiter = sep.isNull() ? detectDelimiter(QStringView(m_text).mid(m_pos)) : sep;
    return true;
}

QChar CsvReader::skipSepLine()
{
    qsizetype end = m_pos;
    while (end < m_text.size() && m_text.at(end) != QLatin1Char('\n')
           && m_text.at(end) != QLatin1Char('\r'))
        ++end;
    const QChar sep = ExcelTraces::sepLineDelimiter(QStringView(m_text).mid(m_pos, end - m_pos));
    if (sep.isNull())
        return sep;
    if (end < m_text.size() && m_text.at(end) == QLatin1Char('\r'))
        ++end;
    if (end < m_text.size() && m_text.at(end) == QLatin1Char('\n'))
        ++end;
    m_pos = end;
    ++m_line;
    m_sepLine = true;
    return sep;
}

void CsvReader::compact()
{
    if (m_pos > 0) {
        m_text.remove(0, m_pos);
        m_pos = 0;
    }
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    compact();
    // The chunk and its decoded text go into buffers kept from chunk to chunk: a new 1 MiB
    // array and 2 MiB string per chunk were fresh pages each time (page faults and copies on
    // the reading thread, bench/README.md "the reading thread").
    if (!m_pending.isEmpty()) {
        m_bytes.swap(m_pending);
        m_pending.clear();
    } else {
        m_bytes.resize(kChunkBytes);
        m_bytes.resize(qMax<qint64>(0, m_device->read(m_bytes.data(), kChunkBytes)));
    }
    if (m_bytes.isEmpty()) {
        m_eof = true;
        return false;
    }
    const qsizetype kept = m_text.size();
    m_text.resize(kept + m_decoder.requiredSpace(m_bytes.size()));
    const QChar *end = m_decoder.appendToBuffer(m_text.data() + kept, m_bytes);
    m_text.truncate(end - m_text.constData());
    return true;
}

double CsvReader::progress() const
{
    if (m_eof)
        return 1.0;
    if (m_size <= 0 || !m_device)
        return 0.0;
    const qint64 consumed = m_device->pos() - m_pending.size();
    const double fraction = double(consumed - (m_text.size() - m_pos)) / double(m_size);
    return std::clamp(fraction, 0.0, 1.0);
}

namespace {

// One record parsed from text[i..n) (RFC 4180: quoted fields, doubled quotes, CR, LF or CRLF
// ending it). NeedMore when the text ends inside the record and more may come (not eof): the
// caller reads more and parses again from the same place. Its error names the physical line
// (firstLine + the line breaks passed).
//
// wanted (by column; null: every column): the other columns' cells are left empty, and blank
// says whether they were all blank.
struct RecordParser
{
    RecordParser(QStringView text, bool atEof, QChar delimiter, qint64 line, qsizetype pos,
                 const QList<bool> *wantedColumns = nullptr)
        : data(text.data())
        , n(text.size())
        , eof(atEof)
        , delim(delimiter)
        , firstLine(line)
        , i(pos)
        , wanted(wantedColumns)
    {}

    const QChar *data;
    qsizetype n;
    bool eof;
    QChar delim;
    qint64 firstLine;
    qsizetype i; // where the record starts; after parse(), where the next one does
    const QList<bool> *wanted;
    bool blank = true; // every cell of a column not wanted is blank
    qsizetype end = 0; // after parse(): where the record's text ends (before its line break)
    qint64 lines = 0; // line breaks passed
    qsizetype count = 0; // cells of this record so far
    QString field;
    QString error;
    qint64 errorLine = 0;

    Parse parse(QStringList &cells)
    {
        for (;;) {
            if (i >= n) {
                if (!eof)
                    return Parse::NeedMore;
                setCell(cells, count++, QString());
                end = n;
                return Parse::Done;
            }
            if (data[i] == QLatin1Char('"')) {
                if (const Parse p = quotedCell(cells); p != Parse::Done)
                    return p;
            } else if (!plainCell(cells)) {
                return Parse::NeedMore;
            }
            end = i;
            if (i >= n)
                return Parse::Done; // end of input ends the record
            if (data[i] != delim)
                return endOfRecord();
            ++i;
        }
    }

    bool isWanted(qsizetype column) const
    {
        return !wanted || (column < wanted->size() && wanted->at(column));
    }

    // A cell up to the delimiter or the line's end; false when the text ends first (not eof).
    bool plainCell(QStringList &cells)
    {
        qsizetype j = i;
        while (j < n && data[j] != delim && data[j] != QLatin1Char('\n')
               && data[j] != QLatin1Char('\r'))
            ++j;
        if (j >= n && !eof)
            return false;
        if (isWanted(count)) {
            setCell(cells, count++, data + i, j - i);
        } else {
            blank = blank && isBlankCell(QStringView(data + i, j - i));
            clearCell(cells, count++);
        }
        i = j;
        return true;
    }

    // A cell from its opening quote to its closing one; nothing but a delimiter or the line's
    // end may follow.
    Parse quotedCell(QStringList &cells)
    {
        const qint64 quoteLine = firstLine + lines;
        field.clear();
        ++i;
        if (!closeQuote()) {
            if (!eof)
                return Parse::NeedMore;
            errorLine = quoteLine;
            error = CsvReader::tr("line %1: a quoted field is not closed (its opening quote is on "
                                  "this line)")
                        .arg(quoteLine);
            return Parse::Error;
        }
        if (i < n && data[i] != delim && data[i] != QLatin1Char('\r')
            && data[i] != QLatin1Char('\n')) {
            errorLine = firstLine + lines;
            error = CsvReader::tr("line %1: unexpected text after a closing quote (a quote inside "
                                  "a quoted field must be doubled)")
                        .arg(firstLine + lines);
            return Parse::Error;
        }
        if (isWanted(count)) {
            setCell(cells, count++, field);
        } else {
            blank = blank && isBlankCell(field);
            clearCell(cells, count++);
        }
        return Parse::Done;
    }

    // Reads the quoted text into field up to its closing quote (a doubled quote is one quote);
    // false when the text ends first.
    bool closeQuote()
    {
        while (true) {
            qsizetype q = i;
            while (q < n && data[q] != QLatin1Char('"')) {
                if (data[q] == QLatin1Char('\n'))
                    ++lines;
                ++q;
            }
            field.append(data + i, q - i);
            if (q >= n) {
                i = q;
                return false;
            }
            if (q + 1 >= n && !eof) {
                i = n;
                return false;
            }
            if (q + 1 < n && data[q + 1] == QLatin1Char('"')) {
                field.append(QLatin1Char('"'));
                i = q + 2;
                continue;
            }
            i = q + 1;
            return true;
        }
    }

    // The line break at i: CR, LF or CRLF.
    Parse endOfRecord()
    {
        if (data[i] == QLatin1Char('\r')) {
            if (i + 1 >= n && !eof)
                return Parse::NeedMore;
            ++i;
            if (i < n && data[i] == QLatin1Char('\n'))
                ++i;
        } else {
            ++i; // '\n'
        }
        ++lines;
        return Parse::Done;
    }
};

} // namespace

bool CsvReader::skipBlankLines()
{
    while (true) {
        if (m_pos >= m_text.size()) {
            if (!fill())
                return false;
            continue;
        }
        const QChar c = m_text.at(m_pos);
        if (c == QLatin1Char('\n')) {
            ++m_pos;
            ++m_line;
        } else if (c == QLatin1Char('\r')) {
            if (m_pos + 1 >= m_text.size() && fill())
                continue;
            ++m_pos;
            if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('\n'))
                ++m_pos;
            ++m_line;
        } else {
            return true;
        }
    }
}

bool CsvReader::readRow(QStringList &cells)
{
    if (!m_error.isEmpty() || !m_device) {
        cells.clear();
        return false;
    }
    for (;;) {
        if (!skipBlankLines()) {
            cells.clear();
            return false;
        }
        // Parse one record from m_pos; restarted from the same place when more text is needed.
        RecordParser record(m_text, m_eof, m_delimiter, m_line, m_pos,
                            m_wanted.isEmpty() ? nullptr : &m_wanted);
        const Parse result = record.parse(cells);
        if (result == Parse::Error) {
            m_recordLine = record.errorLine;
            m_error = record.error;
            cells.resize(record.count);
            return false;
        }
        if (result == Parse::NeedMore) {
            if (record.i - m_pos > kMaxRecordChars) {
                m_recordLine = m_line;
                m_error = tr("line %1: a record longer than %2 characters (is a quote not "
                             "closed?)")
                              .arg(m_line)
                              .arg(kMaxRecordChars);
                cells.clear();
                return false;
            }
            fill();
            continue;
        }
        cells.resize(record.count);
        m_blank = record.blank;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (record.isWanted(c)) {
                cleanCell(cells[c]);
                m_blank = m_blank && QStringView(cells.at(c)).trimmed().isEmpty();
            }
        }
        m_recordStart = m_pos;
        m_recordEnd = record.end;
        m_recordLine = m_line;
        m_line += record.lines;
        m_pos = record.i;
        return true;
    }
}

bool CsvReader::readOnlyColumns(const QList<int> &columns)
{
    m_wanted.clear();
    for (const int column : columns) {
        if (column < 0)
            continue;
        if (column >= m_wanted.size())
            m_wanted.resize(column + 1, false);
        m_wanted[column] = true;
    }
    if (m_wanted.isEmpty())
        m_wanted.append(false); // no column at all: still "only some"
    return true;
}

QStringView CsvReader::lastRecordText() const
{
    return QStringView(m_text).mid(m_recordStart, m_recordEnd - m_recordStart);
}

void CsvReader::splitRecord(QStringView record, QStringList &cells) const
{
    // The text of one record, read to its end: it cannot need more text.
    RecordParser parser(record, true, m_delimiter, 1, 0);
    parser.parse(cells);
    cells.resize(parser.count);
    cleanCells(cells);
}
