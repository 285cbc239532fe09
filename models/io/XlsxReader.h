#pragma once

#include "io/TableReader.h"
#include <QCoreApplication>

#include <QHash>
#include <QList>
#include <QXmlStreamReader>

#include <memory>

class QuaZip;
class QuaZipFile;

// The first worksheet of an .xlsx workbook, row by row: shared and inline strings, numbers,
// booleans, sparse cells placed by their r="C7" reference, and numbers with a date format turned
// into yyyy-MM-dd (or yyyy-MM-dd HH:mm:ss when the format shows a time). The sheet is parsed as a
// stream out of the zip archive; only the shared-string table is held in memory.
class XlsxReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    XlsxReader();
    ~XlsxReader() override;

    bool open(const QString &path);

    bool readRow(QStringList &cells) override;
    qint64 lineNumber() const override { return m_row; }
    QString errorString() const override { return m_error; }
    double progress() const override;
    QString encodingName() const override { return QStringLiteral("xlsx"); }
    QChar delimiter() const override { return {}; }

    // Converts an Excel serial day number (1900 date system unless date1904) to text.
    static QString serialToText(double serial, bool withTime, bool date1904 = false);
    // True when an Excel number format code shows a date or time; *withTime when it shows hours.
    static bool isDateFormat(const QString &code, bool *withTime = nullptr);

private:
    bool fail(const QString &message);
    bool readEntry(const QString &name, QByteArray *data);
    bool loadWorkbook(QString *sheetPath);
    bool loadSharedStrings();
    bool loadStyles();
    QString cellText(const QString &type, int style, const QString &value) const;

    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_sheet;
    QXmlStreamReader m_xml;
    QStringList m_shared;
    QList<int> m_styleDate; // per cellXfs index: 0 no date, 1 date, 2 date and time
    bool m_date1904 = false;
    qint64 m_row = 0;
    qint64 m_sheetSize = 0;
    QString m_error;
};
