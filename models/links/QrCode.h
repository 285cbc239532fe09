#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

// A QR code made with libqrencode (8-bit mode, UTF-8 text). Drawn with a quiet zone of four
// modules, as the standard asks, so scanners find it on posters and printed letters.
class QrCode
{
public:
    enum class Level { L, M, Q, H };
    static constexpr int kQuietZone = 4;

    // Encodes text; isNull() when it cannot be encoded (too long).
    explicit QrCode(const QString &text, Level level = Level::M);

    bool isNull() const { return m_size == 0; }
    // Modules per side, without the quiet zone.
    int size() const { return m_size; }
    bool module(int x, int y) const { return m_modules.at(y * m_size + x) != 0; }

    // A black-on-white image of about pixelSize pixels per side (whole pixels per module, so
    // edges stay sharp), quiet zone included.
    QImage toImage(int pixelSize) const;
    // Scalable SVG, one unit per module, quiet zone included.
    QByteArray toSvg() const;

private:
    int m_size = 0;
    QByteArray m_modules;
};
