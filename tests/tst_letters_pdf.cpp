// Letters rendered to PDF and read back: pdftotext gives back the number, the unit's exact name
// (HTML metacharacters included), the code and the Chinese body with no Kangxi look-alikes; the
// QR code decodes with zbarimg to the code; per-letter files get safe names.
#include "LetterFixture.h"
#include "PdfText.h"
#include "TestSupport.h"

#include "db/Database.h"
#include "letters/LetterRenderer.h"
#include "letters/LetterRepository.h"
#include "letters/LetterTemplateRepository.h"
#include "letters/PdfToUnicode.h"
#include "links/PosterRenderer.h"
#include "progress/TableExport.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

namespace {
const QString kNastyName = QStringLiteral("<b>A&B \"C\"</b>");

QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60000))
        return {};
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}

using PdfText::flat;

QString pdfText(const QString &pdf)
{
    return PdfText::read(pdf);
}

// Characters in the CJK Radicals Supplement and Kangxi Radicals blocks.
QString radicalsIn(const QString &text)
{
    QString found;
    for (const QChar c : text) {
        if (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)
            found += QStringLiteral("U+%1 ").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return found;
}
} // namespace

class tst_LettersPdf : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fillEscapesEveryValue();
    void defaultTemplatesCarryTheRights();
    void dateIsTheChinaStandardTimeDay_data();
    void dateIsTheChinaStandardTimeDay();
    void pdfTextIsRealText();
    void rareCharacters_data();
    void rareCharacters();
    void rareNamesReadBackExactly();
    void postersAndTablesKeepRareCharacters();
    void toUnicodeMaps();
    void letterReadsBack();
    void qrDecodesToTheCode();
    void sharedLayoutsDrawTheSamePages();
    void oneFilePerLetterWithSafeNames();
    void safeFileNames_data();
    void safeFileNames();
    void sealIsStamped();
    void printerGetsTheSamePages();
    void cliRenders();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_location;
    QList<Letter> m_letters;
};

void tst_LettersPdf::initTestCase()
{
    for (const char *tool : {"pdftotext", "pdftoppm", "zbarimg", "pdfimages"})
        QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(), tool);
    QVERIFY2(LetterRenderer::pdfFontInstalled(), "fonts-arphic-uming is required for letters");
    m_location = TestSupport::newDatabaseLocation(QStringLiteral("pdf"));
    m_db = TestSupport::openMigrated(m_location);
    const qint64 c = LetterFixture::addCampaign(*m_db, 2024);
    const qint64 first
        = LetterFixture::addUnit(*m_db, c, kNastyName, QStringLiteral("initiating-1"));
    LetterFixture::addUnit(*m_db, c, QStringLiteral("上海松涛东城网络社会组织联合会"),
                           QStringLiteral("initiating-2"), first);
    LetterFixture::addUnit(*m_db, c, QStringLiteral("上海/星河:融媒体*中心?"),
                           QStringLiteral("supporting"), first);
    QVERIFY(LetterRepository(*m_db).issueMissing(c, &m_letters).isEmpty());
    QCOMPARE(m_letters.size(), 3);
}

void tst_LettersPdf::fillEscapesEveryValue()
{
    LetterTemplate t;
    t.html = QStringLiteral(
        "<p>{{unit}}|{{ number }}|{{#parent}}由{{parent}}推荐{{/parent}}|{{nope}}</p>{{rights}}");
    QStringList unknown;
    QString out = t.fill({{QStringLiteral("unit"), kNastyName},
                          {QStringLiteral("number"), QStringLiteral("{{unit}}")},
                          {QStringLiteral("parent"), QStringLiteral("甲&乙")}},
                         {QStringLiteral("一、<i>权益</i>")}, &unknown);
    QCOMPARE(
        out,
        QStringLiteral("<p>&lt;b&gt;A&amp;B &quot;C&quot;&lt;/b&gt;|{{unit}}|由甲&amp;乙推荐|</p>"
                       "<p class=\"right\">一、&lt;i&gt;权益&lt;/i&gt;</p>"));
    QCOMPARE(unknown, QStringList {QStringLiteral("nope")});
    // An empty value drops its section.
    out = t.fill(
        {{QStringLiteral("unit"), QStringLiteral("x")}, {QStringLiteral("parent"), QString()}}, {});
    QCOMPARE(out, QStringLiteral("<p>x|||</p>"));
}

