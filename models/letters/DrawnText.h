#pragma once

#include <QSize>
#include <QString>

#include <functional>

class QPainter;

// The text a painting draws, read by painting it once onto a device that keeps only the text
// (every QTextItem its painter is given, in the order drawn). For PDFs drawn in fonts the
// program does not choose, such as the dashboard's charts, whose PdfFontSet must know their
// text (PdfFontSet::twins).
class DrawnText
{
public:
    // paint is called once with a painter on a device of size pixels at 96 dpi.
    static QString of(const std::function<void(QPainter &)> &paint, const QSize &size);
};
