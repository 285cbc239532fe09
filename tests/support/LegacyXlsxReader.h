#pragma once

#include "io/TableReader.h"
#include <QCoreApplication>

#include <QHash>
#include <QList>
#include <QXmlStreamReader>

#include <memory>

class QuaZip;
class QuaZipFile;

// io/XlsxReader as it was before its hand-written sheet scanner (commit 91f81cf, issue #18): the
// worksheet and the shared strings read with QXmlStreamReader. Kept, unchanged but for its name
// and openSheet(), as the reference the new reader is compared with (tst_io_readers'
// xlsxScannerMatchesQXmlStreamReader, fuzz/fuzz_xlsx_scanner_diff): on every well-formed sheet both
// must give the same rows.
class LegacyXlsxReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(LegacyXlsxReader)

public:
    LegacyXlsxReader();
    ~LegacyXlsxReader() override;

    bool open(const QString &path);
    // The sheet XML from a device (not owned, kept open by the caller), with the shared strings
    // parsed from sharedStrings (sharedStrings.xml, may be empty) and the cellXfs date kinds
    // styleDate (0 none, 1 date, 2 date and time), as open() would have found them in a workbook.
    bool openSheet(QIODevice *sheet, const QByteArray &sharedStrings, const QList<int> &styleDate,
                   bool date1904 = false);

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
    bool parseSharedStrings(const QByteArray &data);
    bool loadStyles();
    QString cellText(const QString &type, int style, const QString &value) const;

    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_sheet;
    QIODevice *m_device = nullptr; // m_sheet, or openSheet()'s
    QXmlStreamReader m_xml;
    QStringList m_shared;
    QList<int> m_styleDate; // per cellXfs index: 0 no date, 1 date, 2 date and time
    bool m_date1904 = false;
    qint64 m_row = 0;
    qint64 m_sheetSize = 0;
    QString m_error;
};
