#include "forms/DocxFormReader.h"

#include <QFile>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace {

bool isWordNamespace(QStringView ns)
{
    // Transitional (what everyone writes) and Strict OOXML.
    return ns == QLatin1String("http://schemas.openxmlformats.org/wordprocessingml/2006/main")
        || ns == QLatin1String("http://purl.oclc.org/ooxml/wordprocessingml/main");
}

QString wordAttribute(const QXmlStreamAttributes &attributes, const QString &name)
{
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == name)
            return a.value().toString();
    }
    return {};
}

// A Wingdings character as Word inserts it for a check box (Insert > Symbol), as Unicode.
QString symbolText(const QString &font, const QString &hex)
{
    bool ok = false;
    uint code = hex.toUInt(&ok, 16);
    if (!ok)
        return {};
    if (code >= 0xF000)
        code -= 0xF000;
    const QString f = font.toLower();
    if (f.contains(QLatin1String("wingdings 2"))) {
        switch (code) {
        case 0x50:
            return QStringLiteral("✓");
        case 0x52:
            return QStringLiteral("☑");
        case 0x53:
        case 0x54:
            return QStringLiteral("☒");
        case 0xA3:
        case 0x2A:
            return QStringLiteral("☐");
        }
        return {};
    }
    if (f.contains(QLatin1String("wingdings"))) {
        switch (code) {
        case 0xFE:
            return QStringLiteral("☑");
        case 0xFD:
            return QStringLiteral("☒");
        case 0xFC:
            return QStringLiteral("✓");
        case 0xA8:
        case 0x6F:
        case 0x71:
            return QStringLiteral("☐");
        case 0x6E:
            return QStringLiteral("■");
        }
        return {};
    }
    return QString(QChar(code));
}

struct TableState
{
    int index = 0;
    FormRow row;
    FormCell cell;
    int gridColumn = 0;
    bool rowDeleted = false;
    bool cellDeleted = false;
    bool inCell = false;
    bool vMergeContinue = false;
    QHash<int, QString> above; // text of the last cell starting at each grid column
};

class DocumentParser
{
public:
    explicit DocumentParser(FormGrid *grid)
        : m_grid(grid)
    {}

    bool parse(const QByteArray &xml, QString *error)
    {
        QXmlStreamReader x(xml);
        while (!x.atEnd()) {
            const QXmlStreamReader::TokenType token = x.readNext();
            if (token == QXmlStreamReader::StartElement)
                start(x);
            else if (token == QXmlStreamReader::EndElement)
                end(x);
        }
        if (x.hasError()) {
            *error = DocxFormReader::tr("the document cannot be read (line %1: %2)")
                         .arg(x.lineNumber())
                         .arg(x.errorString());
            return false;
        }
        return true;
    }

    int tables() const { return m_tableCount; }

private:
    bool hiddenText() const
    {
        return m_deleted > 0 || m_fallback > 0 || m_placeholders.contains(true);
    }

    void append(const QString &text)
    {
        if (m_tables.isEmpty() || !m_tables.last().inCell || hiddenText())
            return;
        m_tables.last().cell.text += text;
    }

    void start(QXmlStreamReader &x)
    {
        const QStringView name = x.name();
        if (x.namespaceUri()
            == QLatin1String("http://schemas.openxmlformats.org/markup-compatibility/2006")) {
            if (name == QLatin1String("Fallback"))
                ++m_fallback;
            return;
        }
        if (!isWordNamespace(x.namespaceUri()))
            return;
        const QXmlStreamAttributes a = x.attributes();
        if (name == QLatin1String("tbl")) {
            TableState t;
            t.index = m_tableCount++;
            m_tables.append(t);
        } else if (m_tables.isEmpty()) {
            return;
        } else if (!startTablePart(name, a)) {
            startText(x, name, a);
        }
        startBlock(name);
    }

