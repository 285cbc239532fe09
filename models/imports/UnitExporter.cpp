#include "imports/UnitExporter.h"

#include "db/Dialect.h"
#include "domain/Regions.h"
#include "imports/UnitImporter.h"
#include "io/CsvWriter.h"
#include "io/XlsxWriter.h"
#include "repo/UnitRepository.h"

#include <QFile>
#include <QSqlError>

namespace {
// Counts the rows written: reports progress now and then; false when cancelled.
class ExportProgress
{
public:
    ExportProgress(qsizetype rows, const std::function<void(double)> &progress,
                   const std::atomic_bool *cancel)
        : m_rows(rows)
        , m_progress(progress)
        , m_cancel(cancel)
    {}

    bool next()
    {
        ++m_written;
        if (m_progress && m_written % 256 == 0)
            m_progress(double(m_written) / double(m_rows));
        return !cancelled();
    }
    bool cancelled() const { return m_cancel && m_cancel->load(); }

private:
    qsizetype m_rows;
    qsizetype m_written = 0;
    const std::function<void(double)> &m_progress;
    const std::atomic_bool *m_cancel;
};

// Writes each row (cells(row)) after the header, until the first error or a cancel; the
// writer's error, the first one met, or its error on closing; empty when all went well.
template<typename Writer, typename Cells>
QString writeRows(Writer &writer, const QList<QStringList> &rows, ExportProgress &progress,
                  const Cells &cells)
{
    QString message;
    for (const QStringList &row : rows) {
        if (!writer.writeRow(cells(row))) {
            message = writer.errorString();
            break;
        }
        if (!progress.next())
            break;
    }
    const QString closeError = writer.close();
    return message.isEmpty() ? closeError : message;
}

// Writes the rows as .xlsx, the target as a number so that a spreadsheet sums it; the first
// error, empty when the file is whole or the export was cancelled (the caller asks progress).
QString writeXlsx(const QString &path, const QList<QStringList> &rows, ExportProgress &progress)
{
    XlsxWriter writer;
    if (!writer.open(path) || !writer.writeHeader(UnitImporter::fieldNames()))
        return writer.errorString();
    return writeRows(writer, rows, progress, [](const QStringList &row) {
        QVariantList cells;
        for (int i = 0; i < row.size(); ++i)
            cells << (i == UnitImporter::Target ? QVariant(row[i].toLongLong()) : QVariant(row[i]));
        return cells;
    });
}

// The same as CSV, UTF-8 with the byte-order mark Excel needs to read it.
QString writeCsv(const QString &path, const QList<QStringList> &rows, ExportProgress &progress)
{
    CsvWriter writer;
    if (!writer.open(path, true) || !writer.writeRow(UnitImporter::fieldNames()))
        return writer.errorString();
    return writeRows(writer, rows, progress, [](const QStringList &row) { return row; });
}
} // namespace

QList<QStringList> UnitExporter::rows(qint64 campaignId, QSqlError *error) const
{
    QList<QStringList> out;
    for (const UnitListRow &r : UnitRepository(m_db).list(campaignId, error)) {
        const Region *region = Regions::byCode(r.province);
        out.append({r.name, DomainNames::code(r.kind), region ? region->fullName : r.province,
                    r.city, r.contact, r.phone, r.email, r.position, r.parentName,
                    QString::number(r.target)});
    }
    return out;
}

bool UnitExporter::exportTo(const QString &path, qint64 campaignId, QString *error,
                            const std::function<void(double)> &progress,
                            const std::atomic_bool *cancel) const
{
    QSqlError readError;
    const QList<QStringList> data = rows(campaignId, &readError);
    // A units list the database could not read is not written as a file of no units.
    if (readError.isValid()) {
        if (error)
            *error = tr("database: %1").arg(Dialect::describeError(readError));
        return false;
    }
    ExportProgress counter(data.size(), progress, cancel);
    QString message = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
        ? writeXlsx(path, data, counter)
        : writeCsv(path, data, counter);
    if (message.isEmpty() && counter.cancelled())
        message = tr("cancelled; no file was written");
    if (!message.isEmpty()) {
        QFile::remove(path); // a half-written file is worse than none
        if (error)
            *error = tr("%1: %2").arg(path, message);
        return false;
    }
    if (progress)
        progress(1.0);
    return true;
}
