// Formula injection (OWASP "CSV Injection") at the level of the core's writers and readers:
// io/FormulaGuard, io/CsvWriter + io/CsvReader on real files, and progress/TableExport (.csv and
// .xlsx). The payload catalogue and the checks of the written files are in
// support/FormulaPayloads, which does not use FormulaGuard.
#include "FormulaPayloads.h"

#include "io/CsvWriter.h"
#include "io/FormulaGuard.h"
#include "io/TableReader.h"
#include "progress/TableExport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace FormulaPayloads;

namespace {
// Every row of a table file as our importers read it.
QList<QStringList> readBack(const QString &path)
{
    QString error;
    auto reader = TableReader::open(path, {}, &error);
    if (!reader)
        return {{error}};
    QList<QStringList> rows;
    QStringList cells;
    while (reader->readRow(cells))
        rows << cells;
    return rows;
}

// The catalogue and the harmless values as rows of three columns, each value in every column.
QList<QStringList> payloadRows()
{
    const QStringList values = catalogue() + harmless();
    QList<QStringList> rows;
    for (qsizetype i = 0; i < values.size(); ++i)
        rows << QStringList {values.at(i), values.at((i + 1) % values.size()),
                             values.at((i + 2) % values.size())};
    return rows;
}
} // namespace

class tst_CsvGuard : public QObject
{
    Q_OBJECT
private slots:
    void guardNeutralisesEveryPayload_data();
    void guardNeutralisesEveryPayload();
    void harmlessValuesAreLeftAlone();
    void unguardRemovesOnlyTheGuard();
    void csvFileRoundTrip();
    void formatRowIsGuarded();
    void tableExportKeepsNumbers();
    void xlsxHasNoFormulas();

private:
    QTemporaryDir m_tmp;
};

void tst_CsvGuard::guardNeutralisesEveryPayload_data()
{
    QTest::addColumn<QString>("payload");
    for (const QString &p : catalogue())
        QTest::newRow(qPrintable(p.toUtf8().toPercentEncoding())) << p;
}

void tst_CsvGuard::guardNeutralisesEveryPayload()
{
    QFETCH(QString, payload);
    const QString guarded = FormulaGuard::guard(payload);
    QVERIFY2(!looksLikeFormula(guarded), qPrintable(guarded));
    QVERIFY(guarded.startsWith(QLatin1Char('\'')));
    QCOMPARE(FormulaGuard::unguard(guarded), payload);
}

void tst_CsvGuard::harmlessValuesAreLeftAlone()
{
    for (const QString &h : harmless()) {
        QCOMPARE(FormulaGuard::guard(h), h);
        QCOMPARE(FormulaGuard::unguard(h), h);
    }
}

void tst_CsvGuard::unguardRemovesOnlyTheGuard()
{
    // A ' that another program wrote in front of a formula is what a spreadsheet hides too.
    QCOMPARE(FormulaGuard::unguard(QStringLiteral("'=1+1")), QStringLiteral("=1+1"));
    QCOMPARE(FormulaGuard::unguard(QStringLiteral("''=1+1")), QStringLiteral("'=1+1"));
    QCOMPARE(FormulaGuard::unguard(QStringLiteral("'  ＋主任")), QStringLiteral("  ＋主任"));
    QCOMPARE(FormulaGuard::unguard(QStringLiteral("'abc")), QStringLiteral("'abc"));
    QCOMPARE(FormulaGuard::unguard(QStringLiteral("'-5")), QStringLiteral("'-5"));
    QCOMPARE(FormulaGuard::unguard(QStringLiteral("'")), QStringLiteral("'"));
}

void tst_CsvGuard::csvFileRoundTrip()
{
    const QString path = m_tmp.filePath(QStringLiteral("payloads.csv"));
    const QList<QStringList> rows = payloadRows();
    CsvWriter writer;
    QVERIFY(writer.open(path, true));
    for (const QStringList &r : rows)
        QVERIFY(writer.writeRow(r));
    QCOMPARE(writer.close(), QString());

    const QList<QStringList> raw = readCsvFile(path);
    QCOMPARE(raw.size(), rows.size());
    QVERIFY2(formulaCells(raw).isEmpty(), qPrintable(formulaCells(raw).join(QLatin1Char('\n'))));
    QCOMPARE(readBack(path), rows);
}

void tst_CsvGuard::formatRowIsGuarded()
{
    const QString line = CsvWriter::formatRow(catalogue());
    const QList<QStringList> raw = parseCsv(line);
    QCOMPARE(raw.size(), 1);
    QCOMPARE(raw.first().size(), catalogue().size());
    QVERIFY2(formulaCells(raw).isEmpty(), qPrintable(formulaCells(raw).join(QLatin1Char('\n'))));
}

void tst_CsvGuard::tableExportKeepsNumbers()
{
    const QStringList headers {QStringLiteral("unit"), QStringLiteral("target"),
                               QStringLiteral("change"), QStringLiteral("ratio"),
                               QStringLiteral("note")};
    const QList<QVariantList> rows {
        {QStringLiteral("=1+1"), qint64(-5), -2.5, QStringLiteral("-7"), QStringLiteral("-2+3")},
        {QStringLiteral("＠SUM(1)"), 120, 0.125, QStringLiteral("1e-7"), QStringLiteral("+主任")}};
    const QList<QStringList> expected {
        headers,
        {QStringLiteral("'=1+1"), QStringLiteral("-5"), QStringLiteral("-2.5"),
         QStringLiteral("-7"), QStringLiteral("'-2+3")},
        {QStringLiteral("'＠SUM(1)"), QStringLiteral("120"), QStringLiteral("0.125"),
         QStringLiteral("1e-7"), QStringLiteral("'+主任")}};

    const QString path = m_tmp.filePath(QStringLiteral("table.csv"));
    QString error;
    QVERIFY2(TableExport::write(path, {QStringLiteral("t"), headers, rows}, &error),
             qPrintable(error));
    QCOMPARE(readCsvFile(path), expected);
    QCOMPARE(parseCsv(TableExport::toCsvText(headers, rows)), expected);
}

void tst_CsvGuard::xlsxHasNoFormulas()
{
    const QString path = m_tmp.filePath(QStringLiteral("payloads.xlsx"));
    QList<QVariantList> rows;
    for (const QStringList &r : payloadRows())
        rows << QVariantList {r.at(0), r.at(1), r.at(2)};
    const QStringList headers {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    QString error;
    QVERIFY2(TableExport::writeXlsx(path, {{QStringLiteral("t"), headers, rows}}, &error),
             qPrintable(error));
    QString xml;
    const QStringList withFormulas = xlsxEntriesWithFormulas(path, &xml);
    QVERIFY2(withFormulas.isEmpty(), qPrintable(withFormulas.join(QLatin1Char(' '))));
    QVERIFY(xml.contains(QStringLiteral("SUM(1+9)*cmd|")));
    const QList<QStringList> back = readBack(path);
    QCOMPARE(back.size(), rows.size() + 1);
    for (qsizetype i = 0; i < rows.size(); ++i)
        QCOMPARE(back.at(i + 1).value(0), rows.at(i).at(0).toString());
}

QTEST_GUILESS_MAIN(tst_CsvGuard)
#include "tst_csv_guard.moc"
