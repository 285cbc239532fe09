// Mail: MIME written and read back, mailings filled and escaped, messages sent to a loopback
// SMTP server that records them (one refusing a recipient, one dropping the connection), the
// send log, "resend the failed", the dry run's .eml files and the CLI; STARTTLS and implicit TLS
// with a self-signed certificate, the password in a desktop keyring (gnome-keyring on a private
// D-Bus session), the mailing dialog sending with progress and Cancel, and libxlsxwriter's own
// libc surviving a setenv() after it was loaded.
#include "LinksTestData.h"
#include "MimeReader.h"
#include "SmtpTestServer.h"
#include "TestSupport.h"
#include "WhenModal.h"
#include "checklist/Checklist.h"
#include "checklist/ChecklistRepository.h"

#include "db/Database.h"
#include "io/XlsxReader.h"
#include "dialogs/MailAccountDialog.h"
#include "dialogs/MailDialog.h"
#include "letters/LetterRenderer.h"
#include "letters/LetterRepository.h"
#include "links/LinkRepository.h"
#include "mail/MailAccountRepository.h"
#include "mail/MailLogRepository.h"
#include "mail/MailRun.h"
#include "mail/MailTemplate.h"
#include "mail/MailingRepository.h"
#include "mail/MimeComposer.h"
#include "mail/SecretStore.h"
#include "repo/CampaignRepository.h"
#include "repo/UnitRepository.h"

#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QTranslator>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QTableWidget>
#include <QUuid>

#include <malloc.h>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QComboBox>
#include <QDirIterator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>

using namespace TestSupport;

namespace {

struct TestUnit
{
    qint64 id = 0;
    QString name;
    QString email;
};

void setContact(Database &db, qint64 unitId, const QString &email, const QString &contact,
                const QString &province)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE units SET email = ?, contact = ?, province = ? WHERE id = ?"));
    q.addBindValue(email);
    q.addBindValue(contact);
    q.addBindValue(province);
    q.addBindValue(unitId);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A self-signed certificate for 127.0.0.1 made by openssl(1); *pem gets the certificate.
bool makeCertificate(const QString &dir, const QString &name, QByteArray *pem, QSslKey *key)
{
    const QString cert = QDir(dir).filePath(name + QStringLiteral(".pem"));
    const QString keyFile = QDir(dir).filePath(name + QStringLiteral(".key"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"),
                   QStringLiteral("-keyout"), keyFile, QStringLiteral("-out"), cert});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
        return false;
    *pem = readFile(cert);
    *key = QSslKey(readFile(keyFile), QSsl::Rsa);
    return !pem->isEmpty() && !key->isNull();
}

// Runs handler once a modal W is active, for as long as *watching; a guard for a dialog that
// must not come up (it is answered, and noticed).
template<typename W>
void watchModal(std::shared_ptr<bool> watching, std::function<void(W *)> handler)
{
    QTimer::singleShot(10, [watching, handler] {
        if (!*watching)
            return;
        if (auto *w = qobject_cast<W *>(QApplication::activeModalWidget()))
            handler(w);
        watchModal<W>(watching, handler);
    });
}

} // namespace

class TestMail : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void composedMessageReadsBack();
    void longNamesFoldAndStayWhole();
    void templateValuesAreEscaped();
    void lettersSentAndLogged();
    void linksMailingCarriesXlsxAndQr();
    void refusedRecipientIsFailedAndResent();
    void droppedConnectionMarksOnlyAccepted();
    void cancelStopsBeforeTheNext();
    void dryRunWritesOneEmlPerUnit();
    void mailingEditsAreStoredAndFilter();
    void cliSendsDryRunAndShowsLog();
    void unitWithoutAddressIsLoggedFailed();
    void noPasswordInClearOverTheNetwork();
    void dialogPreviewsAUnitsMessage();
    void xlsxSurvivesSetenvAfterItLoaded();
    void mailingToUnitsMissingAnItem();
    void tlsAndStartTlsWithASelfSignedCertificate_data();
    void tlsAndStartTlsWithASelfSignedCertificate();
    void keyringKeepsThePasswordOffTheDisk();
    void dialogSendsWithProgressCancelAndResend();
    void userGuideExplainsMailBulletinAndCertificates();
    void dialogsInChinese();

private:
    MailRun::Options options(const QString &mailing, quint16 port) const;
    // Whether secret is anywhere the program stores things: the SQLite files on disk, and on
    // both backends the mail settings and the send log.
    bool storedAnywhere(const QByteArray &secret) const;
    QList<int> sentUnitsInDialog(QListWidget *units) const;

    QTemporaryDir m_certificates;
    QByteArray m_serverPem;
    QSslKey m_serverKey;
    QByteArray m_otherPem;

    std::unique_ptr<Database> m_db;
    QString m_location;
    Campaign m_campaign;
    QList<TestUnit> m_units;
};

void TestMail::initTestCase()
{
    // A variable set before libxlsxwriter is loaded, as secretariat-cli's main() sets
    // QT_QPA_PLATFORM: from then on the environment array is one setenv() reallocates.
    qputenv("SECRETARIAT_MAIL_TEST", "1");
    QSslKey otherKey;
    QVERIFY(makeCertificate(m_certificates.path(), QStringLiteral("server"), &m_serverPem,
                            &m_serverKey));
    QVERIFY(
        makeCertificate(m_certificates.path(), QStringLiteral("other"), &m_otherPem, &otherKey));
}

