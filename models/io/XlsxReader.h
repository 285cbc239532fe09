#pragma once

#include "io/TableReader.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

class QuaZip;
class ReadAheadDevice;
class XlsxCellValues;
class XlsxSheetScanner;
class ZipEntryInflater;

// The first worksheet of an .xlsx workbook, row by row: shared and inline strings, numbers,
// booleans, sparse cells placed by their r="C7" reference, and numbers with a date format turned
// into yyyy-MM-dd (or yyyy-MM-dd HH:mm:ss when the format shows a time); XlsxCellValues and
// XlsxSheetScanner say exactly what. The sheet is read as a stream out of the zip archive by a
// scanner written for it (issue #18: a 1,000,000-row 问卷星 export in about the time its CSV
// takes), every entry inflated and checked by ZipEntryInflater (ISA-L); only the shared-string
// table is held in memory. Errors name the file, the sheet and, when there is one, the row and
// the cell.
class XlsxReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    XlsxReader();
    ~XlsxReader() override;

    bool open(const QString &path);

    bool readRow(QStringList &cells) override;
    qint64 lineNumber() const override;
    QString errorString() const override { return m_error; }
    double progress() const override;
    QString encodingName() const override { return QStringLiteral("xlsx"); }
    QChar delimiter() const override { return {}; }
    // Only these columns' cells are made into strings (XlsxSheetScanner::readOnlyColumns); the
    // row's XML is its record. Returns true (false before open()).
    bool readOnlyColumns(const QList<int> &columns) override;
    bool lastRowBlank() const override;
    QByteArrayView lastRecord() const override;
    // Reads the row's XML again, every cell (thread-safe: the shared strings and styles are
    // only read).
    void splitRecord(QByteArrayView record, qint64 line, QStringList &cells) const override;

    // Converts an Excel serial day number (1900 date system unless date1904) to text.
    static QString serialToText(double serial, bool withTime, bool date1904 = false);
    // True when an Excel number format code shows a date or time; *withTime when it shows hours.
    static bool isDateFormat(const QString &code, bool *withTime = nullptr);

private:
    enum class Entry { Read, Missing, Failed };

    bool fail(const QString &message);
    std::unique_ptr<ZipEntryInflater> openEntry(const QString &name, Entry *result);
    Entry readEntry(const QString &name, QByteArray *data);
    bool entryFault(const ZipEntryInflater &entry, const QString &name);
    bool loadWorkbook(QString *sheetPath, QString *sheetName);
    bool loadSharedStrings(QStringList *strings);
    bool loadStyles(QList<int> *styleDate);

    QString m_fileName;
    QString m_where; // the sheet, in messages
    QString m_sheetPath;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<ZipEntryInflater> m_sheet;
    std::unique_ptr<ReadAheadDevice> m_sheetAhead; // m_sheet inflated on a thread of its own
    std::unique_ptr<XlsxCellValues> m_values;
    std::unique_ptr<XlsxSheetScanner> m_scanner;
    bool m_date1904 = false;
    qint64 m_sheetSize = 0;
    QString m_error;
};
