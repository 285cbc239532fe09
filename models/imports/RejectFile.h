#pragma once

#include "io/CsvWriter.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

// Receives each row an import did not take, for one reason a person can fix: the file and line,
// the field (as in FILE:LINE: field: message), the reason and the row's cells as read.
using RejectSink = std::function<void(const QString &file, qint64 line, const QString &field,
                                      const QString &reason, const QStringList &cells)>;

// The one rejects file of every importer (units, targets, tallies): UTF-8 CSV with BOM, opened
// when the first row comes, one line per reason:
//   file,line,field,reason,row        (the header)
//   input.csv,7,phone,'12345' is not a phone number: ...,<the row's cells, one per column>
// A row with two problems is there twice, once per reason, so the file sorts and filters by
// field in a spreadsheet.
class RejectFile
{
    Q_DECLARE_TR_FUNCTIONS(RejectFile)
public:
    explicit RejectFile(const QString &path)
        : m_path(path)
    {}

    // Where rejects go by default: beside the input, <input>.rejects.csv.
    static QString defaultPathFor(const QString &input);

    // Writes one reason (and the header first); a failure to open is kept for close().
    void add(const QString &file, qint64 line, const QString &field, const QString &reason,
             const QStringList &cells);
    // A sink that writes here (this RejectFile must outlive it).
    RejectSink sink();
    // Closes the file; an error message, empty when every row written is on disk (or none was).
    QString close();

    const QString &path() const { return m_path; }
    qint64 rowsWritten() const { return m_written; }
    bool isOpen() const { return m_open; }

private:
    QString m_path;
    CsvWriter m_writer;
    bool m_open = false;
    qint64 m_written = 0;
    QString m_error;
};
