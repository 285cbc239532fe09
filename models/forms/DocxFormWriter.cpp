#include "forms/DocxFormWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamWriter>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace {
const QString kW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
constexpr int kWidth = 9360; // twips between the A4 margins below
constexpr int kEmptyRows = 3; // rows left to fill in under each sub-table

struct CellStyle
{
    int span = 1;
    bool bold = false;
    bool shaded = false;
    bool centered = false;
    bool heading = false; // a sub-table's title or header: kept with the next row, repeated
};

class DocWriter
{
public:
    explicit DocWriter(QByteArray *out)
        : m_xml(out)
    {
        m_xml.setAutoFormatting(false);
    }

    QXmlStreamWriter m_xml;

    void paragraph(const QString &text, bool bold = false, int halfPoints = 0, bool center = false,
                   bool keepNext = false)
    {
        m_xml.writeStartElement(kW, QStringLiteral("p"));
        if (center || keepNext) {
            m_xml.writeStartElement(kW, QStringLiteral("pPr"));
            if (keepNext)
                m_xml.writeEmptyElement(kW, QStringLiteral("keepNext"));
            if (center) {
                m_xml.writeEmptyElement(kW, QStringLiteral("jc"));
                m_xml.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("center"));
            }
            m_xml.writeEndElement();
        }
        if (!text.isEmpty())
            run(text, bold, halfPoints);
        m_xml.writeEndElement();
    }

    void run(const QString &text, bool bold, int halfPoints = 0)
    {
        m_xml.writeStartElement(kW, QStringLiteral("r"));
        if (bold || halfPoints) {
            m_xml.writeStartElement(kW, QStringLiteral("rPr"));
            if (bold)
                m_xml.writeEmptyElement(kW, QStringLiteral("b"));
            if (halfPoints) {
                m_xml.writeEmptyElement(kW, QStringLiteral("sz"));
                m_xml.writeAttribute(kW, QStringLiteral("val"), QString::number(halfPoints));
            }
            m_xml.writeEndElement();
        }
        m_xml.writeStartElement(kW, QStringLiteral("t"));
        m_xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        m_xml.writeCharacters(text);
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }

    void startTable(const QList<int> &widths)
    {
        m_widths = widths;
        m_xml.writeStartElement(kW, QStringLiteral("tbl"));
        m_xml.writeStartElement(kW, QStringLiteral("tblPr"));
        m_xml.writeEmptyElement(kW, QStringLiteral("tblW"));
        m_xml.writeAttribute(kW, QStringLiteral("w"), QString::number(kWidth));
        m_xml.writeAttribute(kW, QStringLiteral("type"), QStringLiteral("dxa"));
        m_xml.writeStartElement(kW, QStringLiteral("tblBorders"));
        for (const char *side : {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            m_xml.writeEmptyElement(kW, QLatin1String(side));
            m_xml.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("single"));
            m_xml.writeAttribute(kW, QStringLiteral("sz"), QStringLiteral("4"));
            m_xml.writeAttribute(kW, QStringLiteral("space"), QStringLiteral("0"));
            m_xml.writeAttribute(kW, QStringLiteral("color"), QStringLiteral("000000"));
        }
        m_xml.writeEndElement();
        m_xml.writeEmptyElement(kW, QStringLiteral("tblLayout"));
        m_xml.writeAttribute(kW, QStringLiteral("type"), QStringLiteral("fixed"));
        m_xml.writeEndElement(); // tblPr
        m_xml.writeStartElement(kW, QStringLiteral("tblGrid"));
        for (int w : widths) {
            m_xml.writeEmptyElement(kW, QStringLiteral("gridCol"));
            m_xml.writeAttribute(kW, QStringLiteral("w"), QString::number(w));
        }
        m_xml.writeEndElement();
    }

    void endTable()
    {
        m_xml.writeEndElement();
        paragraph(QString()); // Word needs a paragraph between two tables
    }

    // One row; cells with their styles, spans adding up to the grid.
    void row(const QList<QPair<QString, CellStyle>> &cells)
    {
        m_xml.writeStartElement(kW, QStringLiteral("tr"));
        if (!cells.isEmpty() && cells.first().second.heading) {
            m_xml.writeStartElement(kW, QStringLiteral("trPr"));
            m_xml.writeEmptyElement(kW, QStringLiteral("cantSplit"));
            m_xml.writeEmptyElement(kW, QStringLiteral("tblHeader"));
            m_xml.writeEndElement();
        }
        int column = 0;
        for (const auto &[text, style] : cells) {
            int width = 0;
            for (int i = column; i < column + style.span && i < m_widths.size(); ++i)
                width += m_widths[i];
            column += style.span;
            m_xml.writeStartElement(kW, QStringLiteral("tc"));
            m_xml.writeStartElement(kW, QStringLiteral("tcPr"));
            m_xml.writeEmptyElement(kW, QStringLiteral("tcW"));
            m_xml.writeAttribute(kW, QStringLiteral("w"), QString::number(width));
            m_xml.writeAttribute(kW, QStringLiteral("type"), QStringLiteral("dxa"));
            if (style.span > 1) {
                m_xml.writeEmptyElement(kW, QStringLiteral("gridSpan"));
                m_xml.writeAttribute(kW, QStringLiteral("val"), QString::number(style.span));
            }
            if (style.shaded) {
                m_xml.writeEmptyElement(kW, QStringLiteral("shd"));
                m_xml.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("clear"));
                m_xml.writeAttribute(kW, QStringLiteral("color"), QStringLiteral("auto"));
                m_xml.writeAttribute(kW, QStringLiteral("fill"), QStringLiteral("E7EEF7"));
            }
            m_xml.writeEmptyElement(kW, QStringLiteral("vAlign"));
            m_xml.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("center"));
            m_xml.writeEndElement(); // tcPr
            const QStringList lines = text.split(QLatin1Char('\n'));
            for (const QString &line : lines)
                paragraph(line, style.bold, 0, style.centered, style.heading);
            m_xml.writeEndElement(); // tc
        }
        m_xml.writeEndElement(); // tr
    }

