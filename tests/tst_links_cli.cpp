// secretariat-cli links as a user runs it: request, pending, issue, list, revoke, restore,
// export and qr, with their exit statuses.
#include "LinksTestData.h"
#include "TestSupport.h"

#include "links/LinkFileExporter.h"
#include "links/LinkRepository.h"

#include <QDir>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace LinksTestData;
using TestSupport::runCli;

class tst_LinksCli : public QObject
{
    Q_OBJECT
private slots:
    void listWithoutCampaignIsTheLatest();
    void initTestCase();
    void requestAndPending();
    void issueListRevokeRestore();
    void exportAndQr();
    void usageAndRejections();
    void twoDesksIssueAtOnce();

private:
    QStringList cli(const QStringList &arguments) const
    {
        return QStringList {QStringLiteral("--db"), m_location} + arguments;
    }
    QString m_location;
    qint64 m_unitA = 0;
    qint64 m_unitB = 0;
    QTemporaryDir m_dir;
};

void tst_LinksCli::initTestCase()
{
    m_location = TestSupport::newDatabaseLocation(QStringLiteral("links-cli"));
    auto db = TestSupport::openMigrated(m_location);
    const qint64 campaign = addCampaign(
        *db, 2020, QStringLiteral("https://survey.example.org/2020"), QDate(2020, 7, 10));
    m_unitA = addUnit(*db, QStringLiteral("浙江省网络空间安全协会"), campaign);
    m_unitB
        = addUnit(*db, QStringLiteral("<b>A&B \"C\"</b>"), campaign, QStringLiteral("supporting"));
}

void tst_LinksCli::requestAndPending()
{
    auto r = runCli(cli({QStringLiteral("links"), QStringLiteral("pending"),
                         QStringLiteral("--campaign"), QStringLiteral("2020")}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("2 units"))
                 && r.out.contains(QStringLiteral("2020-07-10")),
             qPrintable(r.out));
    r = runCli(cli({QStringLiteral("links"), QStringLiteral("request"),
                    QStringLiteral("--campaign"), QStringLiteral("2020"), QStringLiteral("--unit"),
                    QString::number(m_unitA), QStringLiteral("--count"), QStringLiteral("3"),
                    QStringLiteral("--date"), QStringLiteral("2020-07-08")}));
    QCOMPARE(r.exitCode, 0);
    r = runCli(cli({QStringLiteral("links"), QStringLiteral("pending")}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("1 units")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("<b>A&B \"C\"</b>")));
    QVERIFY(!r.out.contains(QStringLiteral("浙江省")));
}

void tst_LinksCli::issueListRevokeRestore()
{
    auto r
        = runCli(cli({QStringLiteral("links"), QStringLiteral("issue"),
                      QStringLiteral("--campaign"), QStringLiteral("2020"),
                      QStringLiteral("--unit"), QString::number(m_unitA), QStringLiteral("--count"),
                      QStringLiteral("3"), QStringLiteral("--label"), QStringLiteral("公众号")}));
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    const QString token = lines.first().section(QLatin1Char('\t'), 0, 0);
    QCOMPARE(lines.first().section(QLatin1Char('\t'), 1),
             QStringLiteral("https://survey.example.org/2020?src=") + token);

    r = runCli(cli({QStringLiteral("links"), QStringLiteral("issue"), QStringLiteral("--campaign"),
                    QStringLiteral("2020"), QStringLiteral("--unit"), QString::number(m_unitB),
                    QStringLiteral("--count"), QStringLiteral("1")}));
    QCOMPARE(r.exitCode, 0);

    r = runCli(cli({QStringLiteral("links"), QStringLiteral("revoke"), token.toLower()}));
    QCOMPARE(r.exitCode, 0);
    r = runCli(cli({QStringLiteral("links"), QStringLiteral("revoke"), token}));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("token: ")), qPrintable(r.err));

    r = runCli(cli({QStringLiteral("links"), QStringLiteral("list"), QStringLiteral("--campaign"),
                    QStringLiteral("2020"), QStringLiteral("--format"), QStringLiteral("csv")}));
    QCOMPARE(r.exitCode, 0);
    QStringList rows = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.first(), QStringLiteral("year,unit_id,unit,token,url,label,status,samples"));
    QVERIFY(r.out.contains(QStringLiteral("\"<b>A&B \"\"C\"\"</b>\"")));
    QCOMPARE(r.out.count(QStringLiteral(",revoked,")), 1);
    QVERIFY(r.out.contains(token + QStringLiteral(",https://survey.example.org/2020?src=") + token
                           + QStringLiteral(",公众号,revoked,0")));

    r = runCli(cli({QStringLiteral("links"), QStringLiteral("list"), QStringLiteral("--unit"),
                    QString::number(m_unitB)}));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed().split(QLatin1Char('\n')).size(), 1);

    r = runCli(cli({QStringLiteral("links"), QStringLiteral("restore"),
                    QStringLiteral("https://survey.example.org/2020?src=") + token}));
    QCOMPARE(r.exitCode, 0);
    r = runCli(cli({QStringLiteral("links"), QStringLiteral("list"), QStringLiteral("--status"),
                    QStringLiteral("revoked")}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.trimmed().isEmpty());
}

