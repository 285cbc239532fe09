#pragma once

// What the harnesses share: a Qt application object (SQL drivers and QTemporaryDir need one)
// and the bytes written to a file, for readers that only read files.

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace FuzzSupport {

// Made once, in LLVMFuzzerInitialize; libFuzzer's argc and argv outlive it.
inline void startApplication(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
}

// One folder for the whole run, so every input costs one file write, not a directory.
inline QString scratchFolder()
{
    static QTemporaryDir dir;
    return dir.path();
}

// Writes the input to <scratch>/input.<suffix> and returns the path.
inline QString writeInput(const uint8_t *data, size_t size, const QString &suffix)
{
    const QString path = scratchFolder() + QStringLiteral("/input.") + suffix;
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    return path;
}

} // namespace FuzzSupport
