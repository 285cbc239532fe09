#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

// Pages of a PDF that Qt's writer made (QPdfWriter), copied into PDFs of their own.
//
// Qt writes every glyph a PDF uses into it as a TrueType glyph it builds from the outline, for
// each file anew: for one letter in a file of its own that is most of the file's time. Letters
// are therefore drawn several to a PDF in memory and each letter's pages copied out into its own
// file with what they use (content, fonts, images), renumbered, with a cross-reference table of
// their own (ISO 32000-1, 7.5). A file then carries the glyphs of all letters of its group, which
// share most of their text.
class PdfPages
{
public:
    // Reads pdf (the classic cross-reference table and page tree Qt writes).
    explicit PdfPages(const QByteArray &pdf);
    bool isValid() const { return !m_pages.isEmpty(); }
    int pageCount() const { return int(m_pages.size()); }

    // A PDF of count pages from first (0-based), titled title; empty when out of range.
    QByteArray extract(int first, int count, const QString &title) const;

    // The byte offset of each object in the last cross-reference section of pdf, the trailer's
    // dictionary in *trailer and the section's offset in *start; empty when there is none.
    static QHash<int, qint64> crossReferences(const QByteArray &pdf, QByteArray *trailer,
                                              qint64 *start);

private:
    // Object number's text from "N 0 obj" up to "endobj"; its dictionary part (before "stream")
    // in *head.
    QByteArray object(int number, qsizetype *headLength) const;

    QByteArray m_pdf;
    QHash<int, qint64> m_offsets;
    QList<int> m_pages;
    int m_pagesObject = 0;
    QByteArray m_procSet;
};
