#pragma once

#include "io/TableReader.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

class QuaZip;
class QuaZipFile;
class ReadAheadDevice;
class XlsxCellValues;
class XlsxSheetScanner;

// The first worksheet of an .xlsx workbook, row by row: shared and inline strings, numbers,
// booleans, sparse cells placed by their r="C7" reference, and numbers with a date format turned
// into yyyy-MM-dd (or yyyy-MM-dd HH:mm:ss when the format shows a time); XlsxCellValues and
// XlsxSheetScanner say exactly what. The sheet is read as a stream out of the zip archive by a
// scanner written for it (issue #18: a 1,000,000-row 问卷星 export in about the time its CSV
// takes); only the shared-string table is held in memory. Errors name the file, the sheet and,
// when there is one, the row and the cell.
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

    // Converts an Excel serial day number (1900 date system unless date1904) to text.
    static QString serialToText(double serial, bool withTime, bool date1904 = false);
    // True when an Excel number format code shows a date or time; *withTime when it shows hours.
    static bool isDateFormat(const QString &code, bool *withTime = nullptr);

private:
    enum class Entry { Read, Missing, Failed };

    bool fail(const QString &message);
    Entry readEntry(const QString &name, QByteArray *data);
    bool entryComplete(QuaZipFile &file, const QString &name, qint64 bytesRead);
    bool loadWorkbook(QString *sheetPath, QString *sheetName);
    bool loadSharedStrings(QStringList *strings);
    bool loadStyles(QList<int> *styleDate);

    QString m_fileName;
    QString m_sheetPath;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_sheet;
    std::unique_ptr<ReadAheadDevice> m_sheetAhead; // m_sheet inflated on a thread of its own
    std::unique_ptr<XlsxCellValues> m_values;
    std::unique_ptr<XlsxSheetScanner> m_scanner;
    bool m_date1904 = false;
    qint64 m_sheetSize = 0;
    QString m_error;
};
