#include "db/DatabaseFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <sys/stat.h>
#include <unistd.h>

namespace {
struct Registry
{
    QMutex mutex;
    QHash<QString, int> openCounts; // absolute path of the database file -> connections
};

Registry &registry()
{
    static Registry r;
    return r;
}

QString absoluteClean(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

struct FileId
{
    dev_t device = 0;
    ino_t inode = 0;
    bool valid = false;
};

FileId fileId(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return {st.st_dev, st.st_ino, true};
}

bool sameFile(const FileId &a, const FileId &b)
{
    return a.valid && b.valid && a.device == b.device && a.inode == b.inode;
}

// Whether a /proc/locks range, its first and last byte as printed ("EOF": to the end), covers
// byte.
bool covers(const QByteArray &first, const QByteArray &last, qint64 byte)
{
    bool ok = false;
    const qint64 from = first.toLongLong(&ok);
    if (!ok || byte < from)
        return false;
    if (last == "EOF")
        return true;
    const qint64 to = last.toLongLong(&ok);
    return ok && byte <= to;
}
} // namespace

void DatabaseFiles::registerOpen(const QString &path)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    ++r.openCounts[absoluteClean(path)];
}

void DatabaseFiles::unregisterOpen(const QString &path)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    const QString key = absoluteClean(path);
    auto it = r.openCounts.find(key);
    if (it != r.openCounts.end() && --it.value() <= 0)
        r.openCounts.erase(it);
}

QStringList DatabaseFiles::openDatabases()
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    return r.openCounts.keys();
}

QStringList DatabaseFiles::companions(const QString &path)
{
    return {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
            path + QStringLiteral("-journal")};
}

bool DatabaseFiles::isDatabaseFile(const QString &path)
{
    if (path.isEmpty())
        return false;
    const QStringList open = openDatabases();
    if (open.isEmpty())
        return false;
    const QString wanted = absoluteClean(path);
    const FileId wantedId = fileId(wanted);
    for (const QString &database : std::as_const(open)) {
        for (const QString &file : companions(database)) {
            // By name, for a companion that does not exist yet (-journal); by inode, for the
            // same file under another name.
            if (file == wanted || sameFile(fileId(file), wantedId))
                return true;
        }
    }
    return false;
}

QString DatabaseFiles::refusal(const QString &path)
{
    if (!isDatabaseFile(path))
        return {};
    return QCoreApplication::translate(
               "DatabaseFiles",
               "%1 belongs to the open database. The program never opens the database's own "
               "files except through the database itself, as doing so could damage them. "
               "Choose another file.")
        .arg(QDir::toNativeSeparators(path));
}

int DatabaseFiles::locksHeld(const QString &path, qint64 byte)
{
    const FileId id = fileId(path);
    if (!id.valid)
        return 0;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    // A line: "1: POSIX  ADVISORY  READ 1234 08:01:5678 1073741826 1073742335"; a waiting
    // request has "->" after the number. Matched on the inode alone: on overlay and container
    // file systems the device the kernel prints is not always the one stat() gives.
    const QByteArray pid = QByteArray::number(QCoreApplication::applicationPid());
    const QByteArray inodeSuffix = ':' + QByteArray::number(qulonglong(id.inode));
    int count = 0;
    const QList<QByteArray> lines = locks.readAll().split('\n');
    for (const QByteArray &line : lines) {
        QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() > 1 && fields.at(1) == "->")
            continue; // a request still waiting holds nothing
        if (fields.size() >= 8 && fields.at(1) == "POSIX" && fields.at(4) == pid
            && fields.at(5).endsWith(inodeSuffix) && fields.at(5).count(':') == 2
            && (byte < 0 || covers(fields.at(6), fields.at(7), byte)))
            ++count;
    }
    return count;
}
