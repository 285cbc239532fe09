#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

// Writes a header row and data rows as CSV (io/CsvWriter: UTF-8 with a BOM so Excel on Chinese
// Windows reads it, RFC 4180 quoting, CRLF, cells a spreadsheet would take for a formula behind a
// leading ' as OWASP's CSV Injection advice says) or as .xlsx (io/XlsxWriter; numbers stay
// numbers, text stays text and never becomes a formula).
// Used by the progress, daily-series, grade and commendation exports.
class TableExport
{
public:
    struct Sheet
    {
        QString name;
        QStringList headers;
        QList<QVariantList> rows;
    };

    // A cell's text as the CSV holds it before guarding and quoting: a double with up to 15
    // significant digits, anything else by QVariant::toString().
    static QString cellText(const QVariant &value);
    // Lines joined with "\n", no BOM: what the CLI prints. Each line is CsvWriter::formatRow.
    static QString toCsvText(const QStringList &headers, const QList<QVariantList> &rows);
    static bool writeCsv(const QString &path, const QStringList &headers,
                         const QList<QVariantList> &rows, QString *error = nullptr);
    static bool writeXlsx(const QString &path, const QList<Sheet> &sheets,
                          QString *error = nullptr);
    // .csv or .xlsx by the path's suffix.
    static bool write(const QString &path, const Sheet &sheet, QString *error = nullptr);
    // An HTML document to a printable A4 PDF.
    static bool writePdf(const QString &path, const QString &html, const QString &title,
                         QString *error = nullptr);

private:
    // writePdf() in families, best first.
    static bool printPdf(const QString &path, const QString &html, const QString &title,
                         const QStringList &families);
};
