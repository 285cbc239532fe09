#include "ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace {
// Title bar and borders the window manager adds around the client area.
constexpr int kFrameWidth = 16;
constexpr int kFrameHeight = 48;
} // namespace

QSize ScreenFit::room(const QWidget *widget)
{
    const QScreen *screen = widget->screen() ? widget->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return {1280, 720};
    const QSize available = screen->availableGeometry().size();
    return {available.width() - kFrameWidth, available.height() - kFrameHeight};
}

void ScreenFit::resize(QWidget *widget, const QSize &wanted)
{
    widget->resize(wanted.boundedTo(room(widget)));
}
