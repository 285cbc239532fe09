// The table readers and writers on real files: golden CSV/XLSX cases (encodings, delimiters,
// RFC 4180 quoting, sparse cells, date serials), writers read back, streaming of large files.
#include "TestSupport.h"

#include "LegacyXlsxReader.h"

#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/ReadAheadDevice.h"
#include "io/TableReader.h"
#include "io/XlsxReader.h"
#include "io/XlsxCellValues.h"
#include "io/XlsxSharedStrings.h"
#include "io/XlsxSheetScanner.h"
#include "io/XlsxWriter.h"
#include "io/ZipEntryInflater.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QStringEncoder>
#include <QTest>

#include <algorithm>
#include <limits>

class tst_IoReaders : public QObject
{
    Q_OBJECT
private slots:
    void goldenCases_data();
    void goldenCases();
    void encodingOverride();
    void delimiterOverride();
    void chunkBoundariesAndLineNumbers();
    void largeFileStreams();
    void csvWriterRoundTrip();
    void xlsxWriterRoundTrip();
    void serialDates();
    void dateFormats();
    void openErrors();
    void fuzzRegressions();
    void someColumnsGoldenCases_data();
    void someColumnsGoldenCases();
    void someColumnsEdgeCases();
    void someColumnsAcrossChunks();
    void someColumnsXlsx();
    void someColumnsXlsxLongRows();
    void bytesAsTheyStand_data();
    void bytesAsTheyStand();
    void delimiterMustBeAscii();
    void readAheadDevice();
    void xlsxScannerMatchesQXmlStreamReader_data();
    void xlsxScannerMatchesQXmlStreamReader();
    void zipEntriesReadAsQuaZipReads_data();
    void zipEntriesReadAsQuaZipReads();

private:
    QTemporaryDir m_dir;
};

static QString inputOf(const QString &folder)
{
    const QStringList inputs = QDir(folder).entryList({QStringLiteral("input.*")}, QDir::Files);
    return inputs.isEmpty() ? QString() : QDir(folder).filePath(inputs.first());
}

void tst_IoReaders::goldenCases_data()
{
    QTest::addColumn<QString>("folder");
    const QDir root(TestSupport::dataPath(QStringLiteral("io")));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(cases.size() >= 12);
    for (const QString &c : cases)
        QTest::newRow(qPrintable(c)) << root.filePath(c);
}

