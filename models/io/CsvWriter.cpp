#include "io/CsvWriter.h"
#include "db/DatabaseFiles.h"

#include "io/FormulaGuard.h"

#include <QCoreApplication>

CsvWriter::CsvWriter() = default;

CsvWriter::~CsvWriter()
{
    if (m_file.isOpen())
        close();
}

bool CsvWriter::open(const QString &path, bool withBom, QChar delimiter)
{
    m_delimiter = delimiter;
    m_error.clear();
    m_buffer.clear();
    if (const QString refusal = DatabaseFiles::refusal(path); !refusal.isEmpty()) {
        m_error = refusal;
        return false;
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = QCoreApplication::translate("CsvWriter", "cannot write %1: %2")
                      .arg(path, m_file.errorString());
        return false;
    }
    if (withBom)
        m_buffer.append("\xEF\xBB\xBF");
    return true;
}

QString CsvWriter::formatRow(const QStringList &cells, QChar delimiter)
{
    QString line;
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += delimiter;
        const QString cell = FormulaGuard::guard(cells.at(i));
        const bool quote = cell.contains(delimiter) || cell.contains(QLatin1Char('"'))
            || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))
            || (!cell.isEmpty() && (cell.front().isSpace() || cell.back().isSpace()));
        if (quote) {
            QString escaped = cell;
            escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
            line += QLatin1Char('"') + escaped + QLatin1Char('"');
        } else {
            line += cell;
        }
    }
    return line;
}

bool CsvWriter::writeRow(const QStringList &cells)
{
    if (!m_file.isOpen())
        return false;
    m_buffer.append(formatRow(cells, m_delimiter).toUtf8());
    m_buffer.append("\r\n");
    return m_buffer.size() < (1 << 20) || flush();
}

bool CsvWriter::flush()
{
    if (!m_buffer.isEmpty() && m_file.write(m_buffer) != m_buffer.size()) {
        m_error = QCoreApplication::translate("CsvWriter", "cannot write %1: %2")
                      .arg(m_file.fileName(), m_file.errorString());
        m_buffer.clear();
        return false;
    }
    m_buffer.clear();
    return true;
}

QString CsvWriter::close()
{
    if (m_file.isOpen()) {
        flush();
        if (!m_file.flush() && m_error.isEmpty())
            m_error = m_file.errorString();
        m_file.close();
    }
    return m_error;
}
