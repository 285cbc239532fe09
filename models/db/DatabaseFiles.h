#pragma once

#include <QString>
#include <QStringList>

// The files SQLite keeps for each database file this process has open (the database and its
// -wal, -shm and -journal files), and the POSIX locks the process holds on them.
//
// Why: on Linux, closing *any* descriptor of a file releases every POSIX lock the process holds
// on it, SQLite's included ("How To Corrupt An SQLite Database File", §2.2,
// https://www.sqlite.org/howtocorrupt.html). A file dialog that sniffs the database's contents to
// tell its type, an importer or image loader handed the database by mistake, a hash of it: each
// silently drops SQLite's locks, and the next program on the file believes it is alone and
// deletes the -wal and -shm files still in use. So nothing in this program may open those files
// other than SQLite itself: every place that opens a file a user named asks refusal() first.
//
// Thread-safe. Database registers its SQLite file on open and unregisters it on close.
class DatabaseFiles
{
public:
    // Adds/removes one open connection to the SQLite file at path (reference-counted: a worker
    // thread's clone registers the same file again).
    static void registerOpen(const QString &path);
    static void unregisterOpen(const QString &path);

    // The database files open in this process, as absolute paths.
    static QStringList openDatabases();

    // True when path names an open database's file, its -wal, -shm or -journal file (also
    // through another name: a hard or symbolic link is matched by device and inode). Uses stat()
    // only, never open().
    static bool isDatabaseFile(const QString &path);

    // Empty when path may be opened; otherwise a translated message for the user that names the
    // file and says to choose another one. Call before opening a file the user named, to read it
    // or to write it.
    static QString refusal(const QString &path);

    // The names of the files SQLite keeps beside the database file at path: the file itself,
    // path-wal, path-shm and path-journal.
    static QStringList companions(const QString &path);

    // How many POSIX lock records this process holds on the file at path, read from /proc/locks
    // (0 when the file does not exist; -1 where /proc/locks cannot be read, i.e. not on Linux);
    // with byte >= 0, only those that cover that byte offset.
    static int locksHeld(const QString &path, qint64 byte = -1);

    // The bytes SQLite's unix VFS (os_unix.c) keeps locked while a connection is open in WAL
    // mode: the start of the SHARED range of the database file (PENDING_BYTE + 2), and the
    // "dead-man switch" of the -shm file (UNIX_SHM_DMS: (22 + 8) * 4 + 8). The -shm file's
    // other bytes, 120–127, are locked by each read or write transaction for its duration.
    static constexpr qint64 kSharedLockByte = 0x40000002;
    static constexpr qint64 kShmDeadManByte = 128;
};