void tst_LettersPdf::dateIsTheChinaStandardTimeDay_data()
{
    QTest::addColumn<QByteArray>("tz");
    QTest::addColumn<QString>("issuedAt");
    QTest::addColumn<QString>("printed");
    // 17:30 UTC is 01:30 the next morning in Beijing: still 30 June in UTC and in Los Angeles.
    for (const QByteArray &tz : {QByteArray("America/Los_Angeles"), QByteArray("UTC")}) {
        QTest::addRow("01:30 CST, TZ=%s", tz.constData())
            << tz << QStringLiteral("2025-06-30T17:30:00Z") << QStringLiteral("2025年7月1日");
        QTest::addRow("23:00 CST, TZ=%s", tz.constData())
            << tz << QStringLiteral("2025-06-30T15:00:00Z") << QStringLiteral("2025年6月30日");
    }
}

// The letter prints the day it was issued in China Standard Time (DEVELOPERS.md), whatever the
// time zone of the desk that renders it: read back from the PDF.
void tst_LettersPdf::dateIsTheChinaStandardTimeDay()
{
    QFETCH(QByteArray, tz);
    QFETCH(QString, issuedAt);
    QFETCH(QString, printed);
    const QByteArray oldTz = qgetenv("TZ");
    const bool hadTz = qEnvironmentVariableIsSet("TZ");
    qputenv("TZ", tz);
    tzset();
    const auto restore = qScopeGuard([&] {
        if (hadTz)
            qputenv("TZ", oldTz);
        else
            qunsetenv("TZ");
        tzset();
    });
    // The process really is in that zone: 17:30 UTC is not 01:30 there.
    QVERIFY(QDateTime::fromString(issuedAt, Qt::ISODate).toLocalTime().time().hour() != 1);

    LetterDocument doc;
    doc.letter = m_letters.first();
    doc.letter.issuedAt = issuedAt;
    doc.campaign.year = 2025;
    doc.tmpl = LetterTemplate::defaultFor(QStringLiteral("FQ"));
    QCOMPARE(LetterTemplate::valuesFor(doc.letter, doc.campaign).value(QStringLiteral("date")),
             printed);
    const QString pdf
        = m_dir.filePath(QStringLiteral("date-%1.pdf")
                             .arg(QString::fromLatin1(QTest::currentDataTag())
                                      .replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")),
                                               QStringLiteral("_"))));
    QString error;
    QVERIFY2(LetterRenderer::renderPdf(pdf, {doc}, {}, &error), qPrintable(error));
    const QString text = flat(pdfText(pdf));
    QVERIFY2(text.contains(printed), qPrintable(text));
    // Neither the day before nor the day after is printed anywhere.
    for (const QString &other : {QStringLiteral("2025年6月30日"), QStringLiteral("2025年7月1日")}) {
        if (other != printed)
            QVERIFY2(!text.contains(other), qPrintable(text));
    }
}

void tst_LettersPdf::defaultTemplatesCarryTheRights()
{
    const LetterTemplate fq = LetterTemplate::defaultFor(QStringLiteral("FQ"));
    const LetterTemplate zc = LetterTemplate::defaultFor(QStringLiteral("ZC"));
    for (const LetterTemplate *t : {&fq, &zc}) {
        for (const char *p :
             {"{{unit}}", "{{number}}", "{{year}}", "{{window}}", "{{kind}}", "{{parent}}",
              "{{date}}", "{{verify_code}}", "{{rights}}", "letter:qr"})
            QVERIFY2(t->html.contains(QLatin1String(p)), p);
    }
    QVERIFY(fq.html != zc.html);
    const QStringList first = LetterTemplate::defaultRights(QStringLiteral("initiating-1"));
    QCOMPARE(first.size(), 10);
    QVERIFY(first.at(0).startsWith(QStringLiteral("一、全面赋能保发展，跨界合作扩资源")));
    QVERIFY(first.at(4).contains(QStringLiteral("专属调查活动统计报告")));
    QCOMPARE(LetterTemplate::defaultRights(QStringLiteral("initiating-2")).size(), 10);
    QVERIFY(!LetterTemplate::defaultRights(QStringLiteral("initiating-2"))
                 .at(4)
                 .contains(QStringLiteral("专属")));
    const QStringList supporting = LetterTemplate::defaultRights(QStringLiteral("supporting"));
    QVERIFY(supporting.size() >= 4);
    QVERIFY(supporting.at(0).contains(QStringLiteral("支持单位名录")));
}

