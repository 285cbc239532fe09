#include "io/CsvReader.h"

#include "io/ExcelTraces.h"
#include "io/FormulaGuard.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace {

constexpr qint64 kChunkBytes = 1 << 20;
constexpr qint64 kDetectBytes = 64 * 1024;
// A record longer than this is taken for an unclosed quote rather than buffered further.
constexpr qsizetype kMaxRecordBytes = 32 * 1024 * 1024;

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

// The decoder of cells: UTF-8, each cell on its own (a sequence cut off at the cell's end is
// invalid, as it is in the whole text, where an ASCII delimiter follows it), a BOM inside the
// text kept as the whole-text decoding keeps it.
QStringDecoder cellDecoder()
{
    return QStringDecoder(QStringDecoder::Utf8,
                          QStringDecoder::Flag::Stateless
                              | QStringDecoder::Flag::ConvertInitialBom);
}

// Text decoded as one cell is (a BOM in it kept).
QString utf8Text(QByteArrayView bytes)
{
    return cellDecoder().decode(bytes);
}

QString emptyCell()
{
    return QString(reinterpret_cast<const QChar *>(u""), 0); // empty, not null
}

// Copies the ASCII bytes at the start of in[0..n) to out as UTF-16; returns how many (n when
// all are ASCII). Sixteen at a time where SSE2 is there.
qsizetype widenAscii(const unsigned char *in, qsizetype n, char16_t *out)
{
    qsizetype i = 0;
#ifdef __SSE2__
    const __m128i zero = _mm_setzero_si128();
    for (; i + 16 <= n; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in + i));
        if (_mm_movemask_epi8(v) != 0)
            break; // a byte of 0x80 or more: the scalar loop finds which
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out + i), _mm_unpacklo_epi8(v, zero));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out + i + 8), _mm_unpackhi_epi8(v, zero));
    }
#endif
    for (; i < n && in[i] < 0x80; ++i)
        out[i] = in[i];
    return i;
}

// Sets cells[index] to the UTF-8 bytes' text, reusing that string's buffer when nothing else
// shares it (no allocation per cell on long files), or appends it. ASCII (most cells of a tally
// file) is widened in place; anything else goes through the decoder.
void setCell(QStringList &cells, qsizetype index, QByteArrayView bytes, QStringDecoder &utf8)
{
    if (index >= cells.size())
        cells.emplaceBack();
    QString &cell = cells[index];
    if (bytes.isEmpty()) {
        cell = emptyCell();
        return;
    }
    const qsizetype size = bytes.size();
    cell.resize(size);
    const auto *in = reinterpret_cast<const unsigned char *>(bytes.data());
    if (widenAscii(in, size, reinterpret_cast<char16_t *>(cell.data())) == size)
        return;
    cell.resize(utf8.requiredSpace(size));
    const QChar *end = utf8.appendToBuffer(cell.data(), bytes);
    cell.truncate(end - cell.constData());
}

// Leaves cells[index] empty (a column nobody reads), touching it only when it is not yet.
// A cell of a column not read: empty already when the list is one an earlier readRow() filled
// (TableReader::readOnlyColumns), so it is not looked at (reading each skipped cell's QString,
// rows megabytes apart in a batch, cost a cache miss a cell).
void clearCell(QStringList &cells, qsizetype index)
{
    if (index >= cells.size())
        cells.append(QString());
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

// Whether a cell's text is blank once cleaned (as ImportCells::isBlank trims it).
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

bool isAsciiSpace(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r'); // QChar::isSpace below 128
}

// isBlankCell of a cell's UTF-8 bytes, decoding them only when the bytes alone cannot tell: a
// cell that starts with an ASCII character other than a space, = or ' is not blank; one of
// ASCII spaces only is.
bool isBlankBytes(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    if (n > 0 && p[0] < 0x80 && !isAsciiSpace(p[0]) && p[0] != '=' && p[0] != '\'')
        return false;
    if (std::all_of(p, p + n, isAsciiSpace))
        return true;
    return isBlankCell(utf8Text(bytes));
}

// Where a plain cell starting at p ends: the first delimiter, CR or LF at or after p, or end.
// Sixteen bytes at a time where SSE2 is there (every x86-64): a 问卷星 export's answer cells
// are long, and all of them are scanned past.
const char *plainCellEnd(const char *p, const char *end, char delimiter)
{
#ifdef __SSE2__
    const __m128i d = _mm_set1_epi8(delimiter);
    const __m128i lf = _mm_set1_epi8('\n');
    const __m128i cr = _mm_set1_epi8('\r');
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, d), _mm_cmpeq_epi8(v, lf)),
                                         _mm_cmpeq_epi8(v, cr));
        if (const int mask = _mm_movemask_epi8(hit))
            return p + __builtin_ctz(unsigned(mask));
        p += 16;
    }
