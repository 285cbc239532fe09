#pragma once

#include <QString>
#include <QStringList>

// The one convention of every import test's golden cases (tests/README.md): one folder per case
// under tests/data/<importer>/, one QTest::newRow per folder named as the folder (as Tiled's
// tests do), the files of a folder read through these functions.
namespace GoldenFolders {

// Adds the column "folder" and one row per case folder of tests/data/<area>, in name order;
// fails the test (QVERIFY) when there are fewer than minimum, so a lost folder cannot pass
// silently.
void addRows(const QString &area, int minimum);

// The files a case imports, in name order: every file except setup*, args, source* (what a
// fixture was made from) and expected*.
QStringList inputs(const QString &folder);
// A file of the case as text (UTF-8); empty when the case has none.
QString text(const QString &folder, const QString &name);
// Its non-empty lines.
QStringList lines(const QString &folder, const QString &name);
bool has(const QString &folder, const QString &name);
// The extra command-line options of the case (file args, one line), split at spaces.
QStringList args(const QString &folder);

} // namespace GoldenFolders