void tst_LettersPdf::pdfTextIsRealText()
{
    // The characters Noto CJK would turn into Kangxi radicals (文 → U+2F42, 网 ...), and more.
    const QString body
        = QStringLiteral("文网安全调查 网民网络安全感满意度 长龙鼠牛马羊 见言走足身车 金门雨青 "
                         "非面革韦 音页风飞 食首香 骨高鬼 鱼鸟鹿 麦麻黄黑 鼎鼓鼻 齐齿龟 一二八十");
    LetterDocument doc;
    doc.letter = m_letters.first();
    doc.campaign.year = 2024;
    doc.tmpl.series = QStringLiteral("FQ");
    doc.tmpl.html = QStringLiteral("<p>%1</p><p>{{number}}</p>").arg(body);
    const QString pdf = m_dir.filePath(QStringLiteral("font.pdf"));
    QString error;
    QVERIFY2(LetterRenderer::renderPdf(pdf, {doc}, {}, &error), qPrintable(error));
    const QString text = pdfText(pdf);
    QVERIFY2(radicalsIn(text).isEmpty(), qPrintable(radicalsIn(text)));
    // Lines wrap where the page ends: compare without white space.
    QVERIFY2(flat(text).contains(flat(body)), qPrintable(text));
    // The font is embedded.
    const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
    QVERIFY2(fonts.contains(QStringLiteral("UMing")) || fonts.contains(QStringLiteral("WenQuanYi")),
             qPrintable(fonts));
    QVERIFY(fonts.contains(QStringLiteral(" yes ")));
}

void tst_LettersPdf::rareCharacters_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("font"); // the face pdffonts must list
    QTest::newRow("ext B 𠮷") << QStringLiteral("\U00020BB7祥物流") << QStringLiteral("HanaMinB");
    QTest::newRow("ext C") << QStringLiteral("\U0002A700远科技") << QStringLiteral("HanaMinB");
    QTest::newRow("ext D") << QStringLiteral("\U0002B740明协会") << QStringLiteral("HanaMinB");
    QTest::newRow("ext E") << QStringLiteral("\U0002B820华传媒") << QStringLiteral("HanaMinB");
    QTest::newRow("ext F") << QStringLiteral("\U0002CEB0安网络") << QStringLiteral("HanaMinB");
    QTest::newRow("ext G") << QStringLiteral("\U00030000信联盟") << QStringLiteral("BabelStone");
}

// A unit whose name holds a character outside the BMP gets a letter that draws it in a Ming face
// like the letter's own (no tofu, no bold fallback) and keeps it in the text layer: Qt 6.4's PDF
// writer maps glyphs to the BMP only, PdfFontSet and PdfToUnicode put the character back.
void tst_LettersPdf::rareCharacters()
{
    QFETCH(QString, name);
    QFETCH(QString, font);
    LetterDocument doc;
    doc.letter = m_letters.first();
    doc.campaign.year = 2024;
    doc.tmpl.series = QStringLiteral("FQ");
    doc.tmpl.html = QStringLiteral("<p>%1</p>").arg(name);
    const QString pdf = m_dir.filePath(QStringLiteral("rare.pdf"));
    QString error;
    QVERIFY2(LetterRenderer::renderPdf(pdf, {doc}, {}, &error), qPrintable(error));
    const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
    QVERIFY2(fonts.contains(font), qPrintable(fonts));
    const QString text = flat(pdfText(pdf));
    QVERIFY2(text.contains(name), qPrintable(text));
    QVERIFY2(!text.contains(QChar(0xE000)), qPrintable(text));
}

