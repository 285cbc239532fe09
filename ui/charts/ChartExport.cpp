#include "charts/ChartExport.h"

#include "db/DatabaseFiles.h"

#include <QChartView>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QPixmap>

namespace ChartExport {

namespace {
QString couldNotWrite(const QString &path)
{
    return QCoreApplication::translate("ChartExport", "Could not write %1.").arg(path);
}
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

} // namespace ChartExport
