#include "links/QrCode.h"

#include <QPainter>

#include <qrencode.h>

QrCode::QrCode(const QString &text, Level level)
{
    QRecLevel l = QR_ECLEVEL_M;
    switch (level) {
    case Level::L:
        l = QR_ECLEVEL_L;
        break;
    case Level::M:
        l = QR_ECLEVEL_M;
        break;
    case Level::Q:
        l = QR_ECLEVEL_Q;
        break;
    case Level::H:
        l = QR_ECLEVEL_H;
        break;
    }
    const QByteArray utf8 = text.toUtf8();
    QRcode *code = QRcode_encodeData(
        int(utf8.size()), reinterpret_cast<const unsigned char *>(utf8.constData()), 0, l);
    if (!code)
        return;
    m_size = code->width;
    m_modules.resize(qsizetype(m_size) * m_size);
    for (int i = 0; i < m_size * m_size; ++i)
        m_modules[i] = char(code->data[i] & 1);
    QRcode_free(code);
}

QImage QrCode::toImage(int pixelSize) const
{
    if (isNull())
        return {};
    const int total = m_size + 2 * kQuietZone;
    const int scale = qMax(1, pixelSize / total);
    QImage image(total * scale, total * scale, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!module(x, y))
                continue;
            for (int dy = 0; dy < scale; ++dy) {
                for (int dx = 0; dx < scale; ++dx)
                    image.setPixel((x + kQuietZone) * scale + dx, (y + kQuietZone) * scale + dy, 1);
            }
        }
    }
    return image;
}

QByteArray QrCode::toSvg() const
{
    if (isNull())
        return {};
    const int total = m_size + 2 * kQuietZone;
    QByteArray svg;
    svg += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 "
        + QByteArray::number(total) + ' ' + QByteArray::number(total)
        + "\" shape-rendering=\"crispEdges\">\n";
    svg += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n<path fill=\"#000000\" d=\"";
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (module(x, y))
                svg += 'M' + QByteArray::number(x + kQuietZone) + ','
                    + QByteArray::number(y + kQuietZone) + "h1v1h-1z";
        }
    }
    svg += "\"/>\n</svg>\n";
    return svg;
}
