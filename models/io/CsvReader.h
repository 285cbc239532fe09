#pragma once

#include "io/TableReader.h"
#include <QCoreApplication>

#include <QFile>
#include <QStringDecoder>
#include <QStringEncoder>

// RFC 4180 CSV: quoted fields with "" escapes, delimiters and line breaks inside quotes, CRLF or
// LF. UTF-8 with or without BOM, UTF-16 (Excel's "Unicode text"; by its BOM, or zero bytes in
// ASCII), or GB18030 (detected from the first 64 KiB unless given);
// comma, tab or semicolon (detected from the first lines unless given; Excel's "sep=X" first line
// names it and is skipped, see io/ExcelTraces). Reads the file in
// chunks, so memory stays flat however long the file is. Blank lines are skipped. A cell that
// io/CsvWriter guarded against formula injection ("'=x") is read back as written ("=x"): see
// io/FormulaGuard::unguard for which leading ' is removed. An Excel text formula ="…" is read
// as its text (io/ExcelTraces::textFormulaValue).
//
// The records are split on the file's bytes and only the cells asked for are decoded (issue #18:
// a 问卷星 export's 40 answer columns are passed over, not decoded). UTF-8 is split as it is;
// GB18030 and UTF-16 are decoded chunk by chunk and written out as UTF-8 first, so that one
// splitter serves all three and their cells read exactly as a whole-text decoding reads them.
// The delimiter is therefore an ASCII character.
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
    // As UTF-8, whatever the file's encoding.
    QByteArrayView lastRecord() const override;
    // Thread-safe (reads only the delimiter, fixed after open()).
    void splitRecord(QByteArrayView record, qint64 line, QStringList &cells) const override;
    qint64 lineNumber() const override { return m_recordLine; }
    QString errorString() const override { return m_error; }
    double progress() const override;
    QString encodingName() const override { return m_encodingName; }
    QChar delimiter() const override { return QLatin1Char(m_delimiter); }
    // True when the file began with Excel's "sep=X" line (skipped; line numbers still count it).
    bool hadSepLine() const { return m_sepLine; }

    // The detected encoding of some leading bytes: BOM, else UTF-16's zero bytes, else valid
    // UTF-8, else GB18030.
    static Encoding detectEncoding(const QByteArray &head, bool *hasBom = nullptr);
    // The delimiter that splits the first lines most consistently (comma when unsure).
    static QChar detectDelimiter(QStringView text);

private:
    bool start(const Options &options);
    bool chooseDelimiter(const Options &options);
    // Skips Excel's "sep=X" line at m_pos and returns X; a null QChar (nothing skipped) when the
    // first line is not one.
    QChar skipSepLine();
    // Appends the next chunk to m_buffer as UTF-8 (transcoded unless the file is UTF-8); false
    // at the end of input.
    bool fill();
    void appendChunk(const QByteArray &bytes);
    // Moves m_pos past empty lines (reading more as needed); false at end of input.
    bool skipBlankLines();
    void compact();

    QFile m_file;
    QIODevice *m_device = nullptr;
    qint64 m_size = 0;
    qint64 m_consumed = 0; // bytes of the file read into m_buffer so far
    bool m_transcode = false; // GB18030 or UTF-16: each chunk is decoded, then encoded as UTF-8
    QStringDecoder m_decoder; // the file's encoding, across chunks (when transcoding)
    QStringEncoder m_toUtf8;
    QString m_decoded; // a chunk's text while it is transcoded (reused)
    QByteArray m_buffer; // UTF-8, not yet consumed from m_pos on
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_line = 1; // physical line of m_pos
    qint64 m_recordLine = 0;
    char m_delimiter = ',';
    QString m_encodingName;
    QString m_error;
    bool m_sepLine = false;
    QByteArray m_pending; // bytes read during detection, not yet in m_buffer
    QByteArray m_bytes; // the chunk being transcoded (reused)
    QStringDecoder m_cells; // UTF-8, one cell at a time
    QList<bool> m_wanted; // by column: made into a string; empty: every column
    bool m_blank = false; // the last row's cells, every column's, are all blank
    qsizetype m_recordStart = 0; // the last record's text in m_buffer (until the next readRow)
    qsizetype m_recordEnd = 0;
};
