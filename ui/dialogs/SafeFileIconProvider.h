#pragma once

#include <QFileIconProvider>

// The icons and the type column of every file dialog of the program, told from the file's name
// alone and never from its contents.
//
// Why: Qt's own provider (and the platform themes') asks QMimeDatabase for a file's type, which
// opens and reads any file whose name does not settle it: the database's -wal and -shm files,
// and on some systems the database itself. Closing that descriptor drops every POSIX lock the
// process holds on the file, SQLite's included (see DatabaseFiles). This provider only stat()s.
class SafeFileIconProvider : public QFileIconProvider
{
public:
    // The one shared instance, for QFileDialog::setIconProvider (which does not take ownership).
    static SafeFileIconProvider *instance();

    using QFileIconProvider::icon;
    // A folder, drive or file icon; for a file, the theme's icon of the type its name suggests.
    QIcon icon(const QFileInfo &info) const override;
    // "Folder" for a folder; for a file, the description of the type its extension suggests.
    QString type(const QFileInfo &info) const override;
};