void tst_IoReaders::goldenCases()
{
    QFETCH(QString, folder);
    const QString input = inputOf(folder);
    QVERIFY2(!input.isEmpty(), qPrintable(folder));
    QString error;
    auto reader = TableReader::open(input, {}, &error);

    QFile expectedText(QDir(folder).filePath(QStringLiteral("expected.txt")));
    if (expectedText.exists()) {
        // A damaged file: opening it or reading it to its end fails with this message.
        QVERIFY(expectedText.open(QIODevice::ReadOnly));
        const QString message = QString::fromUtf8(expectedText.readAll()).trimmed();
        QStringList cells;
        while (reader && reader->readRow(cells)) {}
        if (reader)
            error = reader->errorString();
        QVERIFY2(error.contains(message), qPrintable(QStringLiteral("got '%1'").arg(error)));
        return;
    }
    QVERIFY2(reader, qPrintable(error));

    QFile expectedJson(QDir(folder).filePath(QStringLiteral("expected.json")));
    QVERIFY(expectedJson.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(expectedJson.readAll()).object();
    QCOMPARE(reader->encodingName(), expected.value(QStringLiteral("encoding")).toString());
    const QString delimiter = expected.value(QStringLiteral("delimiter")).toString();
    QCOMPARE(reader->delimiter(), delimiter.isEmpty() ? QChar() : delimiter.at(0));
    const QJsonArray rows = expected.value(QStringLiteral("rows")).toArray();
    QStringList cells;
    for (const QJsonValue &row : rows) {
        QVERIFY2(reader->readRow(cells), qPrintable(reader->errorString()));
        QStringList want;
        for (const QJsonValue &v : row.toObject().value(QStringLiteral("cells")).toArray())
            want << v.toString();
        QCOMPARE(cells, want);
        QCOMPARE(reader->lineNumber(), row.toObject().value(QStringLiteral("line")).toInteger());
    }
    QVERIFY(!reader->readRow(cells));
    QCOMPARE(reader->errorString(), QString());
    QCOMPARE(reader->progress(), 1.0);
}

void tst_IoReaders::encodingOverride()
{
    // Bytes that are valid GB18030 *and* valid UTF-8 are taken for UTF-8 unless told otherwise.
    const QByteArray gb = QStringLiteral("链接,日期\r\n").toUtf8();
    QBuffer buffer;
    buffer.setData(gb);
    buffer.open(QIODevice::ReadOnly);
    CsvReader utf8;
    QVERIFY(utf8.open(&buffer));
    QCOMPARE(utf8.encodingName(), QStringLiteral("UTF-8"));
    QStringList cells;
    QVERIFY(utf8.readRow(cells));
    QCOMPARE(cells, QStringList({QStringLiteral("链接"), QStringLiteral("日期")}));

    const QString path = m_dir.filePath(QStringLiteral("gb.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QStringEncoder enc("GB18030");
    f.write(enc.encode(QStringLiteral("名称,数\n甲,1\n")));
    f.close();
    TableReader::Options options;
    options.encoding = TableReader::Encoding::Gb18030;
    auto reader = TableReader::open(path, options);
    QVERIFY(reader);
    QCOMPARE(reader->encodingName(), QStringLiteral("GB18030"));
    QVERIFY(reader->readRow(cells));
    QCOMPARE(cells.first(), QStringLiteral("名称"));
    // Forcing UTF-8 on GB18030 bytes yields replacement characters, not the right text.
    options.encoding = TableReader::Encoding::Utf8;
    reader = TableReader::open(path, options);
    QVERIFY(reader->readRow(cells));
    QVERIFY(cells.first() != QStringLiteral("名称"));
}

void tst_IoReaders::delimiterOverride()
{
    QBuffer buffer;
    buffer.setData("a;b,c\n1;2,3\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader detected;
    QVERIFY(detected.open(&buffer));
    QCOMPARE(detected.delimiter(), QLatin1Char(','));
    buffer.seek(0);
    CsvReader forced;
    TableReader::Options options;
    options.delimiter = QLatin1Char(';');
    QVERIFY(forced.open(&buffer, options));
    QStringList cells;
    QVERIFY(forced.readRow(cells));
    QCOMPARE(cells, QStringList({QStringLiteral("a"), QStringLiteral("b,c")}));
}

// The records are split on the file's bytes and only the cells asked for are decoded (issue
// #18). What that must not change, and the two things it reads better than decoding the whole
// text first did: a UTF-8 sequence cut off by the end of the file is a replacement character,
// not silently dropped (nor does a last line of such bytes vanish); and a cut-off sequence
// before a closing quote is text after that quote.
void tst_IoReaders::bytesAsTheyStand_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<int>>("columns"); // empty: every column
    QTest::addColumn<QString>("rows"); // cells joined by |, rows by /
    QTest::addColumn<QString>("blanks"); // with columns: each row's lastRowBlank(), 1 or 0
    QTest::addColumn<QString>("error");
    // The rows of invalid UTF-8 are read as UTF-8 (detection would take them for GB18030).

    const QString fffd(QChar(0xFFFD));
    QTest::newRow("cut off at the end")
        << QByteArray("a,b\nx,\xE5\xBC") << QList<int>() << (QStringLiteral("a|b/x|") + fffd + fffd)
        << QString() << QString();
    QTest::newRow("a last line of a cut-off sequence")
        << QByteArray("a,b\n1,2\n\xC3") << QList<int>() << (QStringLiteral("a|b/1|2/") + fffd)
        << QString() << QString();
    QTest::newRow("cut off after a closing quote")
        << QByteArray("a,b\n\"x\"\xC3") << QList<int>() << QStringLiteral("a|b") << QString()
        << QStringLiteral("line 2: unexpected text after a closing quote (a quote inside a "
                          "quoted field must be doubled)");
    QTest::newRow("invalid bytes inside a cell")
        << QByteArray("a,b\n\xFF\xC3,\xE5\xBC\xA0") << QList<int>()
        << (QStringLiteral("a|b/") + fffd + fffd + QStringLiteral("|张")) << QString() << QString();
    QTest::newRow("a second BOM is skipped too")
        << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF\xE5\xBA\x8F\xE5\x8F\xB7,b\n1,2") << QList<int>()
        << QStringLiteral("序号|b/1|2") << QString() << QString();
    QTest::newRow("a BOM inside a cell is kept")
        << QByteArray("a,b\n\xEF\xBB\xBFx,y") << QList<int>() << QStringLiteral("a|b/\uFEFFx|y")
        << QString() << QString();
    // Cells not asked for are not decoded, but their blankness is still that of their text:
    // an ideographic space is blank, a BOM is not, ="  " is two spaces, '= is "=".
    QTest::newRow("blank only in Chinese spaces")
        << QByteArray("a,b\n1,2\n,\xE3\x80\x80 \xE3\x80\x80") << QList<int>({0})
        << QStringLiteral("a|/1|/|") << QStringLiteral("001") << QString();
    QTest::newRow("a BOM is not blank")
        << QByteArray("a,b\n, \xEF\xBB\xBF") << QList<int>({0}) << QStringLiteral("a|/|")
        << QStringLiteral("00") << QString();
    QTest::newRow("formulas not asked for")
        << QByteArray("a,b\n,=\"  \"\n,'=\n,\"\"\"\"\"\"") << QList<int>({0})
        << QStringLiteral("a|/|/|/|") << QStringLiteral("0100") << QString();
    QTest::newRow("GB18030 split on its bytes")
        << QByteArray(QStringEncoder("GB18030").encode(
               QStringLiteral("名称,数\r\n\"甲,乙\",1\r\n丙;丁,2")))
        << QList<int>() << QStringLiteral("名称|数/甲,乙|1/丙;丁|2") << QString() << QString();
}

void tst_IoReaders::bytesAsTheyStand()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<int>, columns);
    QFETCH(QString, rows);
    QFETCH(QString, blanks);
    QFETCH(QString, error);
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader;
    TableReader::Options options;
    const bool gb = QByteArray(QTest::currentDataTag()).startsWith("GB18030");
    options.encoding = gb ? TableReader::Encoding::Gb18030 : TableReader::Encoding::Utf8;
    QVERIFY2(reader.open(&buffer, options), qPrintable(reader.errorString()));
    if (!columns.isEmpty())
        QVERIFY(reader.readOnlyColumns(columns));
    QStringList read, blank;
    QStringList cells;
    while (reader.readRow(cells)) {
        read.append(cells.join(QLatin1Char('|')));
        blank.append(reader.lastRowBlank() ? QStringLiteral("1") : QStringLiteral("0"));
    }
    QCOMPARE(read.join(QLatin1Char('/')), rows);
    if (!columns.isEmpty())
        QCOMPARE(blank.join(QString()), blanks);
    QCOMPARE(reader.errorString(), error);
}

void tst_IoReaders::delimiterMustBeAscii()
{
    QByteArray bytes("a\xEF\xBC\x8C"
                     "b\n");
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader;
    TableReader::Options options;
    options.delimiter = QChar(0xFF0C); // a full-width comma
    QVERIFY(!reader.open(&buffer, options));
    QCOMPARE(reader.errorString(),
             QStringLiteral("'\uFF0C' cannot be a delimiter: a CSV delimiter is one ASCII "
                            "character other than a quote or a line break"));
}

void tst_IoReaders::chunkBoundariesAndLineNumbers()
{
    // Records with multi-byte text, quoted line breaks and CRLF cross the 1 MiB chunk
    // boundaries at every offset; each comes back whole with the line it started on.
    const QString path = m_dir.filePath(QStringLiteral("chunks.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray data;
    const int rows = 80000;
    for (int i = 0; i < rows; ++i) {
        data += QStringLiteral("%1,\"第%1行\r\n第二行 \"\"q\"\"\",单位%2,\r\n")
                    .arg(i)
                    .arg(QString(i % 37, QLatin1Char('x')))
                    .toUtf8();
    }
    f.write(data);
    f.close();
    QVERIFY(data.size() > 3 * (1 << 20));
    QString error;
    auto reader = TableReader::open(path, {}, &error);
    QVERIFY2(reader, qPrintable(error));
    QStringList cells;
    for (int i = 0; i < rows; ++i) {
        QVERIFY2(reader->readRow(cells), qPrintable(reader->errorString()));
        QCOMPARE(cells.size(), 4);
        QCOMPARE(cells.at(0), QString::number(i));
        QCOMPARE(cells.at(1), QStringLiteral("第%1行\r\n第二行 \"q\"").arg(i));
        QCOMPARE(cells.at(2), QStringLiteral("单位") + QString(i % 37, QLatin1Char('x')));
        QCOMPARE(cells.at(3), QString());
        QCOMPARE(reader->lineNumber(), qint64(2 * i + 1));
    }
    QVERIFY(!reader->readRow(cells));
    QVERIFY(reader->errorString().isEmpty());
}

void tst_IoReaders::largeFileStreams()
{
    // 300,000 rows: read at speed and with a buffer that does not hold the file.
    const QString path = m_dir.filePath(QStringLiteral("large.csv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray block;
        for (int i = 0; i < 300000; ++i) {
            block += "r" + QByteArray::number(i) + ",tok" + QByteArray::number(i % 500)
                + ",2024-07-17 10:11:12,1\n";
            if (block.size() > (1 << 20)) {
                f.write(block);
                block.clear();
            }
        }
        f.write(block);
    }
    QElapsedTimer timer;
    timer.start();
    auto reader = TableReader::open(path);
    QVERIFY(reader);
    QStringList cells;
    qint64 n = 0;
    double lastProgress = 0;
    QString lastId; // readRow() leaves no cells at the end: keep the last row's id
    while (reader->readRow(cells)) {
        ++n;
        lastId = cells.at(0);
        if (n % 50000 == 0 && n < 300000) {
            QVERIFY(reader->progress() >= lastProgress);
            lastProgress = reader->progress();
        }
    }
    QCOMPARE(n, qint64(300000));
    QVERIFY2(lastProgress > 0.5 && lastProgress < 1.0, qPrintable(QString::number(lastProgress)));
    QCOMPARE(reader->lineNumber(), qint64(300000));
    QCOMPARE(lastId, QStringLiteral("r299999"));
    QVERIFY(cells.isEmpty());
    qInfo("300,000 rows read in %lld ms", timer.elapsed());
    QVERIFY(timer.elapsed() < 20000);
}

void tst_IoReaders::csvWriterRoundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("written.csv"));
    const QList<QStringList> rows = {
        {QStringLiteral("链接"), QStringLiteral("note")},
        {QStringLiteral("a,b"), QStringLiteral("say \"hi\"")},
        {QStringLiteral("multi\nline"), QStringLiteral(" padded ")},
        {QString(), QStringLiteral("plain")},
    };
    CsvWriter writer;
    QVERIFY(writer.open(path, true));
    for (const QStringList &r : rows)
        QVERIFY(writer.writeRow(r));
    QCOMPARE(writer.close(), QString());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\"a,b\",\"say \"\"hi\"\"\"\r\n"));
    QVERIFY(bytes.contains("\r\n,plain\r\n"));
    auto reader = TableReader::open(path);
    QCOMPARE(reader->encodingName(), QStringLiteral("UTF-8 (BOM)"));
    QStringList cells;
    for (const QStringList &r : rows) {
        QVERIFY(reader->readRow(cells));
        QCOMPARE(cells, r);
    }
    QVERIFY(!reader->readRow(cells));
    CsvWriter bad;
    QVERIFY(!bad.open(m_dir.filePath(QStringLiteral("no/such/dir/x.csv"))));
    QVERIFY(!bad.errorString().isEmpty());
}