void TestMail::init()
{
    // One database per test function and data row.
    QString name = QString::fromLatin1(QTest::currentTestFunction());
    if (const char *tag = QTest::currentDataTag())
        name += QLatin1Char('_') + QString::fromLatin1(tag).remove(QLatin1Char(' '));
    m_location = newDatabaseLocation(name);
    m_db = openMigrated(m_location);
    const qint64 c = LinksTestData::addCampaign(
        *m_db, 2024, QStringLiteral("https://www.wjx.cn/vm/AbCdEf.aspx"), QDate(2024, 7, 10));
    m_campaign = *CampaignRepository(*m_db).byId(c);
    m_units = {{0, QStringLiteral("广东省网络空间安全协会"), QStringLiteral("gd@example.org")},
               {0, QStringLiteral("𠮷祥物流有限公司"), QStringLiteral("jx@example.com")},
               {0, QStringLiteral("深圳<新闻>&网"), QStringLiteral("sz@example.net")}};
    const QStringList provinces {QStringLiteral("44"), QStringLiteral("11"), QStringLiteral("44")};
    for (int i = 0; i < m_units.size(); ++i) {
        TestUnit &u = m_units[i];
        u.id = LinksTestData::addUnit(*m_db, u.name, c,
                                      i == 1 ? QStringLiteral("supporting")
                                             : QStringLiteral("initiating-1"));
        setContact(*m_db, u.id, u.email, QStringLiteral("联系人%1").arg(i + 1), provinces.at(i));
        QVERIFY(LinkRepository(*m_db).issue(c, u.id, 2, QStringLiteral("公众")).isEmpty());
    }
    QVERIFY(LetterRepository(*m_db).issueMissing(c).isEmpty());
    MailAccount a;
    a.host = QStringLiteral("127.0.0.1");
    a.security = MailAccount::Security::None;
    a.username = QStringLiteral("office@example.cn");
    a.fromAddress = QStringLiteral("office@example.cn");
    a.fromName = QStringLiteral("调查活动秘书处");
    a.paceSeconds = 0;
    QVERIFY(MailAccountRepository(*m_db).save(a).isEmpty());
}

MailRun::Options TestMail::options(const QString &mailing, quint16 port) const
{
    MailRun::Options o;
    o.campaign = m_campaign;
    o.mailing = *MailingRepository(*m_db).byName(m_campaign.id, mailing);
    o.account = MailAccountRepository(*m_db).load();
    o.account.port = port;
    o.password = QStringLiteral("authcode-123");
    return o;
}

void TestMail::composedMessageReadsBack()
{
    MailMessage m;
    m.fromAddress = QStringLiteral("office@example.cn");
    m.fromName = QStringLiteral("秘书处");
    m.to = QStringLiteral("unit@example.org");
    m.toName = QStringLiteral("张\"三\"");
    m.subject = QStringLiteral("2024年授权书 2024-FQ-0001（广东省网络空间安全协会）");
    m.text = QStringLiteral("您好！\n第二行");
    m.html = QStringLiteral("<p>您好！</p>");
    QByteArray binary;
    for (int i = 0; i < 5000; ++i)
        binary.append(char(i * 7));
    m.attachments
        = {{QStringLiteral("2024-FQ-0001_广东省网络空间安全协会.pdf"), "application/pdf", binary},
           {QStringLiteral("plain.txt"), "text/plain", "abc"}};
    const QByteArray raw = MimeComposer::compose(
        m, QDateTime(QDate(2024, 7, 17), QTime(9, 30), QTimeZone(8 * 3600)), "abc123@example.cn");
    const MimeReader r(raw);
    QCOMPARE(r.subject(), m.subject);
    // An encoded-word is one atom: the quotes inside come back as they were (RFC 2047 §5).
    QCOMPARE(r.header("to"), QStringLiteral("张\"三\" <unit@example.org>"));
    QCOMPARE(r.header("from"), QStringLiteral("秘书处 <office@example.cn>"));
    QCOMPARE(r.header("date"), QStringLiteral("Wed, 17 Jul 2024 09:30:00 +0800"));
    QCOMPARE(r.header("message-id"), QStringLiteral("<abc123@example.cn>"));
    QCOMPARE(r.text(), m.text);
    QCOMPARE(r.html(), m.html);
    const QList<MimeReader::Part> att = r.attachments();
    QCOMPARE(att.size(), 2);
    QCOMPARE(att.at(0).fileName, m.attachments.at(0).fileName);
    QCOMPARE(att.at(0).body, binary);
    QCOMPARE(att.at(0).contentType, QByteArray("application/pdf"));
    QCOMPARE(att.at(1).fileName, QStringLiteral("plain.txt"));
    QCOMPARE(att.at(1).body, QByteArray("abc"));
    for (const QByteArray &line : raw.split('\n')) {
        QVERIFY2(line.size() <= 78, line.constData()); // RFC 5322 §2.1.1
        QVERIFY2(line.isEmpty() || line.endsWith('\r'), "bare LF");
    }
}

void TestMail::longNamesFoldAndStayWhole()
{
    // Long enough for several encoded-words and RFC 2231 continuations; 𠮷 is four bytes of
    // UTF-8 and must never be cut between two words or two pieces.
    QString name;
    for (int i = 0; i < 12; ++i)
        name += QStringLiteral("𠮷祥物流有限公司");
    MailMessage m;
    m.fromAddress = QStringLiteral("a@b.cn");
    m.to = QStringLiteral("c@d.cn");
    m.subject = name;
    m.attachments = {{name + QStringLiteral(".xlsx"), "application/octet-stream", "x"}};
    const QByteArray raw = MimeComposer::compose(m, QDateTime::currentDateTime(), "id@b.cn");
    const MimeReader r(raw);
    QCOMPARE(r.subject(), name);
    QCOMPARE(r.attachments().value(0).fileName, name + QStringLiteral(".xlsx"));
    QVERIFY(raw.contains("filename*1*="));
    for (const QByteArray &word : MimeComposer::encodeWords(name).split('\n'))
        QVERIFY(word.trimmed().size() <= 75); // RFC 2047 §2
}

void TestMail::templateValuesAreEscaped()
{
    MailTemplate::Values v;
    v.text.insert(QStringLiteral("unit"), QStringLiteral("<script>x</script>&{contact}"));
    v.text.insert(QStringLiteral("contact"), QStringLiteral("李四"));
    v.links = {QStringLiteral("https://x.cn/a?p=1&q=\"2\"")};
    const QString html = MailTemplate::html(QStringLiteral("<p>{unit}</p>{links}{nope}"), v);
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;x&lt;/script&gt;&amp;{contact}")));
    QVERIFY(!html.contains(QStringLiteral("李四"))); // a value is never expanded again
    QVERIFY(html.contains(QStringLiteral("href=\"https://x.cn/a?p=1&amp;q=&quot;2&quot;\"")));
    QVERIFY(html.endsWith(QStringLiteral("{nope}")));
    QCOMPARE(MailTemplate::unknown(QStringLiteral("{unit}{nope}")), QStringList {"nope"});
    const QString subject = MailTemplate::subject(
        QStringLiteral("授权书 {unit}"),
        {{{QStringLiteral("unit"), QStringLiteral("A\r\nBcc: x@y.cn")}}, {}});
    QCOMPARE(subject, QStringLiteral("授权书 A Bcc: x@y.cn"));
    MailMessage m;
    m.fromAddress = QStringLiteral("a@b.cn");
    m.to = QStringLiteral("c@d.cn");
    m.subject = QStringLiteral("x\r\nBcc: evil@y.cn");
    const MimeReader r(MimeComposer::compose(m, QDateTime::currentDateTime(), "i@b.cn"));
    QVERIFY(!r.root().headers.contains("bcc"));
}

