#include "io/XlsxReader.h"

#include "io/ReadAheadDevice.h"
#include "io/XlsxCellValues.h"
#include "io/XlsxSharedStrings.h"
#include "io/XlsxSheetScanner.h"
#include "io/ZipEntryInflater.h"

#include <quazip/quazip.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

namespace {

// workbook.xml, its relationships and styles.xml are read whole: they are small (a few KiB; a
// workbook with many thousands of styles a few MiB), so QXmlStreamReader's pace does not matter
// there and its strictness is welcome. This is far above any of them, and keeps a damaged or
// hostile entry from taking the memory.
constexpr qint64 kMaxSmallPart = 64 * 1024 * 1024;

} // namespace

XlsxReader::XlsxReader() = default;

XlsxReader::~XlsxReader()
{
    m_scanner.reset();
    m_sheetAhead.reset();
    m_sheet.reset();
    if (m_zip)
        m_zip->close();
}

bool XlsxReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

std::unique_ptr<ZipEntryInflater> XlsxReader::openEntry(const QString &name, Entry *result)
{
    *result = Entry::Missing;
    if (!m_zip->setCurrentFile(name))
        return nullptr;
    auto entry = std::make_unique<ZipEntryInflater>(m_zip.get());
    if (!entry->open(QIODevice::ReadOnly)) {
        // There, but stored with a method other than deflate, or not readable at all.
        *result = Entry::Failed;
        fail(tr("%1: %2 cannot be read (damaged data)").arg(m_fileName, name));
        return nullptr;
    }
    *result = Entry::Read;
    return entry;
}

XlsxReader::Entry XlsxReader::readEntry(const QString &name, QByteArray *data)
{
    Entry result = Entry::Missing;
    auto entry = openEntry(name, &result);
    if (!entry)
        return result;
    // In chunks, whatever size the archive claims for the entry.
    data->clear();
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = entry->read(chunk.data(), chunk.size());
        if (n < 0)
            return entryFault(*entry, name), Entry::Failed;
        if (n == 0)
            break;
        if (data->size() + n > kMaxSmallPart) {
            fail(tr("%1: %2 is larger than %3 MiB: not a workbook this program reads")
                     .arg(m_fileName, name)
                     .arg(kMaxSmallPart >> 20));
            return Entry::Failed;
        }
        data->append(chunk.constData(), n);
    }
    return Entry::Read;
}

// What is wrong with an entry that could not be read to its end (ZipEntryInflater checked its
// size and checksum against the archive's).
bool XlsxReader::entryFault(const ZipEntryInflater &entry, const QString &name)
{
    switch (entry.fault()) {
    case ZipEntryInflater::Fault::SizeDiffers:
        if (entry.inflatedSize() > entry.claimedSize())
            return fail(tr("%1: %2 is damaged: the archive says it holds %3 bytes, it holds more")
                            .arg(m_fileName, name)
                            .arg(entry.claimedSize()));
        return fail(tr("%1: %2 is damaged: the archive says it holds %3 bytes, it holds %4")
                        .arg(m_fileName, name)
                        .arg(entry.claimedSize())
                        .arg(entry.inflatedSize()));
    case ZipEntryInflater::Fault::ChecksumDiffers:
        return fail(tr("%1: %2 is damaged (its checksum is wrong)").arg(m_fileName, name));
    case ZipEntryInflater::Fault::None:
    case ZipEntryInflater::Fault::Unreadable:
    case ZipEntryInflater::Fault::Damaged:
        break;
    }
    return fail(tr("%1: %2 cannot be read (damaged data)").arg(m_fileName, name));
}

