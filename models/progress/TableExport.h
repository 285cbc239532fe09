#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

// Writes a header row and data rows as CSV (io/CsvWriter: UTF-8 with a BOM so Excel on Chinese
// Windows reads it, RFC 4180 quoting, CRLF) or as .xlsx (io/XlsxWriter; numbers stay numbers).
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

    static QString csvField(const QVariant &value);
    // Lines joined with "\n", no BOM: what the CLI prints.
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
};
