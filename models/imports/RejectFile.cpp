#include "imports/RejectFile.h"

QString RejectFile::defaultPathFor(const QString &input)
{
    return input + QStringLiteral(".rejects.csv");
}

void RejectFile::add(const QString &file, qint64 line, const QString &field, const QString &reason,
                     const QStringList &cells)
{
    if (!m_open && m_error.isEmpty()) {
        if (!m_writer.open(m_path, true)) {
            m_error = m_writer.errorString();
            return;
        }
        m_open = true;
        m_writer.writeRow({QStringLiteral("file"), QStringLiteral("line"), QStringLiteral("field"),
                           QStringLiteral("reason"), QStringLiteral("row")});
    }
    if (!m_open)
        return;
    m_writer.writeRow(QStringList {file, QString::number(line), field, reason} + cells);
    ++m_written;
}

RejectSink RejectFile::sink()
{
    return [this](const QString &file, qint64 line, const QString &field, const QString &reason,
                  const QStringList &cells) {
        add(file, line, field, reason, cells);
    };
}

QString RejectFile::close()
{
    if (m_open) {
        m_open = false;
        if (const QString e = m_writer.close(); !e.isEmpty() && m_error.isEmpty())
            m_error = e;
    }
    return m_error;
}
