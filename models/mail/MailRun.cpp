#include "mail/MailRun.h"

#include "checklist/ChecklistRepository.h"
#include "common/Clock.h"
#include "db/DatabaseFiles.h"
#include "db/LookupError.h"
#include "domain/UnitKind.h"
#include "links/LinkFileExporter.h"
#include "mail/MailLogRepository.h"
#include "mail/MailMessageBuilder.h"
#include "mail/MimeComposer.h"
#include "mail/SmtpSender.h"
#include "repo/UnitRepository.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QThread>

#include <memory>

namespace {

bool selected(const UnitListRow &u, const MailRun::Options &o, const QList<qint64> &failed,
              const std::optional<QSet<qint64>> &missing)
{
    if (missing && !missing->contains(u.unitId))
        return false;
    if (!o.mailing.unitKind.isEmpty() && DomainNames::code(u.kind) != o.mailing.unitKind)
        return false;
    if (!o.mailing.province.isEmpty() && u.province != o.mailing.province)
        return false;
    if (!o.unitIds.isEmpty() && !o.unitIds.contains(u.unitId))
        return false;
    return !o.failedOnly || failed.contains(u.unitId);
}

QString attachmentNames(const MailMessage &m)
{
    QStringList names;
    for (const MailAttachment &a : m.attachments)
        names.append(a.fileName);
    return names.join(QStringLiteral("; "));
}

bool writeFile(const QString &path, const QByteArray &data)
{
    if (!DatabaseFiles::refusal(path).isEmpty())
        return false;
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size()
        && f.flush();
}

// The units whose checklist misses the mailing's item (it applies and is not done), or nullopt
// when the mailing names none. An unknown code selects nobody rather than everybody.
std::optional<QSet<qint64>> missingItem(Database &db, const MailRun::Options &o, QSqlError *error)
{
    if (o.mailing.missingItem.isEmpty())
        return std::nullopt;
    QSet<qint64> units;
    const std::optional<ChecklistItem> item = ChecklistItems::fromCode(o.mailing.missingItem);
    if (!item)
        return units;
    for (const ChecklistRow &row : ChecklistRepository(db).rows(o.campaign.id, error)) {
        if (row.missing().contains(*item))
            units.insert(row.unitId);
    }
    return units;
}

} // namespace

QList<UnitListRow> MailRun::recipients(Database &db, const Options &o, QSqlError *error)
{
    QSqlError e;
    const QList<qint64> failed = o.failedOnly
        ? MailLogRepository(db).failedUnits(o.campaign.id, o.mailing.name, &e)
        : QList<qint64>();
    const std::optional<QSet<qint64>> missing = e.isValid() ? std::nullopt : missingItem(db, o, &e);
    const QList<UnitListRow> all
        = e.isValid() ? QList<UnitListRow>() : UnitRepository(db).list(o.campaign.id, &e);
    if (failedWith(e, error))
        return {};
    QList<UnitListRow> units;
    for (const UnitListRow &u : all) {
        if (selected(u, o, failed, missing))
            units.append(u);
    }
    return units;
}

MailRun::Outcome MailRun::run(Database &db, const Options &o)
{
    Outcome out;
    const QList<UnitListRow> units = recipients(db, o, &out.error);
    if (out.error.isValid())
        return out;
    const MailMessageBuilder builder(db, o.campaign, o.mailing, o.account);
    if (builder.readError().isValid()) {
        out.error = builder.readError();
        return out;
    }
    std::unique_ptr<SmtpSender> sender;
    if (o.dryRunDir.isEmpty())
        sender = std::make_unique<SmtpSender>(o.account, o.password);
    if (o.progress)
        o.progress(0, int(units.size()));
    for (qsizetype i = 0; i < units.size(); ++i) {
        // Cancel is honoured between messages only: a message being sent is finished, so the log
        // always says what the server answered.
        if ((o.cancelled && o.cancelled()) || (sender && i > 0 && !pause(o))) {
            out.cancelled = true;
            break;
        }
        QString problem;
        const std::optional<MailMessage> m = builder.message(units.at(i), &problem);
        if (sender)
            sendOne(db, o, units.at(i), m, problem, *sender, out);
        else
            writeOne(o, units.at(i), m, problem, out);
        // Reported once the unit is done, so during the pause the count says what was tried.
        if (o.progress)
            o.progress(int(i + 1), int(units.size()));
    }
    return out;
}

QByteArray MailRun::compose(const MailMessage &m, const Options &o, QString *messageId)
{
    *messageId = QString::fromUtf8(MimeComposer::newMessageId(o.account.fromAddress));
    return MimeComposer::compose(m, QDateTime::currentDateTime(), messageId->toUtf8());
}

void MailRun::writeOne(const Options &o, const UnitListRow &u, const std::optional<MailMessage> &m,
                       const QString &problem, Outcome &out)
{
    if (!m) {
        out.lines.append(tr("%1: not written: %2").arg(u.name, problem));
        return;
    }
    const QString path = QDir(o.dryRunDir)
                             .filePath(QStringLiteral("%1_%2.eml")
                                           .arg(u.unitId)
                                           .arg(LinkFileExporter::safeFileName(u.name)));
    QString messageId;
    if (!writeFile(path, compose(*m, o, &messageId))) {
        out.lines.append(tr("%1: could not write %2").arg(u.name, path));
        return;
    }
    ++out.written;
    out.files.append(path);
    out.lines.append(tr("%1: written to %2").arg(u.name, path));
}

void MailRun::sendOne(Database &db, const Options &o, const UnitListRow &u,
                      const std::optional<MailMessage> &m, const QString &problem,
                      SmtpSender &sender, Outcome &out)
{
    MailLogEntry entry;
    entry.campaignId = o.campaign.id;
    entry.mailing = o.mailing.name;
    entry.unitId = u.unitId;
    entry.recipient = u.email.trimmed();
    entry.detail = problem;
    if (m) {
        entry.attachments = attachmentNames(*m);
        const SmtpSender::Result r = sender.send(entry.recipient, compose(*m, o, &entry.messageId));
        entry.status = r.accepted ? MailLogEntry::Status::Sent : MailLogEntry::Status::Failed;
        entry.detail = r.accepted ? r.reply : r.error;
    }
    QList<ChecklistItem> ticks;
    if (o.mailing.attachLetter)
        ticks.append(ChecklistItem::LetterSent);
    if (o.mailing.attachLinks || o.mailing.attachQr)
        ticks.append(ChecklistItem::LinksSent);
    const Problems logged = MailLogRepository(db).record(entry, ticks);
    if (entry.isSent()) {
        ++out.sent;
        out.lines.append(tr("%1 <%2>: sent (%3)").arg(u.name, entry.recipient, entry.detail));
    } else {
        ++out.failed;
        out.lines.append(tr("%1 <%2>: failed: %3").arg(u.name, entry.recipient, entry.detail));
    }
    if (!logged.isEmpty())
        out.lines.append(
            tr("%1: the send log could not be written: %2").arg(u.name, formatProblems(logged)));
}

bool MailRun::pause(const Options &o)
{
    // Sleep in short slices so Cancel is honoured within a tenth of a second.
    const qint64 total = qint64(o.account.paceSeconds * 1000);
    for (qint64 waited = 0; waited < total; waited += 100) {
        if (o.cancelled && o.cancelled())
            return false;
        QThread::msleep(std::min<qint64>(100, total - waited));
    }
    return true;
}
