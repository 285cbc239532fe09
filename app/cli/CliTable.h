#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QVariantList>

// A listing written as --format asks, so every command writes its rows one way:
//   text: the cells joined by textSeparator (two spaces unless said), for reading; the header
//         only with textHeader;
//   csv:  the header, then one row a line, through CsvWriter (RFC 4180, formula guard);
//   json: one array of objects keyed by the header, written by finish(); a QVariant cell keeps
//         its type (a number stays a number, a null QVariant is null).
//   CliTable table(ctx.out(), *format, {"id", "name"});
//   for (...) table.add({...});
//   table.finish();
class CliTable
{
public:
    CliTable(QTextStream &out, const QString &format, const QStringList &header,
             const QString &textSeparator = QStringLiteral("  "), bool textHeader = false);

    bool isText() const { return m_format == Format::Text; }
    // One row; as many cells as the header has.
    void add(const QStringList &cells);
    void addValues(const QVariantList &cells);
    // Writes what is kept back (json) and flushes the stream.
    void finish();

private:
    enum class Format { Text, Csv, Json };
    void writeLine(const QStringList &cells);

    QTextStream &m_out;
    Format m_format;
    QStringList m_header;
    QString m_textSeparator;
    bool m_textHeader;
    QJsonArray m_json;
};
