#include "links/LinkExporter.h"

#include "io/CsvWriter.h"
#include "io/XlsxWriter.h"

#include <QFile>
#include <QFileInfo>

namespace {

// Moves the finished partial file onto the target.
QString finish(const QString &partial, const QString &path)
{
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return LinkExporter::tr("cannot write %1").arg(path);
    }
    return {};
}

} // namespace

QStringList LinkExporter::columns()
{
    return {QStringLiteral("unit_id"), QStringLiteral("unit"),  QStringLiteral("token"),
            QStringLiteral("url"),     QStringLiteral("label"), QStringLiteral("status")};
}

QStringList LinkExporter::row(const Link &l)
{
    return {QString::number(l.unitId), l.unitName, l.token, l.url, l.label, l.statusCode()};
}

QString LinkExporter::write(const QString &path, const QList<Link> &links)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return writeXlsx(path, links);
    return writeCsv(path, links);
}

QString LinkExporter::writeCsv(const QString &path, const QList<Link> &links)
{
    const QString partial = path + QStringLiteral(".part");
    CsvWriter csv;
    // The BOM lets Excel on Chinese Windows read the UTF-8 unit names correctly.
    if (!csv.open(partial, true))
        return tr("cannot write %1: %2").arg(path, csv.errorString());
    bool ok = csv.writeRow(columns());
    for (const Link &l : links)
        ok = ok && csv.writeRow(row(l));
    const QString error = csv.close();
    if (!ok || !error.isEmpty()) {
        QFile::remove(partial);
        return tr("cannot write %1: %2").arg(path, error.isEmpty() ? csv.errorString() : error);
    }
    return finish(partial, path);
}

QString LinkExporter::writeXlsx(const QString &path, const QList<Link> &links)
{
    const QString partial = path + QStringLiteral(".part");
    XlsxWriter xlsx;
    if (!xlsx.open(partial))
        return xlsx.errorString();
    bool ok = xlsx.addSheet(QStringLiteral("links")) && xlsx.writeHeader(columns());
    for (const Link &l : links) {
        QVariantList cells;
        cells.reserve(6);
        cells << l.unitId;
        const QStringList text = row(l);
        for (int c = 1; c < text.size(); ++c)
            cells << text.at(c);
        ok = ok && xlsx.writeRow(cells);
    }
    const QString error = xlsx.close();
    if (!ok || !error.isEmpty()) {
        QFile::remove(partial);
        return tr("cannot write %1: %2").arg(path, error.isEmpty() ? xlsx.errorString() : error);
    }
    return finish(partial, path);
}