void TestMail::lettersSentAndLogged()
{
    SmtpTestServer server;
    QVERIFY(server.startListening());
    int lastDone = -1;
    MailRun::Options o = options(QStringLiteral("letters"), server.port());
    o.progress = [&](int done, int) {
        lastDone = done;
    };
    const MailRun::Outcome out = MailRun::run(*m_db, o);
    QCOMPARE(out.sent, 3);
    QCOMPARE(out.failed, 0);
    QCOMPARE(lastDone, 3);
    const QList<SmtpTestServer::Received> got = server.received();
    QCOMPARE(got.size(), 3);
    QVERIFY(server.authentications().contains(QStringLiteral("office@example.cn\nauthcode-123")));
    const QList<Letter> letters = LetterRepository(*m_db).validLetters(m_campaign.id);
    for (int i = 0; i < 3; ++i) {
        const TestUnit &u = m_units.at(i);
        QCOMPARE(got.at(i).rcptTo, QStringList {u.email});
        QCOMPARE(got.at(i).mailFrom, QStringLiteral("office@example.cn"));
        const MimeReader r(got.at(i).data);
        const auto letter = std::find_if(letters.cbegin(), letters.cend(),
                                         [&](const Letter &l) { return l.unitId == u.id; });
        QVERIFY(letter != letters.cend());
        QCOMPARE(r.subject(),
                 QStringLiteral("%1授权书 %2（%3）").arg(m_campaign.title, letter->number, u.name));
        QVERIFY(r.text().contains(u.name));
        QVERIFY(r.html().contains(u.name.toHtmlEscaped()));
        const QList<MimeReader::Part> att = r.attachments();
        QCOMPARE(att.size(), 1);
        QCOMPARE(att.at(0).fileName, LetterRenderer::fileNameFor(*letter));
        QVERIFY(att.at(0).body.startsWith("%PDF-"));
        QVERIFY(att.at(0).body.size() > 5000);
    }
    const QList<MailLogEntry> log
        = MailLogRepository(*m_db).list(m_campaign.id, QStringLiteral("letters"));
    QCOMPARE(log.size(), 3);
    for (const MailLogEntry &e : log) {
        QVERIFY(e.isSent());
        QVERIFY2(e.detail.startsWith(QStringLiteral("250 2.0.0 Ok: queued as TEST")),
                 qPrintable(e.detail));
    }
    QVERIFY(MailLogRepository(*m_db).wasSent(m_campaign.id, QStringLiteral("letters"),
                                             m_units.at(1).id));
    QVERIFY(!MailLogRepository(*m_db).wasSent(m_campaign.id, QStringLiteral("links"),
                                              m_units.at(1).id));
}

void TestMail::linksMailingCarriesXlsxAndQr()
{
    SmtpTestServer server;
    QVERIFY(server.startListening());
    MailRun::Options o = options(QStringLiteral("links"), server.port());
    o.unitIds = {m_units.at(2).id};
    const MailRun::Outcome out = MailRun::run(*m_db, o);
    QCOMPARE(out.sent, 1);
    QCOMPARE(server.received().size(), 1);
    const MimeReader r(server.received().constFirst().data);
    LinkRepository::Filter f;
    f.unitId = m_units.at(2).id;
    const QList<Link> links = LinkRepository(*m_db).list(f);
    QCOMPARE(links.size(), 2);
    for (const Link &l : links) {
        QVERIFY(r.text().contains(l.url));
        QVERIFY(r.html().contains(QStringLiteral("href=\"%1\"").arg(l.url.toHtmlEscaped())));
    }
    const QList<MimeReader::Part> att = r.attachments();
    QCOMPARE(att.size(), 3);
    QVERIFY(att.at(0).fileName.endsWith(QStringLiteral(".xlsx")));
    QVERIFY(att.at(0).body.startsWith("PK"));
    for (int i = 1; i < 3; ++i) {
        QVERIFY(att.at(i).fileName.endsWith(QStringLiteral(".png")));
        QVERIFY(att.at(i).fileName.contains(links.at(0).token)
                || att.at(i).fileName.contains(links.at(1).token));
        QVERIFY(QImage::fromData(att.at(i).body).width() >= 100);
    }
}

void TestMail::refusedRecipientIsFailedAndResent()
{
    {
        SmtpTestServer server;
        server.refuseRecipient(m_units.at(1).email);
        QVERIFY(server.startListening());
        const MailRun::Outcome out
            = MailRun::run(*m_db, options(QStringLiteral("letters"), server.port()));
        QCOMPARE(out.sent, 2);
        QCOMPARE(out.failed, 1);
        QCOMPARE(server.received().size(), 2);
        for (const SmtpTestServer::Received &r : server.received())
            QVERIFY(!r.rcptTo.contains(m_units.at(1).email));
    }
    MailLogRepository log(*m_db);
    const auto latest = log.latestByUnit(m_campaign.id, QStringLiteral("letters"));
    QVERIFY(!latest.value(m_units.at(1).id).isSent());
    QVERIFY2(latest.value(m_units.at(1).id).detail.contains(QStringLiteral("550")),
             qPrintable(latest.value(m_units.at(1).id).detail));
    QCOMPARE(log.failedUnits(m_campaign.id, QStringLiteral("letters")),
             QList<qint64> {m_units.at(1).id});
    // The checklist's "letter sent" ticks itself for what the server accepted, from the mail.
    const auto letterSent = [&](qint64 unitId) {
        for (const ChecklistRow &row : ChecklistRepository(*m_db).rows(m_campaign.id)) {
            if (row.unitId == unitId)
                return row.marks.at(int(ChecklistItem::LetterSent));
        }
        return ChecklistMark {};
    };
    QVERIFY(letterSent(m_units.at(0).id).done);
    QCOMPARE(letterSent(m_units.at(0).id).source, QStringLiteral("mail"));
    QVERIFY(!letterSent(m_units.at(1).id).done);
    QVERIFY(!ChecklistRepository(*m_db)
                 .rows(m_campaign.id)
                 .constFirst()
                 .marks.at(int(ChecklistItem::LinksSent))
                 .done);

    SmtpTestServer again;
    QVERIFY(again.startListening());
    MailRun::Options o = options(QStringLiteral("letters"), again.port());
    o.failedOnly = true;
    const MailRun::Outcome out = MailRun::run(*m_db, o);
    QCOMPARE(out.sent, 1);
    QCOMPARE(again.received().size(), 1);
    QCOMPARE(again.received().constFirst().rcptTo, QStringList {m_units.at(1).email});
    QVERIFY(log.failedUnits(m_campaign.id, QStringLiteral("letters")).isEmpty());
    QVERIFY(letterSent(m_units.at(1).id).done);
    QCOMPARE(log.list(m_campaign.id, QStringLiteral("letters"), m_units.at(1).id).size(), 2);
}

