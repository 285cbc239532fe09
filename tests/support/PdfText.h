#pragma once

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

// What a PDF says to someone who copies or searches its text: the text layer as poppler's
// pdftotext reads it (poppler-utils), for the tests that read back the PDFs the program writes.
namespace PdfText {
// The text of pdf as UTF-8 (`pdftotext -enc UTF-8 [options] pdf -`), pages separated by form
// feeds; options: e.g. {"-layout"} to keep the columns. Empty when pdftotext is missing, fails
// or runs over two minutes: the caller's comparison then fails and shows it.
QString read(const QString &pdf, const QStringList &options = {});
// text without white space: lines wrap where the layout decides, and pdftotext may put a space
// between Latin and Chinese.
QString flat(const QString &text);

// A word of the text layer where it is on its page (`pdftotext -bbox`: points from the page's
// top left); rotated text gives the box of its rotated glyphs.
struct Word
{
    int page = 0; // from 1
    QRectF box;
    QString text;
};
// The words of pdf; empty as read() is.
QList<Word> words(const QString &pdf);
} // namespace PdfText
