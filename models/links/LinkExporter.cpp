#include "links/LinkExporter.h"

#include <QFileInfo>
#include <QSaveFile>

#include <xlsxwriter.h>

namespace {
QStringList rowOf(const Link &l)
{
    return {QString::number(l.unitId), l.unitName, l.token, l.url, l.label, l.statusCode()};
}
} // namespace

QStringList LinkExporter::columns()
{
    return {QStringLiteral("unit_id"), QStringLiteral("unit"),  QStringLiteral("token"),
            QStringLiteral("url"),     QStringLiteral("label"), QStringLiteral("status")};
}

QString LinkExporter::write(const QString &path, const QList<Link> &links)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return writeXlsx(path, links);
    return writeCsv(path, links);
}

QString LinkExporter::csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray LinkExporter::toCsv(const QList<Link> &links, const QString &lineEnd)
{
    QString text = columns().join(QLatin1Char(',')) + lineEnd;
    for (const Link &l : links) {
        QStringList fields = rowOf(l);
        for (QString &f : fields)
            f = csvField(f);
        text += fields.join(QLatin1Char(',')) + lineEnd;
    }
    return text.toUtf8();
}

QString LinkExporter::writeCsv(const QString &path, const QList<Link> &links)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write %1: %2").arg(path, file.errorString());
    // The BOM lets Excel on Chinese Windows read the UTF-8 unit names correctly.
    file.write("\xEF\xBB\xBF");
    file.write(toCsv(links));
    if (!file.commit())
        return tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString LinkExporter::writeXlsx(const QString &path, const QList<Link> &links)
{
    // libxlsxwriter writes straight to the path; write beside it and rename, so a failed export
    // never leaves half a file under the requested name.
    const QString partial = path + QStringLiteral(".part");
    const QByteArray partialName = QFile::encodeName(partial);
    lxw_workbook *workbook = workbook_new(partialName.constData());
    if (!workbook)
        return tr("cannot write %1").arg(path);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "links");
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    const QStringList names = columns();
    for (int c = 0; c < names.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), names.at(c).toUtf8().constData(), header);
    lxw_row_t row = 1;
    for (const Link &l : links) {
        worksheet_write_number(sheet, row, 0, double(l.unitId), nullptr);
        const QStringList fields = rowOf(l);
        for (int c = 1; c < fields.size(); ++c)
            worksheet_write_string(sheet, row, lxw_col_t(c), fields.at(c).toUtf8().constData(),
                                   nullptr);
        ++row;
    }
    worksheet_set_column(sheet, 1, 1, 36, nullptr);
    worksheet_set_column(sheet, 2, 2, 20, nullptr);
    worksheet_set_column(sheet, 3, 3, 60, nullptr);
    worksheet_set_column(sheet, 4, 4, 24, nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR) {
        QFile::remove(partial);
        return tr("cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(error)));
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return tr("cannot write %1").arg(path);
    }
    return {};
}
