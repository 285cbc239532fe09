#pragma once

#include <QString>

#include <atomic>
#include <functional>

class QWidget;

// Long work off the GUI thread: runs work on a worker thread behind a window-modal progress
// dialog with Cancel (shown after 300 ms), keeps the GUI painting meanwhile, and returns when
// the work is done. work gets a progress callback (a fraction 0..1, callable from the worker)
// and the flag Cancel sets; a Database it needs is cloned inside it (a connection belongs to
// the thread that opened it).
class BackgroundJob
{
public:
    using Progress = std::function<void(double)>;
    using Work = std::function<void(const Progress &progress, const std::atomic_bool &cancel)>;

    static void run(QWidget *parent, const QString &label, const Work &work);
};