void TestMail::droppedConnectionMarksOnlyAccepted()
{
    SmtpTestServer server;
    server.dropDuringMessage(2);
    QVERIFY(server.startListening());
    const MailRun::Outcome out
        = MailRun::run(*m_db, options(QStringLiteral("letters"), server.port()));
    QCOMPARE(server.dataCommands(), 3); // the second broke off; the third on a new connection
    const QList<SmtpTestServer::Received> got = server.received();
    QCOMPARE(out.sent, int(got.size()));
    QCOMPARE(out.failed, 1);
    // Every unit logged sent has its message, by Message-ID, among those the server accepted.
    QStringList acceptedIds;
    for (const SmtpTestServer::Received &r : got)
        acceptedIds.append(MimeReader(r.data).header("message-id"));
    const QList<MailLogEntry> log = MailLogRepository(*m_db).list(m_campaign.id);
    QCOMPARE(log.size(), 3);
    for (const MailLogEntry &e : log) {
        QCOMPARE(e.isSent(),
                 acceptedIds.contains(QLatin1Char('<') + e.messageId + QLatin1Char('>')));
        if (e.unitId == m_units.at(1).id)
            QVERIFY(!e.isSent());
    }
}

void TestMail::cancelStopsBeforeTheNext()
{
    SmtpTestServer server;
    QVERIFY(server.startListening());
    MailRun::Options o = options(QStringLiteral("letters"), server.port());
    o.cancelled = [&] {
        return !server.received().isEmpty();
    };
    const MailRun::Outcome out = MailRun::run(*m_db, o);
    QVERIFY(out.cancelled);
    QCOMPARE(out.sent, 1);
    QCOMPARE(server.received().size(), 1);
    QCOMPARE(MailLogRepository(*m_db).list(m_campaign.id).size(), 1);
}

void TestMail::dryRunWritesOneEmlPerUnit()
{
    QTemporaryDir dir;
    MailRun::Options o = options(QStringLiteral("letters"), 1);
    o.dryRunDir = dir.path();
    const MailRun::Outcome out = MailRun::run(*m_db, o);
    QCOMPARE(out.written, 3);
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.eml")}, QDir::Files).size(), 3);
    for (const TestUnit &u : m_units) {
        const QStringList files
            = QDir(dir.path()).entryList({QStringLiteral("%1_*.eml").arg(u.id)}, QDir::Files);
        QCOMPARE(files.size(), 1);
        const MimeReader r(readFile(dir.filePath(files.constFirst())));
        QVERIFY2(r.header("to").endsWith(QStringLiteral("<%1>").arg(u.email)),
                 qPrintable(r.header("to")));
        QVERIFY(r.subject().contains(u.name));
        QCOMPARE(r.attachments().size(), 1);
    }
    QCOMPARE(MailLogRepository(*m_db).list(m_campaign.id).size(), 0);
}

void TestMail::mailingEditsAreStoredAndFilter()
{
    MailingRepository repo(*m_db);
    Mailing m = *repo.byName(m_campaign.id, QStringLiteral("letters"));
    QCOMPARE(m.id, 0);
    m.subject = QStringLiteral("新标题 {unit}");
    m.province = QStringLiteral("44");
    const Problems saved = repo.save(m);
    QVERIFY2(saved.isEmpty(), qPrintable(formatProblems(saved)));
    QVERIFY(m.id > 0);
    Mailing stale = m;
    m.unitKind = QStringLiteral("initiating-1");
    QVERIFY(repo.save(m).isEmpty());
    QCOMPARE(repo.save(stale).value(0).field, QStringLiteral("row_version"));
    QCOMPARE(repo.list(m_campaign.id).size(), 2);
    MailRun::Options o = options(QStringLiteral("letters"), 1);
    QCOMPARE(o.mailing.subject, QStringLiteral("新标题 {unit}"));
    QList<qint64> ids;
    for (const UnitListRow &u : MailRun::recipients(*m_db, o))
        ids.append(u.unitId);
    QCOMPARE(ids, (QList<qint64> {m_units.at(0).id, m_units.at(2).id}));
    m.province.clear();
    m.unitKind = QStringLiteral("supporting");
    QVERIFY(repo.save(m).isEmpty());
    o = options(QStringLiteral("letters"), 1);
    QCOMPARE(MailRun::recipients(*m_db, o).size(), 1);
}

