#include "LegacyXlsxReader.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>

namespace {

// "C7" -> 2 (0-based column); -1 when there is no column part.
int columnOfReference(QStringView ref)
{
    // Excel's last column is XFD (16384). A longer reference is no cell Excel writes: taken as
    // none (the cell goes where its position puts it), rather than overflowing int or padding a
    // row with millions of empty cells.
    constexpr int kMaxColumns = 16384;
    int col = 0;
    qsizetype i = 0;
    for (; i < ref.size(); ++i) {
        const char16_t c = ref.at(i).unicode();
        if (c >= u'A' && c <= u'Z')
            col = col * 26 + (c - u'A' + 1);
        else if (c >= u'a' && c <= u'z')
            col = col * 26 + (c - u'a' + 1);
        else
            break;
        if (col > kMaxColumns)
            return -1;
    }
    return i == 0 ? -1 : col - 1;
}

// Undoes the OOXML escape of characters XML cannot hold (ECMA-376 ST_Xstring): "_x000D_" is a
// carriage return, "_x005F_" an underscore (Excel writes a literal "_x000D_" as
// "_x005F_x000D_"). libxlsxwriter and Excel write control characters this way.
QString decodeXstring(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString out;
    qsizetype last = 0;
    for (auto it = escape.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += QChar(char16_t(m.captured(1).toUShort(nullptr, 16)));
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

// Joins the <t> texts under the current element (a <si> or <is>), skipping phonetic runs.
QString readRichText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    bool phonetic = false;
    // hasError(): on a worksheet read from the zip, a damaged entry fails the read, and atEnd()
    // then asks the device, which is not at its end: readNext() would retry for ever.
    while (!xml.atEnd() && !xml.hasError() && depth > 0) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("t")) {
                const QString part
                    = decodeXstring(xml.readElementText(QXmlStreamReader::IncludeChildElements));
                if (!phonetic)
                    text += part;
                continue;
            }
            if (xml.name() == QLatin1String("rPh"))
                phonetic = true;
            ++depth;
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == QLatin1String("rPh"))
                phonetic = false;
            --depth;
        }
    }
    return text;
}

QString formatNumber(double v)
{
    // Whole numbers up to 2^53 are exact in a double: long ids keep every digit.
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) <= 9007199254740992.0)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 15);
}

} // namespace

LegacyXlsxReader::LegacyXlsxReader() = default;

LegacyXlsxReader::~LegacyXlsxReader()
{
    if (m_sheet)
        m_sheet->close();
    if (m_zip)
        m_zip->close();
}

bool LegacyXlsxReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool LegacyXlsxReader::readEntry(const QString &name, QByteArray *data)
{
    if (!m_zip->setCurrentFile(name))
        return false;
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *data = file.readAll();
    file.close();
    return true;
}

bool LegacyXlsxReader::open(const QString &path)
{
    m_zip = std::make_unique<QuaZip>(path);
    if (!m_zip->open(QuaZip::mdUnzip))
        return fail(tr("%1 is not an .xlsx workbook (cannot open it as a zip archive)")
                        .arg(QFileInfo(path).fileName()));
    QString sheetPath;
    if (!loadWorkbook(&sheetPath) || !loadSharedStrings() || !loadStyles())
        return false;
    if (!m_zip->setCurrentFile(sheetPath))
        return fail(tr("the workbook has no worksheet %1").arg(sheetPath));
    QuaZipFileInfo64 info;
    if (m_zip->getCurrentFileInfo(&info))
        m_sheetSize = qint64(info.uncompressedSize);
    m_sheet = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_sheet->open(QIODevice::ReadOnly))
        return fail(tr("cannot read worksheet %1").arg(sheetPath));
    m_xml.setDevice(m_sheet.get());
    m_device = m_sheet.get();
    return true;
}

bool LegacyXlsxReader::loadWorkbook(QString *sheetPath)
{
    QByteArray data;
    if (!readEntry(QStringLiteral("xl/workbook.xml"), &data))
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
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                if (a.name() == QLatin1String("id"))
                    firstRelId = a.value().toString();
            }
        }
    }
    if (firstRelId.isEmpty())
        return fail(tr("the workbook has no sheets"));
    *sheetPath = QStringLiteral("xl/worksheets/sheet1.xml");
    if (readEntry(QStringLiteral("xl/_rels/workbook.xml.rels"), &data)) {
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

bool LegacyXlsxReader::loadSharedStrings()
{
    QByteArray data;
    if (!readEntry(QStringLiteral("xl/sharedStrings.xml"), &data))
        return true; // a workbook without text has none
    return parseSharedStrings(data);
}

bool LegacyXlsxReader::parseSharedStrings(const QByteArray &data)
{
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si"))
            m_shared.append(readRichText(xml));
    }
    if (xml.hasError())
        return fail(
            tr("the shared strings of the workbook are damaged: %1").arg(xml.errorString()));
    return true;
}

bool LegacyXlsxReader::isDateFormat(const QString &code, bool *withTime)
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

bool LegacyXlsxReader::loadStyles()
{
    QByteArray data;
    if (!readEntry(QStringLiteral("xl/styles.xml"), &data))
        return true;
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
            m_styleDate.append(kind);
        }
    }
    return true;
}