void tst_IoReaders::xlsxWriterRoundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("written.xlsx"));
    XlsxWriter writer;
    QVERIFY(writer.open(path));
    QVERIFY(writer.addSheet(QStringLiteral("汇总")));
    QVERIFY(writer.writeHeader(
        {QStringLiteral("链接"), QStringLiteral("日期"), QStringLiteral("有效样本数")}));
    QVERIFY(writer.writeRow(QVariantList {QStringLiteral("00123"), QDate(2024, 7, 17), 42}));
    QVERIFY(writer.writeRow(QVariantList {QStringLiteral("ab"), QVariant(), 2.5, true}));
    QVERIFY(writer.writeRow(QStringList {QStringLiteral("x"), QStringLiteral("7")}));
    QVERIFY(writer.addSheet(QStringLiteral("second")));
    QVERIFY(writer.writeRow(QStringList {QStringLiteral("not read")}));
    QCOMPARE(writer.close(), QString());

    XlsxReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    QStringList cells;
    QVERIFY(reader.readRow(cells));
    QCOMPARE(cells,
             QStringList(
                 {QStringLiteral("链接"), QStringLiteral("日期"), QStringLiteral("有效样本数")}));
    QCOMPARE(reader.lineNumber(), 1);
    QVERIFY(reader.readRow(cells));
    QCOMPARE(
        cells,
        QStringList({QStringLiteral("00123"), QStringLiteral("2024-07-17"), QStringLiteral("42")}));
    QVERIFY(reader.readRow(cells));
    QCOMPARE(cells,
             QStringList(
                 {QStringLiteral("ab"), QString(), QStringLiteral("2.5"), QStringLiteral("TRUE")}));
    QVERIFY(reader.readRow(cells));
    QCOMPARE(cells, QStringList({QStringLiteral("x"), QStringLiteral("7")}));
    QCOMPARE(reader.lineNumber(), 4);
    QVERIFY(!reader.readRow(cells));
    QCOMPARE(reader.errorString(), QString());

    // Numbers are numeric cells (no t="s"), the header is bold: look inside the archive.
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet1.xml")});
    if (unzip.waitForFinished(10000) && unzip.exitCode() == 0) {
        const QByteArray xml = unzip.readAllStandardOutput();
        QVERIFY(xml.contains("<c r=\"C2\"><v>42</v></c>")
                || xml.contains("<c r=\"C2\" t=\"n\"><v>42</v></c>"));
    }
    XlsxWriter bad;
    QVERIFY(bad.open(m_dir.filePath(QStringLiteral("no/such/dir/x.xlsx"))) == false
            || !bad.close().isEmpty());
}

