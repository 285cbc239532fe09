#include "progress/TableExport.h"

#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

QString TableExport::csvField(const QVariant &value)
{
    QString s;
    if (value.typeId() == QMetaType::Double)
        s = QString::number(value.toDouble(), 'g', 15);
    else
        s = value.toString();
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n'))
        || s.contains(QLatin1Char('\r'))) {
        s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        s = QLatin1Char('"') + s + QLatin1Char('"');
    }
    return s;
}

namespace {
QString line(const QVariantList &cells)
{
    QStringList parts;
    parts.reserve(cells.size());
    for (const QVariant &v : cells)
        parts << TableExport::csvField(v);
    return parts.join(QLatin1Char(','));
}

QVariantList headerCells(const QStringList &headers)
{
    QVariantList cells;
    for (const QString &h : headers)
        cells << h;
    return cells;
}
} // namespace

QString TableExport::toCsvText(const QStringList &headers, const QList<QVariantList> &rows)
{
    QString out = line(headerCells(headers)) + QLatin1Char('\n');
    for (const QVariantList &r : rows)
        out += line(r) + QLatin1Char('\n');
    return out;
}

bool TableExport::writeCsv(const QString &path, const QStringList &headers, const QList<QVariantList> &rows,
                           QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QByteArray data("\xEF\xBB\xBF");
    data += line(headerCells(headers)).toUtf8() + "\r\n";
    for (const QVariantList &r : rows)
        data += line(r).toUtf8() + "\r\n";
    file.write(data);
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

namespace {

// Column letters of a 0-based column: 0 -> A, 26 -> AA.
QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

QByteArray xmlText(const QString &text)
{
    QString t = text.toHtmlEscaped();
    // Characters XML 1.0 does not allow are dropped.
    t.removeIf([](QChar c) { return c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r'; });
    return t.toUtf8();
}

QByteArray sheetXml(const TableExport::Sheet &sheet)
{
    QByteArray x = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                   "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                   "<sheetData>";
    const auto cell = [&](int row, int col, const QVariant &v, bool header) {
        const QByteArray ref = (columnName(col) + QString::number(row + 1)).toLatin1();
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            x += "<c r=\"" + ref + "\"><v>" + QByteArray::number(v.toLongLong()) + "</v></c>";
            return;
        case QMetaType::Double:
            x += "<c r=\"" + ref + "\"><v>" + QByteArray::number(v.toDouble(), 'g', 15) + "</v></c>";
            return;
        default:
            break;
        }
        const QString s = v.toString();
        if (s.isEmpty())
            return;
        x += "<c r=\"" + ref + "\" t=\"inlineStr\"" + (header ? " s=\"1\"" : "") + "><is><t xml:space=\"preserve\">"
             + xmlText(s) + "</t></is></c>";
    };
    x += "<row r=\"1\">";
    for (int c = 0; c < sheet.headers.size(); ++c)
        cell(0, c, sheet.headers.at(c), true);
    x += "</row>";
    for (int r = 0; r < sheet.rows.size(); ++r) {
        x += "<row r=\"" + QByteArray::number(r + 2) + "\">";
        const QVariantList &cells = sheet.rows.at(r);
        for (int c = 0; c < cells.size(); ++c)
            cell(r + 1, c, cells.at(c), false);
        x += "</row>";
    }
    x += "</sheetData></worksheet>";
    return x;
}

bool addEntry(QuaZip &zip, const QString &name, const QByteArray &data)
{
    QuaZipFile f(&zip);
    if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
        return false;
    const bool ok = f.write(data) == data.size();
    f.close();
    return ok && f.getZipError() == 0;
}

} // namespace

// Written with QuaZip rather than libxlsxwriter: both bundle minizip, and in one process the
// two copies' symbols clash (libxlsxwriter ends up calling QuaZip's zipOpen3 and crashes).
bool TableExport::writeXlsx(const QString &path, const QList<Sheet> &sheets, QString *error)
{
    const QString temp = path + QStringLiteral(".part");
    QFile::remove(temp);
    QuaZip zip(temp);
    if (!zip.open(QuaZip::mdCreate)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(path);
        return false;
    }
    QByteArray types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                       "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                       "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                       "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                       "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                       "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>";
    QByteArray workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                          "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                          " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>";
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    bool ok = true;
    for (int i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        const QString name = sheets.at(i).name.isEmpty() ? QStringLiteral("Sheet%1").arg(i + 1) : sheets.at(i).name.left(31);
        types += "<Override PartName=\"/xl/worksheets/sheet" + n
                 + ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
        workbook += "<sheet name=\"" + xmlText(name) + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n
                + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
                  " Target=\"worksheets/sheet" + n + ".xml\"/>";
        ok = ok && addEntry(zip, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), sheetXml(sheets.at(i)));
    }
    rels += "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\""
            " Target=\"styles.xml\"/></Relationships>";
    types += "</Types>";
    workbook += "</sheets></workbook>";
    const QByteArray styles =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
        "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
        "</styleSheet>";
    ok = ok && addEntry(zip, QStringLiteral("[Content_Types].xml"), types)
         && addEntry(zip, QStringLiteral("_rels/.rels"),
                     "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                     "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                     "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                     " Target=\"xl/workbook.xml\"/></Relationships>")
         && addEntry(zip, QStringLiteral("xl/workbook.xml"), workbook)
         && addEntry(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), rels)
         && addEntry(zip, QStringLiteral("xl/styles.xml"), styles);
    zip.close();
    ok = ok && zip.getZipError() == 0;
    if (ok) {
        QFile::remove(path);
        ok = QFile::rename(temp, path);
    }
    if (!ok) {
        QFile::remove(temp);
        if (error)
            *error = QStringLiteral("cannot write %1").arg(path);
    }
    return ok;
}

bool TableExport::write(const QString &path, const Sheet &sheet, QString *error)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return writeXlsx(path, {sheet}, error);
    return writeCsv(path, sheet.headers, sheet.rows, error);
}

bool TableExport::writePdf(const QString &path, const QString &html, const QString &title, QString *error)
{
    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Survey Secretariat"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    QTextDocument doc;
    doc.setHtml(html);
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSizeF(10);
    doc.setDefaultFont(font);
    doc.print(&writer);
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0) {
        if (error)
            *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}