void tst_LinksCli::exportAndQr()
{
    const QString xlsx = m_dir.filePath(QStringLiteral("out.xlsx"));
    auto r = runCli(cli({QStringLiteral("links"), QStringLiteral("export"), xlsx,
                         QStringLiteral("--campaign"), QStringLiteral("2020")}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("4 links")));
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-l"), xlsx});
    QVERIFY(unzip.waitForFinished());
    QVERIFY(unzip.readAllStandardOutput().contains("xl/worksheets/sheet1.xml"));

    const QString csv = m_dir.filePath(QStringLiteral("out.csv"));
    r = runCli(cli({QStringLiteral("links"), QStringLiteral("export"), csv}));
    QCOMPARE(r.exitCode, 0);
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("\xEF\xBB\xBFunit_id,unit,token,url,label,status\r\n"));

    const QString out = m_dir.filePath(QStringLiteral("qr"));
    r = runCli(cli({QStringLiteral("links"), QStringLiteral("qr"), QStringLiteral("--campaign"),
                    QStringLiteral("2020"), QStringLiteral("--out"), out, QStringLiteral("--unit"),
                    QString::number(m_unitB), QStringLiteral("--poster"), QStringLiteral("--svg"),
                    QStringLiteral("--size"), QStringLiteral("200"), QStringLiteral("--page"),
                    QStringLiteral("A5")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QStringList files = QDir(out).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 3);
    for (const QString &f : files)
        QVERIFY2(f.startsWith(QStringLiteral("_b_A&B _C___b__")), qPrintable(f));
    const QString png = QDir(out).filePath(files.filter(QStringLiteral(".png")).constFirst());
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png});
    QVERIFY(zbar.waitForFinished(30000));
    QVERIFY(QString::fromUtf8(zbar.readAllStandardOutput())
                .trimmed()
                .startsWith(QStringLiteral("https://survey.example.org/2020?src=")));
}

