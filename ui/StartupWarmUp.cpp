#include "StartupWarmUp.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QThread>

namespace {

// Measuring text (never drawing it: see the Qt 6.4 trap with application fonts) in the UI
// font fills the font database and the fallback list for Han and Latin script.
void warmFonts()
{
    QFontDatabase::families();
    const QFontMetrics metrics(QGuiApplication::font());
    metrics.horizontalAdvance(QStringLiteral("北京 广东 湖北省测试单位 1,234,567 100% 7/26"));
}

// An image read from memory, without a format, asks every image format plugin whether it can
// read it, which loads them all, as the first icon of a window does on the GUI thread.
void warmImagePlugins()
{
    QImage image(1, 1, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QByteArray png;
    QBuffer out(&png);
    out.open(QIODevice::WriteOnly);
    image.save(&out, "PNG");
    QBuffer in(&png);
    in.open(QIODevice::ReadOnly);
    QImageReader(&in).read();
}

} // namespace

StartupWarmUp::StartupWarmUp()
    : m_thread(QThread::create([] {
        warmFonts();
        warmImagePlugins();
    }))
{
    m_thread->start(QThread::LowPriority);
}

StartupWarmUp::~StartupWarmUp()
{
    wait();
    delete m_thread;
}

void StartupWarmUp::wait()
{
    m_thread->wait();
}
