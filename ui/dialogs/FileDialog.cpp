#include "dialogs/FileDialog.h"

#include "db/DatabaseFiles.h"
#include "dialogs/SafeFileIconProvider.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

namespace {
FileDialog::ShownHook &shownHook()
{
    static FileDialog::ShownHook hook;
    return hook;
}

void prepare(QFileDialog &dialog)
{
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(SafeFileIconProvider::instance());
}
} // namespace

void FileDialog::setShownHook(ShownHook hook)
{
    shownHook() = std::move(hook);
}

QStringList FileDialog::run(QFileDialog &dialog, bool allowDatabase)
{
    prepare(dialog);
    for (;;) {
        if (shownHook())
            QTimer::singleShot(0, &dialog, [&dialog] {
                if (shownHook())
                    shownHook()(&dialog);
            });
        if (dialog.exec() != QDialog::Accepted)
            return {};
        const QStringList chosen = dialog.selectedFiles();
        QString refusal;
        for (const QString &path : chosen) {
            if (allowDatabase
                && DatabaseFiles::openDatabases().contains(QFileInfo(path).absoluteFilePath()))
                continue;
            refusal = DatabaseFiles::refusal(path);
            if (!refusal.isEmpty())
                break;
        }
        if (refusal.isEmpty())
            return chosen;
        QMessageBox::warning(dialog.parentWidget(), dialog.windowTitle(), refusal);
    }
}

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &dir,
                                 const QString &filter)
{
    QFileDialog dialog(parent, caption, dir, filter);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return run(dialog).value(0);
}

QString FileDialog::openDatabaseName(QWidget *parent, const QString &caption, const QString &dir,
                                     const QString &filter)
{
    QFileDialog dialog(parent, caption, dir, filter);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return run(dialog, true).value(0);
}

QStringList FileDialog::openFileNames(QWidget *parent, const QString &caption, const QString &dir,
                                      const QString &filter)
{
    QFileDialog dialog(parent, caption, dir, filter);
    dialog.setFileMode(QFileDialog::ExistingFiles);
    return run(dialog);
}

QString FileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                 const QString &filter, QString *selectedFilter)
{
    QFileDialog dialog(parent, caption, dir, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    if (selectedFilter && !selectedFilter->isEmpty())
        dialog.selectNameFilter(*selectedFilter);
    const QString path = run(dialog).value(0);
    if (selectedFilter && !path.isEmpty())
        *selectedFilter = dialog.selectedNameFilter();
    return path;
}

QString FileDialog::existingDirectory(QWidget *parent, const QString &caption, const QString &dir)
{
    QFileDialog dialog(parent, caption, dir);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    return run(dialog).value(0);
}
