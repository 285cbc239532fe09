#pragma once

#include <QByteArrayView>
#include <QChar>
#include <QString>
#include <QStringList>
#include <QStringView>

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

    // Skipping the cells nobody reads (a 问卷星 export's 40 answers when only 4 columns are
    // mapped, issue #18). Asks that from now on readRow() make strings of these 0-based columns'
    // cells only and leave the others empty; each list given to readRow() from then on must be
    // empty or one this reader's readRow() filled after this call (the other cells are then
    // empty, and are not looked at again: reading them was a cache miss a cell, the rows of a
    // batch being megabytes apart).
    // False when this reader reads every cell anyway (then nothing below applies; the default).
    virtual bool readOnlyColumns(const QList<int> &columns);
    // After readOnlyColumns(): whether every cell of the last row read, of every column, is
    // blank (empty or spaces), as ImportCells::isBlank says of the whole row.
    virtual bool lastRowBlank() const;
    // After readOnlyColumns(): the last row's record as the reader keeps it (CSV: its text in
    // UTF-8, without its line break; .xlsx: the row's XML as written), valid until the next
    // readRow(); splitRecord() makes it the whole row.
    virtual QByteArrayView lastRecord() const;
    // Every cell of a record lastRecord() gave, as readRow() would have read it without
    // readOnlyColumns(); line: the lineNumber() the row was read with. May be called from
    // another thread while rows are being read.
    virtual void splitRecord(QByteArrayView record, qint64 line, QStringList &cells) const;

protected:
    // readOnlyColumns()' columns as a mask: mask[c] for each column asked for (negative ones
    // left out), false up to the last of them.
    static QList<bool> columnMask(const QList<int> &columns);
};
