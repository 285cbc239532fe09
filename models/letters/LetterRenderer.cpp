#include "letters/LetterRenderer.h"
#include "db/DatabaseFiles.h"

#include "links/QrCode.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QMutex>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <thread>
#include <vector>

namespace {

const QMarginsF kMarginsMm(25, 18, 25, 15);
constexpr double kSealMm = 40.0;
const QUrl kQrUrl(QStringLiteral("letter:qr"));
const QUrl kSealUrl(QStringLiteral("letter:seal"));

// The block that carries <a name="seal">, where the seal is stamped.
QTextBlock sealBlock(const QTextDocument &document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorNames().contains(QLatin1String("seal")))
                return block;
        }
    }
    return {};
}

} // namespace

QStringList LetterRenderer::pdfFontFamilies()
{
    return {QStringLiteral("AR PL UMing CN"), QStringLiteral("WenQuanYi Micro Hei"),
            QStringLiteral("Droid Sans Fallback")};
}

QStringList LetterRenderer::rareCharacterFamilies()
{
    return {QStringLiteral("HanaMinB"), QStringLiteral("HanaMinA"),
            QStringLiteral("BabelStone Han")};
}

QString LetterRenderer::pdfFontFamily()
{
    // Looked up once: the font database is shared by every thread and locked on each query.
    static const QString chosen = [] {
        const QStringList installed = QFontDatabase::families();
        for (const QString &family : pdfFontFamilies()) {
            if (installed.contains(family))
                return family;
        }
        return pdfFontFamilies().constFirst();
    }();
    return chosen;
}

bool LetterRenderer::pdfFontInstalled()
{
    return QFontDatabase::families().contains(pdfFontFamily());
}

QFont LetterRenderer::letterFont()
{
    // One face for Latin and Chinese alike: every further font would cost each PDF file its own
    // subset and ToUnicode scan (with DejaVu Serif for Latin, one file per letter took twice
    // as long).
    QFont font(pdfFontFamily());
    font.setFamilies(pdfFontFamilies() + rareCharacterFamilies());
    font.setPointSizeF(12);
    // Outlines go into the PDF as they are: hinting for 300 dpi would only cost time.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QString LetterRenderer::html(const LetterDocument &doc)
{
    return doc.tmpl.fill(LetterTemplate::valuesFor(doc.letter, doc.campaign),
                         LetterTemplate::defaultRights(doc.letter.kind));
}

QImage LetterRenderer::qrImage(const QString &code)
{
    const QrCode qr(code, QrCode::Level::M);
    return qr.isNull() ? QImage() : qr.toImage(400);
}

void LetterRenderer::prepare(QTextDocument &document, const LetterDocument &doc)
{
    document.setDefaultFont(letterFont());
    document.setDocumentMargin(0);
    document.addResource(QTextDocument::ImageResource, kQrUrl, qrImage(doc.letter.verifyCode));
    // The seal is stamped over the signature by paint(); in the document it takes no room.
    QImage blank(1, 1, QImage::Format_ARGB32);
    blank.fill(Qt::transparent);
    document.addResource(QTextDocument::ImageResource, kSealUrl, blank);
    document.setHtml(html(doc));
}

int LetterRenderer::paintLetter(QPainter &painter, QPaintDevice *device, const QSizeF &page,
                                const LetterDocument &doc, int maxPages,
                                const std::function<void()> &newPage)
{
    QTextDocument document;
    document.documentLayout()->setPaintDevice(device);
    prepare(document, doc);
    document.setPageSize(page);

    QImage seal;
    if (!doc.tmpl.sealImage.isEmpty())
        seal.loadFromData(doc.tmpl.sealImage);
    QRectF sealRect;
    if (!seal.isNull()) {
        const QTextBlock block = sealBlock(document);
        if (block.isValid() && block.layout() && block.layout()->lineCount() > 0) {
            const QRectF blockRect = document.documentLayout()->blockBoundingRect(block);
            const QRectF text = block.layout()->lineAt(0).naturalTextRect();
            const double side = kSealMm / 25.4 * device->logicalDpiX();
            const QSizeF size = QSizeF(seal.size()).scaled(QSizeF(side, side), Qt::KeepAspectRatio);
            const QPointF centre(blockRect.x() + text.center().x(), blockRect.y() + text.bottom());
            sealRect = QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
        }
    }

    int pages = qMax(1, document.pageCount());
    if (maxPages > 0)
        pages = qMin(pages, maxPages);
    for (int p = 0; p < pages; ++p) {
        if (p > 0 && newPage)
            newPage();
        const QRectF clip(0, p * page.height(), page.width(), page.height());
        painter.save();
        painter.translate(0, -clip.top());
        document.drawContents(&painter, clip);
        if (sealRect.intersects(clip)) {
            painter.setOpacity(0.85);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.drawImage(sealRect, seal);
        }
        painter.restore();
    }
    return pages;
}

QImage LetterRenderer::pageImage(const LetterDocument &doc, int dpi)
{
    const QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait, kMarginsMm,
                             QPageLayout::Millimeter);
    const QRect full = layout.fullRectPixels(dpi);
    const QRect paint = layout.paintRectPixels(dpi);
    QImage image(full.size(), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.translate(paint.topLeft());
    paintLetter(painter, &image, paint.size(), doc, 1, {});
    return image;
}

bool LetterRenderer::paint(QPagedPaintDevice *device, const QList<LetterDocument> &letters,
                           const Progress &progress, QString *error)
{
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageOrientation(QPageLayout::Portrait);
    device->setPageMargins(kMarginsMm, QPageLayout::Millimeter);
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = tr("cannot write the pages");
        return false;
    }
    for (int i = 0; i < letters.size(); ++i) {
        if (i > 0)
            device->newPage();
        paintLetter(painter, device, QSizeF(device->width(), device->height()), letters.at(i), 0,
                    [device] { device->newPage(); });
        if (progress && !progress(i + 1, int(letters.size()))) {
            painter.end();
            if (error)
                *error = tr("cancelled");
            return false;
        }
    }
    return painter.end();
}

