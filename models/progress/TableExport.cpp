#include "progress/TableExport.h"
#include "db/DatabaseFiles.h"

#include "io/CsvWriter.h"
#include "io/XlsxWriter.h"
#include "letters/LetterRenderer.h"
#include "letters/PdfFontSet.h"

#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextOption>

#include <thread>

QString TableExport::cellText(const QVariant &value)
{
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}

namespace {
QStringList texts(const QVariantList &cells)
{
    QStringList parts;
    parts.reserve(cells.size());
    for (const QVariant &v : cells)
        parts << TableExport::cellText(v);
    return parts;
}
} // namespace

QString TableExport::toCsvText(const QStringList &headers, const QList<QVariantList> &rows)
{
    QString out = CsvWriter::formatRow(headers) + QLatin1Char('\n');
    for (const QVariantList &r : rows)
        out += CsvWriter::formatRow(texts(r)) + QLatin1Char('\n');
    return out;
}

bool TableExport::writeCsv(const QString &path, const QStringList &headers,
                           const QList<QVariantList> &rows, QString *error)
{
    CsvWriter writer;
    if (!writer.open(path, true)) {
        if (error)
            *error = writer.errorString();
        return false;
    }
    writer.writeRow(headers);
    for (const QVariantList &r : rows)
        writer.writeRow(texts(r));
    const QString closeError = writer.close();
    if (error)
        *error = closeError;
    return closeError.isEmpty();
}

bool TableExport::writeXlsx(const QString &path, const QList<Sheet> &sheets, QString *error)
{
    XlsxWriter writer;
    bool ok = writer.open(path);
    for (const Sheet &sheet : sheets) {
        ok = ok && writer.addSheet(sheet.name) && writer.writeHeader(sheet.headers);
        for (const QVariantList &r : sheet.rows) {
            if (!ok)
                break;
            // Empty text leaves the cell empty.
            QVariantList cells = r;
            for (QVariant &v : cells) {
                if (v.typeId() == QMetaType::QString && v.toString().isEmpty())
                    v = QVariant();
            }
            ok = writer.writeRow(cells);
        }
    }
    const QString closeError = writer.close();
    if (error)
        *error = !closeError.isEmpty() ? closeError : writer.errorString();
    return ok && closeError.isEmpty();
}

bool TableExport::write(const QString &path, const Sheet &sheet, QString *error)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return writeXlsx(path, {sheet}, error);
    return writeCsv(path, sheet.headers, sheet.rows, error);
}

bool TableExport::writePdf(const QString &path, const QString &html, const QString &title,
                           QString *error)
{
    if (const QString refusal = DatabaseFiles::refusal(path); !refusal.isEmpty()) {
        if (error)
            *error = refusal;
        return false;
    }
    // Characters outside the BMP (a rare character in a unit's name) from fonts that keep them
    // in the text layer, drawn in a thread of its own (see LetterRenderer::renderEach).
    const PdfFontSet fonts(QStringList {QStringLiteral("Noto Sans CJK SC")}
                               + LetterRenderer::rareCharacterFamilies(),
                           html, PdfFontSet::Cover::OutsideBmp);
    bool written = false;
    if (fonts.aliases().isEmpty()) {
        written = printPdf(path, html, title, fonts.families());
    } else {
        std::thread worker([&] { written = printPdf(path, html, title, fonts.families()); });
        worker.join();
    }
    QString problem;
    if (!written || !fonts.finish(path, &problem)) {
        if (error)
            *error = problem.isEmpty() ? QStringLiteral("cannot write %1").arg(path) : problem;
        return false;
    }
    return true;
}

bool TableExport::printPdf(const QString &path, const QString &html, const QString &title,
                           const QStringList &families)
{
    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Survey Secretariat"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    QTextDocument doc;
    // Words are not broken inside ("Seco|nd-level"): a column is at least its longest word wide.
    // Chinese text still breaks between characters, where line breaking allows it.
    QTextOption wrapping = doc.defaultTextOption();
    wrapping.setWrapMode(QTextOption::WordWrap);
    doc.setDefaultTextOption(wrapping);
    doc.setHtml(html);
    QFont font(families.value(0));
    font.setFamilies(families);
    font.setPointSizeF(10);
    doc.setDefaultFont(font);
    doc.print(&writer);
    return QFileInfo(path).exists() && QFileInfo(path).size() > 0;
}
