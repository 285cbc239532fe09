#include "dialogs/BackgroundJob.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

BackgroundJob::BackgroundJob(QObject *owner, const Work &work)
    : QObject(owner)
    , m_work(work)
{}

BackgroundJob::~BackgroundJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
    delete m_dialog.data();
}

BackgroundJob *BackgroundJob::start(QObject *owner, const Work &work, const QString &label,
                                    const QString &title)
{
    auto *job = new BackgroundJob(owner, work);
    if (auto *parent = qobject_cast<QWidget *>(owner); parent && !label.isEmpty()) {
        auto *dialog = new QProgressDialog(
            label, QCoreApplication::translate("BackgroundJob", "Cancel"), 0, 1000, parent);
        if (!title.isEmpty())
            dialog->setWindowTitle(title);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->setMinimumDuration(300);
        dialog->setAutoClose(false);
        dialog->setAutoReset(false);
        dialog->setValue(0);
        connect(dialog, &QProgressDialog::canceled, job, &BackgroundJob::cancel);
        connect(job, &BackgroundJob::progressed, dialog,
                [dialog](double fraction) { dialog->setValue(int(fraction * 1000)); });
        job->m_dialog = dialog;
    }
    job->m_thread = QThread::create(
        [job] { job->m_work([job](double fraction) { job->report(fraction); }, job->m_cancel); });
    connect(job->m_thread, &QThread::finished, job, &BackgroundJob::done);
    job->m_thread->start();
    return job;
}

// From the worker: keeps the latest fraction and posts at most one update at a time, so a work
// that reports per row does not flood the GUI thread's queue.
void BackgroundJob::report(double fraction)
{
    m_permille = int(qBound(0.0, fraction, 1.0) * 1000);
    if (m_reportPending.exchange(true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_reportPending = false;
            emit progressed(m_permille / 1000.0);
        },
        Qt::QueuedConnection);
}

void BackgroundJob::done()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (m_dialog) {
        // Hidden now: a message shown from finished() must not sit under it.
        m_dialog->hide();
        m_dialog->deleteLater();
    }
    emit finished(m_cancel);
    deleteLater();
}

void BackgroundJob::wait()
{
    if (m_thread)
        m_thread->wait();
}

void BackgroundJob::run(QWidget *parent, const QString &label, const Work &work)
{
    QEventLoop loop;
    BackgroundJob *job = start(parent, work, label);
    connect(job, &BackgroundJob::finished, &loop, &QEventLoop::quit);
    loop.exec();
}
