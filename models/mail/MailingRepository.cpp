#include "mail/MailingRepository.h"

#include "checklist/ChecklistItem.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/SqlValue.h"
#include "db/Transaction.h"
#include "db/SqlPrepare.h"

#include <QSqlQuery>

#include <algorithm>

namespace {

const char kSelect[] = "SELECT id, campaign_id, name, subject, body, unit_kind, province,"
                       " attach_letter, attach_links, attach_qr, row_version, missing_item"
                       " FROM mailings";

Mailing fromQuery(const QSqlQuery &q)
{
    Mailing m;
    m.id = q.value(0).toLongLong();
    m.campaignId = q.value(1).toLongLong();
    m.name = q.value(2).toString();
    m.subject = q.value(3).toString();
    m.body = q.value(4).toString();
    m.unitKind = q.value(5).toString();
    m.province = q.value(6).toString();
    m.attachLetter = q.value(7).toInt() != 0;
    m.attachLinks = q.value(8).toInt() != 0;
    m.attachQr = q.value(9).toInt() != 0;
    m.rowVersion = q.value(10).toInt();
    m.missingItem = q.value(11).toString();
    return m;
}

Problems failure(const QString &field, const QString &message)
{
    return {{{}, 0, field, message}};
}

void bindContent(QSqlQuery &q, const Mailing &m)
{
    q.addBindValue(SqlValue::text(m.name));
    q.addBindValue(SqlValue::text(m.subject));
    q.addBindValue(SqlValue::text(m.body));
    q.addBindValue(SqlValue::text(m.unitKind));
    q.addBindValue(SqlValue::text(m.province));
    q.addBindValue(m.attachLetter ? 1 : 0);
    q.addBindValue(m.attachLinks ? 1 : 0);
    q.addBindValue(m.attachQr ? 1 : 0);
    q.addBindValue(SqlValue::text(m.missingItem));
}

} // namespace

QList<Mailing> MailingRepository::list(qint64 campaignId, QSqlError *error) const
{
    QList<Mailing> list;
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(kSelect) + QStringLiteral(" WHERE campaign_id = ?"));
    q.addBindValue(campaignId);
    if (!readEveryRow(q, error, [&](const QSqlQuery &row) { list.append(fromQuery(row)); }))
        return {};
    for (const Mailing &b : builtIn(campaignId)) {
        if (std::none_of(list.cbegin(), list.cend(),
                         [&](const Mailing &m) { return m.name == b.name; }))
            list.append(b);
    }
    std::sort(list.begin(), list.end(),
              [](const Mailing &a, const Mailing &b) { return a.name < b.name; });
    return list;
}

Lookup<Mailing> MailingRepository::byName(qint64 campaignId, const QString &name) const
{
    QSqlError error;
    const QList<Mailing> mailings = list(campaignId, &error);
    if (error.isValid())
        return lookupFailed(error);
    for (const Mailing &m : mailings) {
        if (m.name == name)
            return m;
    }
    return lookupNotFound();
}

Problems MailingRepository::save(Mailing &m)
{
    if (m.name.trimmed().isEmpty())
        return failure(QStringLiteral("name"), tr("a mailing needs a name"));
    if (m.subject.trimmed().isEmpty())
        return failure(QStringLiteral("subject"), tr("a mailing needs a subject"));
    if (!m.missingItem.isEmpty() && !ChecklistItems::fromCode(m.missingItem))
        return failure(QStringLiteral("missing_item"),
                       tr("'%1' is not a checklist item; one of: %2")
                           .arg(m.missingItem, ChecklistItems::codeList()));
    Transaction tx(m_db);
    if (!tx.isActive())
        return failure(QString(), Dialect::describeError(tx.error()));
    QSqlQuery q(m_db.connection());
    const QString now = Clock::nowText();
    if (m.id == 0) {
        q.prepare(QStringLiteral(
            "INSERT INTO mailings (name, subject, body, unit_kind, province, attach_letter,"
            " attach_links, attach_qr, missing_item, campaign_id, created_at, updated_at,"
            " updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id, "
            "row_version"));
        bindContent(q, m);
        q.addBindValue(m.campaignId);
        q.addBindValue(now);
    } else {
        q.prepare(QStringLiteral(
            "UPDATE mailings SET name = ?, subject = ?, body = ?, unit_kind = ?, province = ?,"
            " attach_letter = ?, attach_links = ?, attach_qr = ?, missing_item = ?,"
            " row_version = row_version + 1,"
            " updated_at = ?, updated_by = ? WHERE id = ? AND row_version = ?"
            " RETURNING id, row_version"));
        bindContent(q, m);
    }
    q.addBindValue(now);
    q.addBindValue(m_db.userName());
    if (m.id != 0) {
        q.addBindValue(m.id);
        q.addBindValue(m.rowVersion);
    }
    if (!execPrepared(q))
        return failure(QStringLiteral("name"), Dialect::describeError(q.lastError()));
    if (!q.next())
        return failure(QStringLiteral("row_version"),
                       tr("someone else saved the mailing '%1' meanwhile; reload it").arg(m.name));
    const qint64 id = q.value(0).toLongLong();
    const int version = q.value(1).toInt();
    q.finish();
    if (const QSqlError e = tx.commit(); e.isValid())
        return failure(QString(), Dialect::describeError(e));
    m.id = id;
    m.rowVersion = version;
    return {};
}

QList<Mailing> MailingRepository::builtIn(qint64 campaignId)
{
    // Data the units read, not program text: Chinese whatever the desk's language, as the
    // committee's own notices (shared/seeds) are written.
    Mailing letters;
    letters.campaignId = campaignId;
    letters.name = QStringLiteral("letters");
    letters.subject = QStringLiteral("{campaign}授权书 {letter_number}（{unit}）");
    letters.body = QStringLiteral(
        "<p>{contact}：</p>"
        "<p>您好！附件是贵单位（{unit}）参与{campaign}的授权书，编号 {letter_number}。</p>"
        "<p>请于 {link_request_due} 前回复所需独立链接的数量。调查时间：{window}。</p>"
        "<p>{campaign}组委会秘书处</p>");
    letters.attachLetter = true;
    Mailing links;
    links.campaignId = campaignId;
    links.name = QStringLiteral("links");
    links.subject = QStringLiteral("{campaign}独立链接（{unit}）");
    links.body = QStringLiteral(
        "<p>{contact}：</p>"
        "<p>您好！以下是贵单位（{unit}）的问卷独立链接，附件另有链接表格和二维码图片：</p>"
        "<p>{links}</p>"
        "<p>调查时间：{window}。请通过本单位的链接推广问卷，以便统计样本量。</p>"
        "<p>{campaign}组委会秘书处</p>");
    links.attachLinks = true;
    links.attachQr = true;
    return {letters, links};
}
