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

void PosterRenderer::paint(QPainter &p, const QSizeF &deviceSize, const Link &link,
                           bool snapToPixels) const
{
    const QSizeF pageMm = pageSizeMm();
    // Everything is laid out in millimetres of an A4 page and scaled: an A5 poster is the same
    // poster, smaller.
    const double k = deviceSize.width() / 210.0;
    const auto mm = [k](double v) {
        return v * k;
    };
    const double width = deviceSize.width();
    const double height = deviceSize.width() * pageMm.height() / pageMm.width();
    const double pageH = height / k; // page height in A4 millimetres

    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.setRenderHint(QPainter::SmoothPixmapTransform, true);
    p.fillRect(QRectF(0, 0, width, height), Qt::white);

    // Title band.
    const double bandH = mm(58);
    p.fillRect(QRectF(0, 0, width, bandH), kBand);
    p.fillRect(QRectF(0, bandH, width, mm(2.2)), kAccent);
    drawFitted(p, m_families, QRectF(mm(14), mm(8), width - mm(28), mm(42)), title(link), mm(13.5),
               true, Qt::white);

    // Artwork slot, or the call to action when the campaign has no artwork.
    double y = bandH + mm(2.2) + mm(7);
    // With artwork, room is left above the QR frame for the call-to-action badge.
    const double slotH = mm(pageH - 297 + (m_artwork.isNull() ? 52 : 48));
    const QRectF slot(mm(14), y, width - mm(28), slotH);
    if (!m_artwork.isNull()) {
        QSizeF s = m_artwork.size();
        s.scale(slot.size(), Qt::KeepAspectRatio);
        const QRectF target(slot.center().x() - s.width() / 2, slot.center().y() - s.height() / 2,
                            s.width(), s.height());
        p.drawImage(target, m_artwork);
    } else {
        drawFitted(p, m_families,
                   QRectF(slot.left(), slot.top() + slotH * 0.08, slot.width(), slotH * 0.5),
                   text("Scan the code and take part in the survey", "扫码参与问卷调查"), mm(11),
                   true, kInk);
        drawFitted(p, m_families,
                   QRectF(slot.left(), slot.top() + slotH * 0.6, slot.width(), slotH * 0.32),
                   text("Your answers help make the Internet safer for everyone",
                        "您的每一份答卷，都让网络空间更安全"),
                   mm(5.5), false, kMuted);
    }
    y += slotH + mm(m_artwork.isNull() ? 5 : 4);

    // The unit that brings the samples.
    drawFitted(p, m_families, QRectF(mm(14), y, width - mm(28), mm(22)), link.unitName, mm(9), true,
               kInk);
    y += mm(22) + mm(5);

    // The QR code, centered, with its quiet zone drawn white on a light frame.
    const QrCode code(link.url, QrCode::Level::M);
    const double qrSide = mm(104);
    const QRectF frame((width - qrSide) / 2 - mm(3), y - mm(3), qrSide + mm(6), qrSide + mm(6));
    p.setPen(QPen(kBand, mm(0.8)));
    p.setBrush(Qt::white);
    p.drawRoundedRect(frame, mm(4), mm(4));
    if (!code.isNull()) {
        const int total = code.size() + 2 * QrCode::kQuietZone;
        double module = qrSide / total;
        if (snapToPixels)
            module = std::floor(module);
        const double side = module * total;
        const double left = snapToPixels ? std::round((width - side) / 2) : (width - side) / 2;
        const double top
            = snapToPixels ? std::round(y + (qrSide - side) / 2) : y + (qrSide - side) / 2;
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
    if (!m_artwork.isNull()) {
        // The artwork took the call to action's place: say it on the frame.
        const QString scan = text("Scan to take part", "扫码参与调查");
        const QFont badgeFont = posterFont(m_families, mm(5.5), true);
        const double badgeW = QFontMetricsF(badgeFont).horizontalAdvance(scan) + mm(12);
        const QRectF badge((width - badgeW) / 2, frame.top() - mm(5), badgeW, mm(10));
        p.setPen(Qt::NoPen);
        p.setBrush(kAccent);
        p.drawRoundedRect(badge, mm(5), mm(5));
        p.setFont(badgeFont);
        p.setPen(Qt::white);
        p.drawText(badge, Qt::AlignCenter, scan);
    }
    y += qrSide + mm(8);

    // The URL underneath, for those who type it.
    QFont mono(QStringLiteral("Noto Sans Mono CJK SC"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPixelSize(qMax(1, qRound(mm(4.2))));
    p.setFont(mono);
    p.setPen(kInk);
    p.drawText(QRectF(mm(18), y, width - mm(36), mm(14)),
               Qt::AlignHCenter | Qt::AlignTop | Qt::TextWrapAnywhere, breakable(link.url));

    // Footer: the link's label, small.
    const double footerH = mm(12);
    p.fillRect(QRectF(0, height - footerH, width, footerH), kBand);
    if (!link.label.isEmpty())
        drawFitted(p, m_families, QRectF(mm(14), height - footerH, width - mm(28), footerH),
                   link.label, mm(4.2), false, Qt::white);
    p.restore();
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
