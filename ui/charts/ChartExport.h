#pragma once

#include <QList>
#include <QString>

class QChartView;
class QWidget;

// Writes charts as people file them: a PNG of a widget as it is on screen (the dashboard's
// overview), or a landscape A4 PDF with one chart per page under a title and a subtitle (the
// campaign and the headline figures). A path naming the open database's files is refused
// (DatabaseFiles::refusal). Each returns an empty string on success, else the reason. The PDF's
// text layer holds the characters drawn, not the radicals that share their glyphs (PdfFontSet).
namespace ChartExport {

QString writePng(QWidget *widget, const QString &path);
QString writePdf(const QString &path, const QString &title, const QString &subtitle,
                 const QList<QChartView *> &charts);

} // namespace ChartExport
