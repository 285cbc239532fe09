// The daily bulletin: its figures, read back from the PDF with pdftotext, are those `progress`
// and `daily` print for the same day; the PNG is 1080 px wide and drawn.
#include "TestSupport.h"
#include "PdfText.h"

#include "progress/BulletinRenderer.h"

#include <QImage>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

struct UnitFigures
{
    QString name;
    QString region;
    qint64 target = 0;
    qint64 valid = 0;
};

qint64 number(const QString &text)
{
    return QString(text).remove(QLatin1Char(',')).toLongLong();
}

QStringList csvLines(const CliResult &r)
{
    QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &l : lines)
        l = l.trimmed();
    if (!lines.isEmpty())
        lines.removeFirst(); // header
    return lines;
}

} // namespace

class TestBulletin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lastDayEqualsProgress();
    void earlierDayEqualsDailyUpToIt();
    void pngIsPhoneWideAndDrawn();
    void refusesOtherSuffixes();

private:
    CliResult cli(QStringList arguments) const;
    QString bulletinPdf(const QString &date);

    QTemporaryDir m_dir;
    QString m_db;
    QMap<qint64, UnitFigures> m_units; // from `progress`
    QMap<QString, QMap<qint64, qint64>> m_daily; // date -> unit -> valid, from `daily`
    int m_pages = 0; // of the last PDF
};

CliResult TestBulletin::cli(QStringList arguments) const
{
    arguments << QStringLiteral("--db") << m_db;
    return runCli(arguments);
}

void TestBulletin::initTestCase()
{
    m_db = newDatabaseLocation(QStringLiteral("bulletin"));
    QCOMPARE(cli({QStringLiteral("demo")}).exitCode, 0);
    const CliResult progress
        = cli({QStringLiteral("progress"), QStringLiteral("--campaign"), QStringLiteral("2024")});
    QCOMPARE(progress.exitCode, 0);
    for (const QString &line : csvLines(progress)) {
        const QStringList f = line.split(QLatin1Char(','));
        QCOMPARE(f.size(), 8); // unit_id,unit,kind,region,target,valid_samples,percent,forecast
        m_units.insert(f.at(0).toLongLong(),
                       {f.at(1), f.at(3), f.at(4).toLongLong(), f.at(5).toLongLong()});
    }
    const CliResult daily
        = cli({QStringLiteral("daily"), QStringLiteral("--campaign"), QStringLiteral("2024")});
    QCOMPARE(daily.exitCode, 0);
    for (const QString &line : csvLines(daily)) {
        const QStringList f = line.split(QLatin1Char(','));
        QCOMPARE(f.size(), 5); // unit_id,unit,date,valid_samples,suggestions
        m_daily[f.at(2)][f.at(0).toLongLong()] = f.at(3).toLongLong();
    }
    QVERIFY(m_units.size() > 100);
    QVERIFY(m_daily.size() >= 5);
}

QString TestBulletin::bulletinPdf(const QString &date)
{
    const QString path = m_dir.filePath(date + QStringLiteral(".pdf"));
    const CliResult r
        = cli({QStringLiteral("bulletin"), QStringLiteral("--campaign"), QStringLiteral("2024"),
               QStringLiteral("--date"), date, QStringLiteral("--out"), path});
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(r.err));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    info.waitForFinished(-1);
    const QRegularExpressionMatch pages
        = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
              .match(QString::fromUtf8(info.readAllStandardOutput()));
    m_pages = pages.captured(1).toInt();
    return PdfText::read(path, {QStringLiteral("-layout")});
}

