#pragma once

#include "domain/Campaign.h"
#include "domain/Letter.h"
#include "letters/LetterTemplate.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QList>
#include <QStringList>

#include <functional>

class LetterLayouts;
class PdfFontSet;
class QPaintDevice;
class QDir;
class QPagedPaintDevice;
class QPainter;
class QTextDocument;

// Everything one printed letter needs.
struct LetterDocument
{
    Letter letter;
    Campaign campaign;
    LetterTemplate tmpl;
};

// Lays letters out with QTextDocument on A4 pages and paints them to a PDF (QPdfWriter), a
// printer or a preview: the filled template, a QR code carrying the verification code (number
// and code also as text) and the optional seal over the committee's signature.
//
// The PDF font matters: Qt writes each glyph's Unicode value from the font's own cmap, taking the
// lowest code point that maps to the glyph. Noto CJK maps look-alike Kangxi radicals (U+2F00..)
// to the glyphs of common characters, so 文 would come back out of the PDF as U+2F42. The letter
// therefore uses AR PL UMing (fonts-arphic-uming), a Song/Ming face whose radicals are glyphs of
// their own, so copying or searching the PDF gives back exactly the characters printed.
class LetterRenderer
{
    Q_DECLARE_TR_FUNCTIONS(LetterRenderer)
public:
    // Called after each letter with (done, total); return false to stop.
    using Progress = std::function<bool(int, int)>;

    // Font families, best first, known to write real text into PDFs.
    static QStringList pdfFontFamilies();
    // Fallbacks for characters outside the BMP (CJK extensions B–G, e.g. 𠮷 U+20BB7) that the
    // letter fonts lack: Hanazono Mincho B (ext. B–F, a Ming face like AR PL UMing), then
    // BabelStone Han (also ext. G). Qt 6.4's PDF writer would leave them out of the text layer
    // (its ToUnicode map covers the BMP only); PdfFontSet and PdfToUnicode put them back.
    static QStringList rareCharacterFamilies();
    // The first of them that is installed (or the first anyway, for a warning).
    static QString pdfFontFamily();
    static bool pdfFontInstalled();
    // The letter's font (12 pt, unhinted) with the system's fonts of pdfFontFamilies() and
    // rareCharacterFamilies(): previews, printing and bulletins.
    static QFont letterFont();
    // The same with families instead, best first (a batch's PdfFontSet).
    static QFont fontFor(const QStringList &families);

    // The filled HTML of a letter (images referenced as letter:qr and letter:seal).
    static QString html(const LetterDocument &doc);
    // A document ready to paint or show: HTML set, QR and seal images added.
    static void prepare(QTextDocument &document, const LetterDocument &doc);
    static void prepare(QTextDocument &document, const LetterDocument &doc, const QFont &font);
    static QImage qrImage(const QString &code);

    // Paints the letters on device, one after the other, each starting a new page; A4 with the
    // letter's margins is set on the device first. False when stopped by progress or on error.
    static bool paint(QPagedPaintDevice *device, const QList<LetterDocument> &letters,
                      const Progress &progress = {}, QString *error = nullptr);

    // The same in font (rather than letterFont()).
    static bool paint(QPagedPaintDevice *device, const QList<LetterDocument> &letters,
                      const QFont &font, const Progress &progress = {}, QString *error = nullptr);

    // All letters into one PDF file. PDFs are drawn with a PdfFontSet made for the batch: small
    // fonts with only the characters the letters use, which Qt writes into each file much
    // faster than the installed 20 MB font, and whose characters outside the BMP are put back
    // into the text layer after Qt has written the file.
    static bool renderPdf(const QString &fileName, const QList<LetterDocument> &letters,
                          const Progress &progress = {}, QString *error = nullptr);
    // One PDF per letter in folder, named by fileNameFor(); the written paths in *written (in
    // the letters' order). Letters are rendered by up to threads workers at once (0: one per
    // processor core, at most 4), in groups drawn into one PDF and split into a file per letter
    // (writeGroup); progress is called from them, one call at a time, after each letter drawn.
    static bool renderEach(const QString &folder, const QList<LetterDocument> &letters,
                           QStringList *written = nullptr, const Progress &progress = {},
                           QString *error = nullptr, int threads = 0);

    // <number>_<unit>.pdf, safe on any file system.
    static QString fileNameFor(const Letter &letter);
    // Replaces what Windows, macOS or Linux refuse in a file name, trims what they drop and keeps
    // the name within 200 bytes of UTF-8.
    static QString safeFileName(const QString &name);

    // The first page of a letter as an image (for previews), A4 at dpi.
    static QImage pageImage(const LetterDocument &doc, int dpi = 72);

    // The filled HTML of all letters, one after the other: the characters a batch draws.
    static QString batchText(const QList<LetterDocument> &letters);

private:
    // Paints a letter's pages (at most maxPages when > 0) into a page-sized area, laid out by
    // layouts; returns the number of pages painted.
    static int paintLetter(QPainter &painter, const QSizeF &page, const LetterDocument &doc,
                           LetterLayouts &layouts, int maxPages,
                           const std::function<void()> &newPage);
    // Where the seal is stamped, in device pixels: centred on the bottom of the first line of the
    // block that carries <a name="seal">, scaled to fit a square of kSealMm (40 mm) at device's
    // resolution; empty without a seal or without that block.
    static QRectF sealRect(const QTextDocument &document, const QImage &seal,
                           const QPaintDevice *device);
    // Letters [first, first + count) drawn with fonts into one PDF in memory, then each letter's
    // pages written to its file in paths (PdfPages), (*ok)[i] set for each; letterDone() after
    // each letter drawn, false to stop after it. False with *error when a file cannot be written.
    static bool writeGroup(const QList<LetterDocument> &letters, const QStringList &paths,
                           int first, int count, const PdfFontSet &fonts,
                           const std::function<bool()> &letterDone, QList<bool> *ok,
                           QString *error);
    // The file of each letter in dir (fileNameFor; later versions of a number get _vN).
    static QStringList filePaths(const QDir &dir, const QList<LetterDocument> &letters);
    // Every letter into its file in paths, in groups (writeGroup) on up to threads workers (0:
    // one per core, at most 4), (*ok)[i] set for each file written. The first error, "cancelled"
    // when progress said stop, or empty.
    static QString writeGroups(const QList<LetterDocument> &letters, const QStringList &paths,
                               const PdfFontSet &fonts, const Progress &progress, int threads,
                               QList<bool> *ok);
    // One PDF file of letters drawn with fonts; the file is removed when that fails.
    static bool writePdf(const QString &fileName, const QList<LetterDocument> &letters,
                         const PdfFontSet &fonts, const Progress &progress, QString *error);
};