#endif
    while (p < end && *p != delimiter && *p != '\n' && *p != '\r')
        ++p;
    return p;
}

// One record parsed from the UTF-8 text[i..n) (RFC 4180: quoted fields, doubled quotes, CR, LF
// or CRLF ending it). NeedMore when the text ends inside the record and more may come (not eof):
// the caller reads more and parses again from the same place. Its error names the physical line
// (firstLine + the line breaks passed).
//
// wanted (by column; null: every column): the other columns' cells are left empty (not
// decoded), and blank says whether they were all blank.
struct RecordParser
{
    RecordParser(QByteArrayView text, bool atEof, char delimiter, qint64 line, qsizetype pos,
                 QStringDecoder &cellDecoder, const QList<bool> *wantedColumns = nullptr)
        : data(text.data())
        , n(text.size())
        , eof(atEof)
        , delim(delimiter)
        , firstLine(line)
        , i(pos)
        , utf8(cellDecoder)
        , wanted(wantedColumns)
    {}

    const char *data;
    qsizetype n;
    bool eof;
    char delim;
    qint64 firstLine;
    qsizetype i; // where the record starts; after parse(), where the next one does
    QStringDecoder &utf8;
    const QList<bool> *wanted;
    bool blank = true; // every cell of a column not wanted is blank
    qsizetype end = 0; // after parse(): where the record's text ends (before its line break)
    qint64 lines = 0; // line breaks passed
    qsizetype count = 0; // cells of this record so far
    QByteArray field; // a quoted cell's text, its doubled quotes made single
    QString error;
    qint64 errorLine = 0;