    // A row, a cell, their grid positions and merges, a deletion: true when name is one.
    bool startTablePart(QStringView name, const QXmlStreamAttributes &a)
    {
        TableState &t = m_tables.last();
        if (name == QLatin1String("tr")) {
            t.row = FormRow {{}, t.index};
            t.gridColumn = 0;
            t.rowDeleted = false;
        } else if (name == QLatin1String("gridBefore")) {
            t.gridColumn += std::max(0, wordAttribute(a, QStringLiteral("val")).toInt());
        } else if (name == QLatin1String("trPr")) {
            m_inRowProperties = true;
        } else if (name == QLatin1String("tc")) {
            t.cell = FormCell {{}, t.gridColumn, 1, false};
            t.cellDeleted = false;
            t.inCell = true;
        } else if (name == QLatin1String("gridSpan")) {
            t.cell.span = std::max(1, wordAttribute(a, QStringLiteral("val")).toInt());
        } else if (name == QLatin1String("vMerge")) {
            const QString v = wordAttribute(a, QStringLiteral("val"));
            t.cell.continued = v.isEmpty() || v == QLatin1String("continue");
        } else if (name == QLatin1String("cellDel")) {
            t.cellDeleted = true;
        } else if (name == QLatin1String("del") || name == QLatin1String("moveFrom")) {
            if (m_inRowProperties)
                t.rowDeleted = true;
            ++m_deleted;
        } else {
            return false;
        }
        return true;
    }

    // Text in a cell: runs, tabs, breaks, hyphens, symbols; a legacy check box's state.
    void startText(QXmlStreamReader &x, QStringView name, const QXmlStreamAttributes &a)
    {
        if (name == QLatin1String("t")) {
            append(x.readElementText(QXmlStreamReader::IncludeChildElements));
        } else if (name == QLatin1String("delText") || name == QLatin1String("instrText")) {
            x.skipCurrentElement();
        } else if (name == QLatin1String("r")) {
            ++m_runDepth;
        } else if (m_runDepth == 0) {
            // Tab stops, paragraph marks and the like: no text.
        } else if (name == QLatin1String("tab")) {
            append(QStringLiteral("\t"));
        } else if (name == QLatin1String("br") || name == QLatin1String("cr")) {
            append(QStringLiteral("\n"));
        } else if (name == QLatin1String("noBreakHyphen")) {
            append(QStringLiteral("-"));
        } else if (name == QLatin1String("sym")) {
            append(symbolText(wordAttribute(a, QStringLiteral("font")),
                              wordAttribute(a, QStringLiteral("char"))));
        } else if (name == QLatin1String("checkBox")) {
            // A legacy form field (FORMCHECKBOX): no text, its state in w:ffData.
            m_checkBox = 0;
        } else if (m_checkBox >= 0
                   && (name == QLatin1String("default") || name == QLatin1String("checked"))) {
            const QString v = wordAttribute(a, QStringLiteral("val"));
            const int on = v.isEmpty() || v == QLatin1String("1") || v == QLatin1String("true");
            if (name == QLatin1String("checked") || m_checkBox == 0)
                m_checkBox = on ? 2 : 1;
        }
    }

    // A paragraph starts a new line of its cell's text; a content control may show placeholder
    // text, which is no answer.
    void startBlock(QStringView name)
    {
        if (name == QLatin1String("p")) {
            TableState &t = m_tables.last();
            if (t.inCell && !t.cell.text.isEmpty() && !t.cell.text.endsWith(QLatin1Char('\n')))
                t.cell.text += QLatin1Char('\n');
        } else if (name == QLatin1String("sdt")) {
            m_placeholders.append(false);
        } else if (name == QLatin1String("showingPlcHdr")) {
            if (!m_placeholders.isEmpty())
                m_placeholders.last() = true;
        }
    }

