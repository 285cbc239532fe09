#include "imports/UnitExporter.h"

#include "domain/Regions.h"
#include "imports/UnitImporter.h"
#include "io/CsvWriter.h"
#include "io/XlsxWriter.h"
#include "repo/UnitRepository.h"

#include <QFile>

QList<QStringList> UnitExporter::rows(qint64 campaignId) const
{
    QList<QStringList> out;
    for (const UnitListRow &r : UnitRepository(m_db).list(campaignId)) {
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
    const QList<QStringList> data = rows(campaignId);
    QString message;
    // Called after each row: reports progress now and then; false when cancelled.
    qsizetype written = 0;
    const auto next = [&] {
        ++written;
        if (progress && written % 256 == 0)
            progress(double(written) / double(data.size()));
        if (cancel && cancel->load()) {
            message = tr("cancelled; no file was written");
            return false;
        }
        return true;
    };
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        XlsxWriter writer;
        if (!writer.open(path) || !writer.writeHeader(UnitImporter::fieldNames())) {
            message = writer.errorString();
        } else {
            for (const QStringList &row : data) {
                QVariantList cells;
                for (int i = 0; i < row.size(); ++i)
                    cells << (i == UnitImporter::Target ? QVariant(row[i].toLongLong())
                                                        : QVariant(row[i]));
                if (!writer.writeRow(cells)) {
                    message = writer.errorString();
                    break;
                }
                if (!next())
                    break;
            }
            const QString closeError = writer.close();
            if (message.isEmpty())
                message = closeError;
        }
    } else {
        CsvWriter writer;
        if (!writer.open(path, true) || !writer.writeRow(UnitImporter::fieldNames())) {
            message = writer.errorString();
        } else {
            for (const QStringList &row : data) {
                if (!writer.writeRow(row)) {
                    message = writer.errorString();
                    break;
                }
                if (!next())
                    break;
            }
            const QString closeError = writer.close();
            if (message.isEmpty())
                message = closeError;
        }
    }
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
