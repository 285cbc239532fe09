#pragma once

#include "io/TableReader.h"
#include <QCoreApplication>

#include <QFile>
#include <QStringDecoder>

// RFC 4180 CSV: quoted fields with "" escapes, delimiters and line breaks inside quotes, CRLF or
// LF. UTF-8 with or without BOM, UTF-16 (Excel's "Unicode text"; by its BOM, or zero bytes in
// ASCII), or GB18030 (detected from the first 64 KiB unless given);
// comma, tab or semicolon (detected from the first lines unless given; Excel's "sep=X" first line
// names it and is skipped, see io/ExcelTraces). Reads the file in
// chunks, so memory stays flat however long the file is. Blank lines are skipped. A cell that
// io/CsvWriter guarded against formula injection ("'=x") is read back as written ("=x"): see
// io/FormulaGuard::unguard for which leading ' is removed. An Excel text formula ="0755…" is read
// as its text (io/ExcelTraces::textFormulaValue).
class CsvReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    CsvReader();
    ~CsvReader() override;

    bool open(const QString &path, const Options &options = {});
    // Reads from an already open device (not owned), e.g. a QBuffer in tests.
    bool open(QIODevice *device, const Options &options = {});

    bool readRow(QStringList &cells) override;
    // Only these columns' cells are made into strings; the others are scanned past (their
    // quotes and line breaks still parsed) and come back empty. The last record's text and
    // splitRecord() give the whole row when it is needed (a rejected row). Returns true.
    bool readOnlyColumns(const QList<int> &columns) override;
    bool lastRowBlank() const override { return m_blank; }
    QStringView lastRecordText() const override;
    // Thread-safe (reads only the delimiter, fixed after open()).
    void splitRecord(QStringView record, QStringList &cells) const override;
    qint64 lineNumber() const override { return m_recordLine; }
    QString errorString() const override { return m_error; }
    double progress() const override;
    QString encodingName() const override { return m_encodingName; }
    QChar delimiter() const override { return m_delimiter; }
    // True when the file began with Excel's "sep=X" line (skipped; line numbers still count it).
    bool hadSepLine() const { return m_sepLine; }

    // The detected encoding of some leading bytes: BOM, else UTF-16's zero bytes, else valid
    // UTF-8, else GB18030.
    static Encoding detectEncoding(const QByteArray &head, bool *hasBom = nullptr);
    // The delimiter that splits the first lines most consistently (comma when unsure).
    static QChar detectDelimiter(QStringView text);

private:
    bool start(const Options &options);
    // Skips Excel's "sep=X" line at m_pos and returns X; a null QChar (nothing skipped) when the
    // first line is not one.
    QChar skipSepLine();
    bool fill(); // decodes the next chunk into m_text; false at end of input
    // Moves m_pos past empty lines (reading more as needed); false at end of input.
    bool skipBlankLines();
    void compact();

    QFile m_file;
    QIODevice *m_device = nullptr;
    qint64 m_size = 0;
    QStringDecoder m_decoder;
    QString m_text; // decoded, not yet consumed text
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_line = 1; // physical line of m_pos
    qint64 m_recordLine = 0;
    QChar m_delimiter;
    QString m_encodingName;
    QString m_error;
    bool m_sepLine = false;
    QByteArray m_pending; // bytes read during detection, not yet decoded
    QByteArray m_bytes; // the chunk being decoded (reused)
    QList<bool> m_wanted; // by column: made into a string; empty: every column
    bool m_blank = false; // the last row's cells, every column's, are all blank
    qsizetype m_recordStart = 0; // the last record's text in m_text (until the next readRow)
    qsizetype m_recordEnd = 0;
};
