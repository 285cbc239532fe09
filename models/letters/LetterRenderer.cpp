#include "letters/LetterRenderer.h"
#include "db/DatabaseFiles.h"

#include "letters/LetterLayouts.h"
#include "letters/PdfFontSet.h"
#include "letters/PdfPages.h"
#include "links/QrCode.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QMutex>
#include <QPageLayout>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QPdfWriter>
#include <QSet>
#include <QTextBlock>
#include <QTextFragment>
#include <QTextDocument>
#include <QTextLayout>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <thread>
#include <vector>

namespace {

const QMarginsF kMarginsMm(25, 18, 25, 15);
// Letters drawn into one PDF before it is split into a file each: Qt builds the glyphs of a PDF's
// fonts once per PDF (most of one letter's time), so a group shares that work; a group's files
// each carry the glyphs of the whole group. 50 rather than 16: with unit names as varied as a
// campaign's, 15 % less CPU a letter for files 17 % larger (114 KB instead of 97; bench/README.md).
constexpr int kGroupSize = 50;
constexpr double kSealMm = 40.0;

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

// The rectangle <img src="letter:qr"> takes in the laid-out document, or an empty one.
QRectF imageRect(const QTextDocument &document, const QString &name)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat()
                || fragment.charFormat().toImageFormat().name() != name || !block.layout())
                continue;
            const QTextImageFormat image = fragment.charFormat().toImageFormat();
            const int pos = fragment.position() - block.position();
            const QTextLine line = block.layout()->lineForTextPosition(pos);
            if (!line.isValid())
                return {};
            const double left = line.cursorToX(pos);
            const double width = line.cursorToX(pos + 1) - left;
            const double height
                = image.width() > 0 ? width * image.height() / image.width() : width;
            const QRectF blockRect = document.documentLayout()->blockBoundingRect(block);
            // Inline images sit on the baseline.
            return QRectF(blockRect.x() + left, blockRect.y() + line.y() + line.ascent() - height,
                          width, height);
        }
    }
    return {};
}

// The QR code as filled squares, one path (no seams between modules), quiet zone left white.
void paintQr(QPainter &painter, const QRectF &rect, const QString &code)
{
    const QrCode qr(code, QrCode::Level::M);
    if (qr.isNull() || rect.isEmpty())
        return;
    const double module = qMin(rect.width(), rect.height()) / (qr.size() + 2 * QrCode::kQuietZone);
    const QPointF origin = rect.topLeft() + QPointF(module, module) * QrCode::kQuietZone;
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < qr.size(); ++y) {
        for (int x = 0; x < qr.size(); ++x) {
            if (!qr.module(x, y))
                continue;
            int end = x;
            while (end + 1 < qr.size() && qr.module(end + 1, y))
                ++end;
            path.addRect(QRectF(origin.x() + x * module, origin.y() + y * module,
                                (end - x + 1) * module, module));
            x = end;
        }
    }
    painter.fillPath(path, Qt::black);
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
    return fontFor(pdfFontFamilies() + rareCharacterFamilies());
}

QFont LetterRenderer::fontFor(const QStringList &families)
{
    // One face for Latin and Chinese alike: every further font would cost each PDF file its own
    // subset and ToUnicode scan (with DejaVu Serif for Latin, one file per letter took twice
    // as long).
    QFont font(families.value(0));
    font.setFamilies(families);
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
    prepare(document, doc, letterFont());
}

void LetterRenderer::prepare(QTextDocument &document, const LetterDocument &doc, const QFont &font)
{
    LetterLayouts::prepare(document, html(doc), font, qrImage(doc.letter.verifyCode));
}

QRectF LetterRenderer::sealRect(const QTextDocument &document, const QImage &seal,
                                const QPaintDevice *device)
{
    if (seal.isNull())
        return {};
    const QTextBlock block = sealBlock(document);
    if (!block.isValid() || !block.layout() || block.layout()->lineCount() == 0)
        return {};
    const QRectF blockRect = document.documentLayout()->blockBoundingRect(block);
    const QRectF text = block.layout()->lineAt(0).naturalTextRect();
    const double side = kSealMm / 25.4 * device->logicalDpiX();
    const QSizeF size = QSizeF(seal.size()).scaled(QSizeF(side, side), Qt::KeepAspectRatio);
    const QPointF centre(blockRect.x() + text.center().x(), blockRect.y() + text.bottom());
    return QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
}