void tst_IoReaders::serialDates()
{
    QCOMPARE(XlsxReader::serialToText(45490, false), QStringLiteral("2024-07-17"));
    QCOMPARE(XlsxReader::serialToText(45490.75, true), QStringLiteral("2024-07-17 18:00:00"));
    QCOMPARE(XlsxReader::serialToText(45490.999999, true), QStringLiteral("2024-07-18 00:00:00"));
    QCOMPARE(XlsxReader::serialToText(61, false), QStringLiteral("1900-03-01"));
    QCOMPARE(XlsxReader::serialToText(44028, false, true), QStringLiteral("2024-07-17"));
}

void tst_IoReaders::dateFormats()
{
    bool time = true;
    QVERIFY(XlsxReader::isDateFormat(QStringLiteral("yyyy-mm-dd"), &time));
    QVERIFY(!time);
    QVERIFY(XlsxReader::isDateFormat(QStringLiteral("yyyy/m/d h:mm"), &time));
    QVERIFY(time);
    QVERIFY(!XlsxReader::isDateFormat(QStringLiteral("0.00"), &time));
    QVERIFY(!XlsxReader::isDateFormat(QStringLiteral("#,##0\"d\""), &time));
    QVERIFY(!XlsxReader::isDateFormat(QStringLiteral("[Red]0"), &time));
    QVERIFY(XlsxReader::isDateFormat(QStringLiteral("[$-804]yyyy\"年\"m\"月\"d\"日\""), &time));
    QVERIFY(!time);
}

void tst_IoReaders::openErrors()
{
    QString error;
    QVERIFY(!TableReader::open(m_dir.filePath(QStringLiteral("missing.csv")), {}, &error));
    QVERIFY(error.contains(QStringLiteral("missing.csv")));
    const QString fake = m_dir.filePath(QStringLiteral("fake.xlsx"));
    QFile f(fake);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("a,b\n1,2\n");
    f.close();
    error.clear();
    QVERIFY(!TableReader::open(fake, {}, &error));
    QVERIFY(error.contains(QStringLiteral("fake.xlsx")));
    error.clear();
    QVERIFY(!TableReader::open(m_dir.filePath(QStringLiteral("old.xls")), {}, &error));
    QVERIFY(error.contains(QStringLiteral(".xls")));
}