void TestBulletin::lastDayEqualsProgress()
{
    const QString date = m_daily.lastKey();
    const QString text = bulletinPdf(date);
    QCOMPARE(m_pages, 1);
    qint64 valid = 0;
    qint64 target = 0;
    for (const UnitFigures &u : std::as_const(m_units)) {
        valid += u.valid;
        target += u.target;
    }
    const QRegularExpressionMatch total
        = QRegularExpression(
              QStringLiteral("累计有效样本 ([\\d,]+) / 目标 ([\\d,]+)（完成 ([\\d.]+)%）"))
              .match(text);
    QVERIFY2(total.hasMatch(), qPrintable(text.left(600)));
    QCOMPARE(number(total.captured(1)), valid);
    QCOMPARE(number(total.captured(2)), target);
    const qint64 tenths = (valid * 2000 + target) / (2 * target);
    QCOMPARE(total.captured(3), QStringLiteral("%1.%2").arg(tenths / 10).arg(tenths % 10));
    // The top ten, in order, as progress ranks them.
    QList<qint64> ranked = m_units.keys();
    std::stable_sort(ranked.begin(), ranked.end(), [&](qint64 a, qint64 b) {
        return m_units.value(a).valid > m_units.value(b).valid;
    });
    for (int i = 0; i < 10; ++i) {
        const UnitFigures &u = m_units.value(ranked.at(i));
        const QRegularExpression row(QStringLiteral("\\n\\s*%1\\s+%2\\s+([\\d,]+)\\s")
                                         .arg(i + 1)
                                         .arg(QRegularExpression::escape(u.name)));
        const QRegularExpressionMatch m = row.match(text);
        QVERIFY2(m.hasMatch(), qPrintable(u.name));
        QCOMPARE(number(m.captured(1)), u.valid);
    }
}

void TestBulletin::earlierDayEqualsDailyUpToIt()
{
    const QString date = m_daily.keys().at(3);
    const QString text = bulletinPdf(date);
    QCOMPARE(m_pages, 1);
    qint64 upTo = 0;
    QMap<QString, qint64> regions;
    for (auto d = m_daily.cbegin(); d != m_daily.cend() && d.key() <= date; ++d) {
        for (auto u = d->cbegin(); u != d->cend(); ++u) {
            upTo += u.value();
            regions[m_units.value(u.key()).region] += u.value();
        }
    }
    qint64 today = 0;
    for (qint64 v : m_daily.value(date))
        today += v;
    QVERIFY(text.contains(QStringLiteral("%1　调查第 4 天 / 共 10 天").arg(date))
            || text.contains(QStringLiteral("%1   调查第 4 天 / 共 10 天").arg(date)));
    const QRegularExpressionMatch total
        = QRegularExpression(QStringLiteral("累计有效样本 ([\\d,]+) /")).match(text);
    QVERIFY(total.hasMatch());
    QCOMPARE(number(total.captured(1)), upTo);
    const QRegularExpressionMatch added
        = QRegularExpression(QStringLiteral("当日新增 ([\\d,]+)")).match(text);
    QCOMPARE(number(added.captured(1)), today);
    for (const QString &region : {QStringLiteral("北京市"), QStringLiteral("广东省")}) {
        const QRegularExpressionMatch m
            = QRegularExpression(QStringLiteral("\\n%1\\s+(\\d+)\\s+([\\d,]+)\\s").arg(region))
                  .match(text);
        QVERIFY2(m.hasMatch(), qPrintable(region));
        QCOMPARE(number(m.captured(2)), regions.value(region));
    }
}

void TestBulletin::pngIsPhoneWideAndDrawn()
{
    const QString path = m_dir.filePath(QStringLiteral("b.png"));
    QCOMPARE(cli({QStringLiteral("bulletin"), QStringLiteral("--campaign"), QStringLiteral("2024"),
                  QStringLiteral("--out"), path})
                 .exitCode,
             0);
    const QImage image(path);
    QCOMPARE(image.width(), BulletinRenderer::kWidth);
    QVERIFY(image.height() > 2000);
    // The red header band and black text on white below it.
    QCOMPARE(QColor(image.pixel(4, 4)), QColor(0xb7, 0x1c, 0x1c));
    int dark = 0;
    for (int x = 0; x < image.width(); ++x)
        dark += qGray(image.pixel(x, 300)) < 100 ? 1 : 0;
    QVERIFY(dark > 0);
}

void TestBulletin::refusesOtherSuffixes()
{
    const CliResult r
        = cli({QStringLiteral("bulletin"), QStringLiteral("--campaign"), QStringLiteral("2024"),
               QStringLiteral("--out"), m_dir.filePath(QStringLiteral("b.jpg"))});
    QCOMPARE(r.exitCode, 2);
}

QTEST_MAIN(TestBulletin)
#include "tst_bulletin.moc"
