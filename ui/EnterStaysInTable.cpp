#include "EnterStaysInTable.h"

#include <QAbstractItemView>
#include <QKeyEvent>

void EnterStaysInTable::install(QAbstractItemView *view)
{
    view->installEventFilter(new EnterStaysInTable(view));
}

bool EnterStaysInTable::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            event->accept();
            return event->type() == QEvent::KeyPress;
        }
    }
    return QObject::eventFilter(watched, event);
}
