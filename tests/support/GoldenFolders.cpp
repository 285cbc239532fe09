#include "GoldenFolders.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace GoldenFolders {

void addRows(const QString &area, int minimum)
{
    QTest::addColumn<QString>("folder");
    const QDir root(TestSupport::dataPath(area));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(cases.size() >= minimum,
             qPrintable(QStringLiteral("%1 holds %2 case folders, expected at least %3")
                            .arg(root.path())
                            .arg(cases.size())
                            .arg(minimum)));
    for (const QString &c : cases)
        QTest::newRow(qPrintable(c)) << root.filePath(c);
}

QStringList inputs(const QString &folder)
{
    QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    files.removeIf([](const QString &f) {
        return f.startsWith(QLatin1String("expected")) || f.startsWith(QLatin1String("setup"))
            || f.startsWith(QLatin1String("source")) || f == QLatin1String("args");
    });
    return files;
}

QString text(const QString &folder, const QString &name)
{
    QFile f(QDir(folder).filePath(name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QStringList lines(const QString &folder, const QString &name)
{
    return text(folder, name).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

bool has(const QString &folder, const QString &name)
{
    return QDir(folder).exists(name);
}

QStringList args(const QString &folder)
{
    return text(folder, QStringLiteral("args"))
        .simplified()
        .split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace GoldenFolders
