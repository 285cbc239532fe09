#pragma once

#include <QFile>
#include <QString>
#include <QStringList>

// RFC 4180 CSV in UTF-8: CRLF line ends, a field quoted when it holds the delimiter, a quote, a
// line break or leading/trailing spaces, quotes doubled. An optional BOM makes Excel read UTF-8.
// Every CSV the program writes (files and the CLI's --format csv) goes through formatRow(), which
// first passes each cell through io/FormulaGuard: a cell a spreadsheet would take for a formula
// gets a leading ' (OWASP CSV Injection); plain numbers are left alone. io/CsvReader undoes it.
class CsvWriter
{
public:
    CsvWriter();
    ~CsvWriter();

    bool open(const QString &path, bool withBom = false, QChar delimiter = QLatin1Char(','));
    // Writes formatRow(cells) and a CRLF; false when the file is not open or cannot be written.
    bool writeRow(const QStringList &cells);
    // Flushes and closes; returns an error message, empty on success.
    QString close();
    QString errorString() const { return m_error; }

    // One record's text without the line end: each cell guarded (FormulaGuard::guard), then
    // quoted when needed, joined by delimiter.
    static QString formatRow(const QStringList &cells, QChar delimiter = QLatin1Char(','));

private:
    QFile m_file;
    QByteArray m_buffer;
    QChar m_delimiter = QLatin1Char(',');
    QString m_error;
    bool flush();
};
