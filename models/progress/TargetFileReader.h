#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Reads a small table file for the targets import: CSV (UTF-8 with or without BOM, or GB18030;
// comma, tab or semicolon; RFC 4180 quotes; CRLF) or the first sheet of an .xlsx workbook.
// A minimal reader kept local to the targets import until the shared streaming readers
// (io/TableReader) are on this branch.
class TargetFileReader
{
    Q_DECLARE_TR_FUNCTIONS(TargetFileReader)
public:
    struct Row
    {
        qint64 line = 0; // 1-based line (CSV) or row number (xlsx) in the file
        QStringList cells;
    };

    // The rows including the header row; false with *error set when the file cannot be read.
    static bool read(const QString &path, QList<Row> *rows, QString *error);
    static QList<Row> parseCsv(const QByteArray &data);

private:
    static bool readXlsx(const QString &path, QList<Row> *rows, QString *error);
};