// Several rare names in one letter, one PDF with several letters and one file per letter (one
// batch font for all): each line read back with pdftotext is exactly the name written.
void tst_LettersPdf::rareNamesReadBackExactly()
{
    const QStringList names = {
        QStringLiteral("\U00020BB7祥物流"), // ext B, a surrogate pair before BMP text
        QStringLiteral("张\U0002A6A5"), // 𪚥 ext B, after BMP text
        QStringLiteral("\U00020000\U00020001研究院"), // two in a row
        QStringLiteral("\U0002A700远科技"), // ext C
        QStringLiteral("\U0002B740明协会"), // ext D
        QStringLiteral("华\U0002B820传媒"), // ext E, between BMP characters
        QStringLiteral("\U0002CEB0安网络\U0002CEB0"), // ext F, twice
        QStringLiteral("\U00030000信联盟"), // ext G (BabelStone Han)
        QStringLiteral("上海松涛东城网络社会组织联合会"), // BMP only
    };
    const auto linesOf = [](const QString &text) {
        QStringList lines;
        for (const QString &line : text.split(QRegularExpression(QStringLiteral("[\\n\\f]")))) {
            if (!line.trimmed().isEmpty())
                lines.append(line.trimmed());
        }
        return lines;
    };
    LetterDocument doc;
    doc.letter = m_letters.first();
    doc.campaign.year = 2024;
    doc.tmpl.series = QStringLiteral("FQ");
    doc.tmpl.html = QStringLiteral("<p>%1</p>").arg(names.join(QStringLiteral("</p><p>")));
    const QString one = m_dir.filePath(QStringLiteral("rare-names.pdf"));
    QString error;
    QVERIFY2(LetterRenderer::renderPdf(one, {doc}, {}, &error), qPrintable(error));
    QCOMPARE(linesOf(pdfText(one)), names);

    // One letter per name, as one PDF and as one file each.
    QList<LetterDocument> docs;
    for (const QString &name : names) {
        LetterDocument d = doc;
        d.letter.unitName = name;
        d.letter.number
            = QStringLiteral("2024-FQ-%1").arg(docs.size() + 1, 4, 10, QLatin1Char('0'));
        d.tmpl.html = QStringLiteral("<p>{{unit}}</p>");
        docs.append(d);
    }
    const QString all = m_dir.filePath(QStringLiteral("rare-all.pdf"));
    QVERIFY2(LetterRenderer::renderPdf(all, docs, {}, &error), qPrintable(error));
    QCOMPARE(linesOf(pdfText(all)), names);
    QStringList written;
    QVERIFY2(LetterRenderer::renderEach(m_dir.filePath(QStringLiteral("rare-each")), docs, &written,
                                        {}, &error),
             qPrintable(error));
    QCOMPARE(written.size(), names.size());
    for (int i = 0; i < names.size(); ++i)
        QCOMPARE(linesOf(pdfText(written.at(i))), QStringList {names.at(i)});
}

// The other PDFs the program writes with rare characters in a unit's name: the entry poster
// (WenQuanYi Zen Hei) and a table such as the commendation list (Noto Sans CJK SC) keep them in
// the text layer too.
void tst_LettersPdf::postersAndTablesKeepRareCharacters()
{
    const QString name = QStringLiteral("\U00020BB7祥物流\U0002A6A5\U0002B740公司");
    Link link;
    link.campaignYear = 2024;
    link.unitName = name;
    link.url = QStringLiteral("https://example.com/s/abc?src=tok");
    link.token = QStringLiteral("tok");
    const QString poster = m_dir.filePath(QStringLiteral("poster.pdf"));
    QCOMPARE(PosterRenderer().writePdf(poster, link), QString());
    QVERIFY2(flat(pdfText(poster)).contains(name), qPrintable(pdfText(poster)));

    const QString table = m_dir.filePath(QStringLiteral("table.pdf"));
    QString error;
    QVERIFY2(
        TableExport::writePdf(table,
                              QStringLiteral("<table><tr><td>%1</td><td>12</td></tr>"
                                             "<tr><td>张\U0002CEB0</td><td>3</td></tr></table>")
                                  .arg(name),
                              QStringLiteral("表彰名单"), &error),
        qPrintable(error));
    const QString text = flat(pdfText(table));
    QVERIFY2(text.contains(name), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("张\U0002CEB0")), qPrintable(text));
}

