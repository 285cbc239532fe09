#pragma once

#include "links/Link.h"
#include "links/PosterRenderer.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

// Writes QR codes and entry posters for a batch of links into one folder, each file named after
// the unit, the label and the token (made safe for every file system). Runs in any thread: it
// touches no database, only the links it is given.
class LinkFileExporter
{
    Q_DECLARE_TR_FUNCTIONS(LinkFileExporter)
public:
    struct Options
    {
        QString outDir;
        bool qrPng = true;
        int qrPixels = 600;
        bool qrSvg = false;
        bool posterPdf = false;
        bool posterPng = false;
        PosterRenderer::PageSize pageSize = PosterRenderer::PageSize::A4;
        PosterRenderer::Language language = PosterRenderer::Language::Chinese;
        int posterDpi = 150;
        QString artworkPath; // optional
    };

    struct Result
    {
        QStringList files;
        QString error; // empty when every file was written
        bool cancelled = false;
    };

    // progress(done, total) is called after each link; returning false cancels.
    static Result run(const QList<Link> &links, const Options &options,
                      const std::function<bool(int, int)> &progress = {});

    // unit_label_TOKEN, safe for file systems (no extension).
    static QString baseName(const Link &link);
    // Replaces characters file systems or shells refuse (/ \ : * ? " < > | and controls), trims
    // dots and spaces at the ends and shortens to maxLength characters.
    static QString safeFileName(const QString &text, int maxLength = 60);
};