// Inputs fuzz/fuzz_xlsx_reader found (tests/data/fuzz-regressions/fuzz_xlsx_reader/README.md).
void tst_IoReaders::fuzzRegressions()
{
    const QString folder
        = TestSupport::dataPath(QStringLiteral("fuzz-regressions/fuzz_xlsx_reader"));
    QStringList cells;

    // A worksheet entry whose deflate stream is damaged: reading it failed, and readRow() asked
    // the reader for the next token for ever. Now the sheet ends with a damaged-file error.
    XlsxReader damaged;
    QVERIFY2(damaged.open(folder + QStringLiteral("/damaged-sheet-entry-hang.xlsx")),
             qPrintable(damaged.errorString()));
    int rows = 0;
    while (damaged.readRow(cells))
        QVERIFY(++rows < 100);
    QVERIFY(!damaged.errorString().isEmpty());

    // A cell reference beyond Excel's last column (XFD) overflowed int and could pad the row
    // with millions of cells. Since the sheet scanner (issue #18) such a reference is an error
    // naming the file, the sheet, the row and the cell (it was taken as no reference, and the
    // cell went where its position put it).
    XlsxReader columns;
    QVERIFY2(columns.open(folder + QStringLiteral("/column-reference-overflow.xlsx")),
             qPrintable(columns.errorString()));
    QVERIFY(!columns.readRow(cells));
    QCOMPARE(columns.errorString(),
             QStringLiteral("column-reference-overflow.xlsx, sheet “Data”, row 1, cell XFE1: the "
                            "column is beyond a sheet's last column, XFD"));
    // fuzz_xlsx_scanner_diff: a stray byte after the document element (an incomplete UTF-8
    // sequence, which QXmlStreamReader let pass) was called a truncated file. It is text outside
    // the document element, in the shared strings as in a sheet.
    QBuffer shared;
    shared.setData("<sst><si><t>x</t></si></sst>\xC6");
    QVERIFY(shared.open(QIODevice::ReadOnly));
    const auto strings = XlsxSharedStrings::read(&shared);
    QVERIFY(!strings);
    QCOMPARE(strings.error(),
             QStringLiteral("the shared strings of the workbook are damaged: text "
                            "outside the document element"));
    for (const QByteArray &after :
         {QByteArray("\xC6"), QByteArray("x"), QByteArray(" \n\xE3\x80")}) {
        QBuffer sheet;
        sheet.setData("<worksheet><sheetData><row r=\"1\"><c><v>1</v></c></row></sheetData>"
                      "</worksheet>"
                      + after);
        QVERIFY(sheet.open(QIODevice::ReadOnly));
        const XlsxCellValues values({}, {}, false);
        XlsxSheetScanner scanner(&sheet, values, QStringLiteral("s.xml"));
        QVERIFY(scanner.readRow(cells));
        QVERIFY(!scanner.readRow(cells));
        QCOMPARE(scanner.errorString(),
                 QStringLiteral("s.xml, row 1: the worksheet is damaged: "
                                "text outside the document element"));
    }

    // UBSan: a date serial past ±10^14 days overflowed the seconds (llround, then their negation).
    // No calendar has such a day: the text is empty, as for any other day QDate cannot hold.
    for (const double serial : {1e300, -1e300, 1e14, std::numeric_limits<double>::infinity(),
                                std::numeric_limits<double>::quiet_NaN()})
        QCOMPARE(XlsxCellValues::serialToText(serial, true), QString());
    QCOMPARE(XlsxCellValues::serialToText(45000.5, true), QStringLiteral("2023-03-15 12:00:00"));
}

