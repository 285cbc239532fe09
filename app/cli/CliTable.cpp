#include "CliTable.h"

#include "io/CsvWriter.h"

#include <QJsonDocument>
#include <QJsonObject>

CliTable::CliTable(QTextStream &out, const QString &format, const QStringList &header,
                   const QString &textSeparator, bool textHeader)
    : m_out(out)
    , m_format(format == QLatin1String("csv")        ? Format::Csv
                   : format == QLatin1String("json") ? Format::Json
                                                     : Format::Text)
    , m_header(header)
    , m_textSeparator(textSeparator)
    , m_textHeader(textHeader)
{
    if (m_format == Format::Csv || (m_format == Format::Text && m_textHeader))
        writeLine(m_header);
}

void CliTable::writeLine(const QStringList &cells)
{
    m_out << (m_format == Format::Csv ? CsvWriter::formatRow(cells) : cells.join(m_textSeparator))
          << '\n';
}

void CliTable::add(const QStringList &cells)
{
    if (m_format != Format::Json) {
        writeLine(cells);
        return;
    }
    QVariantList values;
    for (const QString &c : cells)
        values << c;
    addValues(values);
}

void CliTable::addValues(const QVariantList &cells)
{
    if (m_format != Format::Json) {
        QStringList texts;
        for (const QVariant &c : cells)
            texts << c.toString();
        writeLine(texts);
        return;
    }
    QJsonObject o;
    for (qsizetype i = 0; i < m_header.size() && i < cells.size(); ++i)
        o.insert(m_header.at(i), QJsonValue::fromVariant(cells.at(i)));
    m_json.append(o);
}

void CliTable::finish()
{
    if (m_format == Format::Json)
        m_out << QString::fromUtf8(QJsonDocument(m_json).toJson(QJsonDocument::Indented));
    m_out.flush();
}
