// Formula injection (OWASP "CSV Injection") end to end, on both backends: units whose every text
// field carries a payload (support/FormulaPayloads), links labelled with payloads, a tally file
// with a payload name and payload rows; then every CSV the CLI writes or prints is parsed from
// disk (no cell a spreadsheet would take for a formula), every .xlsx export is unzipped (no <f>
// element), and exports are imported again (values identical).
#include "FormulaPayloads.h"
#include "TestSupport.h"

#include "io/CsvWriter.h"
#include "io/FormulaGuard.h"
#include "io/TableReader.h"
#include "progress/TableExport.h"

#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace FormulaPayloads;
using TestSupport::runCli;

namespace {
const QString kYear = QStringLiteral("2024");

QString unitName(int i)
{
    return catalogue().at(i) + QStringLiteral(" 单位%1").arg(i);
}

// The units file: one unit per payload, the name, city, contact and position holding payloads,
// e-mails starting with - or +, every unit after the first recommended by the first (parent).
QList<QVariantList> unitRows()
{
    const QStringList p = catalogue();
    const QStringList emailStarts {QStringLiteral("-2+3-"), QStringLiteral("+cmd-"),
                                   QStringLiteral("-"), QStringLiteral("+")};
    QList<QVariantList> rows;
    for (int i = 0; i < p.size(); ++i) {
        const QString kind = i == 0 ? QStringLiteral("initiating-1")
            : i % 2                 ? QStringLiteral("initiating-2")
                                    : QStringLiteral("supporting");
        rows << QVariantList {unitName(i),
                              kind,
                              QStringLiteral("广东省"),
                              p.at((i + 1) % p.size()),
                              p.at((i + 2) % p.size()),
                              QStringLiteral("138%1").arg(i, 8, 10, QLatin1Char('0')),
                              QStringLiteral("%1%2@evil.example").arg(emailStarts.at(i % 4)).arg(i),
                              p.at((i + 3) % p.size()),
                              i == 0 ? QString() : unitName(0),
                              100 * i};
    }
    return rows;
}

QStringList unitColumns()
{
    return {QStringLiteral("name"),  QStringLiteral("kind"),     QStringLiteral("region"),
            QStringLiteral("city"),  QStringLiteral("contact"),  QStringLiteral("phone"),
            QStringLiteral("email"), QStringLiteral("position"), QStringLiteral("parent"),
            QStringLiteral("target")};
}

// Records of a CSV list minus its first column (ids differ between databases).
QList<QStringList> withoutIds(QList<QStringList> rows)
{
    for (QStringList &r : rows)
        r.removeFirst();
    return rows;
}

bool writeText(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) > 0;
}
} // namespace

class tst_CsvExports : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void csvExportsHoldNoFormulas_data();
    void csvExportsHoldNoFormulas();
    void xlsxExportsHoldNoFormulas_data();
    void xlsxExportsHoldNoFormulas();
    void unitsRoundTrip_data();
    void unitsRoundTrip();
    void targetsRoundTrip();

private:
    QStringList cli(const QStringList &arguments) const
    {
        return QStringList {QStringLiteral("--db"), m_db} + arguments;
    }
    QString newDb(const QString &name) const;
    void importUnits();
    void issueLinks();
    void importTallies();
    QList<QStringList> listCsv(const QString &db, const QStringList &arguments) const;

    QTemporaryDir m_tmp;
    QString m_db;
    QList<qint64> m_unitIds;
    QStringList m_tokens;
};

QString tst_CsvExports::newDb(const QString &name) const
{
    const QString location = TestSupport::newDatabaseLocation(name);
    const auto r = runCli(
        {QStringLiteral("--db"), location, QStringLiteral("campaign"), QStringLiteral("add"),
         QStringLiteral("--year"), kYear, QStringLiteral("--start"), QStringLiteral("2024-07-17"),
         QStringLiteral("--end"), QStringLiteral("2024-07-26"), QStringLiteral("--base-url"),
         QStringLiteral("https://survey.example.org/2024?src=")});
    if (r.exitCode != 0)
        qWarning() << r.err;
    return location;
}

