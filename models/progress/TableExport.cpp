#include "progress/TableExport.h"

#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <xlsxwriter.h>

QString TableExport::csvField(const QVariant &value)
{
    QString s;
    if (value.typeId() == QMetaType::Double)
        s = QString::number(value.toDouble(), 'g', 15);
    else
        s = value.toString();
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n'))
        || s.contains(QLatin1Char('\r'))) {
        s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        s = QLatin1Char('"') + s + QLatin1Char('"');
    }
    return s;
}

namespace {
QString line(const QVariantList &cells)
{
    QStringList parts;
    parts.reserve(cells.size());
    for (const QVariant &v : cells)
        parts << TableExport::csvField(v);
    return parts.join(QLatin1Char(','));
}

QVariantList headerCells(const QStringList &headers)
{
    QVariantList cells;
    for (const QString &h : headers)
        cells << h;
    return cells;
}
} // namespace

QString TableExport::toCsvText(const QStringList &headers, const QList<QVariantList> &rows)
{
    QString out = line(headerCells(headers)) + QLatin1Char('\n');
    for (const QVariantList &r : rows)
        out += line(r) + QLatin1Char('\n');
    return out;
}

bool TableExport::writeCsv(const QString &path, const QStringList &headers, const QList<QVariantList> &rows,
                           QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QByteArray data("\xEF\xBB\xBF");
    data += line(headerCells(headers)).toUtf8() + "\r\n";
    for (const QVariantList &r : rows)
        data += line(r).toUtf8() + "\r\n";
    file.write(data);
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool TableExport::writeXlsx(const QString &path, const QList<Sheet> &sheets, QString *error)
{
    const QByteArray target = QFile::encodeName(path);
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = nullptr;
    lxw_workbook *wb = workbook_new_opt(target.constData(), &options);
    if (!wb) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(path);
        return false;
    }
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    for (const Sheet &sheet : sheets) {
        const QByteArray name = sheet.name.left(31).toUtf8();
        lxw_worksheet *ws = workbook_add_worksheet(wb, name.isEmpty() ? nullptr : name.constData());
        for (int c = 0; c < sheet.headers.size(); ++c) {
            const QByteArray h = sheet.headers.at(c).toUtf8();
            worksheet_write_string(ws, 0, lxw_col_t(c), h.constData(), bold);
        }
        for (int r = 0; r < sheet.rows.size(); ++r) {
            const QVariantList &cells = sheet.rows.at(r);
            for (int c = 0; c < cells.size(); ++c) {
                const QVariant &v = cells.at(c);
                const auto row = lxw_row_t(r + 1);
                const auto col = lxw_col_t(c);
                switch (v.typeId()) {
                case QMetaType::Int:
                case QMetaType::LongLong:
                case QMetaType::UInt:
                case QMetaType::ULongLong:
                case QMetaType::Double:
                    worksheet_write_number(ws, row, col, v.toDouble(), nullptr);
                    break;
                default: {
                    const QString s = v.toString();
                    if (!s.isEmpty()) {
                        const QByteArray b = s.toUtf8();
                        worksheet_write_string(ws, row, col, b.constData(), nullptr);
                    }
                }
                }
            }
        }
    }
    const lxw_error rc = workbook_close(wb);
    if (rc != LXW_NO_ERROR) {
        if (error)
            *error = QString::fromUtf8(lxw_strerror(rc));
        return false;
    }
    return true;
}

bool TableExport::write(const QString &path, const Sheet &sheet, QString *error)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return writeXlsx(path, {sheet}, error);
    return writeCsv(path, sheet.headers, sheet.rows, error);
}

bool TableExport::writePdf(const QString &path, const QString &html, const QString &title, QString *error)
{
    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Survey Secretariat"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    QTextDocument doc;
    doc.setHtml(html);
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSizeF(10);
    doc.setDefaultFont(font);
    doc.print(&writer);
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0) {
        if (error)
            *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}
