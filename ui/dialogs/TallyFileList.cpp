#include "dialogs/TallyFileList.h"

#include "db/DatabaseFiles.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>

TallyFileList::TallyFileList(QWidget *parent)
    : QListWidget(parent)
{
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
}

QStringList TallyFileList::files() const
{
    QStringList list;
    for (int i = 0; i < count(); ++i)
        list << item(i)->data(Qt::UserRole).toString();
    return list;
}

void TallyFileList::addFiles(const QStringList &paths)
{
    QStringList present = files();
    bool added = false;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isFile() || present.contains(info.absoluteFilePath()))
            continue;
        auto *entry = new QListWidgetItem(info.fileName(), this);
        entry->setData(Qt::UserRole, info.absoluteFilePath());
        entry->setToolTip(QDir::toNativeSeparators(info.absoluteFilePath()));
        present.append(info.absoluteFilePath());
        added = true;
    }
    if (added)
        emit filesChanged();
}

void TallyFileList::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void TallyFileList::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void TallyFileList::dropEvent(QDropEvent *event)
{
    QStringList paths;
    QStringList refusals;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        // The open database's own files are never read by an importer (see DatabaseFiles).
        if (const QString refusal = DatabaseFiles::refusal(url.toLocalFile()); !refusal.isEmpty())
            refusals << refusal;
        else
            paths << url.toLocalFile();
    }
    addFiles(paths);
    if (!refusals.isEmpty())
        QMessageBox::warning(this, tr("Tally files"), refusals.join(QLatin1Char('\n')));
    event->acceptProposedAction();
}