void tst_LinksCli::usageAndRejections()
{
    QCOMPARE(runCli(cli({QStringLiteral("links")})).exitCode, 2);
    QCOMPARE(runCli(cli({QStringLiteral("links"), QStringLiteral("frobnicate")})).exitCode, 2);
    QCOMPARE(
        runCli(cli({QStringLiteral("links"), QStringLiteral("issue"), QStringLiteral("--campaign"),
                    QStringLiteral("2020"), QStringLiteral("--unit"), QString::number(m_unitA)}))
            .exitCode,
        2);
    QCOMPARE(
        runCli(cli({QStringLiteral("links"), QStringLiteral("issue"), QStringLiteral("--campaign"),
                    QStringLiteral("2020"), QStringLiteral("--unit"), QStringLiteral("x"),
                    QStringLiteral("--count"), QStringLiteral("1")}))
            .exitCode,
        2);
    QCOMPARE(runCli(cli({QStringLiteral("links"), QStringLiteral("revoke")})).exitCode, 2);
    QCOMPARE(runCli(cli({QStringLiteral("links"), QStringLiteral("qr"),
                         QStringLiteral("--campaign"), QStringLiteral("2020")}))
                 .exitCode,
             2);
    QCOMPARE(runCli(cli({QStringLiteral("links"), QStringLiteral("list"),
                         QStringLiteral("--format"), QStringLiteral("xml")}))
                 .exitCode,
             2);

    auto r = runCli(
        cli({QStringLiteral("links"), QStringLiteral("issue"), QStringLiteral("--campaign"),
             QStringLiteral("2020"), QStringLiteral("--unit"), QStringLiteral("999"),
             QStringLiteral("--count"), QStringLiteral("1")}));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(QStringLiteral("unit: ")), qPrintable(r.err));
    r = runCli(cli({QStringLiteral("links"), QStringLiteral("issue"), QStringLiteral("--campaign"),
                    QStringLiteral("1999"), QStringLiteral("--unit"), QString::number(m_unitA),
                    QStringLiteral("--count"), QStringLiteral("1")}));
    QCOMPARE(r.exitCode, 1);
    r = runCli(
        cli({QStringLiteral("links"), QStringLiteral("restore"), QStringLiteral("NOSUCHTOKEN")}));
    QCOMPARE(r.exitCode, 1);
    r = runCli(cli({QStringLiteral("links"), QStringLiteral("--help")}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("links qr --campaign Y --out DIR")));
}

void tst_LinksCli::twoDesksIssueAtOnce()
{
    // Two coordinators issue links at the same moment, from two processes: every token is
    // unique, none is lost, each unit gets what was asked.
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("links-two-desks"));
    qint64 units[2] = {0, 0};
    {
        auto db = TestSupport::openMigrated(location);
        const qint64 campaign = addCampaign(
            *db, 2021, QStringLiteral("https://survey.example.org/2021"), QDate(2021, 7, 10));
        units[0] = addUnit(*db, QStringLiteral("江苏省网络空间安全协会"), campaign);
        units[1] = addUnit(*db, QStringLiteral("安徽省网络安全协会"), campaign);
    }
    QList<QStringList> desks;
    for (qint64 unit : units)
        desks.append({QStringLiteral("--db"), location, QStringLiteral("links"),
                      QStringLiteral("issue"), QStringLiteral("--campaign"), QStringLiteral("2021"),
                      QStringLiteral("--unit"), QString::number(unit), QStringLiteral("--count"),
                      QStringLiteral("1500")});
    QSet<QString> tokens;
    for (const TestSupport::CliResult &r : TestSupport::runCliAtOnce(desks)) {
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 1500);
        for (const QString &line : lines)
            tokens.insert(line.section(QLatin1Char('\t'), 0, 0));
    }
    QCOMPARE(tokens.size(), 3000);
    auto db = TestSupport::openMigrated(location);
    for (qint64 unit : units)
        QCOMPARE(TestSupport::count(*db, QStringLiteral("links"),
                                    QStringLiteral("unit_id = %1").arg(unit)),
                 qint64(1500));
}

void tst_LinksCli::listWithoutCampaignIsTheLatest()
{
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("latest"));
    QString oldToken, newToken;
    {
        auto db = TestSupport::openMigrated(location);
        const qint64 c2021 = addCampaign(*db, 2021, QStringLiteral("https://s.example.org/21"),
                                         QDate(2021, 7, 10));
        const qint64 c2022 = addCampaign(*db, 2022, QStringLiteral("https://s.example.org/22"),
                                         QDate(2022, 7, 10));
        const qint64 unit = addUnit(*db, QStringLiteral("甲协会"), c2021);
        const qint64 unit2022 = addUnit(*db, QStringLiteral("乙协会"), c2022);
        QList<Link> links;
        QVERIFY(LinkRepository(*db).issue(c2021, unit, 1, QString(), &links).isEmpty());
        oldToken = links.first().token;
        QVERIFY(LinkRepository(*db).issue(c2022, unit2022, 1, QString(), &links).isEmpty());
        newToken = links.first().token;
    }
    const auto r
        = runCli({QStringLiteral("--db"), location, QStringLiteral("links"), QStringLiteral("list"),
                  QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(newToken));
    QVERIFY(!r.out.contains(oldToken));
}

QTEST_GUILESS_MAIN(tst_LinksCli)
#include "tst_links_cli.moc"