private:
    QList<int> m_widths;
};

CellStyle label()
{
    return {1, true, true, false};
}
CellStyle value(int span = 1)
{
    return {span, false, false, false};
}

QString field(const FormData &d, FormLayout::Field f)
{
    return d.fields.value(FormLayout::spec(f).key);
}

void writeUnitTable(DocWriter &w, const FormData &d)
{
    using F = FormLayout::Field;
    const auto labelOf = [](F f) {
        return FormLayout::spec(f).label;
    };
    w.startTable({1900, 2780, 1900, 2780});
    w.row({{labelOf(F::Name), label()}, {field(d, F::Name), value(3)}});
    w.row({{labelOf(F::Region), label()},
           {field(d, F::Region), value()},
           {labelOf(F::City), label()},
           {field(d, F::City), value()}});
    const auto choice = [&](F f, const QStringList &options) {
        const QString v = field(d, f);
        return FormLayout::choiceText(options, v.isEmpty() ? -1 : int(options.indexOf(v)));
    };
    w.row({{labelOf(F::Kind), label()}, {choice(F::Kind, FormLayout::kindOptions()), value(3)}});
    w.row({{labelOf(F::Sort), label()}, {choice(F::Sort, FormLayout::sortOptions()), value(3)}});
    w.row({{labelOf(F::Parent), label()},
           {field(d, F::Parent), value()},
           {labelOf(F::Target), label()},
           {field(d, F::Target), value()}});
    w.row({{labelOf(F::Contact), label()},
           {field(d, F::Contact), value()},
           {labelOf(F::Position), label()},
           {field(d, F::Position), value()}});
    w.row({{labelOf(F::Phone), label()},
           {field(d, F::Phone), value()},
           {labelOf(F::Email), label()},
           {field(d, F::Email), value()}});
    w.endTable();
}

