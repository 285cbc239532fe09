// Files made from links, read back with the tools people and platforms use: QR PNGs decoded with
// zbarimg, posters read with pdftotext (and the PNG poster's QR decoded), the platform export as
// CSV and .xlsx (unzipped and parsed).
#include "LinksTestData.h"
#include "TestSupport.h"

#include "io/TableReader.h"
#include "links/LinkExporter.h"
#include "links/LinkFileExporter.h"
#include "links/LinkRepository.h"
#include "links/PosterRenderer.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace LinksTestData;

namespace {

QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60000))
        return QStringLiteral("<timeout>");
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString zbar(const QString &png)
{
    int code = -1;
    const QString out = run(QStringLiteral("zbarimg"),
                            {QStringLiteral("--raw"), QStringLiteral("-q"), png}, &code);
    return code == 0 ? out.trimmed() : QStringLiteral("<no code found: %1>").arg(code);
}

// The cells of the first worksheet of an .xlsx, read from its XML with unzip.
QList<QStringList> readXlsx(const QString &path)
{
    QStringList shared;
    {
        QXmlStreamReader xml(
            run(QStringLiteral("unzip"),
                {QStringLiteral("-p"), path, QStringLiteral("xl/sharedStrings.xml")}));
        QString current;
        bool inSi = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("si")) {
                inSi = true;
                current.clear();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("t") && inSi) {
                current += xml.readElementText();
            } else if (xml.isEndElement() && xml.name() == QLatin1String("si")) {
                shared << current;
                inSi = false;
            }
        }
    }
    QList<QStringList> rows;
    QXmlStreamReader xml(
        run(QStringLiteral("unzip"),
            {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet1.xml")}));
    QString type;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("row"))
            rows.append(QStringList());
        else if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            type = xml.attributes().value(QLatin1String("t")).toString();
            // Cells left empty are not written: place each by its reference (A1, B1, ...).
            const int column = xml.attributes().value(QLatin1String("r")).at(0).unicode() - 'A';
            while (rows.last().size() < column)
                rows.last().append(QString());
        } else if (xml.isStartElement() && xml.name() == QLatin1String("v")) {
            const QString v = xml.readElementText();
            rows.last().append(type == QLatin1String("s") ? shared.value(v.toInt()) : v);
        }
    }
    return rows;
}

// A minimal RFC 4180 reader for the round trip.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size()
                && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    return rows;
}

} // namespace

class tst_LinksFiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void qrBatchDecodesToUrls();
    void postersShowUnitName_data();
    void postersShowUnitName();
    void exportCsvAndXlsx();
    void safeFileNames();

private:
    std::unique_ptr<Database> m_db;
    qint64 m_campaign = 0;
    QList<Link> m_links;
    QTemporaryDir m_dir;
};

void tst_LinksFiles::initTestCase()
{
    for (const char *tool : {"zbarimg", "pdftotext", "unzip"}) {
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 is required").arg(QLatin1String(tool))));
    }
    m_db = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("files")));
    m_campaign = addCampaign(*m_db, 2024,
                             QStringLiteral("https://survey.example.org/2024/q?lang=zh#start"));
    LinkRepository links(*m_db);
    const QList<std::pair<QString, QString>> units = {
        {QStringLiteral("四川省网络安全协会"), QStringLiteral("官方网站")},
        {QStringLiteral("<b>A&B \"C\"</b>"), QStringLiteral("poster, city/library")},
        {QStringLiteral("Ningbo Daily, Inc."), QString()},
    };
    for (const auto &[name, label] : units) {
        const qint64 unit = addUnit(*m_db, name, m_campaign);
        QList<Link> issued;
        QVERIFY(links.issue(m_campaign, unit, 2, label, &issued).isEmpty());
        m_links += issued;
    }
    QCOMPARE(m_links.size(), 6);
}

