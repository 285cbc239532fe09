#include "links/LinkFileExporter.h"

#include "links/QrCode.h"

#include <QDir>
#include <QSaveFile>

QString LinkFileExporter::safeFileName(const QString &text, int maxLength)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text.simplified()) {
        if (c.unicode() < 0x20 || c == QChar(0x7f) || QStringLiteral("/\\:*?\"<>|").contains(c))
            out.append(QLatin1Char('_'));
        else if (c.isSpace())
            out.append(QLatin1Char(' '));
        else
            out.append(c);
    }
    if (out.size() > maxLength)
        out.truncate(maxLength);
    while (!out.isEmpty()
           && (out.front() == QLatin1Char('.') || out.front() == QLatin1Char(' ')
               || out.front() == QLatin1Char('-')))
        out.remove(0, 1);
    while (!out.isEmpty() && (out.back() == QLatin1Char('.') || out.back() == QLatin1Char(' ')))
        out.chop(1);
    return out;
}

QString LinkFileExporter::baseName(const Link &link)
{
    QStringList parts;
    QString unit = safeFileName(link.unitName);
    if (unit.isEmpty())
        unit = QStringLiteral("unit-%1").arg(link.unitId);
    parts << unit;
    const QString label = safeFileName(link.label, 40);
    if (!label.isEmpty())
        parts << label;
    parts << link.token;
    return parts.join(QLatin1Char('_'));
}

LinkFileExporter::Result LinkFileExporter::run(const QList<Link> &links, const Options &options,
                                               const std::function<bool(int, int)> &progress)
{
    Result result;
    QDir dir(options.outDir);
    if (!dir.exists() && !dir.mkpath(QStringLiteral("."))) {
        result.error = tr("cannot create the folder %1").arg(options.outDir);
        return result;
    }
    PosterRenderer renderer(options.pageSize);
    renderer.setLanguage(options.language);
    if (!options.artworkPath.isEmpty() && (options.posterPdf || options.posterPng)
        && !renderer.loadArtwork(options.artworkPath)) {
        result.error = tr("cannot read the artwork image %1").arg(options.artworkPath);
        return result;
    }
    const auto save = [&](const QString &name, const QByteArray &data) {
        QSaveFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
            result.error = tr("cannot write %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        result.files << file.fileName();
        return true;
    };
    for (int i = 0; i < links.size(); ++i) {
        const Link &link = links.at(i);
        const QString base = baseName(link);
        if (link.url.isEmpty()) {
            result.error = tr("link %1 has no URL: the campaign has no base URL").arg(link.token);
            return result;
        }
        const QrCode code(link.url, QrCode::Level::M);
        if (code.isNull()) {
            result.error = tr("the URL of link %1 is too long for a QR code").arg(link.token);
            return result;
        }
        if (options.qrPng) {
            const QString path = dir.filePath(base + QStringLiteral(".png"));
            if (!code.toImage(options.qrPixels).save(path, "PNG")) {
                result.error = tr("cannot write %1").arg(path);
                return result;
            }
            result.files << path;
        }
        if (options.qrSvg && !save(base + QStringLiteral(".svg"), code.toSvg()))
            return result;
        if (options.posterPdf) {
            const QString path = dir.filePath(base + QStringLiteral("_poster.pdf"));
            if (const QString e = renderer.writePdf(path, link); !e.isEmpty()) {
                result.error = e;
                return result;
            }
            result.files << path;
        }
        if (options.posterPng) {
            const QString path = dir.filePath(base + QStringLiteral("_poster.png"));
            if (!renderer.toImage(link, options.posterDpi).save(path, "PNG")) {
                result.error = tr("cannot write %1").arg(path);
                return result;
            }
            result.files << path;
        }
        if (progress && !progress(i + 1, int(links.size()))) {
            result.cancelled = true;
            return result;
        }
    }
    return result;
}