    void end(QXmlStreamReader &x)
    {
        const QStringView name = x.name();
        if (x.namespaceUri()
            == QLatin1String("http://schemas.openxmlformats.org/markup-compatibility/2006")) {
            if (name == QLatin1String("Fallback"))
                --m_fallback;
            return;
        }
        if (!isWordNamespace(x.namespaceUri()) || m_tables.isEmpty())
            return;
        TableState &t = m_tables.last();
        if (name == QLatin1String("del") || name == QLatin1String("moveFrom")) {
            --m_deleted;
        } else if (name == QLatin1String("trPr")) {
            m_inRowProperties = false;
        } else if (name == QLatin1String("r")) {
            --m_runDepth;
        } else if (name == QLatin1String("checkBox")) {
            append(m_checkBox == 2 ? QStringLiteral("☑") : QStringLiteral("☐"));
            m_checkBox = -1;
        } else if (name == QLatin1String("sdt")) {
            if (!m_placeholders.isEmpty())
                m_placeholders.removeLast();
        } else if (name == QLatin1String("tc")) {
            t.inCell = false;
            if (t.cellDeleted)
                return;
            t.cell.text = t.cell.text.trimmed();
            t.row.cells.append(t.cell);
            t.gridColumn += t.cell.span;
        } else if (name == QLatin1String("tr")) {
            if (t.rowDeleted)
                return;
            for (FormCell &c : t.row.cells) {
                if (c.continued && c.text.isEmpty())
                    c.text = t.above.value(c.column);
                t.above.insert(c.column, c.text);
            }
            m_grid->append(t.row);
        } else if (name == QLatin1String("tbl")) {
            m_tables.removeLast();
        }
    }

    FormGrid *m_grid;
    QList<TableState> m_tables; // open tables, innermost last
    QList<bool> m_placeholders; // open content controls: showing their placeholder?
    int m_tableCount = 0;
    int m_deleted = 0;
    int m_fallback = 0;
    int m_runDepth = 0;
    int m_checkBox = -1; // in a form field check box: 0 state unknown, 1 off, 2 on
    bool m_inRowProperties = false;
};

bool readEntry(QuaZip &zip, const QString &name, QByteArray *data)
{
    if (!zip.setCurrentFile(name, QuaZip::csInsensitive))
        return false;
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *data = file.readAll();
    file.close();
    return true;
}

QHash<QString, QString> customProperties(const QByteArray &xml)
{
    QHash<QString, QString> out;
    QXmlStreamReader x(xml);
    QString name;
    while (!x.atEnd()) {
        if (x.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (x.name() == QLatin1String("property"))
            name = x.attributes().value(QStringLiteral("name")).toString();
        else if (!name.isEmpty() && x.name() == QLatin1String("lpwstr"))
            out.insert(name, x.readElementText());
    }
    return out;
}
} // namespace

bool DocxFormReader::readDocumentXml(const QByteArray &xml, FormGrid *grid, QString *error)
{
    DocumentParser parser(grid);
    return parser.parse(xml, error);
}

bool DocxFormReader::read(const QString &path, FormGrid *grid, QString *error,
                          QHash<QString, QString> *properties)
{
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly)) {
        *error = tr("cannot open the file: %1").arg(probe.errorString());
        return false;
    }
    const QByteArray magic = probe.read(8);
    probe.close();
    if (magic.startsWith("\xD0\xCF\x11\xE0")) {
        *error = tr("this is an old Word 97–2003 document (.doc); open it in Word or WPS and "
                    "save it as .docx");
        return false;
    }
    if (!magic.startsWith("PK")) {
        *error = tr("not a Word document (.docx): the file is not a zip archive");
        return false;
    }
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        *error = tr("not a Word document (.docx): the zip archive is damaged");
        return false;
    }
    QByteArray xml;
    if (!readEntry(zip, QStringLiteral("word/document.xml"), &xml)) {
        *error = tr("not a Word document (.docx): it has no word/document.xml");
        return false;
    }
    if (properties) {
        QByteArray custom;
        if (readEntry(zip, QStringLiteral("docProps/custom.xml"), &custom))
            *properties = customProperties(custom);
    }
    zip.close();
    DocumentParser parser(grid);
    if (!parser.parse(xml, error))
        return false;
    if (parser.tables() == 0) {
        *error = tr("the document has no table: is it the information form (信息表)?");
        return false;
    }
    return true;
}