void tst_LinksFiles::qrBatchDecodesToUrls()
{
    LinkFileExporter::Options options;
    options.outDir = m_dir.filePath(QStringLiteral("qr"));
    options.qrPixels = 330;
    options.qrSvg = true;
    int calls = 0;
    const auto result = LinkFileExporter::run(m_links, options, [&calls](int done, int total) {
        ++calls;
        return done <= total;
    });
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(calls, 6);
    QCOMPARE(result.files.size(), 12);
    for (const Link &link : std::as_const(m_links)) {
        const QString png
            = QDir(options.outDir)
                  .filePath(LinkFileExporter::baseName(link) + QStringLiteral(".png"));
        QVERIFY2(QFile::exists(png), qPrintable(png));
        QImage image(png);
        QVERIFY(image.width() <= 330 && image.width() >= 200);
        QCOMPARE(zbar(png), link.url);
        QVERIFY(link.url.contains(QStringLiteral("src=") + link.token));
        QVERIFY(QFile::exists(
            QDir(options.outDir)
                .filePath(LinkFileExporter::baseName(link) + QStringLiteral(".svg"))));
    }

    // Cancelling after the first link stops the batch.
    options.outDir = m_dir.filePath(QStringLiteral("cancel"));
    const auto cancelled = LinkFileExporter::run(m_links, options, [](int, int) { return false; });
    QVERIFY(cancelled.cancelled);
    QCOMPARE(QDir(options.outDir).entryList(QDir::Files).size(), 2);
}

void tst_LinksFiles::postersShowUnitName_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("callToAction");
    QTest::newRow("chinese A4") << 0 << "A4"
                                << "zh"
                                << "扫码参与调查";
    QTest::newRow("metacharacters A5") << 2 << "A5"
                                       << "en"
                                       << "Scantotakepart";
    QTest::newRow("latin A4") << 4 << "A4"
                              << "zh"
                              << "扫码参与调查";
}

