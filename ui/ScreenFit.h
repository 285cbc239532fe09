#pragma once

#include <QSize>

class QWidget;

// Window sizes that fit the screen: a dialog opens at the size it was designed for, or smaller
// on a small screen (1280×720, 1366×768 office laptops), so its buttons stay in reach.
class ScreenFit
{
public:
    // The part of the screen a window of widget may use, less room for the window frame and a
    // taskbar.
    static QSize room(const QWidget *widget);
    // Resizes widget to wanted, or to the room on its screen when that is smaller.
    static void resize(QWidget *widget, const QSize &wanted);
};