// The ToUnicode CMaps Qt writes (bfrange with arrays and with a start value) read back, and the
// rewritten map holds UTF-16 surrogate pairs.
void tst_LettersPdf::toUnicodeMaps()
{
    const QByteArray qt = "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
                          "3 beginbfrange\n<0000> <0000> <0000>\n"
                          "<0001> <0003> [<7965> <7269> <E000> ]\n<0004> <000D> <0030>\n"
                          "endbfrange\n1 beginbfchar\n<0010> <D842DFB7>\nendbfchar\n";
    const QMap<quint32, QString> map = PdfToUnicode::parseCMap(qt);
    QCOMPARE(map.value(1), QStringLiteral("祥"));
    QCOMPARE(map.value(3), QString(QChar(0xE000)));
    QCOMPARE(map.value(4), QStringLiteral("0"));
    QCOMPARE(map.value(13), QStringLiteral("9"));
    QCOMPARE(map.value(16), QStringLiteral("\U00020BB7"));
    QMap<quint32, QString> changed = map;
    changed[3] = QStringLiteral("\U0002A6A5");
    const QByteArray written = PdfToUnicode::writeCMap(changed);
    QVERIFY(written.contains("<0003> <D869DEA5>"));
    QCOMPARE(PdfToUnicode::parseCMap(written), changed);
}

void tst_LettersPdf::letterReadsBack()
{
    const QList<LetterDocument> docs = LetterTemplateRepository(*m_db).documentsFor(m_letters);
    const QString pdf = m_dir.filePath(QStringLiteral("all.pdf"));
    QString error;
    int progressCalls = 0;
    QVERIFY2(LetterRenderer::renderPdf(
                 pdf, docs,
                 [&](int done, int total) {
                     ++progressCalls;
                     return done <= total;
                 },
                 &error),
             qPrintable(error));
    QCOMPARE(progressCalls, 3);
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+3\\b"))), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
    const QString text = pdfText(pdf);
    QVERIFY2(radicalsIn(text).isEmpty(), qPrintable(radicalsIn(text)));
    const QStringList pages = text.split(QLatin1Char('\f'));
    QVERIFY(pages.size() >= 3);
    // Page 1: the first-level unit, its exact name, number and code.
    QVERIFY2(pages.at(0).contains(kNastyName), qPrintable(pages.at(0)));
    QVERIFY(pages.at(0).contains(QStringLiteral("2024-FQ-0001")));
    QVERIFY(pages.at(0).contains(m_letters.at(0).verifyCode));
    QVERIFY(flat(pages.at(0)).contains(QStringLiteral("省市核心一级发起单位")));
    QVERIFY(flat(pages.at(0)).contains(QStringLiteral("全面赋能保发展，跨界合作扩资源")));
    QVERIFY(flat(pages.at(0)).contains(QStringLiteral("网民网络安全感满意度调查活动组委会")));
    QVERIFY(flat(pages.at(0)).contains(QStringLiteral("2024年7月17日至7月26日")));
    QVERIFY(!flat(pages.at(0)).contains(QStringLiteral("统筹协调）")));
    // Page 2: a second-level unit names its first-level unit.
    QVERIFY(pages.at(1).contains(QStringLiteral("2024-FQ-0002")));
    QVERIFY(flat(pages.at(1)).contains(QStringLiteral("上海松涛东城网络社会组织联合会")));
    QVERIFY(flat(pages.at(1)).contains(flat(QStringLiteral("由%1统筹协调").arg(kNastyName))));
    // Page 3: the supporting unit's letter.
    QVERIFY(pages.at(2).contains(QStringLiteral("2024-ZC-0001")));
    QVERIFY(flat(pages.at(2)).contains(QStringLiteral("支持单位名录")));
    QVERIFY(pages.at(2).contains(m_letters.at(2).verifyCode));
}

void tst_LettersPdf::qrDecodesToTheCode()
{
    const QList<LetterDocument> docs
        = LetterTemplateRepository(*m_db).documentsFor({m_letters.at(1)});
    const QString pdf = m_dir.filePath(QStringLiteral("qr.pdf"));
    QVERIFY(LetterRenderer::renderPdf(pdf, docs));
    const QString prefix = m_dir.filePath(QStringLiteral("qr-page"));
    int status = -1;
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
         QStringLiteral("-singlefile"), pdf, prefix},
        &status);
    QCOMPARE(status, 0);
    const QString decoded = run(
        QStringLiteral("zbarimg"),
        {QStringLiteral("--raw"), QStringLiteral("-q"), prefix + QStringLiteral(".png")}, &status);
    QCOMPARE(status, 0);
    QCOMPARE(decoded.trimmed(), m_letters.at(1).verifyCode);
}

