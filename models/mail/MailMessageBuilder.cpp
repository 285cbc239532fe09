#include "mail/MailMessageBuilder.h"

#include "common/Clock.h"
#include "letters/LetterRepository.h"
#include "letters/LetterTemplateRepository.h"
#include "links/LinkExporter.h"
#include "links/LinkFileExporter.h"
#include "links/LinkRepository.h"
#include "mail/MailTemplate.h"
#include "repo/UnitRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString dateOrDash(const QDate &d)
{
    return d.isValid() ? Clock::dateText(d) : QStringLiteral("—");
}

} // namespace

MailMessageBuilder::MailMessageBuilder(Database &db, const Campaign &campaign,
                                       const Mailing &mailing, const MailAccount &account)
    : m_campaign(campaign)
    , m_mailing(mailing)
    , m_account(account)
{
    const QList<Letter> letters = LetterRepository(db).validLetters(campaign.id, &m_readError);
    if (m_readError.isValid())
        return;
    for (const LetterDocument &d : LetterTemplateRepository(db).documentsFor(letters, &m_readError))
        m_letters.insert(d.letter.unitId, d);
    if (m_readError.isValid())
        return;
    LinkRepository::Filter filter;
    filter.campaignId = campaign.id;
    filter.status = Link::Status::Active;
    for (const Link &l : LinkRepository(db).list(filter, &m_readError))
        m_links[l.unitId].append(l);
}

QMap<QString, QString> MailMessageBuilder::values(const UnitListRow &unit) const
{
    const LetterDocument letter = m_letters.value(unit.unitId);
    return {{QStringLiteral("unit"), unit.name},
            {QStringLiteral("contact"), unit.contact.isEmpty() ? unit.name : unit.contact},
            {QStringLiteral("letter_number"), letter.letter.number},
            {QStringLiteral("campaign"), m_campaign.title},
            {QStringLiteral("year"), QString::number(m_campaign.year)},
            {QStringLiteral("window"),
             QStringLiteral("%1 — %2").arg(dateOrDash(m_campaign.startDate),
                                           dateOrDash(m_campaign.endDate))},
            {QStringLiteral("link_request_due"), dateOrDash(m_campaign.linkRequestDue)},
            {QStringLiteral("gift_list_due"), dateOrDash(m_campaign.giftListDue)}};
}

std::optional<MailMessage> MailMessageBuilder::message(const UnitListRow &unit,
                                                       QString *problem) const
{
    if (!unit.email.contains(QLatin1Char('@'))) {
        *problem = tr("the unit has no e-mail address");
        return std::nullopt;
    }
    MailTemplate::Values v {values(unit), {}};
    const QList<Link> links = m_links.value(unit.unitId);
    for (const Link &l : links)
        v.links.append(l.url);
    MailMessage m;
    m.unitId = unit.unitId;
    m.unitName = unit.name;
    m.fromAddress = m_account.fromAddress;
    m.fromName = m_account.fromName;
    m.to = unit.email.trimmed();
    m.toName = unit.contact.isEmpty() ? unit.name : unit.contact;
    m.subject = MailTemplate::subject(m_mailing.subject, v);
    m.html = MailTemplate::html(m_mailing.body, v);
    m.text = MailTemplate::text(m.html);
    if (m_mailing.attachLetter) {
        if (!m_letters.contains(unit.unitId)) {
            *problem = tr("the unit holds no valid letter");
            return std::nullopt;
        }
        if (!attachLetter(m_letters.value(unit.unitId), m, problem))
            return std::nullopt;
    }
    if (m_mailing.attachLinks || m_mailing.attachQr) {
        if (links.isEmpty()) {
            *problem = tr("the unit has no active link");
            return std::nullopt;
        }
        if (!attachLinks(links, m, problem))
            return std::nullopt;
    }
    return m;
}

bool MailMessageBuilder::attachLetter(const LetterDocument &doc, MailMessage &m,
                                      QString *problem) const
{
    QTemporaryDir dir;
    const QString name = LetterRenderer::fileNameFor(doc.letter);
    const QString path = dir.filePath(name);
    if (!dir.isValid() || !LetterRenderer::renderPdf(path, {doc}, {}, problem))
        return false;
    m.attachments.append({name, "application/pdf", readAll(path)});
    return true;
}

bool MailMessageBuilder::attachLinks(const QList<Link> &links, MailMessage &m,
                                     QString *problem) const
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *problem = tr("no temporary folder for the attachments");
        return false;
    }
    if (m_mailing.attachLinks) {
        const QString name
            = LinkFileExporter::safeFileName(tr("%1_links").arg(links.constFirst().unitName))
            + QStringLiteral(".xlsx");
        if (const QString error = LinkExporter::writeXlsx(dir.filePath(name), links);
            !error.isEmpty()) {
            *problem = error;
            return false;
        }
        m.attachments.append({name,
                              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                              readAll(dir.filePath(name))});
    }
    if (m_mailing.attachQr) {
        LinkFileExporter::Options options;
        options.outDir = dir.filePath(QStringLiteral("qr"));
        QDir().mkpath(options.outDir);
        const LinkFileExporter::Result r = LinkFileExporter::run(links, options);
        if (!r.error.isEmpty()) {
            *problem = r.error;
            return false;
        }
        for (const QString &file : r.files)
            m.attachments.append({QFileInfo(file).fileName(), "image/png", readAll(file)});
    }
    return true;
}
