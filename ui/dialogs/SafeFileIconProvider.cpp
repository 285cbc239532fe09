#include "dialogs/SafeFileIconProvider.h"

#include <QCoreApplication>
#include <QMimeDatabase>

SafeFileIconProvider *SafeFileIconProvider::instance()
{
    static SafeFileIconProvider provider;
    return &provider;
}

QIcon SafeFileIconProvider::icon(const QFileInfo &info) const
{
    if (info.isRoot())
        return icon(QAbstractFileIconProvider::Drive);
    if (info.isDir())
        return icon(QAbstractFileIconProvider::Folder);
    // MatchExtension never opens the file (QMimeDatabase's other modes may read it).
    const QMimeType mime = QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchExtension);
    const QIcon fallback = icon(QAbstractFileIconProvider::File);
    if (mime.isDefault())
        return fallback;
    return QIcon::fromTheme(mime.iconName(), QIcon::fromTheme(mime.genericIconName(), fallback));
}

QString SafeFileIconProvider::type(const QFileInfo &info) const
{
    if (info.isRoot())
        return QCoreApplication::translate("SafeFileIconProvider", "Drive");
    if (info.isDir())
        return QCoreApplication::translate("SafeFileIconProvider", "Folder");
    if (info.isSymLink() && !info.exists())
        return QCoreApplication::translate("SafeFileIconProvider", "Broken link");
    const QMimeType mime = QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchExtension);
    if (mime.isDefault()) {
        const QString suffix = info.suffix();
        return suffix.isEmpty()
            ? QCoreApplication::translate("SafeFileIconProvider", "File")
            : QCoreApplication::translate("SafeFileIconProvider", "%1 file").arg(suffix.toUpper());
    }
    return mime.comment().isEmpty() ? mime.name() : mime.comment();
}