// Letters of one shape share a laid-out document in which only their own fields are replaced
// (LetterLayouts); every page must be exactly the page of the letter laid out on its own
// (SECRETARIAT_LETTER_LAYOUTS=0): names short and long (wrapping to another line), escaped
// characters, a rare character, white space HTML would change (laid out on its own), with and
// without a parent, on different days.
void tst_LettersPdf::sharedLayoutsDrawTheSamePages()
{
    const QStringList names = {
        QStringLiteral("上海松涛东城网络社会组织联合会"),
        kNastyName,
        QStringLiteral("𠮷野家（上海）餐饮管理有限公司"),
        QStringLiteral("深圳市"),
        QStringLiteral("中国网络空间安全协会网络安全产业联盟长三角区域数据安全与个人信息保护专业"
                       "委员会秘书处联合工作组"),
        QStringLiteral("A  B\tC 两个空格"),
        QStringLiteral("杭州市西湖区网络文化协会"),
    };
    QList<LetterDocument> docs = LetterTemplateRepository(*m_db).documentsFor(m_letters);
    QCOMPARE(docs.size(), 3);
    for (int i = 0; i < names.size(); ++i) {
        LetterDocument doc = docs.at(i % 3);
        doc.letter.unitName = names.at(i);
        doc.letter.number = QStringLiteral("2024-%1-%2")
                                .arg(doc.letter.series)
                                .arg(i * 37 + 1, 4, 10, QLatin1Char('0'));
        doc.letter.verifyCode
            = QStringLiteral("K%1Q").arg(i * 7919 % 100000, 5, 10, QLatin1Char('0'));
        doc.letter.parentName = i % 2 ? QString() : names.at((i + 3) % names.size());
        doc.letter.issuedAt = QStringLiteral("2024-07-%1T03:00:00Z").arg(10 + i % 2);
        docs.append(doc);
    }
    // A template with a character of the Private Use Area (LetterLayouts marks fields with
    // U+F8E0..) and a placeholder in an attribute: laid out on its own, the character kept.
    LetterDocument odd = docs.at(3);
    odd.tmpl.html.replace(QStringLiteral("</body>"),
                          QStringLiteral("<p title=\"{{unit}}\">\uF8E0{{number}}</p></body>"));
    docs.append(odd);
    const auto pages = [&](const QString &name) {
        const QString pdf = m_dir.filePath(name + QStringLiteral(".pdf"));
        QString error;
        if (!LetterRenderer::renderPdf(pdf, docs, {}, &error))
            return QStringList {error};
        const QString prefix = m_dir.filePath(name);
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-png"), pdf, prefix});
        QStringList files
            = QDir(m_dir.path())
                  .entryList({name + QStringLiteral("-*.png")}, QDir::Files, QDir::Name);
        for (QString &file : files)
            file = m_dir.filePath(file);
        return files << pdfText(pdf);
    };
    const QStringList shared = pages(QStringLiteral("shared"));
    qputenv("SECRETARIAT_LETTER_LAYOUTS", "0");
    const QStringList own = pages(QStringLiteral("own"));
    qunsetenv("SECRETARIAT_LETTER_LAYOUTS");
    QCOMPARE(shared.size(), own.size());
    QVERIFY2(shared.size() > docs.size(), qPrintable(shared.join(QLatin1Char('\n'))));
    QCOMPARE(shared.last(), own.last()); // the text layer
    for (int i = 0; i + 1 < shared.size(); ++i) {
        const QImage a(shared.at(i));
        QVERIFY2(!a.isNull(), qPrintable(shared.at(i)));
        QVERIFY2(a == QImage(own.at(i)), qPrintable(shared.at(i)));
    }
    // Each letter's own fields are on its page.
    for (const LetterDocument &doc : std::as_const(docs)) {
        QVERIFY2(flat(shared.last()).contains(flat(doc.letter.number)),
                 qPrintable(doc.letter.number));
        QVERIFY2(flat(shared.last()).contains(flat(doc.letter.verifyCode)),
                 qPrintable(doc.letter.verifyCode));
    }
}

