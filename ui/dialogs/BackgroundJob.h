#pragma once

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QString>

#include <atomic>
#include <functional>

class QThread;
class QWidget;

// Long work off the GUI thread. The work runs on a worker thread and gets a progress callback (a
// fraction 0..1, callable from the worker as often as it likes) and the flag that cancel() sets;
// a Database it needs is cloned inside it (a connection belongs to the thread that opened it).
//
// - run(): behind a window-modal progress dialog with Cancel (shown after 300 ms); keeps the GUI
//   painting meanwhile and returns when the work is done.
// - start(): returns at once. progressed() and finished() arrive on the GUI thread; the job
//   deletes itself after finished(). With a label, a window-modal progress dialog with Cancel
//   is shown after 300 ms and hidden before finished() (so a message shown then is not covered).
//   Destroying the owner cancels the work and waits for it.
class BackgroundJob : public QObject
{
    Q_OBJECT
public:
    using Progress = std::function<void(double)>;
    using Work = std::function<void(const Progress &progress, const std::atomic_bool &cancel)>;

    static void run(QWidget *parent, const QString &label, const Work &work);

    // owner: parent of the job (and, if a QWidget and label is set, of the progress dialog).
    static BackgroundJob *start(QObject *owner, const Work &work, const QString &label = {},
                                const QString &title = {});
    ~BackgroundJob() override;

    void cancel() { m_cancel = true; }
    bool isCancelled() const { return m_cancel; }
    bool isRunning() const { return m_thread != nullptr; }
    // Blocks until the work has returned (finished() still follows from the event loop).
    void wait();
    QProgressDialog *progressDialog() const { return m_dialog; }

signals:
    void progressed(double fraction);
    void finished(bool cancelled);

private:
    BackgroundJob(QObject *owner, const Work &work);
    void report(double fraction);
    void done();

    Work m_work;
    QThread *m_thread = nullptr;
    QPointer<QProgressDialog> m_dialog;
    std::atomic_bool m_cancel = false;
    std::atomic<int> m_permille = 0;
    std::atomic_bool m_reportPending = false;
};