void TestMail::cliSendsDryRunAndShowsLog()
{
    QTemporaryDir dir;
    m_db.reset();
    CliResult r
        = runCli({QStringLiteral("mail"), QStringLiteral("send"), QStringLiteral("--db"),
                  m_location, QStringLiteral("--campaign"), QStringLiteral("2024"),
                  QStringLiteral("--mailing"), QStringLiteral("links"), QStringLiteral("--units"),
                  QStringLiteral("%1,%2").arg(m_units.at(0).id).arg(m_units.at(1).id),
                  QStringLiteral("--dry-run"), dir.path()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QVERIFY(r.out.contains(QStringLiteral("2 message(s) written")));
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.eml")}, QDir::Files).size(), 2);

    SmtpTestServer server;
    QVERIFY(server.startListening());
    r = runCli({QStringLiteral("mail"), QStringLiteral("account"), QStringLiteral("--db"),
                m_location, QStringLiteral("--port"), QString::number(server.port())});
    QCOMPARE(r.exitCode, 0);
    // The password piped in, then (below) from the environment.
    r = runCli({QStringLiteral("mail"), QStringLiteral("send"), QStringLiteral("--db"), m_location,
                QStringLiteral("--campaign"), QStringLiteral("2024"), QStringLiteral("--mailing"),
                QStringLiteral("letters"), QStringLiteral("--units"),
                QString::number(m_units.at(2).id)},
               "from-pipe\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QVERIFY(r.out.contains(QStringLiteral("1 sent, 0 failed")));
    QCOMPARE(server.received().size(), 1);
    QVERIFY(server.authentications().contains(QStringLiteral("office@example.cn\nfrom-pipe")));
    r = runCli({QStringLiteral("mail"), QStringLiteral("log"), QStringLiteral("--db"), m_location,
                QStringLiteral("--campaign"), QStringLiteral("2024"), QStringLiteral("--format"),
                QStringLiteral("csv")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(1).contains(QStringLiteral(",sent,250 2.0.0 Ok: queued as TEST1")));
    QVERIFY(lines.at(1).contains(m_units.at(2).email));

    // Set in this process after libxlsxwriter was loaded here (earlier tests wrote .xlsx), as a
    // script would; the process started inherits it. Later .xlsx files of this process still
    // come out (xlsxSurvivesSetenvAfterItLoaded, dialogPreviewsAUnitsMessage).
    qputenv("SECRETARIAT_SMTP_PASSWORD", "from-environment");
    r = runCli({QStringLiteral("mail"), QStringLiteral("send"), QStringLiteral("--db"), m_location,
                QStringLiteral("--campaign"), QStringLiteral("2024"), QStringLiteral("--mailing"),
                QStringLiteral("letters"), QStringLiteral("--units"),
                QString::number(m_units.at(0).id)});
    qunsetenv("SECRETARIAT_SMTP_PASSWORD");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QVERIFY(
        server.authentications().contains(QStringLiteral("office@example.cn\nfrom-environment")));
}

void TestMail::unitWithoutAddressIsLoggedFailed()
{
    setContact(*m_db, m_units.at(0).id, QStringLiteral(""), QStringLiteral(""),
               QStringLiteral("44"));
    SmtpTestServer server;
    QVERIFY(server.startListening());
    const MailRun::Outcome out
        = MailRun::run(*m_db, options(QStringLiteral("letters"), server.port()));
    QCOMPARE(out.sent, 2);
    QCOMPARE(out.failed, 1);
    const MailLogEntry e = MailLogRepository(*m_db)
                               .latestByUnit(m_campaign.id, QStringLiteral("letters"))
                               .value(m_units.at(0).id);
    QVERIFY(!e.isSent());
    QCOMPARE(e.detail, QStringLiteral("the unit has no e-mail address"));
    QVERIFY(e.messageId.isEmpty());
}

void TestMail::noPasswordInClearOverTheNetwork()
{
    // 192.0.2.1 is TEST-NET-1 (RFC 5737): never reached, as the sender refuses before connecting.
    MailRun::Options o = options(QStringLiteral("letters"), 25);
    o.account.host = QStringLiteral("192.0.2.1");
    o.unitIds = {m_units.at(0).id};
    const MailRun::Outcome out = MailRun::run(*m_db, o);
    QCOMPARE(out.sent, 0);
    QCOMPARE(out.failed, 1);
    QVERIFY2(out.lines.constFirst().contains(QStringLiteral("in clear")),
             qPrintable(out.lines.constFirst()));
}

void TestMail::dialogPreviewsAUnitsMessage()
{
    MailDialog dialog(*m_db, m_campaign);
    auto *mailing = dialog.findChild<QComboBox *>(QStringLiteral("mailingCombo"));
    QVERIFY(mailing);
    QCOMPARE(mailing->count(), 2);
    mailing->setCurrentIndex(mailing->findText(QStringLiteral("links")));
    emit mailing->activated(mailing->currentIndex());
    auto *units = dialog.findChild<QListWidget *>(QStringLiteral("mailUnits"));
    QCOMPARE(units->count(), 3);
    units->setCurrentRow(2);
    dialog.findChild<QPushButton *>(QStringLiteral("mailPreviewButton"))->click();
    const QString shown
        = dialog.findChild<QTextBrowser *>(QStringLiteral("mailPreview"))->toPlainText();
    QVERIFY2(shown.contains(m_units.at(2).email), qPrintable(shown));
    QVERIFY(shown.contains(m_units.at(2).name));
    QVERIFY(shown.contains(QStringLiteral(".xlsx")));
    QVERIFY(shown.contains(QStringLiteral("?src=")));
}

bool TestMail::storedAnywhere(const QByteArray &secret) const
{
    if (!isPostgres()) {
        const QDir dir = QFileInfo(m_location).absoluteDir();
        for (const QFileInfo &f : dir.entryInfoList(QDir::Files)) {
            if (readFile(f.filePath()).contains(secret))
                return true;
        }
    }
    QSqlQuery q(m_db->connection());
    for (const char *sql : {"SELECT value FROM mail_settings", "SELECT detail FROM mail_log",
                            "SELECT COALESCE(new_values, '') FROM audit_log"}) {
        if (!q.exec(QLatin1String(sql)))
            return true; // cannot tell: count as stored
        while (q.next()) {
            if (q.value(0).toString().toUtf8().contains(secret))
                return true;
        }
    }
    return false;
}

void TestMail::xlsxSurvivesSetenvAfterItLoaded()
{
    // libxlsxwriter runs in a link-map namespace of its own (XlsxWriter), with its own libc whose
    // environment pointer was the program's array when it loaded. Setting variables afterwards
    // (the password for a script's 'mail send', here in this process) reallocates that array
    // and frees the old one; freed memory is scrambled so that reading it cannot go unnoticed.
    QTemporaryDir dir;
    MailRun::Options o = options(QStringLiteral("links"), 1);
    o.dryRunDir = dir.filePath(QStringLiteral("before"));
    QVERIFY(QDir().mkpath(o.dryRunDir));
    QCOMPARE(MailRun::run(*m_db, o).written, 3);
    mallopt(M_PERTURB, 0xa5);
    qputenv("SECRETARIAT_SMTP_PASSWORD", "from-the-environment");
    for (int i = 0; i < 200; ++i)
        qputenv(qPrintable(QStringLiteral("SECRETARIAT_TEST_FILLER_%1").arg(i)), "x");
    o.dryRunDir = dir.filePath(QStringLiteral("after"));
    QVERIFY(QDir().mkpath(o.dryRunDir));
    const MailRun::Outcome out = MailRun::run(*m_db, o);
    mallopt(M_PERTURB, 0);
    qunsetenv("SECRETARIAT_SMTP_PASSWORD");
    for (int i = 0; i < 200; ++i)
        qunsetenv(qPrintable(QStringLiteral("SECRETARIAT_TEST_FILLER_%1").arg(i)));
    QCOMPARE(out.written, 3);
    for (const QString &eml : std::as_const(out.files)) {
        const MimeReader r(readFile(eml));
        const MimeReader::Part xlsx = r.attachments().value(0);
        QVERIFY(xlsx.fileName.endsWith(QStringLiteral(".xlsx")));
        const QString path = dir.filePath(QStringLiteral("links.xlsx"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(xlsx.body);
        f.close();
        XlsxReader reader;
        QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
        int withUrl = 0;
        QStringList row;
        while (reader.readRow(row))
            withUrl += row.join(QLatin1Char(' ')).contains(QStringLiteral("?src=")) ? 1 : 0;
        QCOMPARE(withUrl, 2);
    }
}

void TestMail::mailingToUnitsMissingAnItem()
{
    QVERIFY(ChecklistRepository(*m_db)
                .tick(m_campaign.id, {m_units.at(0).id}, ChecklistItem::FormReceived)
                .isEmpty());
    MailingRepository repo(*m_db);
    Mailing m = *repo.byName(m_campaign.id, QStringLiteral("letters"));
    m.missingItem = QStringLiteral("nonsense");
    QCOMPARE(repo.save(m).value(0).field, QStringLiteral("missing_item"));
    m.missingItem = QStringLiteral("form-received");
    const Problems saved = repo.save(m);
    QVERIFY2(saved.isEmpty(), qPrintable(formatProblems(saved)));
    MailRun::Options o = options(QStringLiteral("letters"), 1);
    QCOMPARE(o.mailing.missingItem, QStringLiteral("form-received"));
    QList<qint64> ids;
    for (const UnitListRow &u : MailRun::recipients(*m_db, o))
        ids.append(u.unitId);
    QCOMPARE(ids, (QList<qint64> {m_units.at(1).id, m_units.at(2).id}));

    {
        // The dialog: the stored choice shown, another one chosen narrows the list.
        MailDialog dialog(*m_db, m_campaign);
        auto *units = dialog.findChild<QListWidget *>(QStringLiteral("mailUnits"));
        auto *missing = dialog.findChild<QComboBox *>(QStringLiteral("mailMissing"));
        QVERIFY(missing);
        QCOMPARE(missing->currentData().toString(), QStringLiteral("form-received"));
        QCOMPARE(units->count(), 2);
        auto *mailing = dialog.findChild<QComboBox *>(QStringLiteral("mailingCombo"));
        mailing->setCurrentIndex(mailing->findText(QStringLiteral("links")));
        emit mailing->activated(mailing->currentIndex());
        QCOMPARE(units->count(), 3);
        missing->setCurrentIndex(missing->findData(QStringLiteral("form-received")));
        emit missing->activated(missing->currentIndex());
        QCOMPARE(units->count(), 2);
        QVERIFY(!units->item(0)->text().contains(m_units.at(0).email));
    }

    QTemporaryDir dir;
    m_db.reset();
    // The listing says whom each mailing goes to.
    CliResult r
        = runCli({QStringLiteral("mail"), QStringLiteral("mailings"), QStringLiteral("--db"),
                  m_location, QStringLiteral("--campaign"), QStringLiteral("2024")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList listed = r.out.split(QLatin1Char('\n'));
    QCOMPARE(listed.filter(QRegularExpression(QStringLiteral("^letters\t")))
                 .value(0)
                 .section(QLatin1Char('\t'), 2, 2),
             QStringLiteral("missing=form-received"));
    QCOMPARE(listed.filter(QRegularExpression(QStringLiteral("^links\t")))
                 .value(0)
                 .section(QLatin1Char('\t'), 2, 2),
             QStringLiteral("all"));
    r = runCli({QStringLiteral("mail"), QStringLiteral("send"), QStringLiteral("--db"), m_location,
                QStringLiteral("--campaign"), QStringLiteral("2024"), QStringLiteral("--mailing"),
                QStringLiteral("links"), QStringLiteral("--missing"),
                QStringLiteral("form-received"), QStringLiteral("--dry-run"), dir.path()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QStringList files = QDir(dir.path()).entryList({QStringLiteral("*.eml")}, QDir::Files);
    QCOMPARE(files.size(), 2);
    QVERIFY(
        files.filter(QRegularExpression(QStringLiteral("^%1_").arg(m_units.at(0).id))).isEmpty());
    r = runCli({QStringLiteral("mail"), QStringLiteral("send"), QStringLiteral("--db"), m_location,
                QStringLiteral("--campaign"), QStringLiteral("2024"), QStringLiteral("--mailing"),
                QStringLiteral("links"), QStringLiteral("--missing"), QStringLiteral("letter"),
                QStringLiteral("--dry-run"), dir.path()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("letter-sent")));
}

void TestMail::tlsAndStartTlsWithASelfSignedCertificate_data()
{
    QTest::addColumn<int>("tls");
    QTest::newRow("STARTTLS") << int(SmtpTestServer::Tls::StartTls);
    QTest::newRow("implicit TLS") << int(SmtpTestServer::Tls::Implicit);
}

void TestMail::tlsAndStartTlsWithASelfSignedCertificate()
{
    QFETCH(int, tls);
    const auto mode = SmtpTestServer::Tls(tls);
    const QString password
        = QStringLiteral("authcode-") + QUuid::createUuid().toString(QUuid::Id128);
    const TestUnit &unit = m_units.at(1);
    const auto attempt = [&](SmtpTestServer &server, const QByteArray &trusted) {
        MailRun::Options o = options(QStringLiteral("letters"), server.port());
        o.account.security = mode == SmtpTestServer::Tls::Implicit
            ? MailAccount::Security::Tls
            : MailAccount::Security::StartTls;
        o.account.trustedCertificate = trusted;
        o.unitIds = {unit.id};
        o.password = password;
        return MailRun::run(*m_db, o);
    };
    // Only the system's authorities, then another certificate trusted: refused before any
    // password or message is handed over.
    for (const QByteArray &trusted : {QByteArray(), m_otherPem}) {
        SmtpTestServer server;
        server.useTls(mode, QSslCertificate(m_serverPem), m_serverKey);
        QVERIFY(server.startListening());
        const MailRun::Outcome out = attempt(server, trusted);
        QCOMPARE(out.sent, 0);
        QCOMPARE(out.failed, 1);
        QVERIFY2(
            out.lines.constFirst().contains(QStringLiteral("certificate"), Qt::CaseInsensitive),
            qPrintable(out.lines.constFirst()));
        QVERIFY(server.received().isEmpty());
        QVERIFY(server.authentications().isEmpty());
        QTRY_COMPARE(server.failedHandshakes(), 1); // the server thread notices after libcurl
    }
    SmtpTestServer server;
    server.useTls(mode, QSslCertificate(m_serverPem), m_serverKey);
    QVERIFY(server.startListening());
    const MailRun::Outcome out = attempt(server, m_serverPem);
    QVERIFY2(out.sent == 1, qPrintable(out.lines.join(QLatin1Char('\n'))));
    QCOMPARE(server.authentications(),
             QStringList {QStringLiteral("office@example.cn\n") + password});
    QCOMPARE(server.authenticationsEncrypted(), QList<bool> {true});
    QCOMPARE(server.received().size(), 1);
    const SmtpTestServer::Received got = server.received().constFirst();
    QCOMPARE(got.rcptTo, QStringList {unit.email});
    const MimeReader r(got.data);
    QVERIFY(r.subject().endsWith(QStringLiteral("（%1）").arg(unit.name)));
    const QList<MimeReader::Part> att = r.attachments();
    QCOMPARE(att.size(), 1);
    QVERIFY(att.at(0).fileName.endsWith(QStringLiteral("_%1.pdf").arg(unit.name)));
    QVERIFY(att.at(0).body.startsWith("%PDF-"));
    QVERIFY(att.at(0).body.trimmed().endsWith("%%EOF")); // whole, not cut short
    const MailLogEntry logged = MailLogRepository(*m_db)
                                    .latestByUnit(m_campaign.id, QStringLiteral("letters"))
                                    .value(unit.id);
    QVERIFY(logged.isSent());
    QCOMPARE(r.header("message-id"), QLatin1Char('<') + logged.messageId + QLatin1Char('>'));
    QVERIFY(!storedAnywhere(password.toUtf8()));
}

void TestMail::keyringKeepsThePasswordOffTheDisk()
{
    // A Secret Service of its own: gnome-keyring-daemon on a private D-Bus session
    // (dbus-run-session), its login keyring created and unlocked in a temporary home.
    if (QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("dbus-run-session")).isEmpty())
        QFAIL("gnome-keyring and dbus are needed (.ci/install-deps installs them)");
    SmtpTestServer server;
    QVERIFY(server.startListening());
    MailAccount a = MailAccountRepository(*m_db).load();
    a.port = server.port();
    QVERIFY(MailAccountRepository(*m_db).save(a).isEmpty());
    m_db.reset();
    QTemporaryDir home;
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral("run")));
    QFile::setPermissions(home.filePath(QStringLiteral("run")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QByteArray password = "keyring-" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    QFile secret(home.filePath(QStringLiteral("secret")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write(password + '\n');
    secret.close();
    // Stored by one process, found by the next; a third forgets it, and a send then finds none
    // (it reads an empty line from /dev/null instead).
    const QString script = QStringLiteral(
        "printf keyring-unlock | gnome-keyring-daemon --unlock --components=secrets >/dev/null\n"
        "cli() { \"$CLI\" \"$@\" --db \"$DB\"; }\n"
        "cli mail password < \"$HOME/secret\" || exit 11\n"
        "rm \"$HOME/secret\"\n"
        "cli mail send --campaign 2024 --mailing letters --units $UNIT < /dev/null || exit 12\n"
        "cli mail password --forget || exit 13\n"
        "cli mail send --campaign 2024 --mailing letters --units $UNIT < /dev/null\n"
        "exit 0\n");
    QProcess run;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
    env.insert(QStringLiteral("CLI"), QStringLiteral(SECRETARIAT_CLI_PATH));
    env.insert(QStringLiteral("DB"), m_location);
    env.insert(QStringLiteral("UNIT"), QString::number(m_units.at(0).id));
    env.remove(QStringLiteral("SECRETARIAT_SMTP_PASSWORD"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    run.setProcessEnvironment(env);
    run.start(QStringLiteral("dbus-run-session"),
              {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script});
    QVERIFY(run.waitForFinished(120000));
    const QString output
        = QString::fromUtf8(run.readAllStandardOutput() + run.readAllStandardError());
    QVERIFY2(run.exitStatus() == QProcess::NormalExit && run.exitCode() == 0, qPrintable(output));
    // The first send logged in with the keyring's password; after --forget nothing had it.
    QVERIFY(!server.received().isEmpty());
    QCOMPARE(server.authentications().value(0),
             QStringLiteral("office@example.cn\n") + QString::fromLatin1(password));
    QCOMPARE(server.authentications().filter(QString::fromLatin1(password)).size(), 1);
    // The keyring's own file holds it encrypted; nothing of ours holds it at all.
    QVERIFY(QFileInfo::exists(home.filePath(QStringLiteral("data/keyrings/login.keyring"))));
    QDirIterator files(home.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext())
        QVERIFY2(!readFile(files.next()).contains(password), qPrintable(files.filePath()));
    m_db = openMigrated(m_location);
    QVERIFY(!storedAnywhere(password));
}

void TestMail::dialogSendsWithProgressCancelAndResend()
{
    // The account waits 60 s between messages: the run sits in that pause after the first one
    // until Cancel, however fast or slow the machine.
    SmtpTestServer first;
    QVERIFY(first.startListening());
    MailAccount a = MailAccountRepository(*m_db).load();
    a.port = first.port();
    a.paceSeconds = 60;
    QVERIFY(MailAccountRepository(*m_db).save(a).isEmpty());
    const QString password = QStringLiteral("asked-") + QUuid::createUuid().toString(QUuid::Id128);
    MailDialog dialog(*m_db, m_campaign);
    dialog.show();
    auto *units = dialog.findChild<QListWidget *>(QStringLiteral("mailUnits"));
    auto *log = dialog.findChild<QTableWidget *>(QStringLiteral("mailLog"));
    QCOMPARE(units->count(), 3);
    QString reported;
    int progressSeen = -1;
    whenModal<QMessageBox>([&](QMessageBox *box) {
        QVERIFY(box->text().contains(QStringLiteral("3 unit(s)")));
        whenModal<QInputDialog>([&](QInputDialog *ask) {
            ask->setTextValue(password);
            if (SecretStore::keyringReachable())
                whenModal<QMessageBox>(
                    [](QMessageBox *keep) { keep->button(QMessageBox::No)->click(); });
            ask->accept();
        });
        whenModal<QProgressDialog>([&](QProgressDialog *progress) {
            QTRY_COMPARE(first.received().size(), 1);
            QTRY_COMPARE(progress->value(), 333); // one of three done
            progressSeen = progress->value();
            whenModal<QMessageBox>([&](QMessageBox *done) {
                reported = done->text();
                done->accept();
            });
            progress->findChild<QPushButton *>()->click();
        });
        box->button(QMessageBox::Yes)->click();
    });
    dialog.findChild<QPushButton *>(QStringLiteral("mailSend"))->click();
    QCOMPARE(progressSeen, 333);
    QCOMPARE(reported, QStringLiteral("Cancelled. 1 sent, 0 failed."));
    QCOMPARE(first.received().size(), 1);
    QCOMPARE(first.authentications(),
             QStringList {QStringLiteral("office@example.cn\n") + password});
    QCOMPARE(log->rowCount(), 1);
    QCOMPARE(log->item(0, 4)->text(), QStringLiteral("sent"));
    QVERIFY(units->item(0)->text().contains(QStringLiteral(" — sent ")));
    QVERIFY(units->item(1)->text().endsWith(QStringLiteral(" — not sent")));

    // Again, at full speed, to a server refusing the second unit; the password is not asked
    // again this session.
    const auto watching = std::make_shared<bool>(true);
    bool askedAgain = false;
    watchModal<QInputDialog>(watching, [&](QInputDialog *ask) {
        askedAgain = true;
        ask->reject();
    });
    const auto sendAndRead = [&](const char *button, SmtpTestServer &server) {
        a.port = server.port();
        a.paceSeconds = 0;
        QVERIFY(MailAccountRepository(*m_db).save(a).isEmpty());
        whenModal<QMessageBox>([&](QMessageBox *box) {
            whenModal<QMessageBox>([&](QMessageBox *done) {
                reported = done->text();
                done->accept();
            });
            box->button(QMessageBox::Yes)->click();
        });
        dialog.findChild<QPushButton *>(QLatin1String(button))->click();
    };
    SmtpTestServer refusing;
    refusing.refuseRecipient(m_units.at(1).email);
    QVERIFY(refusing.startListening());
    sendAndRead("mailSend", refusing);
    QCOMPARE(reported, QStringLiteral("2 sent, 1 failed."));
    QCOMPARE(refusing.received().size(), 2);
    QCOMPARE(log->rowCount(), 4);
    QVERIFY(units->item(1)->text().contains(QStringLiteral("failed: 550")));

    SmtpTestServer again;
    QVERIFY(again.startListening());
    sendAndRead("mailResend", again);
    *watching = false;
    QVERIFY(!askedAgain);
    QCOMPARE(reported, QStringLiteral("1 sent, 0 failed."));
    QCOMPARE(again.received().size(), 1);
    QCOMPARE(again.received().constFirst().rcptTo, QStringList {m_units.at(1).email});
    QCOMPARE(log->rowCount(), 5);
    QVERIFY(units->item(1)->text().contains(QStringLiteral(" — sent ")));
    QVERIFY(
        MailLogRepository(*m_db).failedUnits(m_campaign.id, QStringLiteral("letters")).isEmpty());
}

void TestMail::userGuideExplainsMailBulletinAndCertificates()
{
    // The guide Help → User Guide shows (embedded in the program).
    QFile f(QStringLiteral(":/guide/zh_CN/guide.md"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString guide = QString::fromUtf8(f.readAll());
    for (const char *heading :
         {"### 用电子邮件发送授权书和链接", "### 每日进度通报", "### 荣誉证书"})
        QVERIFY2(guide.contains(QString::fromUtf8(heading)), heading);
    for (const char *term : {"重发失败的邮件", "试运行", "授权码", "密钥环", "--missing", "吊销",
                             "certificates revoke", "bulletin --campaign"})
        QVERIFY2(guide.contains(QString::fromUtf8(term)), term);
}

void TestMail::dialogsInChinese()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/secretariat_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    MailDialog dialog(*m_db, m_campaign);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *missing = dialog.findChild<QComboBox *>(QStringLiteral("mailMissing"));
    QCOMPARE(missing->itemText(0), QStringLiteral("不限"));
    QVERIFY(missing->itemText(missing->findData(QStringLiteral("gift-list-received")))
            == QStringLiteral("缺少：礼品清单已收到"));
    MailAccount a = MailAccountRepository(*m_db).load();
    a.trustedCertificate = m_serverPem;
    MailAccountDialog account(a);
    account.show();
    QVERIFY(QTest::qWaitForWindowExposed(&account));
    const QList<QLabel *> labels = account.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) {
        return l->text().startsWith(QStringLiteral("另外信任此证书，SHA-256：\n"))
            && l->text().count(QLatin1Char(':')) == 30; // 32 bytes, two lines of 16
    }));
    QCOMPARE(account.account().trustedCertificate, m_serverPem); // kept through the dialog
    if (const QString shots = qEnvironmentVariable("MAIL_SCREENSHOTS"); !shots.isEmpty()) {
        dialog.grab().save(QDir(shots).filePath(QStringLiteral("mail-dialog.png")));
        account.grab().save(QDir(shots).filePath(QStringLiteral("mail-account.png")));
    }
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestMail)
#include "tst_mail.moc"