void tst_LettersPdf::oneFilePerLetterWithSafeNames()
{
    const QList<LetterDocument> docs = LetterTemplateRepository(*m_db).documentsFor(m_letters);
    const QString folder = m_dir.filePath(QStringLiteral("each"));
    QStringList written;
    QString error;
    QVERIFY2(LetterRenderer::renderEach(folder, docs, &written, {}, &error), qPrintable(error));
    QCOMPARE(written.size(), 3);
    QStringList names = QDir(folder).entryList(QDir::Files, QDir::Name);
    QCOMPARE(names,
             (QStringList {QStringLiteral("2024-FQ-0001__b_A&B _C___b_.pdf"),
                           QStringLiteral("2024-FQ-0002_上海松涛东城网络社会组织联合会.pdf"),
                           QStringLiteral("2024-ZC-0001_上海_星河_融媒体_中心_.pdf")}));
    const QString text = pdfText(QDir(folder).filePath(names.at(0)));
    QVERIFY(text.contains(kNastyName));
    QVERIFY(!text.contains(QStringLiteral("2024-FQ-0002")));
    // Cancelling stops the batch: letters under way are finished, no new one is started.
    const QString cancelled = m_dir.filePath(QStringLiteral("cancelled"));
    written.clear();
    QVERIFY(!LetterRenderer::renderEach(
        cancelled, docs, &written, [](int, int) { return false; }, &error));
    QCOMPARE(error, QStringLiteral("cancelled"));
    QVERIFY(!written.isEmpty());
    QVERIFY(written.size() < docs.size());
    for (const QString &f : std::as_const(written))
        QVERIFY(QFileInfo(f).size() > 1000);
    // One worker: exactly the first letter.
    written.clear();
    QVERIFY(!LetterRenderer::renderEach(
        m_dir.filePath(QStringLiteral("cancelled1")), docs, &written,
        [](int, int) { return false; }, &error, 1));
    QCOMPARE(written.size(), 1);
}

void tst_LettersPdf::safeFileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("2024-FQ-0001_甲")
                           << QStringLiteral("2024-FQ-0001_甲.pdf");
    QTest::newRow("reserved chars")
        << QStringLiteral("a<b>c:d\"e/f\\g|h?i*j") << QStringLiteral("a_b_c_d_e_f_g_h_i_j.pdf");
    QTest::newRow("control and tab")
        << QStringLiteral("a\tb\nc\x01") << QStringLiteral("a b c_.pdf");
    QTest::newRow("trailing dots") << QStringLiteral("..abc. .") << QStringLiteral("abc.pdf");
    QTest::newRow("empty") << QStringLiteral("///") << QStringLiteral("___.pdf");
    QTest::newRow("device") << QStringLiteral("con") << QStringLiteral("_con.pdf");
}

void tst_LettersPdf::safeFileNames()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(LetterRenderer::safeFileName(name), expected);
    // Very long names stay within the limit, whole characters only.
    const QString longName
        = LetterRenderer::safeFileName(QString(300, QChar(0x7f51)) + QStringLiteral("😀"));
    QVERIFY(longName.toUtf8().size() <= 204);
    QVERIFY(longName.endsWith(QStringLiteral(".pdf")));
    QVERIFY(!longName.contains(QChar(QChar::ReplacementCharacter)));
}

