#pragma once

#include "links/Link.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QStringList>

class QrCode;

// The entry poster (问卷入口海报) a unit hangs in squares, shops and offices: the campaign title
// on a coloured band, the campaign's artwork if there is any, the unit's name, a large QR code
// (error correction M, quiet zone) and the URL written out underneath. A4 or A5, as PDF (vector
// QR) or PNG.
class PosterRenderer
{
    Q_DECLARE_TR_FUNCTIONS(PosterRenderer)
public:
    enum class PageSize { A4, A5 };
    // The poster's own language: it is a printed document for the public, not part of the
    // program's interface, so it does not follow the interface language.
    enum class Language { Chinese, English };

    explicit PosterRenderer(PageSize pageSize = PageSize::A4)
        : m_pageSize(pageSize)
    {}

    PageSize pageSize() const { return m_pageSize; }
    void setLanguage(Language language) { m_language = language; }
    Language language() const { return m_language; }
    // Page size in millimetres.
    QSizeF pageSizeMm() const;

    // The campaign's artwork for the slot under the title; a null image leaves the slot to a
    // call to action. Returns false when the file cannot be read as an image.
    bool loadArtwork(const QString &path);
    void setArtwork(const QImage &image) { m_artwork = image; }
    const QImage &artwork() const { return m_artwork; }

    // Writes the poster as a one-page PDF. Returns an error message, empty on success.
    QString writePdf(const QString &path, const Link &link) const;
    // The poster as an image at dpi dots per inch.
    QImage toImage(const Link &link, int dpi = 150) const;
    // Paints the poster on a device of deviceSize pixels with the page's proportions.
    void paint(QPainter &painter, const QSizeF &deviceSize, const Link &link,
               bool snapToPixels) const;

    static QString pageSizeCode(PageSize size);
    static bool pageSizeFromCode(const QString &code, PageSize *size);
    static bool languageFromCode(const QString &code, Language *language); // zh, en

private:
    // The device's page: its size in pixels, and the scale of the A4 millimetres it is laid out in.
    struct Page
    {
        double k = 1; // pixels per A4 millimetre
        double width = 0; // pixels
        double height = 0; // pixels
        double pageH = 297; // the page's height in A4 millimetres (A5, scaled to A4's width: 298)
        double mm(double v) const { return v * k; }
    };

    double paintTitleBand(QPainter &p, const Page &page, const Link &link) const;
    double paintArtworkSlot(QPainter &p, const Page &page, double y) const;
    double paintQrCode(QPainter &p, const Page &page, double y, const QString &url,
                       bool snapToPixels) const;
    static void paintModules(QPainter &p, const QrCode &code, double width, double y, double qrSide,
                             bool snapToPixels);
    void paintBadge(QPainter &p, const Page &page, const QRectF &frame) const;
    void paintUrlAndFooter(QPainter &p, const Page &page, double y, const Link &link) const;
    QString text(const char *english, const char *chinese) const;
    // The title drawn in the band: the campaign's, else the survey's name for its year.
    QString title(const Link &link) const;
    // Every text paint() draws for link, for the PDF's fonts (PdfFontSet).
    QString drawnText(const Link &link) const;
    // writePdf() with the text in families (empty: the usual ones).
    QString writePdfWith(const QString &path, const Link &link, const QStringList &families) const;

    PageSize m_pageSize;
    Language m_language = Language::Chinese;
    QImage m_artwork;
    QStringList m_families; // the fonts' families, best first; empty: WenQuanYi Zen Hei's
};