namespace {

// A device that gives its bytes and then fails, as a zip entry with a damaged deflate stream.
class FailingDevice : public QIODevice
{
public:
    explicit FailingDevice(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {}
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_pos == m_bytes.size())
            return -1;
        const qint64 n = std::min(maxSize, m_bytes.size() - m_pos);
        memcpy(data, m_bytes.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qsizetype m_pos = 0;
};

} // namespace

// What XlsxReader inflates the sheet through: every byte in order, whatever the chunk and read
// sizes; a read error of the source after the bytes before it; finish() with chunks unread.
void tst_IoReaders::readAheadDevice()
{
    QByteArray bytes;
    for (int i = 0; i < 100000; ++i)
        bytes.append(char(i * 7919 % 251));
    for (const qint64 chunk : {1, 7, 4096, 1 << 20}) {
        QBuffer source(&bytes);
        QVERIFY(source.open(QIODevice::ReadOnly));
        ReadAheadDevice ahead(&source, chunk, 3);
        QVERIFY(ahead.open(QIODevice::ReadOnly));
        QByteArray read;
        char buffer[1000];
        for (qint64 n = 1;; n = n % 997 + 13) {
            const qint64 got = ahead.read(buffer, n);
            QVERIFY(got >= 0);
            if (got == 0)
                break;
            read.append(buffer, got);
        }
        QCOMPARE(read, bytes);
    }
    FailingDevice failing(bytes.left(5000));
    QVERIFY(failing.open(QIODevice::ReadOnly));
    ReadAheadDevice ahead(&failing, 1024, 2);
    QVERIFY(ahead.open(QIODevice::ReadOnly));
    QByteArray read;
    char buffer[700];
    qint64 got = 0;
    while ((got = ahead.read(buffer, sizeof buffer)) > 0)
        read.append(buffer, got);
    QCOMPARE(got, -1);
    QCOMPARE(read, bytes.left(5000));

    QBuffer source(&bytes);
    QVERIFY(source.open(QIODevice::ReadOnly));
    ReadAheadDevice stopped(&source, 100, 4);
    QVERIFY(stopped.open(QIODevice::ReadOnly));
    QCOMPARE(stopped.read(buffer, 10), 10);
    stopped.finish(); // the source is this thread's again
    QVERIFY(source.pos() <= 500);
    QCOMPARE(stopped.read(buffer, 10), 0);
}

// Every .xlsx under tests/data, as the programs named in each folder wrote it (Excel, WPS Office,
// LibreOffice, libxlsxwriter, 问卷星, 腾讯问卷, 金数据, Qualtrics, LimeSurvey, 问卷网, by hand),
// read by the reader before issue #18 (QXmlStreamReader, tests/support/LegacyXlsxReader) and by
// today's sheet scanner: the same rows with the same row numbers. The damaged files (xlsx_bad_*,
// the fuzz regressions) are where the two part on purpose, and are read by goldenCases and
// fuzzRegressions instead; the scanner must fail on each of them where the old reader did.
void tst_IoReaders::xlsxScannerMatchesQXmlStreamReader_data()
{
    QTest::addColumn<QString>("path");
    const QDir data(TestSupport::dataPath(QString()));
    QStringList paths;
    for (QDirIterator it(data.path(), {QStringLiteral("*.xlsx")}, QDir::Files,
                         QDirIterator::Subdirectories);
         it.hasNext();)
        paths << it.next();
    paths.sort();
    QVERIFY(paths.size() >= 25);
    for (const QString &path : paths)
        QTest::newRow(qPrintable(data.relativeFilePath(path))) << path;
}

void tst_IoReaders::xlsxScannerMatchesQXmlStreamReader()
{
    QFETCH(QString, path);
    LegacyXlsxReader before;
    XlsxReader now;
    const bool openedBefore = before.open(path);
    const bool openedNow = now.open(path);
    const bool damaged = path.contains(QLatin1String("/io/xlsx_bad_"))
        || path.contains(QLatin1String("/fuzz-regressions/"));
    QStringList cellsBefore;
    QStringList cellsNow;
    qint64 rows = 0;
    while (openedBefore && openedNow) {
        const bool gotBefore = before.readRow(cellsBefore);
        const bool gotNow = now.readRow(cellsNow);
        if (!gotBefore || !gotNow) {
            if (!damaged)
                QCOMPARE(gotNow, gotBefore);
            break;
        }
        ++rows;
        QCOMPARE(cellsNow, cellsBefore);
        QCOMPARE(now.lineNumber(), before.lineNumber());
    }
    const QString errorBefore
        = openedBefore ? before.errorString() : QStringLiteral("(open) ") + before.errorString();
    const QString errorNow
        = openedNow ? now.errorString() : QStringLiteral("(open) ") + now.errorString();
    qInfo("%lld rows; before: '%s'; now: '%s'", rows, qPrintable(errorBefore),
          qPrintable(errorNow));
    if (damaged) {
        QVERIFY2(!now.errorString().isEmpty(), "a damaged file read without an error");
        return;
    }
    QCOMPARE(openedNow, openedBefore);
    QCOMPARE(now.errorString().isEmpty(), before.errorString().isEmpty());
}

void tst_IoReaders::zipEntriesReadAsQuaZipReads_data()
{
    xlsxScannerMatchesQXmlStreamReader_data();
}

namespace {

struct EntryRead
{
    QByteArray bytes;
    bool complete = false; // read to its end, size and CRC as the archive says
};

// Every entry of the archive, name -> what reading it gave.
QMap<QString, EntryRead> readEntries(QuaZip &zip, bool withInflater)
{
    QMap<QString, EntryRead> entries;
    if (!zip.open(QuaZip::mdUnzip))
        return entries;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        EntryRead &read = entries[zip.getCurrentFileName()];
        if (withInflater) {
            ZipEntryInflater entry(&zip);
            if (!entry.open(QIODevice::ReadOnly))
                continue;
            char buffer[4096];
            qint64 n = 0;
            while ((n = entry.read(buffer, sizeof buffer)) > 0)
                read.bytes.append(buffer, n);
            read.complete = n == 0 && entry.fault() == ZipEntryInflater::Fault::None;
        } else {
            QuaZipFile entry(&zip);
            if (!entry.open(QIODevice::ReadOnly))
                continue;
            read.bytes = entry.readAll();
            const qint64 claimed = entry.usize();
            entry.close(); // checks the CRC, when every byte claimed was read
            read.complete = entry.getZipError() == UNZ_OK && read.bytes.size() == claimed;
        }
    }
    return entries;
}

} // namespace

// ZipEntryInflater reads an entry's stored bytes from the archive's file at the offset QuaZip
// finds, or through QuaZip when the archive is on a device; either way, and with bytes before
// the archive (as a self-extracting one has), every entry of every .xlsx gives what QuaZip's own
// zlib reading gives, and a damaged one fails where QuaZip finds it damaged.
void tst_IoReaders::zipEntriesReadAsQuaZipReads()
{
    QFETCH(QString, path);
    QuaZip plain(path);
    const QMap<QString, EntryRead> expected = readEntries(plain, false);
    const bool damaged = path.contains(QLatin1String("/fuzz-regressions/"))
        || path.contains(QLatin1String("/malformed/")) || path.contains(QLatin1String("/bad"));
    QVERIFY(!expected.isEmpty() || damaged);

    QuaZip byName(path);
    QFile file(path);
    QuaZip onDevice(&file);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString prefixed = dir.filePath(QStringLiteral("prefixed.xlsx"));
    QFile copy(prefixed);
    QVERIFY(file.open(QIODevice::ReadOnly) && copy.open(QIODevice::WriteOnly));
    QVERIFY(copy.write(QByteArray(37, '#') + file.readAll()) > 37);
    file.close();
    copy.close();
    QuaZip afterBytes(prefixed);
    for (QuaZip *zip : {&byName, &onDevice, &afterBytes}) {
        const QMap<QString, EntryRead> read = readEntries(*zip, true);
        QCOMPARE(read.keys(), expected.keys());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const EntryRead &got = read[it.key()];
            QVERIFY2(got.complete == it->complete, qPrintable(it.key()));
            if (it->complete)
                QVERIFY2(got.bytes == it->bytes, qPrintable(it.key()));
        }
    }
}