void writeSubTable(DocWriter &w, const FormData &d, FormLayout::Table table)
{
    const QList<FormLayout::ColumnSpec> columns = FormLayout::columns(table);
    // Column widths in twips, adding up to kWidth: names and specialties get the room.
    QList<int> widths;
    switch (table) {
    case FormLayout::Table::Initiating:
        widths = {3360, 1800, 2400, 1800};
        break;
    case FormLayout::Table::Supporting:
        widths = {2760, 1000, 1000, 1400, 1800, 1400};
        break;
    case FormLayout::Table::Gifts:
        widths = {5160, 2100, 2100};
        break;
    case FormLayout::Table::Experts:
        widths = {1560, 1500, 1500, 1900, 2900};
        break;
    case FormLayout::Table::None:
        return;
    }
    w.startTable(widths);
    w.row({{FormLayout::tableTitle(table), {int(columns.size()), true, true, false, true}}});
    QList<QPair<QString, CellStyle>> header;
    for (const FormLayout::ColumnSpec &c : columns)
        header.append({c.label, {1, true, false, true, true}});
    w.row(header);
    const QList<QHash<QString, QString>> rows = d.tables.value(table);
    for (const QHash<QString, QString> &r : rows) {
        QList<QPair<QString, CellStyle>> cells;
        for (const FormLayout::ColumnSpec &c : columns)
            cells.append({r.value(c.key), value()});
        w.row(cells);
    }
    for (int i = 0; i < kEmptyRows; ++i) {
        QList<QPair<QString, CellStyle>> cells;
        for (int c = 0; c < columns.size(); ++c)
            cells.append({QString(), value()});
        w.row(cells);
    }
    w.endTable();
}

QByteArray contentTypes()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
        "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "<Override PartName=\"/word/styles.xml\" ContentType=\"application/"
        "vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
        "<Override PartName=\"/docProps/core.xml\" "
        "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/"
        "vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        "<Override PartName=\"/docProps/custom.xml\" ContentType=\"application/"
        "vnd.openxmlformats-officedocument.custom-properties+xml\"/>"
        "</Types>");
}

QByteArray packageRels()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/officeDocument\" Target=\"word/document.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/"
        "relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
        "<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/custom-properties\" Target=\"docProps/custom.xml\"/>"
        "</Relationships>");
}

QByteArray documentRels()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/styles\" Target=\"styles.xml\"/>"
        "</Relationships>");
}

// 宋体 10.5 pt (五号) for Chinese, Times New Roman for Latin text, as the committee's forms.
QByteArray styles()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"宋体\" "
        "w:cs=\"Times New Roman\"/><w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/>"
        "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault>"
        "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"300\" w:lineRule=\"auto\"/>"
        "</w:pPr></w:pPrDefault></w:docDefaults>"
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
        "<w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
        "</w:styles>");
}

QByteArray coreProps(const FormData &d)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    const QString cp
        = QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    x.writeNamespace(cp, QStringLiteral("cp"));
    x.writeNamespace(dc, QStringLiteral("dc"));
    x.writeStartElement(cp, QStringLiteral("coreProperties"));
    x.writeTextElement(dc, QStringLiteral("title"),
                       FormLayout::formTitle(d.year) + FormLayout::formSubtitle());
    x.writeTextElement(dc, QStringLiteral("creator"), QStringLiteral("Survey Secretariat"));
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

QByteArray appProps()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "extended-properties\"><Application>Survey Secretariat</Application></Properties>");
}

QByteArray customProps(const FormData &d)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    const QString ns
        = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/custom-properties");
    const QString vt
        = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes");
    x.writeDefaultNamespace(ns);
    x.writeNamespace(vt, QStringLiteral("vt"));
    x.writeStartElement(ns, QStringLiteral("Properties"));
    int pid = 2; // the first id custom properties may use
    const auto property = [&](const QString &name, const QString &value) {
        x.writeStartElement(ns, QStringLiteral("property"));
        x.writeAttribute(QStringLiteral("fmtid"),
                         QStringLiteral("{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"));
        x.writeAttribute(QStringLiteral("pid"), QString::number(pid++));
        x.writeAttribute(QStringLiteral("name"), name);
        x.writeTextElement(vt, QStringLiteral("lpwstr"), value);
        x.writeEndElement();
    };
    property(QStringLiteral("SecretariatForm"), QStringLiteral("information-form/1"));
    property(QStringLiteral("SecretariatCampaignYear"), QString::number(d.year));
    property(QStringLiteral("SecretariatUnitId"), QString::number(d.unitId));
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}
} // namespace