QString LegacyXlsxReader::serialToText(double serial, bool withTime, bool date1904)
{
    // Beyond ±10^14 days the seconds would not fit in 64 bits (and no calendar has such a day).
    if (!(std::fabs(serial) < 1e14))
        return QString();
    const QDate epoch = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
    qint64 seconds = qint64(std::llround(serial * 86400.0));
    const qint64 days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
    seconds -= days * 86400;
    const QDateTime dt(epoch.addDays(days), QTime(0, 0).addSecs(int(seconds)));
    return withTime ? dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                    : dt.date().toString(QStringLiteral("yyyy-MM-dd"));
}

QString LegacyXlsxReader::cellText(const QString &type, int style, const QString &value) const
{
    if (type == QLatin1String("s")) {
        bool ok = false;
        const int index = value.toInt(&ok);
        return ok && index >= 0 && index < m_shared.size() ? m_shared.at(index) : QString();
    }
    if (type == QLatin1String("b"))
        return value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type.isEmpty() || type == QLatin1String("n")) {
        if (value.isEmpty())
            return {};
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok)
            return value;
        const int kind = style >= 0 && style < m_styleDate.size() ? m_styleDate.at(style) : 0;
        if (kind > 0)
            return serialToText(v, kind == 2, m_date1904);
        return formatNumber(v);
    }
    if (type == QLatin1String("d")) {
        // An ISO 8601 date cell: written the way date-styled numbers are.
        QString text = value.trimmed();
        if (text.endsWith(QLatin1Char('Z')))
            text.chop(1);
        if (text.endsWith(QLatin1String("T00:00:00")))
            return text.left(10);
        return text.replace(QLatin1Char('T'), QLatin1Char(' ')).left(19);
    }
    return value; // str (formula result), e (error)
}

bool LegacyXlsxReader::readRow(QStringList &cells)
{
    cells.clear();
    if (!m_error.isEmpty() || !m_device)
        return false;
    // Not only atEnd(): see readRichText(); a read error of the zip entry ends the sheet.
    while (!m_xml.atEnd() && !m_xml.hasError()) {
        if (m_xml.readNext() != QXmlStreamReader::StartElement
            || m_xml.name() != QLatin1String("row"))
            continue;
        const qint64 r = m_xml.attributes().value(QLatin1String("r")).toLongLong();
        m_row = r > 0 ? r : m_row + 1;
        int nextColumn = 0;
        while (!m_xml.atEnd() && !m_xml.hasError()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement && m_xml.name() == QLatin1String("row"))
                break;
            if (token != QXmlStreamReader::StartElement || m_xml.name() != QLatin1String("c"))
                continue;
            const QXmlStreamAttributes attrs = m_xml.attributes();
            int column = columnOfReference(attrs.value(QLatin1String("r")));
            if (column < 0)
                column = nextColumn;
            const QString type = attrs.value(QLatin1String("t")).toString();
            const int style = attrs.hasAttribute(QLatin1String("s"))
                ? attrs.value(QLatin1String("s")).toInt()
                : 0;
            QString value;
            QString inlineText;
            bool isInline = false;
            while (!m_xml.atEnd() && !m_xml.hasError()) {
                const auto t = m_xml.readNext();
                if (t == QXmlStreamReader::EndElement && m_xml.name() == QLatin1String("c"))
                    break;
                if (t != QXmlStreamReader::StartElement)
                    continue;
                if (m_xml.name() == QLatin1String("v")) {
                    value = m_xml.readElementText();
                } else if (m_xml.name() == QLatin1String("is")) {
                    inlineText = readRichText(m_xml);
                    isInline = true;
                } else {
                    m_xml.skipCurrentElement(); // <f> formulas and extensions
                }
            }
            const QString text = isInline || type == QLatin1String("inlineStr")
                ? inlineText
                : cellText(type, style, value);
            if (column >= cells.size()) {
                if (text.isEmpty()) {
                    nextColumn = column + 1;
                    continue;
                }
                while (cells.size() < column)
                    cells.append(QString());
                cells.append(text);
            } else {
                cells[column] = text;
            }
            nextColumn = column + 1;
        }
        if (m_xml.hasError())
            break;
        if (cells.isEmpty())
            continue; // a row of formatting only
        return true;
    }
    if (m_xml.hasError())
        return fail(tr("row %1: the worksheet is damaged: %2").arg(m_row).arg(m_xml.errorString()));
    return false;
}

bool LegacyXlsxReader::openSheet(QIODevice *sheet, const QByteArray &sharedStrings,
                                 const QList<int> &styleDate, bool date1904)
{
    m_styleDate = styleDate;
    m_date1904 = date1904;
    if (!sharedStrings.isEmpty() && !parseSharedStrings(sharedStrings))
        return false;
    m_sheetSize = sheet->size();
    m_xml.setDevice(sheet);
    m_device = sheet;
    return true;
}

double LegacyXlsxReader::progress() const
{
    if (!m_device || m_xml.atEnd())
        return 1.0;
    if (m_sheetSize <= 0)
        return 0.0;
    return std::clamp(double(m_xml.characterOffset()) / double(m_sheetSize), 0.0, 1.0);
}