bool LetterRenderer::renderPdf(const QString &fileName, const QList<LetterDocument> &letters,
                               const Progress &progress, QString *error)
{
    if (letters.isEmpty()) {
        if (error)
            *error = tr("there are no letters to render");
        return false;
    }
    if (const QString refusal = DatabaseFiles::refusal(fileName); !refusal.isEmpty()) {
        if (error)
            *error = refusal;
        return false;
    }
    {
        QPdfWriter writer(fileName);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Survey Secretariat"));
        writer.setTitle(letters.size() == 1 ? letters.first().letter.number + QLatin1Char(' ')
                                + letters.first().letter.unitName
                                            : QStringLiteral("授权书"));
        if (paint(&writer, letters, progress, error))
            return true;
    }
    QFile::remove(fileName);
    if (error && error->isEmpty())
        *error = tr("cannot write %1").arg(QDir::toNativeSeparators(fileName));
    return false;
}

bool LetterRenderer::renderEach(const QString &folder, const QList<LetterDocument> &letters,
                                QStringList *written, const Progress &progress, QString *error,
                                int threads)
{
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder)) {
        if (error)
            *error = tr("cannot create the folder %1").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    QStringList paths;
    QSet<QString> used;
    for (const LetterDocument &doc : letters) {
        const Letter &l = doc.letter;
        QString name = fileNameFor(l);
        // Two versions of one number in a batch: the later ones get their version appended.
        if (used.contains(name.toLower()))
            name = safeFileName(
                QStringLiteral("%1_v%2_%3").arg(l.number).arg(l.version).arg(l.unitName));
        used.insert(name.toLower());
        paths.append(dir.filePath(name));
    }

    // Each file is independent: workers take the next letter until all are done, one fails or
    // progress says stop. Fonts and documents are per thread, so nothing is shared but counters.
    if (threads <= 0)
        threads = qBound(1, QThread::idealThreadCount(), 4);
    threads = qMin<int>(threads, int(letters.size()));
    std::atomic_int next {0};
    std::atomic_bool stop {false};
    QMutex mutex;
    int done = 0;
    QString firstError;
    QList<bool> ok(letters.size(), false);
    const auto work = [&] {
        for (;;) {
            const int i = next.fetch_add(1);
            if (i >= letters.size() || stop.load())
                return;
            QString e;
            const bool rendered = renderPdf(paths.at(i), {letters.at(i)}, {}, &e);
            QMutexLocker lock(&mutex);
            if (!rendered) {
                if (firstError.isEmpty())
                    firstError = e;
                stop = true;
                return;
            }
            ok[i] = true;
            ++done;
            if (progress && !progress(done, int(letters.size()))) {
                if (firstError.isEmpty())
                    firstError = tr("cancelled");
                stop = true;
                return;
            }
        }
    };
    if (threads <= 1) {
        work();
    } else {
        std::vector<std::thread> pool;
        for (int t = 0; t < threads; ++t)
            pool.emplace_back(work);
        for (std::thread &t : pool)
            t.join();
    }
    if (written) {
        for (int i = 0; i < paths.size(); ++i) {
            if (ok.at(i))
                written->append(paths.at(i));
        }
    }
    if (!firstError.isEmpty()) {
        if (error)
            *error = firstError;
        return false;
    }
    return true;
}

QString LetterRenderer::fileNameFor(const Letter &letter)
{
    return safeFileName(letter.number + QLatin1Char('_') + letter.unitName);
}

QString LetterRenderer::safeFileName(const QString &name)
{
    static const QString forbidden = QStringLiteral("<>:\"/\\|?*");
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        if (c.isSpace())
            out.append(QLatin1Char(' '));
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f || forbidden.contains(c))
            out.append(QLatin1Char('_'));
        else
            out.append(c);
    }
    out = out.simplified();
    // Windows drops trailing dots and spaces; a leading dot hides the file elsewhere.
    while (out.endsWith(QLatin1Char('.')) || out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    if (out.isEmpty())
        out = QStringLiteral("letter");
    // Names are at most 255 bytes on most file systems; keep room for ".pdf" and a suffix.
    while (out.toUtf8().size() > 200) {
        out.chop(1);
        if (!out.isEmpty() && out.back().isHighSurrogate())
            out.chop(1);
    }
    static const QStringList reserved
        = {QStringLiteral("CON"),  QStringLiteral("PRN"),  QStringLiteral("AUX"),
           QStringLiteral("NUL"),  QStringLiteral("COM1"), QStringLiteral("COM2"),
           QStringLiteral("COM3"), QStringLiteral("COM4"), QStringLiteral("LPT1"),
           QStringLiteral("LPT2"), QStringLiteral("LPT3")};
    if (reserved.contains(out.section(QLatin1Char('.'), 0, 0).toUpper()))
        out.prepend(QLatin1Char('_'));
    return out + QStringLiteral(".pdf");
}
