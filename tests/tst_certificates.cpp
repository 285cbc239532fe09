// Commendation certificates: issued to the commendation list, numbered, rendered through the
// letters' machinery and read back with pdftotext, verified by their codes.
#include "TestSupport.h"
#include "certificates/CertificateRepository.h"
#include "db/Database.h"
#include "dialogs/CertificatesDialog.h"
#include "repo/CampaignRepository.h"

#include <QDir>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTranslator>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestCertificates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void issuedToTheCommendationListOnce();
    void renderedAndReadBack();
    void verifiedByCode();
    void revokedWithReasonAuditedAndShownWhenVerified();
    void dialogListsRevokesAndVerifies();
    void dialogInChinese();

private:
    CliResult cli(QStringList arguments) const
    {
        arguments << QStringLiteral("--db") << m_db;
        return runCli(arguments);
    }

    QTemporaryDir m_dir;
    QString m_db;
    QStringList m_issued; // number,unit_id,unit,grade,verify_code
    QStringList m_commended; // unit ids of the commendation list
};

void TestCertificates::initTestCase()
{
    m_db = newDatabaseLocation(QStringLiteral("certificates"));
    QCOMPARE(cli({QStringLiteral("demo")}).exitCode, 0);
    const QString csv = m_dir.filePath(QStringLiteral("commendations.csv"));
    QCOMPARE(cli({QStringLiteral("commendations"), QStringLiteral("--campaign"),
                  QStringLiteral("2024"), QStringLiteral("--out"), csv})
                 .exitCode,
             0);
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.removeFirst();
    for (const QString &l : lines)
        m_commended.append(l.section(QLatin1Char(','), 0, 0).remove(QChar(0xfeff)));
    QVERIFY(m_commended.size() > 5);
}

void TestCertificates::issuedToTheCommendationListOnce()
{
    CliResult r = cli({QStringLiteral("certificates"), QStringLiteral("issue"),
                       QStringLiteral("--campaign"), QStringLiteral("2024")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    m_issued = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(m_issued.takeLast().contains(QStringLiteral("certificate(s) issued")));
    QCOMPARE(m_issued.size(), m_commended.size());
    for (int i = 0; i < m_issued.size(); ++i) {
        const QStringList f = m_issued.at(i).split(QLatin1Char(','));
        QCOMPARE(f.at(0), QStringLiteral("2024-RY-%1").arg(i + 1, 4, 10, QLatin1Char('0')));
        QCOMPARE(f.at(1), m_commended.at(i)); // in the list's order
        QCOMPARE(f.at(4).size(), 10);
    }
    r = cli({QStringLiteral("certificates"), QStringLiteral("issue"), QStringLiteral("--campaign"),
             QStringLiteral("2024")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("0 certificate(s) issued")));
    r = cli({QStringLiteral("certificates"), QStringLiteral("list"), QStringLiteral("--campaign"),
             QStringLiteral("2024")});
    QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts), m_issued);
}

void TestCertificates::renderedAndReadBack()
{
    const QString dir = m_dir.filePath(QStringLiteral("pdf"));
    const CliResult r
        = cli({QStringLiteral("certificates"), QStringLiteral("render"),
               QStringLiteral("--campaign"), QStringLiteral("2024"), QStringLiteral("--out"), dir});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QDir(dir).entryList({QStringLiteral("*.pdf")}).size(), m_issued.size());
    const QStringList first = m_issued.constFirst().split(QLatin1Char(','));
    const QStringList files = QDir(dir).entryList({first.at(0) + QStringLiteral("_*.pdf")});
    QCOMPARE(files.size(), 1);
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               {QDir(dir).filePath(files.constFirst()), QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString out = QString::fromUtf8(text.readAllStandardOutput()).remove(QLatin1Char(' '));
    QVERIFY2(out.contains(QStringLiteral("荣　誉　证　书"))
                 || out.contains(QStringLiteral("荣誉证书")),
             qPrintable(out));
    QVERIFY(out.contains(first.at(2)));
    QVERIFY(out.contains(QStringLiteral("证书编号：") + first.at(0)));
    QVERIFY(out.contains(QStringLiteral("校验码：") + first.at(4)));
}