QTEST_GUILESS_MAIN(tst_IoReaders)
#include "tst_io_readers.moc"

// Reads input twice, whole and with only `columns`: the columns asked for come back as the
// whole read has them, the others empty, the row's blankness and line the same, and the
// record's text splits into exactly the whole row.
static void compareSomeColumns(const QString &input, const QList<int> &columns)
{
    QString error;
    auto whole = TableReader::open(input, {}, &error);
    QVERIFY2(whole, qPrintable(error));
    auto some = TableReader::open(input, {}, &error);
    QVERIFY2(some, qPrintable(error));
    QVERIFY(some->readOnlyColumns(columns));
    QStringList all, part, split;
    qint64 rows = 0;
    while (whole->readRow(all)) {
        QVERIFY2(some->readRow(part), qPrintable(some->errorString()));
        ++rows;
        QCOMPARE(part.size(), all.size());
        for (qsizetype c = 0; c < all.size(); ++c)
            QCOMPARE(part.at(c), columns.contains(int(c)) ? all.at(c) : QString());
        QCOMPARE(some->lastRowBlank(),
                 std::all_of(all.cbegin(), all.cend(),
                             [](const QString &cell) { return cell.trimmed().isEmpty(); }));
        QCOMPARE(some->lineNumber(), whole->lineNumber());
        some->splitRecord(some->lastRecord(), some->lineNumber(), split);
        QCOMPARE(split, all);
    }
    QVERIFY(!some->readRow(part));
    QCOMPARE(some->errorString(), whole->errorString());
    QVERIFY(rows > 0 || !whole->errorString().isEmpty());
}

void tst_IoReaders::someColumnsGoldenCases_data()
{
    goldenCases_data();
}

void tst_IoReaders::someColumnsGoldenCases()
{
    QFETCH(QString, folder);
    const QString input = inputOf(folder);
    // A file damaged so that it does not open (its golden expected.txt names why) has no
    // reader to ask; one that opens and fails later must fail the same way either way.
    QString error;
    if (!TableReader::open(input, {}, &error)
        && QFile::exists(QDir(folder).filePath(QStringLiteral("expected.txt")))) {
        QVERIFY(!error.isEmpty());
        return;
    }
    for (const QList<int> &columns : {QList<int> {0}, QList<int> {1, 3}, QList<int> {2, 0, 7}})
        compareSomeColumns(input, columns);
}