void tst_LettersPdf::sealIsStamped()
{
    QImage seal(200, 200, QImage::Format_ARGB32);
    seal.fill(Qt::transparent);
    {
        QPainter p(&seal);
        p.setPen(QPen(QColor(200, 0, 0), 12));
        p.drawEllipse(QRectF(8, 8, 184, 184));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    seal.save(&buffer, "PNG");
    LetterTemplateRepository templates(*m_db);
    LetterTemplate t = templates.load(m_letters.first().campaignId, QStringLiteral("FQ"));
    t.sealImage = png;
    QVERIFY(templates.save(m_letters.first().campaignId, t).isEmpty());
    bool custom = false;
    QCOMPARE(templates.load(m_letters.first().campaignId, QStringLiteral("FQ"), &custom).sealImage,
             png);
    QVERIFY(custom);

    const QString withSeal = m_dir.filePath(QStringLiteral("seal.pdf"));
    QVERIFY(LetterRenderer::renderPdf(withSeal, templates.documentsFor({m_letters.first()})));
    QVERIFY(templates.reset(m_letters.first().campaignId, QStringLiteral("FQ")).isEmpty());
    const QString without = m_dir.filePath(QStringLiteral("noseal.pdf"));
    QVERIFY(LetterRenderer::renderPdf(without, templates.documentsFor({m_letters.first()})));
    const auto imageCount = [](const QString &pdf) {
        return run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                   .size()
            - 2;
    };
    // The seal adds an image (and its transparency mask).
    QVERIFY(imageCount(withSeal) > imageCount(without));
    // The stamp is red and sits over the signature, right of the page's middle.
    const QString prefix = m_dir.filePath(QStringLiteral("seal-page"));
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"),
         QStringLiteral("-singlefile"), withSeal, prefix});
    const QImage page(prefix + QStringLiteral(".png"));
    QVERIFY(!page.isNull());
    int red = 0, redLeft = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y);
            if (c.red() > 150 && c.green() < 120 && c.blue() < 120) {
                ++red;
                if (x < page.width() / 2)
                    ++redLeft;
            }
        }
    }
    QVERIFY2(red > 50, qPrintable(QString::number(red)));
    QCOMPARE(redLeft, 0);
    // A template that would print neither number nor code is refused.
    t.html = QStringLiteral("<p>{{unit}}</p>");
    QVERIFY(!templates.save(m_letters.first().campaignId, t).isEmpty());
    t.html = QStringLiteral("<p>{{number}} {{verify_code}} {{bogus}}</p>");
    QVERIFY(!templates.save(m_letters.first().campaignId, t).isEmpty());
}

void tst_LettersPdf::printerGetsTheSamePages()
{
    // What print preview and printing paint on: a QPrinter (here printing to a PDF file).
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString pdf = m_dir.filePath(QStringLiteral("printer.pdf"));
    printer.setOutputFileName(pdf);
    QVERIFY(
        LetterRenderer::paint(&printer, LetterTemplateRepository(*m_db).documentsFor(m_letters)));
    const QString text = pdfText(pdf);
    QCOMPARE(text.count(QLatin1Char('\f')), 3);
    QVERIFY(text.contains(kNastyName));
    QVERIFY(text.contains(m_letters.at(2).verifyCode));
}

void tst_LettersPdf::cliRenders()
{
    const QString out = m_dir.filePath(QStringLiteral("cli"));
    auto r = TestSupport::runCli({QStringLiteral("--db"), m_location, QStringLiteral("letters"),
                                  QStringLiteral("render"), QStringLiteral("--campaign"),
                                  QStringLiteral("2024"), QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), 3);
    r = TestSupport::runCli(
        {QStringLiteral("--db"), m_location, QStringLiteral("letters"), QStringLiteral("render"),
         QStringLiteral("--campaign"), QStringLiteral("2024"), QStringLiteral("--out"), out,
         QStringLiteral("--single"), m_dir.filePath(QStringLiteral("one/all.pdf"))});
    QCOMPARE(r.exitCode, 0);
    // Written where asked, not under --out.
    QVERIFY(!QFileInfo::exists(QDir(out).filePath(QStringLiteral("all.pdf"))));
    const QString text = pdfText(m_dir.filePath(QStringLiteral("one/all.pdf")));
    QVERIFY(text.contains(kNastyName));
    QVERIFY(text.contains(QStringLiteral("2024-ZC-0001")));
    r = TestSupport::runCli({QStringLiteral("--db"), m_location, QStringLiteral("letters"),
                             QStringLiteral("render"), QStringLiteral("--campaign"),
                             QStringLiteral("2031"), QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 1);
    r = TestSupport::runCli({QStringLiteral("--db"), m_location, QStringLiteral("letters"),
                             QStringLiteral("render"), QStringLiteral("--campaign"),
                             QStringLiteral("2024")});
    QCOMPARE(r.exitCode, 2);
}

QTEST_MAIN(tst_LettersPdf)
#include "tst_letters_pdf.moc"
