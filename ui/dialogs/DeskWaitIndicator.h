#pragma once

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

// The GUI thread's WriteWait observer: while a write waits for another desk's lock, a
// window-modal "waiting for another desk (N s)" box with Cancel; it closes once the lock is
// taken. Cancel makes the write give up with nothing written.
class DeskWaitIndicator : public QObject
{
    Q_OBJECT
public:
    // Installs itself as the observer of the calling (GUI) thread; uninstalls when destroyed.
    explicit DeskWaitIndicator(QWidget *window);
    ~DeskWaitIndicator() override;

    // WriteWait's observer: seconds waited so far, or -1 when the wait is over. Returns false
    // when the user cancelled.
    bool update(int secondsWaited);

private:
    QWidget *m_window;
    QPointer<QProgressDialog> m_dialog;
};