QByteArray DocxFormWriter::documentXml(const FormData &data)
{
    QByteArray out;
    DocWriter w(&out);
    QXmlStreamWriter &x = w.m_xml;
    x.writeStartDocument(QStringLiteral("1.0"), true);
    x.writeNamespace(kW, QStringLiteral("w"));
    x.writeStartElement(kW, QStringLiteral("document"));
    x.writeStartElement(kW, QStringLiteral("body"));
    w.paragraph(FormLayout::formTitle(data.year), true, 32, true);
    w.paragraph(FormLayout::formSubtitle(), true, 32, true);
    w.paragraph(QStringLiteral("填写说明：请在所选项前的“☐”内打“√”或改为“☑”；"
                               "推荐单位、礼品、专家各表可增删行。"),
                false, 18);
    writeUnitTable(w, data);
    w.paragraph(QStringLiteral("是否推荐有关单位、商品、专家共同参与（不推荐的表可留空）："), true);
    for (FormLayout::Table t : {FormLayout::Table::Initiating, FormLayout::Table::Supporting,
                                FormLayout::Table::Gifts, FormLayout::Table::Experts})
        writeSubTable(w, data, t);
    w.paragraph(QStringLiteral("信息表请邮件至活动组委会秘书处邮箱。"), false, 18);
    x.writeStartElement(kW, QStringLiteral("sectPr"));
    x.writeEmptyElement(kW, QStringLiteral("pgSz"));
    x.writeAttribute(kW, QStringLiteral("w"), QStringLiteral("11906"));
    x.writeAttribute(kW, QStringLiteral("h"), QStringLiteral("16838"));
    x.writeEmptyElement(kW, QStringLiteral("pgMar"));
    for (const char *side : {"top", "right", "bottom", "left"})
        x.writeAttribute(kW, QLatin1String(side), QStringLiteral("1273"));
    x.writeAttribute(kW, QStringLiteral("header"), QStringLiteral("851"));
    x.writeAttribute(kW, QStringLiteral("footer"), QStringLiteral("851"));
    x.writeAttribute(kW, QStringLiteral("gutter"), QStringLiteral("0"));
    x.writeEndElement(); // sectPr
    x.writeEndElement(); // body
    x.writeEndElement(); // document
    x.writeEndDocument();
    return out;
}

QString DocxFormWriter::write(const QString &path, const FormData &data)
{
    return writePackage(path, documentXml(data), data);
}

QString DocxFormWriter::writePackage(const QString &path, const QByteArray &document,
                                     const FormData &data)
{
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    {
        QuaZip zip(partial);
        if (!zip.open(QuaZip::mdCreate))
            return tr("cannot create %1").arg(QDir::toNativeSeparators(path));
        const QList<QPair<QString, QByteArray>> parts = {
            {QStringLiteral("[Content_Types].xml"), contentTypes()},
            {QStringLiteral("_rels/.rels"), packageRels()},
            {QStringLiteral("word/document.xml"), document},
            {QStringLiteral("word/_rels/document.xml.rels"), documentRels()},
            {QStringLiteral("word/styles.xml"), styles()},
            {QStringLiteral("docProps/core.xml"), coreProps(data)},
            {QStringLiteral("docProps/app.xml"), appProps()},
            {QStringLiteral("docProps/custom.xml"), customProps(data)},
        };
        for (const auto &[name, bytes] : parts) {
            QuaZipFile file(&zip);
            if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name))
                || file.write(bytes) != bytes.size()) {
                zip.close();
                QFile::remove(partial);
                return tr("cannot write %1").arg(QDir::toNativeSeparators(path));
            }
            file.close();
        }
        zip.close();
        if (zip.getZipError() != 0) {
            QFile::remove(partial);
            return tr("cannot write %1").arg(QDir::toNativeSeparators(path));
        }
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return tr("cannot write %1").arg(QDir::toNativeSeparators(path));
    }
    return {};
}
