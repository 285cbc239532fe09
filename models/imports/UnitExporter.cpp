#include "imports/UnitExporter.h"

#include "domain/Regions.h"
#include "imports/UnitImporter.h"
#include "io/CsvWriter.h"
#include "io/XlsxWriter.h"
#include "repo/UnitRepository.h"

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

bool UnitExporter::exportTo(const QString &path, qint64 campaignId, QString *error) const
{
    const QList<QStringList> data = rows(campaignId);
    QString message;
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
            }
            const QString closeError = writer.close();
            if (message.isEmpty())
                message = closeError;
        }
    }
    if (!message.isEmpty()) {
        if (error)
            *error = tr("%1: %2").arg(path, message);
        return false;
    }
    return true;
}
