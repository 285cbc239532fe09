// QR codes decode, with zbarimg, to exactly the text encoded.
#include "links/QrCode.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_QrCode : public QObject
{
    Q_OBJECT
private slots:
    void decodesBack_data();
    void decodesBack();
    void svgHasQuietZone();
};

void tst_QrCode::decodesBack_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("url") << QStringLiteral(
        "https://survey.example.org/2024/q?lang=zh&src=7K3M9Q2XH4V8TB1N");
    QTest::newRow("code") << QStringLiteral("ABCD2345EF");
    QTest::newRow("number") << QStringLiteral("2024-FQ-0001 ABCD2345EF");
}

void tst_QrCode::decodesBack()
{
    QFETCH(QString, text);
    if (QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty())
        QFAIL("zbarimg (zbar-tools) is required");
    const QrCode code(text);
    QVERIFY(!code.isNull());
    const QImage image = code.toImage(300);
    QVERIFY(image.width() >= 100 && image.width() <= 300);
    QCOMPARE(image.width(), image.height());
    // The quiet zone is white.
    QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("qr.png"));
    QVERIFY(image.save(png));
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png});
    QVERIFY(zbar.waitForFinished(30000));
    QCOMPARE(zbar.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), text);
}

void tst_QrCode::svgHasQuietZone()
{
    const QrCode code(QStringLiteral("x"));
    const QByteArray svg = code.toSvg();
    const int total = code.size() + 2 * QrCode::kQuietZone;
    QVERIFY(svg.contains("viewBox=\"0 0 " + QByteArray::number(total) + ' '
                         + QByteArray::number(total) + '"'));
    QVERIFY(!svg.contains("M0,") && !svg.contains("M1,"));
}

QTEST_GUILESS_MAIN(tst_QrCode)
#include "tst_qrcode.moc"