void tst_LinksFiles::postersShowUnitName()
{
    QFETCH(int, index);
    QFETCH(QString, page);
    QFETCH(QString, language);
    QFETCH(QString, callToAction);
    const Link link = m_links.at(index);
    LinkFileExporter::Options options;
    options.outDir = m_dir.filePath(QStringLiteral("posters-") + QString::number(index));
    options.qrPng = false;
    options.posterPdf = true;
    options.posterPng = true;
    options.posterDpi = 100;
    QVERIFY(PosterRenderer::pageSizeFromCode(page, &options.pageSize));
    QVERIFY(PosterRenderer::languageFromCode(language, &options.language));
    // A campaign artwork image in the slot.
    QImage art(400, 150, QImage::Format_RGB32);
    art.fill(QColor(0xf4, 0xc4, 0x30));
    options.artworkPath = m_dir.filePath(QStringLiteral("art.png"));
    QVERIFY(art.save(options.artworkPath));
    const auto result = LinkFileExporter::run({link}, options);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    const QString base = QDir(options.outDir).filePath(LinkFileExporter::baseName(link));
    const QString pdf = base + QStringLiteral("_poster.pdf");
    QVERIFY2(QFile::exists(pdf), qPrintable(pdf));

    int code = -1;
    const QString text
        = run(QStringLiteral("pdftotext"),
              {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}, &code);
    QCOMPARE(code, 0);
    QString flat = text;
    flat.remove(QLatin1Char('\n')).remove(QLatin1Char(' ')).remove(QChar(0x200B));
    QString name = link.unitName;
    name.remove(QLatin1Char(' '));
    QVERIFY2(flat.contains(name), qPrintable(text));
    QVERIFY2(flat.contains(QStringLiteral("src=") + link.token), qPrintable(text));
    QVERIFY2(flat.contains(QStringLiteral("2024")), qPrintable(text));
    QVERIFY2(flat.contains(callToAction), qPrintable(text));
    const QString pdfInfo = run(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(pdfInfo.contains(page == QLatin1String("A4") ? QStringLiteral("(A4)")
                                                          : QStringLiteral("(A5)")),
             qPrintable(pdfInfo));

    // The PNG poster's QR decodes to the URL; the artwork colour is on it.
    const QString png = base + QStringLiteral("_poster.png");
    QCOMPARE(zbar(png), link.url);
    const QImage image(png);
    QCOMPARE(image.width(), qRound((page == QLatin1String("A4") ? 210 : 148) / 25.4 * 100));
    bool artworkSeen = false;
    for (int y = 0; y < image.height() / 2 && !artworkSeen; y += 4)
        artworkSeen = image.pixelColor(image.width() / 2, y) == QColor(0xf4, 0xc4, 0x30);
    QVERIFY(artworkSeen);
}

void tst_LinksFiles::exportCsvAndXlsx()
{
    LinkRepository links(*m_db);
    QVERIFY(links.revoke(m_links.at(1).token).isEmpty());
    const QList<Link> all = links.list({m_campaign, 0, std::nullopt, QString()});
    QCOMPARE(all.size(), 6);

    const QString csv = m_dir.filePath(QStringLiteral("links.csv"));
    QVERIFY(LinkExporter::write(csv, all).isEmpty());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> csvRows = parseCsv(QString::fromUtf8(bytes.mid(3)));

    const QString xlsx = m_dir.filePath(QStringLiteral("links.xlsx"));
    QVERIFY(LinkExporter::write(xlsx, all).isEmpty());
    QVERIFY(!QFile::exists(xlsx + QStringLiteral(".part")));
    const QList<QStringList> xlsxRows = readXlsx(xlsx);

    // And through the io area's reader, as the tally import will read platform files.
    const auto readAll = [](const QString &path) {
        QList<QStringList> rows;
        QString error;
        auto reader = TableReader::open(path, {}, &error);
        if (!reader) {
            qWarning("%s", qPrintable(error));
            return rows;
        }
        QStringList cells;
        while (reader->readRow(cells))
            rows << cells;
        return rows;
    };
    const QList<QStringList> csvRead = readAll(csv);
    const QList<QStringList> xlsxRead = readAll(xlsx);

    for (const QList<QStringList> &rows : {csvRows, xlsxRows, csvRead, xlsxRead}) {
        QCOMPARE(rows.size(), 7);
        QCOMPARE(rows.at(0),
                 QStringList({QStringLiteral("unit_id"), QStringLiteral("unit"),
                              QStringLiteral("token"), QStringLiteral("url"),
                              QStringLiteral("label"), QStringLiteral("status")}));
        for (int i = 0; i < all.size(); ++i) {
            const Link &l = all.at(i);
            const QStringList expected
                = {QString::number(l.unitId), l.unitName, l.token, l.url, l.label, l.statusCode()};
            const QStringList got = rows.at(i + 1);
            QCOMPARE(got, expected);
        }
    }
    int revoked = 0;
    for (const QStringList &row : csvRows)
        revoked += row.value(5) == QLatin1String("revoked");
    QCOMPARE(revoked, 1);
}

void tst_LinksFiles::safeFileNames()
{
    QCOMPARE(LinkFileExporter::safeFileName(QStringLiteral("<b>A&B \"C\"</b>")),
             QStringLiteral("_b_A&B _C___b_"));
    QCOMPARE(LinkFileExporter::safeFileName(QStringLiteral("../etc/passwd")),
             QStringLiteral("_etc_passwd"));
    QCOMPARE(LinkFileExporter::safeFileName(QStringLiteral(" a:b*c?\td ")),
             QStringLiteral("a_b_c_ d"));
    QCOMPARE(LinkFileExporter::safeFileName(QString(100, QChar(0x6587))).size(), 60);
    Link l;
    l.unitId = 7;
    l.token = QStringLiteral("0123456789ABCDEF");
    QCOMPARE(LinkFileExporter::baseName(l), QStringLiteral("unit-7_0123456789ABCDEF"));
    l.unitName = QStringLiteral("四川/成都");
    l.label = QStringLiteral("poster: library");
    QCOMPARE(LinkFileExporter::baseName(l),
             QStringLiteral("四川_成都_poster_ library_0123456789ABCDEF"));
}

QTEST_MAIN(tst_LinksFiles)
#include "tst_links_files.moc"