bool XlsxReader::open(const QString &path)
{
    m_fileName = QFileInfo(path).fileName();
    m_zip = std::make_unique<QuaZip>(path);
    if (!m_zip->open(QuaZip::mdUnzip))
        return fail(
            tr("%1 is not an .xlsx workbook (cannot open it as a zip archive)").arg(m_fileName));
    QString sheetName;
    QStringList sharedStrings;
    QList<int> styleDate;
    if (!loadWorkbook(&m_sheetPath, &sheetName) || !loadSharedStrings(&sharedStrings)
        || !loadStyles(&styleDate))
        return false;
    m_values = std::make_unique<XlsxCellValues>(std::move(sharedStrings), std::move(styleDate),
                                                m_date1904);
    Entry sheet = Entry::Missing;
    m_sheet = openEntry(m_sheetPath, &sheet);
    if (sheet == Entry::Missing)
        return fail(tr("the workbook has no worksheet %1").arg(m_sheetPath));
    if (!m_sheet)
        return false;
    m_sheetSize = m_sheet->claimedSize();
    m_sheetAhead = std::make_unique<ReadAheadDevice>(m_sheet.get());
    if (!m_sheetAhead->open(QIODevice::ReadOnly))
        return fail(tr("cannot read worksheet %1").arg(m_sheetPath));
    m_where = tr("%1, sheet “%2”").arg(m_fileName, sheetName);
    m_scanner = std::make_unique<XlsxSheetScanner>(m_sheetAhead.get(), *m_values, m_where);
    return true;
}

bool XlsxReader::loadWorkbook(QString *sheetPath, QString *sheetName)
{
    QByteArray data;
    const Entry workbook = readEntry(QStringLiteral("xl/workbook.xml"), &data);
    if (workbook == Entry::Failed)
        return false;
    if (workbook == Entry::Missing)
        return fail(tr("the file has no xl/workbook.xml: not an .xlsx workbook"));
    QString firstRelId;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("workbookPr")) {
            const QString v = xml.attributes().value(QLatin1String("date1904")).toString();
            m_date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (xml.name() == QLatin1String("sheet") && firstRelId.isEmpty()) {
            *sheetName = xml.attributes().value(QLatin1String("name")).toString();
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                if (a.name() == QLatin1String("id"))
                    firstRelId = a.value().toString();
            }
        }
    }
    if (firstRelId.isEmpty())
        return fail(tr("the workbook has no sheets"));
    *sheetPath = QStringLiteral("xl/worksheets/sheet1.xml");
    const Entry rels = readEntry(QStringLiteral("xl/_rels/workbook.xml.rels"), &data);
    if (rels == Entry::Failed)
        return false;
    if (rels == Entry::Read) {
        QXmlStreamReader rels(data);
        while (!rels.atEnd()) {
            if (rels.readNext() == QXmlStreamReader::StartElement
                && rels.name() == QLatin1String("Relationship")
                && rels.attributes().value(QLatin1String("Id")) == firstRelId) {
                QString target = rels.attributes().value(QLatin1String("Target")).toString();
                if (target.startsWith(QLatin1Char('/')))
                    target = target.mid(1);
                else
                    target = QStringLiteral("xl/") + target;
                *sheetPath = target;
            }
        }
    }
    return true;
}

bool XlsxReader::loadSharedStrings(QStringList *strings)
{
    const QString name = QStringLiteral("xl/sharedStrings.xml");
    Entry result = Entry::Missing;
    auto entry = openEntry(name, &result);
    if (!entry)
        return result == Entry::Missing; // a workbook without text has none
    // Streamed, not read whole: the table can be as large as the sheet.
    auto table = XlsxSharedStrings::read(entry.get());
    // To the entry's end, where its size and checksum are checked (what follows </sst> can
    // only be white space; the table's reader has read it).
    char rest[4096];
    while (entry->fault() == ZipEntryInflater::Fault::None && entry->read(rest, sizeof rest) > 0) {}
    if (entry->fault() != ZipEntryInflater::Fault::None)
        return entryFault(*entry, name);
    if (!table)
        return fail(tr("%1: %2").arg(m_fileName, table.error()));
    *strings = std::move(*table);
    return true;
}

