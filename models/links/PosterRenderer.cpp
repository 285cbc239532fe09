#include "links/PosterRenderer.h"
#include "text/ChineseLineBreaker.h"

#include "letters/LetterRenderer.h"
#include "db/DatabaseFiles.h"

#include "letters/PdfFontSet.h"
#include "links/QrCode.h"

#include <QFile>
#include <QImageReader>
#include <QPageSize>
#include <QPainterPath>
#include <QPdfWriter>

#include <thread>

namespace {

const QColor kBand(0x0b, 0x3d, 0x91);
const QColor kAccent(0xe5, 0x5b, 0x13);
const QColor kInk(0x1d, 0x23, 0x2b);
const QColor kMuted(0x5f, 0x6b, 0x7a);

// WenQuanYi Zen Hei first: with Noto Sans CJK, Qt's PDF writer maps shared glyphs back to
// Kangxi radicals (网 comes out of pdftotext as U+2F79), which breaks searching and copying the
// unit name from the PDF. Noto is the fallback where WenQuanYi is not installed.
QStringList posterFamilies()
{
    return QStringList {QStringLiteral("WenQuanYi Zen Hei"), QStringLiteral("Noto Sans CJK SC")}
    + LetterRenderer::rareCharacterFamilies();
}

QFont posterFont(const QStringList &families, double pixelSize, bool bold)
{
    QFont font;
    font.setFamilies(families.isEmpty() ? posterFamilies() : families);
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(qMax(1, qRound(pixelSize)));
    font.setBold(bold);
    return font;
}

// Draws text centered in rect, shrinking the font until it fits. Chinese breaks between words
// (ChineseLineBreaker), never inside one as Qt's word wrap would (满意度调 / 查活动).
void drawFitted(QPainter &p, const QStringList &families, const QRectF &rect, const QString &text,
                double pixelSize, bool bold, const QColor &color, int flags = Qt::AlignCenter)
{
    double size = pixelSize;
    QFont font = posterFont(families, size, bold);
    QString broken = text;
    for (int i = 0; i < 40; ++i) {
        const QFontMetricsF metrics(font);
        broken = ChineseLineBreaker::lines(text, metrics, rect.width()).join(QLatin1Char('\n'));
        const QRectF needed = metrics.boundingRect(rect, flags, broken);
        if (needed.height() <= rect.height() + 0.5 && needed.width() <= rect.width() + 0.5)
            break;
        size *= 0.92;
        font = posterFont(families, size, bold);
    }
    p.setFont(font);
    p.setPen(color);
    p.drawText(rect, flags, broken);
}

// Breaks a URL anywhere so it wraps inside its box: a zero-width space after each separator.
QString breakable(const QString &url)
{
    QString out;
    for (QChar c : url) {
        out.append(c);
        if (QStringLiteral("/?&=._-").contains(c))
            out.append(QChar(0x200B));
    }
    return out;
}

} // namespace

QSizeF PosterRenderer::pageSizeMm() const
{
    return m_pageSize == PageSize::A4 ? QSizeF(210, 297) : QSizeF(148, 210);
}

QString PosterRenderer::pageSizeCode(PageSize size)
{
    return size == PageSize::A4 ? QStringLiteral("A4") : QStringLiteral("A5");
}

bool PosterRenderer::pageSizeFromCode(const QString &code, PageSize *size)
{
    if (code.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0) {
        *size = PageSize::A4;
        return true;
    }
    if (code.compare(QLatin1String("A5"), Qt::CaseInsensitive) == 0) {
        *size = PageSize::A5;
        return true;
    }
    return false;
}

bool PosterRenderer::languageFromCode(const QString &code, Language *language)
{
    if (code == QLatin1String("zh") || code == QLatin1String("zh_CN")) {
        *language = Language::Chinese;
        return true;
    }
    if (code == QLatin1String("en")) {
        *language = Language::English;
        return true;
    }
    return false;
}

QString PosterRenderer::title(const Link &link) const
{
    return link.campaignTitle.isEmpty() ? text("%1 Netizen Cybersecurity Sense Satisfaction Survey",
                                               "%1网民网络安全感满意度调查活动")
                                              .arg(link.campaignYear)
                                        : link.campaignTitle;
}

QString PosterRenderer::drawnText(const Link &link) const
{
    return title(link) + text("Scan the code and take part in the survey", "扫码参与问卷调查")
        + text("Your answers help make the Internet safer for everyone",
               "您的每一份答卷，都让网络空间更安全")
        + text("Scan to take part", "扫码参与调查") + link.unitName + link.url + link.label;
}

QString PosterRenderer::text(const char *english, const char *chinese) const
{
    return m_language == Language::Chinese ? QString::fromUtf8(chinese)
                                           : QString::fromUtf8(english);
}

