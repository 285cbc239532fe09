#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QString>

// Puts characters outside the BMP back into the text layer of a PDF that Qt wrote.
//
// Qt 6.4's PDF writer gives each embedded glyph a Unicode value in the font's ToUnicode CMap (what
// pdftotext, copying and searching read), but only values within the BMP. Fonts built by
// FontSubset map each character outside the BMP also from an alias in the Private Use Area, so Qt
// writes the alias; restore() rewrites each CMap that holds an alias to hold the character itself
// (as a UTF-16 surrogate pair, ISO 32000-1, 9.10.3), appended to the file as an incremental update
// (7.5.6): the objects Qt wrote stay as they are, each rewritten CMap becomes a new version of
// its object, and a new cross-reference section points to it.
class PdfToUnicode
{
    Q_DECLARE_TR_FUNCTIONS(PdfToUnicode)
public:
    // Rewrites the file at path; aliases maps each alias to its character. True when done or when
    // no CMap held an alias (the file is then untouched); false with *error when the file cannot
    // be read or written or its cross-reference table is not one Qt writes.
    static bool restore(const QString &path, const QHash<char32_t, char32_t> &aliases,
                        QString *error = nullptr);
    // The same with the PDF in memory.
    static bool restore(QByteArray *pdf, const QHash<char32_t, char32_t> &aliases,
                        QString *error = nullptr);

    // A ToUnicode CMap's glyph (CID) -> text, from its bfchar and bfrange sections.
    static QMap<quint32, QString> parseCMap(const QByteArray &cmap);
    // A ToUnicode CMap for map (bfchar sections, two-byte CIDs).
    static QByteArray writeCMap(const QMap<quint32, QString> &map);

private:
    // The incremental update that restores pdf, empty when none is needed or on error (*error).
    static QByteArray restored(const QByteArray &pdf, const QHash<char32_t, char32_t> &aliases,
                               QString *error);
};
