#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QFileDialog;
class QWidget;

// Every file and folder chooser of the program, instead of QFileDialog's static functions.
//
// Each is Qt's own dialog (never the platform's "native" one) with SafeFileIconProvider, so that
// listing a folder never opens the files in it. Why: the GTK dialog of Qt's gtk3 platform theme
// runs inside this process and asks GIO for each file's content type, which reads the first
// bytes of any file whose name does not settle its type (the database's -wal and -shm files);
// KDE's dialog, also in-process, asks QMimeDatabase, which does the same. Closing such a
// descriptor drops SQLite's locks on the file (see DatabaseFiles). Out-of-process portal dialogs
// would be safe, but whether one is used is the desktop's choice, not ours.
//
// A file chosen that belongs to the open database (the database, -wal, -shm, -journal) is
// refused with a message and the dialog shown again: no import reads it, no export overwrites it.
//
// Each function returns the chosen path(s), or an empty string/list when the user cancelled.
// dir is the folder to start in (empty: the current folder); filter as QFileDialog takes it.
class FileDialog
{
public:
    static QString openFileName(QWidget *parent, const QString &caption, const QString &dir = {},
                                const QString &filter = {});
    static QStringList openFileNames(QWidget *parent, const QString &caption,
                                     const QString &dir = {}, const QString &filter = {});
    // selectedFilter, when given, receives the filter the user chose.
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &dir = {},
                                const QString &filter = {}, QString *selectedFilter = nullptr);
    static QString existingDirectory(QWidget *parent, const QString &caption,
                                     const QString &dir = {});
    // For File → Open Database: as openFileName, but an open database file itself may be
    // chosen (SQLite opens it, nothing else); its -wal, -shm and -journal files may not.
    static QString openDatabaseName(QWidget *parent, const QString &caption,
                                    const QString &dir = {}, const QString &filter = {});

    // For tests: called with each dialog once it is shown, inside its event loop; the hook may
    // inspect it and accept or reject it. Pass nullptr to remove.
    using ShownHook = std::function<void(QFileDialog *)>;
    static void setShownHook(ShownHook hook);

private:
    static QStringList run(QFileDialog &dialog, bool allowDatabase = false);
};
