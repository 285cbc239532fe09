#include "charts/ChartExport.h"

#include "db/DatabaseFiles.h"
#include "letters/DrawnText.h"
#include "letters/LetterRenderer.h"
#include "letters/PdfFontSet.h"

#include <QChartView>
#include <QCoreApplication>
#include <QFontInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QPixmap>

namespace ChartExport {

namespace {
QString couldNotWrite(const QString &path)
{
    return QCoreApplication::translate("ChartExport", "Could not write %1.").arg(path);
}

QString writePages(const QString &path, const QString &title, const QString &subtitle,
                   const QList<QChartView *> &charts);
} // namespace

QString writePng(QWidget *widget, const QString &path)
{
    if (const QString refusal = DatabaseFiles::refusal(path); !refusal.isEmpty())
        return refusal;
    return widget->grab().save(path, "PNG") ? QString() : couldNotWrite(path);
}

QString writePdf(const QString &path, const QString &title, const QString &subtitle,
                 const QList<QChartView *> &charts)
{
    if (const QString refusal = DatabaseFiles::refusal(path); !refusal.isEmpty())
        return refusal;
    // The charts are drawn in the widgets' fonts; Noto Sans CJK, the system's Chinese fallback,
    // shares glyphs between ideographs and radicals, so the set learns the text to put the meant
    // code points into the text layer (PdfFontSet::twins).
    QString text = title + subtitle;
    for (QChartView *view : charts)
        text += DrawnText::of([view](QPainter &p) { view->render(&p); }, view->size());
    QStringList families {QFontInfo(charts.isEmpty() ? QFont() : charts.first()->font()).family(),
                          QStringLiteral("Noto Sans CJK SC")};
    families += LetterRenderer::rareCharacterFamilies();
    const PdfFontSet fonts(families, text, PdfFontSet::Cover::Nothing);
    if (const QString e = writePages(path, title, subtitle, charts); !e.isEmpty())
        return e;
    QString problem;
    return fonts.finish(path, &problem) ? QString() : problem;
}

namespace {
// The title, subtitle and each chart on a landscape A4 page of their own.
QString writePages(const QString &path, const QString &title, const QString &subtitle,
                   const QList<QChartView *> &charts)
{
    QPdfWriter writer(path);
    writer.setTitle(QCoreApplication::translate("ChartExport", "Progress dashboard"));
    writer.setCreator(QStringLiteral("Survey Secretariat"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setResolution(150);
    QPainter painter;
    if (!painter.begin(&writer))
        return couldNotWrite(path);
    const QRect page(0, 0, writer.width(), writer.height());
    bool first = true;
    for (QChartView *view : charts) {
        if (!first)
            writer.newPage();
        first = false;
        QFont heading = view->font();
        heading.setPointSizeF(12);
        heading.setBold(true);
        painter.setFont(heading);
        painter.drawText(QRect(page.left(), page.top(), page.width(), 40),
                         Qt::AlignLeft | Qt::AlignVCenter, title);
        QFont small = view->font();
        small.setPointSizeF(8);
        painter.setFont(small);
        painter.drawText(QRect(page.left(), page.top() + 40, page.width(), 30),
                         Qt::AlignLeft | Qt::AlignVCenter, subtitle);
        // Render the chart at its screen size, scaled onto the page.
        const QRect target(page.left(), page.top() + 80, page.width(), page.height() - 80);
        view->render(&painter, target, QRect(), Qt::KeepAspectRatio);
    }
    return painter.end() ? QString() : couldNotWrite(path);
}
} // namespace

} // namespace ChartExport