int LetterRenderer::paintLetter(QPainter &painter, const QSizeF &page, const LetterDocument &doc,
                                LetterLayouts &layouts, int maxPages,
                                const std::function<void()> &newPage)
{
    const LetterLayouts::Laid laid = layouts.letter(doc);
    const QTextDocument &document = *laid.document;
    const QRectF qrRect
        = laid.vectorQr ? imageRect(document, LetterLayouts::qrUrl().toString()) : QRectF();
    const QImage seal = layouts.seal(doc);
    const QRectF stamp = sealRect(document, seal, painter.device());

    int pages = qMax(1, document.pageCount());
    if (maxPages > 0)
        pages = qMin(pages, maxPages);
    for (int p = 0; p < pages; ++p) {
        if (p > 0 && newPage)
            newPage();
        const QRectF clip(0, p * page.height(), page.width(), page.height());
        painter.save();
        painter.translate(0, -clip.top());
        laid.document->drawContents(&painter, clip);
        if (qrRect.intersects(clip))
            paintQr(painter, qrRect, doc.letter.verifyCode);
        if (stamp.intersects(clip)) {
            painter.setOpacity(0.85);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.drawImage(stamp, seal);
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
    LetterLayouts layouts(&image, paint.size(), letterFont());
    paintLetter(painter, paint.size(), doc, layouts, 1, {});
    return image;
}

bool LetterRenderer::paint(QPagedPaintDevice *device, const QList<LetterDocument> &letters,
                           const Progress &progress, QString *error)
{
    return paint(device, letters, letterFont(), progress, error);
}

bool LetterRenderer::paint(QPagedPaintDevice *device, const QList<LetterDocument> &letters,
                           const QFont &font, const Progress &progress, QString *error)
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
    const QSizeF page(device->width(), device->height());
    LetterLayouts layouts(device, page, font);
    for (int i = 0; i < letters.size(); ++i) {
        if (i > 0)
            device->newPage();
        paintLetter(painter, page, letters.at(i), layouts, 0, [device] { device->newPage(); });
        if (progress && !progress(i + 1, int(letters.size()))) {
            painter.end();
            if (error)
                *error = tr("cancelled");
            return false;
        }
    }
    return painter.end();
}

QString LetterRenderer::batchText(const QList<LetterDocument> &letters)
{
    QString text;
    for (const LetterDocument &doc : letters)
        text += html(doc);
    return text;
}

bool LetterRenderer::renderPdf(const QString &fileName, const QList<LetterDocument> &letters,
                               const Progress &progress, QString *error)
{
    if (letters.isEmpty()) {
        if (error)
            *error = tr("there are no letters to render");
        return false;
    }
    const PdfFontSet fonts(pdfFontFamilies() + rareCharacterFamilies(), batchText(letters));
    // Drawn in a thread of its own, like renderEach's workers (see there).
    bool ok = false;
    std::thread worker([&] { ok = writePdf(fileName, letters, fonts, progress, error); });
    worker.join();
    return ok;
}

bool LetterRenderer::writePdf(const QString &fileName, const QList<LetterDocument> &letters,
                              const PdfFontSet &fonts, const Progress &progress, QString *error)
{
    if (const QString refusal = DatabaseFiles::refusal(fileName); !refusal.isEmpty()) {
        if (error)
            *error = refusal;
        return false;
    }
    bool painted = false;
    {
        QPdfWriter writer(fileName);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Survey Secretariat"));
        writer.setTitle(letters.size() == 1 ? letters.first().letter.number + QLatin1Char(' ')
                                + letters.first().letter.unitName
                                            : QStringLiteral("授权书"));
        painted = paint(&writer, letters, fontFor(fonts.families()), progress, error);
    }
    // Characters outside the BMP into the text layer, now that Qt has closed the file.
    if (painted && fonts.finish(fileName, error))
        return true;
    QFile::remove(fileName);
    if (error && error->isEmpty())
        *error = tr("cannot write %1").arg(QDir::toNativeSeparators(fileName));
    return false;
}

QStringList LetterRenderer::filePaths(const QDir &dir, const QList<LetterDocument> &letters)
{
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
    return paths;
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
    const QStringList paths = filePaths(dir, letters);
    // One set of small fonts for the whole batch (see PdfFontSet).
    const PdfFontSet fonts(pdfFontFamilies() + rareCharacterFamilies(), batchText(letters));
    QList<bool> ok(letters.size(), false);
    const QString failure = writeGroups(letters, paths, fonts, progress, threads, &ok);
    if (written) {
        for (int i = 0; i < paths.size(); ++i) {
            if (ok.at(i))
                written->append(paths.at(i));
        }
    }
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return false;
    }
    return true;
}

