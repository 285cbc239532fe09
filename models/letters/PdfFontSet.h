#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// The fonts one batch of PDFs is written with: for each family of a list (best first, as for
// QFont::setFamilies), a FontSubset of the characters of the batch that family is the first to
// have, registered with Qt (QFontDatabase::addApplicationFontFromData) under a name of its own.
// Characters outside the BMP also get an alias in the Private Use Area, so finish() can put them
// into the text layer of each PDF written (PdfToUnicode).
//
// Qt 6.4 also gives a glyph that a font draws for several code points the lowest of them as its
// text: Noto Sans CJK draws 人 U+4EBA and the Kangxi radical ⼈ U+2F08 with one glyph, and the PDF
// reads ⼈ (as ⾦ for 金, ⻓ for 长, · for •, 〜 for ～, 豈 for 豈 U+F900). The set therefore also
// knows, from the cmaps of the fonts, which code point each such glyph stands for in this text
// (twins()), and finish() writes that one into the text layer too.
//
// The fonts stay registered until the program ends, and a later batch whose characters a set
// already has uses that set again: Qt 6.4 gives a registered font's number to the next font
// once the first is removed, and a thread that had drawn with the removed font then finds its
// cached FreeType face for the number freed (a crash in QFontEngineFT::init). The fonts are
// small (about 17 KB for a letter, a few hundred KB for a large batch with many names).
//
// Create the set before the pages are painted and call finish() on each file written. Every
// font is subset from the font fontconfig has for the family; a family that is not installed is
// passed through as it is.
class PdfFontSet
{
public:
    enum class Cover {
        // Every character of the text, and printable ASCII and common punctuation: the batch is
        // drawn from the small fonts only, which is what makes each PDF quick to write.
        Everything,
        // Only the characters outside the BMP: their text layer, with the given fonts otherwise
        // untouched (posters, bulletins).
        OutsideBmp,
        // No font: only the twins (see twins()), for PDFs drawn in fonts the program does not
        // choose (the dashboard's charts, drawn in the widgets' fonts).
        Nothing,
    };

    // families: best first. text: everything the batch draws; numeric character references
    // (&#20013; &#x4E2D;) in it count as the characters they stand for. With the environment
    // variable SECRETARIAT_PDF_SUBSET=0 the set is families as they are (for measuring).
    PdfFontSet(const QStringList &families, const QString &text, Cover cover = Cover::Everything);
    PdfFontSet(const PdfFontSet &) = delete;
    PdfFontSet &operator=(const PdfFontSet &) = delete;

    // The families to draw with: each subset right before the family it was cut from, so
    // whatever a subset lacks is still found, only more slowly.
    QStringList families() const { return m_families; }
    // Alias in the Private Use Area -> the character outside the BMP it stands for.
    const QHash<char32_t, char32_t> &aliases() const { return m_aliases; }
    // Code point Qt writes for a shared glyph -> the one the text means (see above): the member
    // of the glyph's group of code points that the text holds, when it holds exactly one; when
    // it holds none (text drawn that the set was not given), the group's one CJK unified
    // ideograph. A text holding two of one group (人 and ⼈) keeps the lowest for both.
    const QHash<char32_t, char32_t> &twins() const { return m_twins; }
    // Why a family could not be subset (the batch is then drawn from it directly), or empty.
    QString problem() const { return m_problem; }

    // Puts the characters outside the BMP and the twins' meant code points into the text layer
    // of pdf, written with this set (PdfToUnicode::restore). False with *error when the file cannot
    // be rewritten.
    bool finish(const QString &pdf, QString *error = nullptr) const;
    // The same with the PDF in memory.
    bool finish(QByteArray *pdf, QString *error = nullptr) const;

    // The code points of text, with numeric character references decoded.
    static QList<char32_t> codePoints(const QString &text);

private:
    // A set made earlier: what it was made for and what it gave.
    struct Made
    {
        QStringList families;
        Cover cover;
        QSet<char32_t> codePoints;
        QStringList subsetFamilies;
        QHash<char32_t, char32_t> aliases;
    };
    // Subsets families for wanted and registers them.
    void build(const QStringList &families, const QList<char32_t> &wanted);
    // The twins of the installed families' fonts for text's code points.
    static QHash<char32_t, char32_t> twinsFor(const QStringList &families,
                                              const QList<char32_t> &text);
    // Aliases and twins: what finish() rewrites.
    QHash<char32_t, char32_t> rewrites() const;

    QStringList m_families;
    QHash<char32_t, char32_t> m_aliases;
    QHash<char32_t, char32_t> m_twins;
    QString m_problem;
};
