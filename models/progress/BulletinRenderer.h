#pragma once

#include "progress/Bulletin.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

class QPainter;

// Draws the daily bulletin as one tall page 1080 px wide, sized for a phone screen in a WeChat
// group: the PNG at device pixel ratio 1 (one image pixel per layout pixel, so the text is as
// sharp as the phone shows it), and the same layout as a one-page PDF (A4 wide, as long as the
// content). Text in the letters' font (LetterRenderer::letterFont: AR PL UMing), which Qt's PDF
// writer puts into the text layer exactly (pdftotext gives the same characters back).
// The wording is Chinese whatever the desk's language: the units' groups read it.
class BulletinRenderer
{
    Q_DECLARE_TR_FUNCTIONS(BulletinRenderer)
public:
    static constexpr int kWidth = 1080;

    static QImage image(const BulletinData &data);
    // Writes by suffix: .png or .pdf. Returns an error message, empty on success.
    static QString write(const QString &path, const BulletinData &data);
    static QString writePdf(const QString &path, const BulletinData &data);

private:
    // writePdf() in this thread's fonts.
    static QString writePdfWith(const QString &path, const BulletinData &data);
    // Paints the bulletin (painter null: only measures); returns the height used.
    static int paint(QPainter *painter, const BulletinData &data);
};