void tst_IoReaders::someColumnsEdgeCases()
{
    // A UTF-8 BOM, CRLF, quoted cells with line breaks, doubled quotes and delimiters, trailing
    // empty cells, rows blank only in the columns asked for, Excel text formulas and guarded
    // cells in columns not asked for, a last record without a line break.
    const QString path = m_dir.filePath(QStringLiteral("some-columns.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("\xEF\xBB\xBF"
            "id,name,note,link\r\n"
            "1,\"Zhang, San\",\"line one\r\nline \"\"two\"\"\",tok1\r\n"
            "2,,,\r\n"
            ",  ,\"x\",\r\n"
            ",=\"\",'=1,\r\n"
            ",=\"  \",,\r\n"
            ",,\"\",\r\n"
            ",,=\"\"\"\",\r\n"
            "3,\xe5\xbc\xa0,'x,\" tok3 \"\r\n"
            "\r\n"
            "4,a,b,c,,\r\n"
            "5,\"\"\"q\"\"\",\"multi\nline\",tok5");
    f.close();
    compareSomeColumns(path, {0, 3});
    compareSomeColumns(path, {3});
    compareSomeColumns(path, {1, 2});

    auto reader = TableReader::open(path);
    QVERIFY(reader);
    QVERIFY(reader->readOnlyColumns({0, 3}));
    QStringList cells;
    QVERIFY(reader->readRow(cells)); // header
    QVERIFY(reader->readRow(cells));
    QCOMPARE(cells, QStringList({QStringLiteral("1"), {}, {}, QStringLiteral("tok1")}));
    QCOMPARE(reader->lastRecord(),
             QByteArrayView("1,\"Zhang, San\",\"line one\r\nline \"\"two\"\"\",tok1"));
    QVERIFY(!reader->lastRowBlank());
    QVERIFY(reader->readRow(cells));
    QVERIFY(!reader->lastRowBlank()); // "2"
    QVERIFY(reader->readRow(cells));
    QVERIFY(!reader->lastRowBlank()); // "x" in a column not asked for
    QVERIFY(reader->readRow(cells));
    QVERIFY(!reader->lastRowBlank()); // '=1 is read as =1
    QVERIFY(reader->readRow(cells));
    QVERIFY(reader->lastRowBlank()); // ="  " is two spaces
    QVERIFY(reader->readRow(cells));
    QVERIFY(reader->lastRowBlank()); // an empty quoted cell
    QVERIFY(reader->readRow(cells));
    QVERIFY(!reader->lastRowBlank()); // ="""" is a quote
    QVERIFY(reader->readRow(cells));
    QCOMPARE(cells.at(3), QStringLiteral(" tok3 "));
    QCOMPARE(reader->lineNumber(), qint64(10));
    QVERIFY(reader->readRow(cells));
    QCOMPARE(cells.size(), 6);
    QCOMPARE(reader->lineNumber(), qint64(12));
    QVERIFY(reader->readRow(cells));
    QCOMPARE(cells.at(3), QStringLiteral("tok5"));
    QCOMPARE(reader->lastRecord(), QByteArrayView("5,\"\"\"q\"\"\",\"multi\nline\",tok5"));
    QVERIFY(!reader->readRow(cells));
    QVERIFY(reader->errorString().isEmpty());
}

// .xlsx as this program and libxlsxwriter write it (inline strings in constant-memory mode,
// shared strings otherwise), rows enough to cross the sheet scanner's buffer many times while
// it keeps each row's XML: cells white space in several ways, empty, numbers, Chinese.
void tst_IoReaders::someColumnsXlsx()
{
    for (const bool constantMemory : {true, false}) {
        const QString path
            = m_dir.filePath(QStringLiteral("some-columns-%1.xlsx").arg(constantMemory));
        XlsxWriter writer;
        writer.setConstantMemory(constantMemory);
        QVERIFY(writer.open(path));
        const QStringList spaces {QStringLiteral(" "), QStringLiteral("\u00a0"),
                                  QStringLiteral("\u3000"), QStringLiteral("\u2003 "), QString()};
        for (int i = 0; i < 12000; ++i) { // about 4 MB of XML
            QVariantList row;
            for (int c = 0; c < 12; ++c) {
                const int kind = (i * 7 + c * 3) % 11;
                if (kind < 5)
                    row << spaces.at(kind);
                else if (kind == 5)
                    row << QVariant();
                else if (kind == 6)
                    row << i * 13 + c;
                else
                    row << QStringLiteral("第%1行答案%2").arg(i).arg(QString(c, QLatin1Char('x')));
            }
            QVERIFY2(writer.writeRow(row), qPrintable(writer.errorString()));
        }
        QCOMPARE(writer.close(), QString());
        compareSomeColumns(path, {0, 3});
        compareSomeColumns(path, {11});
        compareSomeColumns(path, {});
    }
}

// A row over the 16 million characters a row may hold fails the same way when its cells are
// skipped; one whose skipped cells' bytes (UTF-8: three a character) are over that number but
// whose characters are not is read as when every cell is.
void tst_IoReaders::someColumnsXlsxLongRows()
{
    const struct
    {
        QChar character;
        int cells;
        int length;
        bool fails;
    } cases[] = {{QLatin1Char('x'), 520, 32767, true}, {QChar(0x4E2D), 200, 30000, false}};
    for (const auto &c : cases) {
        const QString path = m_dir.filePath(QStringLiteral("long-row-%1.xlsx").arg(c.fails));
        XlsxWriter writer;
        writer.setConstantMemory(true);
        QVERIFY(writer.open(path));
        QVERIFY(writer.writeRow(QStringList {QStringLiteral("编号"), QStringLiteral("说明")}));
        QVERIFY(writer.writeRow(QStringList(c.cells, QString(c.length, c.character))));
        QVERIFY(writer.writeRow(QStringList {QStringLiteral("3"), QStringLiteral("末行")}));
        QCOMPARE(writer.close(), QString());
        compareSomeColumns(path, {0});
        QString error;
        auto reader = TableReader::open(path, {}, &error);
        QVERIFY2(reader, qPrintable(error));
        QVERIFY(reader->readOnlyColumns({1}));
        QStringList cells;
        while (reader->readRow(cells)) {}
        QCOMPARE(reader->errorString().contains(QLatin1String("characters in one row")), c.fails);
    }
}

void tst_IoReaders::someColumnsAcrossChunks()
{
    // Records crossing the 1 MiB chunk boundaries at every offset, in UTF-16 and GB18030 too.
    for (const char *encoding : {"UTF-8", "UTF-16LE", "GB18030"}) {
        const QString path = m_dir.filePath(QStringLiteral("some-chunks-%1.csv").arg(encoding));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QString text;
        for (int i = 0; i < 40000; ++i) {
            text += QStringLiteral("%1,\"第%1行\r\n第二行 \"\"q\"\"\",单位%2,%3\r\n")
                        .arg(i)
                        .arg(QString(i % 37, QLatin1Char('x')))
                        .arg(i % 5 == 0 ? QString() : QStringLiteral("t%1").arg(i));
        }
        // UTF-16 as Excel saves it, with its byte order mark.
        QStringEncoder encoder(encoding,
                               qstrcmp(encoding, "UTF-16LE") == 0 ? QStringEncoder::Flag::WriteBom
                                                                  : QStringEncoder::Flag::Default);
        QVERIFY(encoder.isValid());
        const QByteArray bytes = encoder.encode(text);
        QVERIFY(bytes.size() > 2 * (1 << 20));
        f.write(bytes);
        f.close();
        compareSomeColumns(path, {0, 3});
        compareSomeColumns(path, {1});
    }
}
