#pragma once

#include <QChar>
#include <QString>
#include <QStringList>

#include <memory>

// Reads a table file row by row, whatever its form: CSV (any encoding and delimiter the survey
// platform or Excel writes) or .xlsx (first sheet). Streaming: memory does not grow with the file.
class TableReader
{
public:
    // Utf16Le, Utf16Be: Excel's "Unicode text" (.txt, tab-delimited, UTF-16LE with a BOM).
    enum class Encoding { Auto, Utf8, Gb18030, Utf16Le, Utf16Be };
    struct Options
    {
        // (A constructor rather than member initializers, so "= {}" works as a default
        // argument inside this class.)
        Options()
            : encoding(Encoding::Auto)
        {}
        Encoding encoding;
        QChar delimiter; // null = detect: comma, tab or semicolon
    };

    virtual ~TableReader();

    // Opens path (.csv/.txt/.tsv -> CsvReader, .xlsx -> XlsxReader, first sheet); null + *error
    // on failure. Files with another suffix are recognised by their first bytes.
    static std::unique_ptr<TableReader> open(const QString &path, const Options &options = {},
                                             QString *error = nullptr);

    // The next record; false at the end or on error (then errorString() is not empty).
    virtual bool readRow(QStringList &cells) = 0;
    // 1-based line (CSV: physical line the record started on; XLSX: row number) of the last row
    // read.
    virtual qint64 lineNumber() const = 0;
    virtual QString errorString() const = 0;
    // 0..1, for progress bars.
    virtual double progress() const = 0;
    // "UTF-8", "UTF-8 (BOM)", "GB18030" or "xlsx".
    virtual QString encodingName() const = 0;
    // The field delimiter; null for xlsx.
    virtual QChar delimiter() const = 0;
};
