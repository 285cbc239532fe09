// Mail: MIME written and read back, mailings filled and escaped, messages sent to a loopback
// SMTP server that records them (one refusing a recipient, one dropping the connection), the
// send log, "resend the failed", the dry run's .eml files and the CLI.
#include "LinksTestData.h"
#include "MimeReader.h"
#include "SmtpTestServer.h"
#include "TestSupport.h"
#include "checklist/Checklist.h"
#include "checklist/ChecklistRepository.h"

#include "db/Database.h"
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
#include "repo/CampaignRepository.h"
#include "repo/UnitRepository.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QComboBox>
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

} // namespace

class TestMail : public QObject
{
    Q_OBJECT

private slots:
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

private:
    MailRun::Options options(const QString &mailing, quint16 port) const;

    std::unique_ptr<Database> m_db;
    QString m_location;
    Campaign m_campaign;
    QList<TestUnit> m_units;
};

void TestMail::init()
{
    m_location = newDatabaseLocation(QString::fromLatin1(QTest::currentTestFunction()));
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
    // The password piped in: setting the variable in this process would leave libxlsxwriter's
    // own copy of libc (XlsxWriter loads it with dlmopen) with a stale environment.
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

QTEST_MAIN(TestMail)
#include "tst_mail.moc"