QList<QStringList> tst_CsvExports::listCsv(const QString &db, const QStringList &arguments) const
{
    const auto r = runCli(QStringList {QStringLiteral("--db"), db} + arguments);
    if (r.exitCode != 0)
        qWarning() << arguments << r.err;
    return parseCsv(r.out);
}

void tst_CsvExports::importUnits()
{
    const QString file = m_tmp.filePath(QStringLiteral("units.xlsx"));
    QString error;
    QVERIFY2(TableExport::writeXlsx(file, {{QStringLiteral("units"), unitColumns(), unitRows()}},
                                    &error),
             qPrintable(error));
    const auto r = runCli(cli({QStringLiteral("units"), QStringLiteral("import"), file}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QList<QStringList> list = listCsv(m_db,
                                            {QStringLiteral("units"), QStringLiteral("list"),
                                             QStringLiteral("--format"), QStringLiteral("csv")});
    for (qsizetype i = 1; i < list.size(); ++i)
        m_unitIds << list.at(i).first().toLongLong();
    QCOMPARE(m_unitIds.size(), catalogue().size());
}

void tst_CsvExports::issueLinks()
{
    const QStringList labels = catalogue();
    for (int i = 0; i < labels.size(); ++i) {
        const auto r = runCli(cli({QStringLiteral("links"), QStringLiteral("issue"),
                                   QStringLiteral("--campaign"), kYear, QStringLiteral("--unit"),
                                   QString::number(m_unitIds.at(i)), QStringLiteral("--count"),
                                   QStringLiteral("1"), QStringLiteral("--label"), labels.at(i)}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_tokens << r.out.section(QLatin1Char('\t'), 0, 0).trimmed();
    }
}

void tst_CsvExports::importTallies()
{
    // A daily file named like a formula, with rows whose link is a payload (unknown links).
    QStringList lines {QStringLiteral("链接,日期,有效样本数")};
    for (int i = 0; i < m_tokens.size(); ++i)
        lines << QStringLiteral("%1,2024-07-17,%2").arg(m_tokens.at(i)).arg(i + 1);
    for (const QString &p : catalogue().mid(0, 6))
        lines << CsvWriter::formatRow({p, QStringLiteral("2024-07-18"), QStringLiteral("1")});
    const QString file = m_tmp.filePath(QStringLiteral("@SUM(1+1)*cmd.csv"));
    QVERIFY(writeText(file, lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")));
    const auto r = runCli(
        cli({QStringLiteral("tallies"), QStringLiteral("import"), file, QStringLiteral("--kind"),
             QStringLiteral("daily"), QStringLiteral("--skip-invalid"), QStringLiteral("--rejects"),
             m_tmp.filePath(QStringLiteral("tallies.rejects.csv"))}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
}

void tst_CsvExports::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_db = newDb(QStringLiteral("csv-exports"));
    importUnits();
    issueLinks();
    importTallies();
    auto r = runCli(cli({QStringLiteral("letters"), QStringLiteral("issue"),
                         QStringLiteral("--campaign"), kYear, QStringLiteral("--all")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(writeText(m_tmp.filePath(QStringLiteral("letters-issue.out")), r.out));
    r = runCli(cli({QStringLiteral("grades"), QStringLiteral("--campaign"), kYear,
                    QStringLiteral("--apply")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void tst_CsvExports::csvExportsHoldNoFormulas_data()
{
    // The rows of every CSV, and whether payloads must show in it (some guarded cell).
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("carriesPayloads");
    const QString year = kYear;
    auto add = [](const char *name, const QString &file, const QStringList &args, bool payloads) {
        QTest::newRow(name) << file << args << payloads;
    };
    add("units export", QStringLiteral("units.csv"),
        {QStringLiteral("units"), QStringLiteral("export"), QStringLiteral("FILE")}, true);
    add("units list", QString(),
        {QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--format"),
         QStringLiteral("csv")},
        true);
    add("units rejects", QStringLiteral("units.rejects.csv"),
        {QStringLiteral("units"), QStringLiteral("import"), QStringLiteral("BAD"),
         QStringLiteral("--skip-invalid"), QStringLiteral("--rejects"), QStringLiteral("FILE")},
        true);
    add("links export", QStringLiteral("links.csv"),
        {QStringLiteral("links"), QStringLiteral("export"), QStringLiteral("FILE")}, true);
    add("links list", QString(),
        {QStringLiteral("links"), QStringLiteral("list"), QStringLiteral("--format"),
         QStringLiteral("csv")},
        true);
    add("letters issue", QStringLiteral("letters-issue.out"), {}, true);
    add("letters list", QString(),
        {QStringLiteral("letters"), QStringLiteral("list"), QStringLiteral("--format"),
         QStringLiteral("csv")},
        true);
    add("tallies rejects", QStringLiteral("tallies.rejects.csv"), {}, true);
    add("tallies history", QString(),
        {QStringLiteral("tallies"), QStringLiteral("history"), QStringLiteral("--format"),
         QStringLiteral("csv")},
        true);
    add("progress", QString(), {QStringLiteral("progress")}, true);
    add("daily", QString(), {QStringLiteral("daily")}, true);
    add("grades", QString(), {QStringLiteral("grades")}, true);
    add("commendations", QStringLiteral("commendations.csv"),
        {QStringLiteral("commendations"), QStringLiteral("--out"), QStringLiteral("FILE")}, false);
    add("campaign list", QString(),
        {QStringLiteral("campaign"), QStringLiteral("list"), QStringLiteral("--format"),
         QStringLiteral("csv")},
        false);
}

void tst_CsvExports::csvExportsHoldNoFormulas()
{
    QFETCH(QString, file);
    QFETCH(QStringList, arguments);
    QFETCH(bool, carriesPayloads);
    const QString path = file.isEmpty() ? QString() : m_tmp.filePath(file);
    arguments.replaceInStrings(QStringLiteral("FILE"), path);
    if (arguments.contains(QStringLiteral("BAD"))) {
        // Every row has a bad phone: all of them go to the rejects file.
        QList<QVariantList> rows = unitRows();
        for (QVariantList &r : rows)
            r[5] = QStringLiteral("12345");
        const QString bad = m_tmp.filePath(QStringLiteral("bad-units.xlsx"));
        QVERIFY(TableExport::writeXlsx(bad, {{QStringLiteral("units"), unitColumns(), rows}}));
        arguments.replaceInStrings(QStringLiteral("BAD"), bad);
    }
    QList<QStringList> rows;
    if (!arguments.isEmpty()) {
        const auto r = runCli(cli(arguments));
        QVERIFY2(r.exitCode == 0 || arguments.contains(QStringLiteral("--skip-invalid")),
                 qPrintable(r.err));
        rows = path.isEmpty() ? parseCsv(r.out) : readCsvFile(path);
    } else {
        rows = readCsvFile(path);
    }
    QVERIFY2(rows.size() > (carriesPayloads ? 1 : 0), qPrintable(file));
    const QStringList formulas = formulaCells(rows);
    QVERIFY2(formulas.isEmpty(), qPrintable(formulas.join(QLatin1Char('\n'))));
    if (carriesPayloads)
        QVERIFY2(guardedCells(rows) > 0, "no payload reached this export");
}

void tst_CsvExports::xlsxExportsHoldNoFormulas_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("units export") << QStringList {QStringLiteral("units"), QStringLiteral("export"),
                                                  QStringLiteral("FILE")};
    QTest::newRow("links export") << QStringList {QStringLiteral("links"), QStringLiteral("export"),
                                                  QStringLiteral("FILE")};
    QTest::newRow("commendations") << QStringList {QStringLiteral("commendations"),
                                                   QStringLiteral("--out"), QStringLiteral("FILE")};
}

void tst_CsvExports::xlsxExportsHoldNoFormulas()
{
    QFETCH(QStringList, arguments);
    const QString path = m_tmp
                             .filePath(arguments.first() + QLatin1Char('-')
                                       + QTest::currentDataTag() + QStringLiteral(".xlsx"))
                             .replace(QLatin1Char(' '), QLatin1Char('-'));
    arguments.replaceInStrings(QStringLiteral("FILE"), path);
    const auto r = runCli(cli(arguments));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QString xml;
    const QStringList withFormulas = xlsxEntriesWithFormulas(path, &xml);
    QVERIFY2(withFormulas.isEmpty(), qPrintable(withFormulas.join(QLatin1Char(' '))));
    if (arguments.first() != QLatin1String("commendations"))
        QVERIFY(xml.contains(QStringLiteral("SUM(1+9)*cmd|")));
}

void tst_CsvExports::unitsRoundTrip_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("xlsx") << QStringLiteral("xlsx");
}

void tst_CsvExports::unitsRoundTrip()
{
    QFETCH(QString, suffix);
    const QString file = m_tmp.filePath(QStringLiteral("roundtrip.") + suffix);
    auto r = runCli(cli({QStringLiteral("units"), QStringLiteral("export"), file}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString second = newDb(QStringLiteral("csv-roundtrip-") + suffix);
    r = runCli(
        {QStringLiteral("--db"), second, QStringLiteral("units"), QStringLiteral("import"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList list {QStringLiteral("units"), QStringLiteral("list"),
                            QStringLiteral("--format"), QStringLiteral("csv")};
    const QList<QStringList> a = withoutIds(listCsv(m_db, list));
    QCOMPARE(withoutIds(listCsv(second, list)), a);
    // And the values are the payloads themselves (import trims the cells).
    QStringList names;
    for (const QStringList &row : a.mid(1))
        names << FormulaGuard::unguard(row.first());
    for (int i = 0; i < catalogue().size(); ++i)
        QVERIFY2(names.contains(unitName(i).trimmed()), qPrintable(unitName(i)));
}

void tst_CsvExports::targetsRoundTrip()
{
    // The progress list saved as a file and read by our reader; each target raised by 7 and
    // written to a targets file that the target importer reads back.
    const auto progress = runCli(cli({QStringLiteral("progress")}));
    QCOMPARE(progress.exitCode, 0);
    const QString progressFile = m_tmp.filePath(QStringLiteral("progress.csv"));
    QVERIFY(writeText(progressFile, progress.out));
    const QList<QStringList> raw = parseCsv(progress.out);
    const int unitColumn = raw.first().indexOf(QStringLiteral("unit"));
    const int targetColumn = raw.first().indexOf(QStringLiteral("target"));
    QVERIFY(unitColumn >= 0 && targetColumn >= 0);
    QVERIFY(guardedCells(raw) > 0);

    QString error;
    auto reader = TableReader::open(progressFile, {}, &error);
    QVERIFY2(reader, qPrintable(error));
    const QString file = m_tmp.filePath(QStringLiteral("targets.csv"));
    CsvWriter writer;
    QVERIFY(writer.open(file, true));
    writer.writeRow({QStringLiteral("unit"), QStringLiteral("target")});
    QMap<QString, qint64> expected; // by the unit cell as progress prints it
    QStringList cells;
    for (qsizetype i = 0; reader->readRow(cells); ++i) {
        if (i == 0)
            continue;
        const qint64 target = cells.at(targetColumn).toLongLong() + 7;
        expected.insert(raw.at(i).at(unitColumn), target);
        writer.writeRow({cells.at(unitColumn), QString::number(target)});
    }
    QCOMPARE(writer.close(), QString());
    QCOMPARE(expected.size(), catalogue().size());

    const auto r = runCli(cli({QStringLiteral("targets"), QStringLiteral("import"), file}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QList<QStringList> after = parseCsv(runCli(cli({QStringLiteral("progress")})).out);
    QCOMPARE(after.size(), raw.size());
    for (const QStringList &row : after.mid(1))
        QCOMPARE(row.at(targetColumn).toLongLong(), expected.value(row.at(unitColumn), -1));
}

QTEST_GUILESS_MAIN(tst_CsvExports)
#include "tst_csv_exports.moc"