    Parse parse(QStringList &cells)
    {
        for (;;) {
            if (i >= n) {
                if (!eof)
                    return Parse::NeedMore;
                setCell(cells, count++, {}, utf8);
                end = n;
                return Parse::Done;
            }
            if (data[i] == '"') {
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
        const qsizetype j = plainCellEnd(data + i, data + n, delim) - data;
        if (j >= n && !eof)
            return false;
        const QByteArrayView text(data + i, j - i);
        if (isWanted(count)) {
            setCell(cells, count++, text, utf8);
        } else {
            blank = blank && isBlankBytes(text);
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
        const bool wantedCell = isWanted(count);
        // A cell nobody reads is kept only as long as it may decide the row's blankness.
        const bool keep = wantedCell || blank;
        field.clear();
        ++i;
        if (!closeQuote(keep)) {
            if (!eof)
                return Parse::NeedMore;
            errorLine = quoteLine;
            error = CsvReader::tr("line %1: a quoted field is not closed (its opening quote is on "
                                  "this line)")
                        .arg(quoteLine);
            return Parse::Error;
        }
        if (i < n && data[i] != delim && data[i] != '\r' && data[i] != '\n') {
            errorLine = firstLine + lines;
            error = CsvReader::tr("line %1: unexpected text after a closing quote (a quote inside "
                                  "a quoted field must be doubled)")
                        .arg(firstLine + lines);
            return Parse::Error;
        }
        if (wantedCell) {
            setCell(cells, count++, field, utf8);
        } else {
            blank = blank && isBlankBytes(field);
            clearCell(cells, count++);
        }
        return Parse::Done;
    }

    // Reads the quoted text up to its closing quote (a doubled quote is one quote), into field
    // when keep; false when the text ends first.
    bool closeQuote(bool keep)
    {
        while (true) {
            const char *from = data + i;
            const auto *quote = static_cast<const char *>(std::memchr(from, '"', size_t(n - i)));
            const qsizetype q = quote ? quote - data : n;
            lines += std::count(from, data + q, '\n');
            if (keep)
                field.append(from, q - i);
            if (q >= n) {
                i = q;
                return false;
            }
            if (q + 1 >= n && !eof) {
                i = n;
                return false;
            }
            if (q + 1 < n && data[q + 1] == '"') {
                if (keep)
                    field.append('"');
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
        if (data[i] == '\r') {
            if (i + 1 >= n && !eof)
                return Parse::NeedMore;
            ++i;
            if (i < n && data[i] == '\n')
                ++i;
        } else {
            ++i; // '\n'
        }
        ++lines;
        return Parse::Done;
    }
};

} // namespace

CsvReader::CsvReader()
    : m_cells(cellDecoder())
{}

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
    m_consumed = m_pending.size();
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
        m_transcode = true;
        break;
    case Encoding::Utf8:
    case Encoding::Auto:
        bom = m_pending.startsWith("\xEF\xBB\xBF");
        if (bom)
            m_pending.remove(0, 3);
        // A second BOM right after the first (a tool that added one to a file that had one)
        // would otherwise start the first header cell.
        if (bom && m_pending.startsWith("\xEF\xBB\xBF"))
            m_pending.remove(0, 3);
        m_encodingName = bom ? QStringLiteral("UTF-8 (BOM)") : QStringLiteral("UTF-8");
        break;
    case Encoding::Gb18030:
        m_encodingName = QStringLiteral("GB18030");
        m_decoder = QStringDecoder("GB18030");
        m_transcode = true;
        break;
    }
    if (m_transcode && !m_decoder.isValid()) {
        m_error = tr("this system cannot decode %1 text").arg(m_encodingName);
        return false;
    }
    m_toUtf8 = QStringEncoder(QStringEncoder::Utf8);
    m_buffer.reserve(kChunkBytes + 1024);
    fill();
    return chooseDelimiter(options);
}

// The delimiter the options give, else the one Excel's "sep=" line names, else the one the
// first lines suggest.
bool CsvReader::chooseDelimiter(const Options &options)
{
    const QChar sep = skipSepLine();
    QChar delimiter = options.delimiter;
    if (delimiter.isNull()) {
        const qsizetype sample = qMin<qsizetype>(m_buffer.size() - m_pos, kDetectBytes);
        delimiter = sep.isNull()
            ? detectDelimiter(utf8Text(QByteArrayView(m_buffer).sliced(m_pos, sample)))
            : sep;
    }
    const char16_t d = delimiter.unicode();
    if (d >= 0x80 || d == u'"' || d == u'\n' || d == u'\r' || d == 0) {
        m_error = tr("'%1' cannot be a delimiter: a CSV delimiter is one ASCII character other "
                     "than a quote or a line break")
                      .arg(delimiter);
        return false;
    }
    m_delimiter = char(d);
    return true;
}

QChar CsvReader::skipSepLine()
{
    const char *from = m_buffer.constData() + m_pos;
    const char *lineEnd = from;
    const char *end = m_buffer.constData() + m_buffer.size();
    while (lineEnd < end && *lineEnd != '\n' && *lineEnd != '\r')
        ++lineEnd;
    const QChar sep = ExcelTraces::sepLineDelimiter(utf8Text(QByteArrayView(from, lineEnd - from)));
    if (sep.isNull())
        return sep;
    if (lineEnd < end && *lineEnd == '\r')
        ++lineEnd;
    if (lineEnd < end && *lineEnd == '\n')
        ++lineEnd;
    m_pos = lineEnd - m_buffer.constData();
    ++m_line;
    m_sepLine = true;
    return sep;
}

void CsvReader::compact()
{
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    compact();
    if (!m_pending.isEmpty()) {
        appendChunk(m_pending);
        m_pending.clear();
        return true;
    }
    // UTF-8 is read straight into the buffer's end; the buffers are kept from chunk to chunk
    // (fresh 1 MiB arrays each time were page faults and copies on the reading thread,
    // bench/README.md "the reading thread").
    QByteArray &into = m_transcode ? m_bytes : m_buffer;
    const qsizetype kept = m_transcode ? 0 : m_buffer.size();
    into.resize(kept + kChunkBytes);
    const qint64 got = qMax<qint64>(0, m_device->read(into.data() + kept, kChunkBytes));
    into.resize(kept + got);
    if (got == 0) {
        m_eof = true;
        return false;
    }
    m_consumed += got;
    if (m_transcode)
        appendChunk(m_bytes);
    return true;
}

void CsvReader::appendChunk(const QByteArray &bytes)
{
    if (!m_transcode) {
        m_buffer.append(bytes);
        return;
    }
    m_decoded.resize(m_decoder.requiredSpace(bytes.size()));
    const QChar *decodedEnd = m_decoder.appendToBuffer(m_decoded.data(), bytes);
    m_decoded.truncate(decodedEnd - m_decoded.constData());
    const qsizetype kept = m_buffer.size();
    m_buffer.resize(kept + m_toUtf8.requiredSpace(m_decoded.size()));
    const char *end = m_toUtf8.appendToBuffer(m_buffer.data() + kept, m_decoded);
    m_buffer.truncate(end - m_buffer.constData());
}

double CsvReader::progress() const
{
    if (m_eof)
        return 1.0;
    if (m_size <= 0 || !m_device)
        return 0.0;
    // What is still in the buffer counts as unread (in the file's bytes when not transcoded;
    // near enough otherwise, for a progress bar).
    const qint64 read = m_consumed - m_pending.size();
    const double fraction = double(read - (m_buffer.size() - m_pos)) / double(m_size);
    return std::clamp(fraction, 0.0, 1.0);
}

bool CsvReader::skipBlankLines()
{
    while (true) {
        if (m_pos >= m_buffer.size()) {
            if (!fill())
                return false;
            continue;
        }
        const char c = m_buffer.at(m_pos);
        if (c == '\n') {
            ++m_pos;
            ++m_line;
        } else if (c == '\r') {
            if (m_pos + 1 >= m_buffer.size() && fill())
                continue;
            ++m_pos;
            if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '\n')
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
        RecordParser record(m_buffer, m_eof, m_delimiter, m_line, m_pos, m_cells,
                            m_wanted.isEmpty() ? nullptr : &m_wanted);
        const Parse result = record.parse(cells);
        if (result == Parse::Error) {
            m_recordLine = record.errorLine;
            m_error = record.error;
            cells.resize(record.count);
            return false;
        }
        if (result == Parse::NeedMore) {
            if (record.i - m_pos > kMaxRecordBytes) {
                m_recordLine = m_line;
                m_error = tr("line %1: a record longer than %2 bytes (is a quote not closed?)")
                              .arg(m_line)
                              .arg(kMaxRecordBytes);
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
    m_wanted = columnMask(columns);
    if (m_wanted.isEmpty())
        m_wanted.append(false); // no column at all: still "only some"
    return true;
}

QByteArrayView CsvReader::lastRecord() const
{
    return QByteArrayView(m_buffer).sliced(m_recordStart, m_recordEnd - m_recordStart);
}

void CsvReader::splitRecord(QByteArrayView record, qint64, QStringList &cells) const
{
    // The text of one record, read to its end: it cannot need more text.
    QStringDecoder utf8 = cellDecoder();
    RecordParser parser(record, true, m_delimiter, 1, 0, utf8);
    parser.parse(cells);
    cells.resize(parser.count);
    cleanCells(cells);
}
