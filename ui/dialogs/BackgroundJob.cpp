#include "dialogs/BackgroundJob.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

void BackgroundJob::run(QWidget *parent, const QString &label, const Work &work)
{
    std::atomic_bool cancel = false;
    QProgressDialog progress(label, QCoreApplication::translate("BackgroundJob", "Cancel"), 0, 1000,
                             parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const QPointer<QProgressDialog> guard(&progress);
    const Progress report = [guard](double fraction) {
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, fraction] {
                if (guard)
                    guard->setValue(int(fraction * 1000));
            },
            Qt::QueuedConnection);
    };
    QThread *worker = QThread::create([&] { work(report, cancel); });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, [&cancel] { cancel = true; });
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    progress.reset();
}
