// Bulk import of units through secretariat-cli, one golden folder per case under
// tests/data/units/<case>/ (the convention of tests/README.md): input.csv or input.xlsx,
// optionally setup.csv (imported first) and args (extra options; REJECTS stands for a rejects
// file in a temporary folder). A case with expected.csv must import: `units list --format csv`
// minus the id column must equal it. A case with expected-messages.txt must be refused: stderr
// (FILE = the input's path) must equal it and the database must be unchanged.
#include "GoldenFolders.h"
#include "TestSupport.h"

#include "db/Database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::runCli;

namespace {
QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QString withoutIds(const QString &csv)
{
    // The list is RFC 4180 CSV; ids are the first field of each record and never quoted.
    QStringList out;
    bool inQuotes = false;
    QString record;
    for (const QChar c : csv) {
        if (c == QLatin1Char('"'))
            inQuotes = !inQuotes;
        if (c == QLatin1Char('\n') && !inQuotes) {
            if (record.endsWith(QLatin1Char('\r')))
                record.chop(1);
            out << record.mid(record.indexOf(QLatin1Char(',')) + 1);
            record.clear();
            continue;
        }
        record += c;
    }
    if (!record.isEmpty())
        out << record.mid(record.indexOf(QLatin1Char(',')) + 1);
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
} // namespace

class tst_UnitsImport : public QObject
{
    Q_OBJECT
private slots:
    void goldenCases_data();
    void goldenCases();
    void exportImportRoundTrip_data();
    void exportImportRoundTrip();
    void listUsesLatestCampaignByDefault();
    void refusedDryRunSaysSo();
    void chinesePathInTheCLocale();

private:
    QString newDb(const QString &name)
    {
        const QString location = TestSupport::newDatabaseLocation(name);
        const auto r = runCli(
            {QStringLiteral("--db"), location, QStringLiteral("campaign"), QStringLiteral("add"),
             QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--start"),
             QStringLiteral("2024-07-17"), QStringLiteral("--end"), QStringLiteral("2024-07-26")});
        if (r.exitCode != 0)
            qWarning() << r.err;
        return location;
    }
    QTemporaryDir m_tmp;
};

void tst_UnitsImport::goldenCases_data()
{
    GoldenFolders::addRows(QStringLiteral("units"), 30);
}

void tst_UnitsImport::goldenCases()
{
    QFETCH(QString, folder);
    const QDir dir(folder);
    const QString caseName = dir.dirName();
    const QString db = newDb(QStringLiteral("import-") + caseName);
    const QStringList inputs = GoldenFolders::inputs(folder);
    QCOMPARE(inputs.size(), 1);
    const QString input = dir.filePath(inputs.first());
    if (dir.exists(QStringLiteral("setup.csv"))) {
        const auto setup
            = runCli({QStringLiteral("--db"), db, QStringLiteral("units"), QStringLiteral("import"),
                      dir.filePath(QStringLiteral("setup.csv"))});
        QVERIFY2(setup.exitCode == 0, qPrintable(setup.err));
    }
    QString before;
    {
        auto d = TestSupport::openMigrated(db);
        before = TestSupport::snapshot(*d);
    }
    QStringList args
        = {QStringLiteral("--db"), db, QStringLiteral("units"), QStringLiteral("import"), input};
    const QString rejects = m_tmp.filePath(caseName + QStringLiteral(".rejects.csv"));
    for (const QString &a : GoldenFolders::args(folder))
        args << (a == QLatin1String("REJECTS") ? rejects : a);
    const auto r = runCli(args);
    QString err = r.err;
    err.replace(input, QStringLiteral("FILE"));

    if (dir.exists(QStringLiteral("expected-messages.txt"))) {
        QCOMPARE(err, readText(dir.filePath(QStringLiteral("expected-messages.txt"))));
        QCOMPARE(r.exitCode, 1);
        auto d = TestSupport::openMigrated(db);
        QCOMPARE(TestSupport::snapshot(*d), before);
        return;
    }
    QVERIFY2(r.exitCode == 0, qPrintable(err));
    if (dir.exists(QStringLiteral("expected-warnings.txt")))
        QCOMPARE(err, readText(dir.filePath(QStringLiteral("expected-warnings.txt"))));
    const auto list
        = runCli({QStringLiteral("--db"), db, QStringLiteral("units"), QStringLiteral("list"),
                  QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(withoutIds(list.out), readText(dir.filePath(QStringLiteral("expected.csv"))));
    if (dir.exists(QStringLiteral("expected-rejects.csv"))) // RejectFile's layout, FILE = input
        QCOMPARE(readText(rejects).replace(input, QStringLiteral("FILE")),
                 readText(dir.filePath(QStringLiteral("expected-rejects.csv"))));
    if (GoldenFolders::args(folder).contains(QStringLiteral("--dry-run"))) {
        auto d = TestSupport::openMigrated(db);
        QCOMPARE(TestSupport::snapshot(*d), before);
    }
}

// A dry run of a file refused as a whole (here: an unknown column) says so instead of
// "0 with problems".
// A file with a Chinese name, imported by a job that runs in the C locale (cron, containers): the
// path is found, and the messages print it as it is.
void tst_UnitsImport::chinesePathInTheCLocale()
{
    const QString db = newDb(QStringLiteral("c-locale"));
    const QString input = m_tmp.filePath(QStringLiteral("各单位名单（汇总）.csv"));
    QVERIFY(QFile::copy(
        TestSupport::dataPath(QStringLiteral("units/bad-look-alike-names/input.csv")), input));
    const QByteArray before = qgetenv("LC_ALL");
    qputenv("LC_ALL", "C");
    qputenv("LANG", "C");
    const auto r = runCli(
        {QStringLiteral("--db"), db, QStringLiteral("units"), QStringLiteral("import"), input});
    qputenv("LC_ALL", before);
    qputenv("LANG", before);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(input + QStringLiteral(":3: name: the same unit is already on line 2")),
             qPrintable(r.err));
    QVERIFY(!r.err.contains(QChar::ReplacementCharacter));
}

void tst_UnitsImport::refusedDryRunSaysSo()
{
    const QString db = newDb(QStringLiteral("refused-dry-run"));
    const QString input
        = TestSupport::dataPath(QStringLiteral("units/bad-unknown-column/input.csv"));
    const auto r = runCli({QStringLiteral("--db"), db, QStringLiteral("units"),
                           QStringLiteral("import"), input, QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("dry run: the file is refused (")), qPrintable(r.out));
    QVERIFY2(!r.out.contains(QStringLiteral("0 with problems")), qPrintable(r.out));
}

void tst_UnitsImport::exportImportRoundTrip_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("xlsx") << QStringLiteral("xlsx");
}

void tst_UnitsImport::exportImportRoundTrip()
{
    QFETCH(QString, suffix);
    const QString source
        = TestSupport::dataPath(QStringLiteral("units/valid-sql-html-metacharacters/input.csv"));
    const QString first = newDb(QStringLiteral("export-a-") + suffix);
    QCOMPARE(runCli({QStringLiteral("--db"), first, QStringLiteral("units"),
                     QStringLiteral("import"), source})
                 .exitCode,
             0);
    const QString file = m_tmp.filePath(QStringLiteral("export.") + suffix);
    const auto exported = runCli(
        {QStringLiteral("--db"), first, QStringLiteral("units"), QStringLiteral("export"), file});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const QString second = newDb(QStringLiteral("export-b-") + suffix);
    const auto imported = runCli(
        {QStringLiteral("--db"), second, QStringLiteral("units"), QStringLiteral("import"), file});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QStringList listArgs = {QStringLiteral("units"), QStringLiteral("list"),
                                  QStringLiteral("--format"), QStringLiteral("csv")};
    const QString a
        = withoutIds(runCli(QStringList {QStringLiteral("--db"), first} + listArgs).out);
    const QString b
        = withoutIds(runCli(QStringList {QStringLiteral("--db"), second} + listArgs).out);
    QCOMPARE(b, a);
    QVERIFY(a.contains(QStringLiteral("\"'; DROP TABLE units; --\""))
            || a.contains(QStringLiteral("'; DROP TABLE units; --")));
    QVERIFY(a.contains(QStringLiteral("<b>A&B \"\"C\"\"</b>")));
}

void tst_UnitsImport::listUsesLatestCampaignByDefault()
{
    const QString db = newDb(QStringLiteral("latest"));
    QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("units"), QStringLiteral("import"),
                     TestSupport::dataPath(QStringLiteral("units/valid-utf8/input.csv"))})
                 .exitCode,
             0);
    QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("campaign"), QStringLiteral("add"),
                     QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--start"),
                     QStringLiteral("2025-07-17"), QStringLiteral("--end"),
                     QStringLiteral("2025-07-26")})
                 .exitCode,
             0);
    auto r = runCli({QStringLiteral("--db"), db, QStringLiteral("units"), QStringLiteral("list"),
                     QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("id,name,kind,region,city,contact,phone,email,parent,target\n"));
    r = runCli({QStringLiteral("--db"), db, QStringLiteral("units"), QStringLiteral("list"),
                QStringLiteral("--campaign"), QStringLiteral("2024"), QStringLiteral("--format"),
                QStringLiteral("csv")});
    QCOMPARE(r.out.count(QLatin1Char('\n')), 4);
    QVERIFY(r.out.contains(QStringLiteral(
        ",深圳市网络安全协会,initiating-2,广东省,深圳市,李红,0755-86001234,sz@example.org,"
        "广东省网络安全协会,20000\n")));
    QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("units"), QStringLiteral("list"),
                     QStringLiteral("--campaign"), QStringLiteral("1999")})
                 .exitCode,
             1);
    QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("units"), QStringLiteral("import")})
                 .exitCode,
             2);
    QCOMPARE(
        runCli({QStringLiteral("--db"), db, QStringLiteral("units"), QStringLiteral("frobnicate")})
            .exitCode,
        2);
}

QTEST_GUILESS_MAIN(tst_UnitsImport)
#include "tst_units_import.moc"
