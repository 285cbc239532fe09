#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

// A TrueType font cut down to the characters a batch of PDFs uses, with HarfBuzz's hb-subset
// (libharfbuzz-subset0).
//
// Qt's PDF writer, for every file it writes, turns each glyph used into a TrueType glyph of its
// own and looks up the Unicode value of every glyph by asking the font for each of the 65,536 BMP
// code points. With the 20 MB AR PL UMing that lookup is most of the cost of a one-page letter;
// with a font holding only the batch's few hundred characters it is almost free.
//
// Qt's lookup never asks for code points outside the BMP, so a glyph drawn for 𠮷 (U+20BB7) gets
// no Unicode value in the PDF's text layer. build() therefore also maps each such character from
// an alias in the Private Use Area (U+E000..U+F8FF), which Qt does find and write; PdfToUnicode
// then puts the real character back in the written file.
class FontSubset
{
public:
    // Where fontconfig has the font of family (exactly that family, the regular face when there
    // are several); an empty file when the family is not installed.
    struct Source
    {
        QByteArray file;
        int index = 0;
    };
    static Source locate(const QString &family);

    // The font's PostScript name (its 'name' table), or empty.
    static QString postscriptName(const Source &source);

    // Which of codePoints the font at source maps to a glyph (its cmap), in the order given.
    static QList<char32_t> covered(const Source &source, const QList<char32_t> &codePoints);

    // The code points the font at source draws with one glyph, in groups of two or more, each
    // sorted (its cmap: ⼈ U+2F08 and 人 U+4EBA in Noto Sans CJK). Qt's PDF writer gives such a
    // glyph the lowest of them as its text (see PdfFontSet). Read once per font and kept.
    static QList<QList<char32_t>> sharedGlyphs(const Source &source);

    // A TrueType font with the glyphs of codePoints from source (with what its layout tables
    // need), no hinting, named family (name IDs 1, 4 and 16; PostScript name postscript), whose
    // cmap maps each code point and each alias (alias -> code point) to its glyph. Empty, with
    // *error set, when the font cannot be read or subset.
    static QByteArray build(const Source &source, const QList<char32_t> &codePoints,
                            const QHash<char32_t, char32_t> &aliases, const QString &family,
                            const QString &postscript, QString *error = nullptr);
};
