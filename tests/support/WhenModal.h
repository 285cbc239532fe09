#pragma once

// Answering modal dialogs from a GUI test: the handler runs once a modal widget of type W is
// the active one (dialogs opened with exec() block the test until they close).
#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace TestSupport {

template<typename W>
void whenModal(std::function<void(W *)> handler)
{
    QTimer::singleShot(10, [handler] {
        if (auto *w = qobject_cast<W *>(QApplication::activeModalWidget()))
            handler(w);
        else
            whenModal<W>(handler);
    });
}

} // namespace TestSupport