bool XlsxReader::isDateFormat(const QString &code, bool *withTime)
{
    bool date = false;
    bool time = false;
    bool quoted = false;
    if (withTime)
        *withTime = false;
    if (code.compare(QLatin1String("General"), Qt::CaseInsensitive) == 0)
        return false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == QLatin1Char('\\')) {
            ++i;
        } else if (c == QLatin1Char('[')) {
            // [Red], [$-804] and the like; [h] [mm] [ss] are elapsed times.
            const qsizetype close = code.indexOf(QLatin1Char(']'), i);
            const QString inner = code.mid(i + 1, close - i - 1).toLower();
            if (inner == QLatin1String("h") || inner == QLatin1String("hh")
                || inner == QLatin1String("mm") || inner == QLatin1String("ss"))
                time = true;
            i = close < 0 ? code.size() : close;
        } else {
            const QChar l = c.toLower();
            if (l == QLatin1Char('y') || l == QLatin1Char('d') || l == QLatin1Char('m'))
                date = true;
            if (l == QLatin1Char('h') || l == QLatin1Char('s'))
                time = true;
        }
    }
    if (withTime)
        *withTime = time;
    return date || time;
}

bool XlsxReader::loadStyles(QList<int> *styleDate)
{
    QByteArray data;
    const Entry styles = readEntry(QStringLiteral("xl/styles.xml"), &data);
    if (styles != Entry::Read)
        return styles == Entry::Missing;
    QHash<int, int> custom; // numFmtId -> 0/1/2
    QXmlStreamReader xml(data);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("numFmt")) {
            const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
            bool withTime = false;
            const bool isDate = isDateFormat(
                xml.attributes().value(QLatin1String("formatCode")).toString(), &withTime);
            custom.insert(id, isDate ? (withTime ? 2 : 1) : 0);
        } else if (xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
            const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
            int kind = 0;
            if (custom.contains(id))
                kind = custom.value(id);
            else if ((id >= 14 && id <= 17) || id == 27 || id == 30 || id == 36
                     || (id >= 50 && id <= 58))
                kind = 1; // built-in dates, including the Chinese-locale ones
            else if (id == 22)
                kind = 2;
            else if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47))
                kind = 2; // times
            styleDate->append(kind);
        }
    }
    return true;
}

QString XlsxReader::serialToText(double serial, bool withTime, bool date1904)
{
    return XlsxCellValues::serialToText(serial, withTime, date1904);
}

bool XlsxReader::readRow(QStringList &cells)
{
    if (!m_error.isEmpty() || !m_scanner) {
        cells.clear();
        return false;
    }
    if (m_scanner->readRow(cells))
        return true;
    m_sheetAhead->finish(); // the sheet's entry is this thread's again
    // A read error of the entry is the scanner's error too; the entry says what it was.
    if (m_sheet->fault() != ZipEntryInflater::Fault::None)
        return entryFault(*m_sheet, m_sheetPath);
    if (!m_scanner->errorString().isEmpty())
        return fail(m_scanner->errorString());
    return false;
}

bool XlsxReader::readOnlyColumns(const QList<int> &columns)
{
    if (!m_scanner)
        return false;
    m_scanner->readOnlyColumns(columnMask(columns));
    return true;
}

bool XlsxReader::lastRowBlank() const
{
    return m_scanner && m_scanner->lastRowBlank();
}

QByteArrayView XlsxReader::lastRecord() const
{
    return m_scanner ? m_scanner->lastRowXml() : QByteArrayView();
}

void XlsxReader::splitRecord(QByteArrayView record, qint64 line, QStringList &cells) const
{
    cells.clear();
    if (!m_values)
        return;
    QByteArray xml = record.toByteArray();
    QBuffer buffer(&xml);
    buffer.open(QIODevice::ReadOnly);
    XlsxSheetScanner row(&buffer, *m_values, m_where, line - 1);
    row.readRow(cells);
}

qint64 XlsxReader::lineNumber() const
{
    return m_scanner ? m_scanner->rowNumber() : 0;
}

double XlsxReader::progress() const
{
    if (!m_scanner || m_scanner->atEnd())
        return 1.0;
    if (m_sheetSize <= 0)
        return 0.0;
    return std::clamp(double(m_scanner->bytesRead()) / double(m_sheetSize), 0.0, 1.0);
}
