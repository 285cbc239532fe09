// Chinese titles break between words (issue #21: a poster title broke as 满意度调 / 查活动): the
// breaker on its own, and the poster as printed, read back from its PDF with pdftotext.
#include "TestSupport.h"

#include "links/Link.h"
#include "links/PosterRenderer.h"
#include "text/ChineseLineBreaker.h"

#include <QFont>
#include <QFontMetricsF>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_LineBreaks : public QObject
{
    Q_OBJECT
private slots:
    void neverInsideAWord_data();
    void neverInsideAWord();
    void fitsOnOneLineWhenItCan();
    void posterTitleBreaksBetweenWords();
};

void tst_LineBreaks::neverInsideAWord_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("chars"); // the width, in Han characters
    QTest::addColumn<QStringList>("expected");
    const QString title = QStringLiteral("2024网民网络安全感满意度调查活动");
    // Qt's own wrap gives 2024网民网络安全感满意度调 / 查活动 at this width.
    QTest::newRow("title, 15 wide")
        << title << 15
        << QStringList {QStringLiteral("2024网民网络安全感"), QStringLiteral("满意度调查活动")};
    QTest::newRow("title, 9 wide")
        << title << 9
        << QStringList {QStringLiteral("2024网民"), QStringLiteral("网络安全感"),
                        QStringLiteral("满意度调查活动")};
    QTest::newRow("call to action")
        << QStringLiteral("扫码参与问卷调查") << 5
        << QStringList {QStringLiteral("扫码参与"), QStringLiteral("问卷调查")};
}

void tst_LineBreaks::neverInsideAWord()
{
    QFETCH(QString, text);
    QFETCH(int, chars);
    QFETCH(QStringList, expected);
    QFont font;
    font.setPixelSize(20);
    const QFontMetricsF metrics(font);
    const double width = metrics.horizontalAdvance(QString(chars, QChar(0x4E2D))) + 1;
    QCOMPARE(ChineseLineBreaker::lines(text, metrics, width), expected);
}

void tst_LineBreaks::fitsOnOneLineWhenItCan()
{
    QFont font;
    font.setPixelSize(20);
    const QFontMetricsF metrics(font);
    const QString text = QStringLiteral("满意度调查活动");
    QCOMPARE(ChineseLineBreaker::lines(text, metrics, 10000), QStringList {text});
    // An English title breaks at spaces, as Qt does.
    const QString english = QStringLiteral("Netizen Cybersecurity Sense Satisfaction Survey");
    const QStringList lines = ChineseLineBreaker::lines(
        english, metrics, metrics.horizontalAdvance(QStringLiteral("Cybersecurity Sense ")) + 1);
    QCOMPARE(lines.join(QLatin1Char(' ')), english);
    for (const QString &l : lines)
        QVERIFY(!l.contains(QLatin1Char(' ')) || l.split(QLatin1Char(' ')).size() <= 3);
}

void tst_LineBreaks::posterTitleBreaksBetweenWords()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QTemporaryDir dir;
    Link link;
    link.campaignYear = 2024;
    link.unitName = QStringLiteral("广东省网络安全协会");
    link.token = QStringLiteral("AB12CD34EF");
    link.url = QStringLiteral("https://survey.example.cn/2024/q?c=AB12CD34EF");
    for (const auto size : {PosterRenderer::PageSize::A4, PosterRenderer::PageSize::A5}) {
        const QString path = dir.filePath(QStringLiteral("poster-%1.pdf").arg(int(size)));
        QCOMPARE(PosterRenderer(size).writePdf(path, link), QString());
        QProcess p;
        p.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY(p.waitForFinished());
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        // However the title is laid out, 满意度 and 调查活动 stay whole on their lines.
        QVERIFY2(out.contains(QStringLiteral("满意度")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("调查活动")), qPrintable(out));
    }
}

QTEST_MAIN(tst_LineBreaks)
#include "tst_line_breaks.moc"
