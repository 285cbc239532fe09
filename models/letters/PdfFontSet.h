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
    // Why a family could not be subset (the batch is then drawn from it directly), or empty.
    QString problem() const { return m_problem; }

    // Puts the characters outside the BMP into the text layer of pdf, written with this set
    // (PdfToUnicode::restore). False with *error when the file cannot be rewritten.
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

    QStringList m_families;
    QHash<char32_t, char32_t> m_aliases;
    QString m_problem;
};