void TestCertificates::verifiedByCode()
{
    const QStringList first = m_issued.constFirst().split(QLatin1Char(','));
    CliResult r
        = cli({QStringLiteral("certificates"), QStringLiteral("verify"), first.at(4).toLower()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(first.at(0)));
    r = cli(
        {QStringLiteral("certificates"), QStringLiteral("verify"), QStringLiteral("0000000000")});
    QCOMPARE(r.exitCode, 1);
}

void TestCertificates::revokedWithReasonAuditedAndShownWhenVerified()
{
    const QStringList second = m_issued.at(1).split(QLatin1Char(','));
    const QString reason = QStringLiteral("样本数据造假，撤销表彰");
    CliResult r = cli({QStringLiteral("certificates"), QStringLiteral("revoke"), second.at(0)});
    QCOMPARE(r.exitCode, 1); // a reason is required
    QVERIFY(r.err.contains(QStringLiteral("reason")));
    r = cli({QStringLiteral("certificates"), QStringLiteral("revoke"), second.at(0),
             QStringLiteral("--reason"), reason});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({QStringLiteral("certificates"), QStringLiteral("revoke"), second.at(0),
             QStringLiteral("--reason"), QStringLiteral("again")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("already revoked")), qPrintable(r.err));

    r = cli({QStringLiteral("certificates"), QStringLiteral("verify"), second.at(4)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.startsWith(QStringLiteral("revoked: ") + second.at(0)), qPrintable(r.out));
    QVERIFY(r.out.contains(reason));
    r = cli({QStringLiteral("certificates"), QStringLiteral("verify"),
             m_issued.at(0).split(QLatin1Char(',')).at(4)});
    QCOMPARE(r.exitCode, 0); // the others stay valid

    r = cli({QStringLiteral("certificates"), QStringLiteral("list"), QStringLiteral("--campaign"),
             QStringLiteral("2024")});
    const QStringList listed = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(listed.at(1), m_issued.at(1) + QStringLiteral(",revoked,") + reason);
    QCOMPARE(listed.at(0), m_issued.at(0));

    r = cli({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.exitCode, 0);
    const QStringList audit = r.out.split(QLatin1Char('\n')).filter(reason);
    QCOMPARE(audit.size(), 1);
    QVERIFY2(audit.constFirst().contains(second.at(0)), qPrintable(audit.constFirst()));

    // Rendering leaves the revoked one out; issuing does not give its unit a new one.
    const QString dir = m_dir.filePath(QStringLiteral("after-revoke"));
    r = cli({QStringLiteral("certificates"), QStringLiteral("render"), QStringLiteral("--campaign"),
             QStringLiteral("2024"), QStringLiteral("--out"), dir});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QDir(dir).entryList({QStringLiteral("*.pdf")}).size(), m_issued.size() - 1);
    QVERIFY(QDir(dir).entryList({second.at(0) + QStringLiteral("_*.pdf")}).isEmpty());
    r = cli({QStringLiteral("certificates"), QStringLiteral("issue"), QStringLiteral("--campaign"),
             QStringLiteral("2024")});
    QVERIFY(r.out.contains(QStringLiteral("0 certificate(s) issued")));
}

void TestCertificates::dialogListsRevokesAndVerifies()
{
    const std::unique_ptr<Database> db = openMigrated(m_db);
    QVERIFY(db);
    const Lookup<Campaign> campaign = CampaignRepository(*db).byYear(2024);
    QVERIFY(campaign);
    CertificatesDialog dialog(*db, *campaign);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("certificatesTable"));
    QCOMPARE(table->rowCount(), m_issued.size());
    const QStringList second = m_issued.at(1).split(QLatin1Char(','));
    const QStringList third = m_issued.at(2).split(QLatin1Char(','));
    QCOMPARE(table->item(2, 0)->text(), third.at(0));
    QCOMPARE(table->item(2, 5)->text(), QStringLiteral("valid"));
    QVERIFY(table->item(1, 5)->text().startsWith(QStringLiteral("revoked "))); // by the CLI
    QVERIFY(!dialog.revokeSelected(QStringLiteral("no row chosen")));
    table->setCurrentCell(2, 0);
    QVERIFY(dialog.revokeSelected(QStringLiteral("重复表彰")));
    QVERIFY(table->item(2, 5)->text().endsWith(QStringLiteral(": 重复表彰")));
    table->setCurrentCell(2, 0);
    QVERIFY(!dialog.revokeSelected(QStringLiteral("again")));
    QVERIFY(dialog.verdict(third.at(4)).startsWith(QStringLiteral("Revoked: ") + third.at(0)));
    QVERIFY(dialog.verdict(third.at(4)).endsWith(QStringLiteral(": 重复表彰")));
    QVERIFY(dialog.verdict(second.at(4)).startsWith(QStringLiteral("Revoked: ")));
    QVERIFY(dialog.verdict(m_issued.at(0).split(QLatin1Char(',')).at(4))
                .startsWith(QStringLiteral("Valid: ")));
    QVERIFY(dialog.verdict(QStringLiteral("0000000000")).startsWith(QStringLiteral("Unknown")));
    QVERIFY(CertificateRepository(*db).verify(third.at(4))->isRevoked());
}

void TestCertificates::dialogInChinese()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/secretariat_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    const std::unique_ptr<Database> db = openMigrated(m_db);
    CertificatesDialog dialog(*db, *CampaignRepository(*db).byYear(2024));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("certificatesRevoke"))->text(),
             QStringLiteral("吊销…"));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("certificatesTable"));
    QCOMPARE(table->horizontalHeaderItem(3)->text(), QStringLiteral("校验码"));
    QVERIFY(table->item(1, 5)->text().startsWith(QStringLiteral("已吊销")));
    QCOMPARE(table->item(0, 5)->text(), QStringLiteral("有效"));
    if (const QString shots = qEnvironmentVariable("CERTIFICATES_SCREENSHOTS"); !shots.isEmpty())
        dialog.grab().save(QDir(shots).filePath(QStringLiteral("certificates-dialog.png")));
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestCertificates)
#include "tst_certificates.moc"