bool PosterRenderer::loadArtwork(const QString &path)
{
    if (DatabaseFiles::isDatabaseFile(path))
        return false;
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull())
        return false;
    m_artwork = image;
    return true;
}

// Everything is laid out in millimetres of an A4 page and scaled: an A5 poster is the same
// poster, smaller. Top to bottom: the title band, the artwork (or the call to action), the unit,
// the QR code in its frame, the URL and the footer with the link's label.
void PosterRenderer::paint(QPainter &p, const QSizeF &deviceSize, const Link &link,
                           bool snapToPixels) const
{
    const QSizeF pageMm = pageSizeMm();
    Page page;
    page.k = deviceSize.width() / 210.0;
    page.width = deviceSize.width();
    page.height = deviceSize.width() * pageMm.height() / pageMm.width();
    page.pageH = page.height / page.k;

    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.setRenderHint(QPainter::SmoothPixmapTransform, true);
    p.fillRect(QRectF(0, 0, page.width, page.height), Qt::white);
    double y = paintTitleBand(p, page, link);
    y = paintArtworkSlot(p, page, y);
    // The unit that brings the samples.
    drawFitted(p, m_families, QRectF(page.mm(14), y, page.width - page.mm(28), page.mm(22)),
               link.unitName, page.mm(9), true, kInk);
    y += page.mm(22) + page.mm(5);
    y = paintQrCode(p, page, y, link.url, snapToPixels);
    paintUrlAndFooter(p, page, y, link);
    p.restore();
}

// The title band; returns where the part under it starts.
double PosterRenderer::paintTitleBand(QPainter &p, const Page &page, const Link &link) const
{
    const double bandH = page.mm(58);
    p.fillRect(QRectF(0, 0, page.width, bandH), kBand);
    p.fillRect(QRectF(0, bandH, page.width, page.mm(2.2)), kAccent);
    drawFitted(p, m_families,
               QRectF(page.mm(14), page.mm(8), page.width - page.mm(28), page.mm(42)), title(link),
               page.mm(13.5), true, Qt::white);
    return bandH + page.mm(2.2) + page.mm(7);
}

// The artwork slot at y, or the call to action when the campaign has no artwork; returns where
// the unit's name goes.
double PosterRenderer::paintArtworkSlot(QPainter &p, const Page &page, double y) const
{
    // With artwork, room is left above the QR frame for the call-to-action badge.
    const double slotH = page.mm(page.pageH - 297 + (m_artwork.isNull() ? 52 : 48));
    const QRectF slot(page.mm(14), y, page.width - page.mm(28), slotH);
    if (!m_artwork.isNull()) {
        QSizeF s = m_artwork.size();
        s.scale(slot.size(), Qt::KeepAspectRatio);
        const QRectF target(slot.center().x() - s.width() / 2, slot.center().y() - s.height() / 2,
                            s.width(), s.height());
        p.drawImage(target, m_artwork);
    } else {
        drawFitted(p, m_families,
                   QRectF(slot.left(), slot.top() + slotH * 0.08, slot.width(), slotH * 0.5),
                   text("Scan the code and take part in the survey", "扫码参与问卷调查"),
                   page.mm(11), true, kInk);
        drawFitted(p, m_families,
                   QRectF(slot.left(), slot.top() + slotH * 0.6, slot.width(), slotH * 0.32),
                   text("Your answers help make the Internet safer for everyone",
                        "您的每一份答卷，都让网络空间更安全"),
                   page.mm(5.5), false, kMuted);
    }
    return y + slotH + page.mm(m_artwork.isNull() ? 5 : 4);
}

// The QR code of url at y, centered, with its quiet zone drawn white on a light frame, and the
// call-to-action badge on the frame when the artwork took its place; returns where the URL goes.
double PosterRenderer::paintQrCode(QPainter &p, const Page &page, double y, const QString &url,
                                   bool snapToPixels) const
{
    const QrCode code(url, QrCode::Level::M);
    const double qrSide = page.mm(104);
    const QRectF frame((page.width - qrSide) / 2 - page.mm(3), y - page.mm(3), qrSide + page.mm(6),
                       qrSide + page.mm(6));
    p.setPen(QPen(kBand, page.mm(0.8)));
    p.setBrush(Qt::white);
    p.drawRoundedRect(frame, page.mm(4), page.mm(4));
    if (!code.isNull())
        paintModules(p, code, page.width, y, qrSide, snapToPixels);
    if (!m_artwork.isNull())
        paintBadge(p, page, frame);
    return y + qrSide + page.mm(8);
}