QString LetterRenderer::writeGroups(const QList<LetterDocument> &letters, const QStringList &paths,
                                    const PdfFontSet &fonts, const Progress &progress, int threads,
                                    QList<bool> *ok)
{
    // Workers take the next group of letters until all are done, one fails or progress says
    // stop; each group is drawn into one PDF and split into a file per letter (writeGroup).
    if (threads <= 0)
        threads = qBound(1, QThread::idealThreadCount(), 4);
    const int n = int(letters.size());
    const int group = qBound(1, (n + 2 * threads - 1) / (2 * threads), kGroupSize);
    threads = qBound(1, threads, (n + group - 1) / group);
    std::atomic_int next {0};
    std::atomic_bool stop {false};
    QMutex mutex;
    int done = 0;
    QString firstError;
    const auto fail = [&](const QString &why) {
        QMutexLocker lock(&mutex);
        if (firstError.isEmpty())
            firstError = why;
        stop = true;
    };
    const auto letterDone = [&] {
        QMutexLocker lock(&mutex);
        ++done;
        if (progress && !progress(done, n)) {
            if (firstError.isEmpty())
                firstError = tr("cancelled");
            stop = true;
        }
        return !stop.load();
    };
    const auto work = [&] {
        for (int first = next.fetch_add(group); first < n && !stop.load();
             first = next.fetch_add(group)) {
            QString e;
            if (!writeGroup(letters, paths, first, qMin(group, n - first), fonts, letterDone, ok,
                            &e))
                return fail(e);
        }
    };
    // Even one worker is a thread of its own: Qt 6.4 crashed (QFontEngineFT::init) when a thread
    // that had drawn with one batch's fonts, then registered another batch's, drew again; a
    // thread that ends after its batch never does.
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back(work);
    for (std::thread &t : pool)
        t.join();
    return firstError;
}

bool LetterRenderer::writeGroup(const QList<LetterDocument> &letters, const QStringList &paths,
                                int first, int count, const PdfFontSet &fonts,
                                const std::function<bool()> &letterDone, QList<bool> *ok,
                                QString *error)
{
    // The letters into one PDF in memory, each starting a new page; stopped after a letter
    // when letterDone says so.
    QByteArray pdf;
    QList<int> pages;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Survey Secretariat"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Portrait);
        writer.setPageMargins(kMarginsMm, QPageLayout::Millimeter);
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = tr("cannot write the pages");
            return false;
        }
        const QSizeF page(writer.width(), writer.height());
        LetterLayouts layouts(&writer, page, fontFor(fonts.families()));
        for (int i = first; i < first + count; ++i) {
            if (i > first)
                writer.newPage();
            pages.append(paintLetter(painter, page, letters.at(i), layouts, 0,
                                     [&writer] { writer.newPage(); }));
            if (!letterDone())
                break;
        }
        if (!painter.end()) {
            *error = tr("cannot write the pages");
            return false;
        }
    }
    // Each letter's pages into its file.
    const PdfPages split(pdf);
    int page = 0;
    for (int k = 0; k < pages.size(); ++k) {
        const int i = first + k;
        const Letter &l = letters.at(i).letter;
        QByteArray file
            = split.extract(page, pages.at(k), l.number + QLatin1Char(' ') + l.unitName);
        page += pages.at(k);
        const QString &path = paths.at(i);
        if (const QString refusal = DatabaseFiles::refusal(path); !refusal.isEmpty()) {
            *error = refusal;
            return false;
        }
        QFile out(path);
        if (file.isEmpty() || !fonts.finish(&file, error) || !out.open(QIODevice::WriteOnly)
            || out.write(file) != file.size() || !out.flush()) {
            out.remove();
            if (error->isEmpty())
                *error = tr("cannot write %1").arg(QDir::toNativeSeparators(path));
            return false;
        }
        (*ok)[i] = true;
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