// The code's dark modules in a square of qrSide at y, centered on a page width wide; snapped to
// whole pixels when snapToPixels, so that a PNG's modules are sharp.
void PosterRenderer::paintModules(QPainter &p, const QrCode &code, double width, double y,
                                  double qrSide, bool snapToPixels)
{
    const int total = code.size() + 2 * QrCode::kQuietZone;
    double module = qrSide / total;
    if (snapToPixels)
        module = std::floor(module);
    const double side = module * total;
    const double left = snapToPixels ? std::round((width - side) / 2) : (width - side) / 2;
    const double top = snapToPixels ? std::round(y + (qrSide - side) / 2) : y + (qrSide - side) / 2;
    QPainterPath path;
    for (int my = 0; my < code.size(); ++my) {
        for (int mx = 0; mx < code.size(); ++mx) {
            if (code.module(mx, my))
                path.addRect(QRectF(left + (mx + QrCode::kQuietZone) * module,
                                    top + (my + QrCode::kQuietZone) * module, module, module));
        }
    }
    p.setRenderHint(QPainter::Antialiasing, !snapToPixels);
    p.setPen(Qt::NoPen);
    p.fillPath(path.simplified(), Qt::black);
    p.setRenderHint(QPainter::Antialiasing, true);
}

// The artwork took the call to action's place: say it on the QR code's frame.
void PosterRenderer::paintBadge(QPainter &p, const Page &page, const QRectF &frame) const
{
    const QString scan = text("Scan to take part", "扫码参与调查");
    const QFont badgeFont = posterFont(m_families, page.mm(5.5), true);
    const double badgeW = QFontMetricsF(badgeFont).horizontalAdvance(scan) + page.mm(12);
    const QRectF badge((page.width - badgeW) / 2, frame.top() - page.mm(5), badgeW, page.mm(10));
    p.setPen(Qt::NoPen);
    p.setBrush(kAccent);
    p.drawRoundedRect(badge, page.mm(5), page.mm(5));
    p.setFont(badgeFont);
    p.setPen(Qt::white);
    p.drawText(badge, Qt::AlignCenter, scan);
}

// The URL at y, for those who type it; the footer with the link's label, small.
void PosterRenderer::paintUrlAndFooter(QPainter &p, const Page &page, double y,
                                       const Link &link) const
{
    QFont mono(QStringLiteral("Noto Sans Mono CJK SC"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPixelSize(qMax(1, qRound(page.mm(4.2))));
    p.setFont(mono);
    p.setPen(kInk);
    p.drawText(QRectF(page.mm(18), y, page.width - page.mm(36), page.mm(14)),
               Qt::AlignHCenter | Qt::AlignTop | Qt::TextWrapAnywhere, breakable(link.url));

    const double footerH = page.mm(12);
    p.fillRect(QRectF(0, page.height - footerH, page.width, footerH), kBand);
    if (!link.label.isEmpty())
        drawFitted(p, m_families,
                   QRectF(page.mm(14), page.height - footerH, page.width - page.mm(28), footerH),
                   link.label, page.mm(4.2), false, Qt::white);
}

QString PosterRenderer::writePdf(const QString &path, const Link &link) const
{
    // Characters outside the BMP (a rare character in a unit's name) from fonts that keep them
    // in the text layer; drawn in a thread of its own, as LetterRenderer does with such fonts.
    const PdfFontSet fonts(posterFamilies(), drawnText(link), PdfFontSet::Cover::OutsideBmp);
    QString problem;
    if (fonts.aliases().isEmpty()) {
        problem = writePdfWith(path, link, {});
    } else {
        std::thread worker([&] { problem = writePdfWith(path, link, fonts.families()); });
        worker.join();
    }
    // Also where nothing lies outside the BMP: glyphs shared by two code points (PdfFontSet).
    if (problem.isEmpty() && !fonts.finish(path, &problem))
        QFile::remove(path);
    return problem;
}

QString PosterRenderer::writePdfWith(const QString &path, const Link &link,
                                     const QStringList &families) const
{
    PosterRenderer renderer(*this);
    renderer.m_families = families;
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(m_pageSize == PageSize::A4 ? QPageSize::A4 : QPageSize::A5));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(link.unitName);
    writer.setCreator(QStringLiteral("Survey Secretariat"));
    QPainter painter;
    if (!painter.begin(&writer))
        return tr("cannot write %1").arg(path);
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    renderer.paint(painter, QSizeF(page.size()), link, false);
    if (!painter.end())
        return tr("cannot write %1").arg(path);
    if (!QFile::exists(path))
        return tr("cannot write %1").arg(path);
    return {};
}

QImage PosterRenderer::toImage(const Link &link, int dpi) const
{
    const QSizeF pageMm = pageSizeMm();
    const QSize size(qRound(pageMm.width() / 25.4 * dpi), qRound(pageMm.height() / 25.4 * dpi));
    QImage image(size, QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QSizeF(size), link, true);
    painter.end();
    return image;
}
