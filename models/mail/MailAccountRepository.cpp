#include "mail/MailAccountRepository.h"

#include "db/Database.h"
#include "db/LookupError.h"
#include "db/Dialect.h"
#include "db/SqlValue.h"
#include "db/Transaction.h"
#include "db/SqlPrepare.h"

#include <QHash>
#include <QSqlQuery>

namespace {

Problems failure(const QString &field, const QString &message)
{
    return {{{}, 0, field, message}};
}

QHash<QString, QString> values(const MailAccount &a)
{
    return {{QStringLiteral("host"), a.host},
            {QStringLiteral("port"), QString::number(a.port)},
            {QStringLiteral("security"), MailAccount::securityCode(a.security)},
            {QStringLiteral("username"), a.username},
            {QStringLiteral("from_address"), a.fromAddress},
            {QStringLiteral("from_name"), a.fromName},
            {QStringLiteral("pace_seconds"), QString::number(a.paceSeconds)},
            {QStringLiteral("trusted_certificate"), QString::fromLatin1(a.trustedCertificate)}};
}

} // namespace

MailAccount MailAccountRepository::load(QSqlError *error) const
{
    QHash<QString, QString> v;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT key, value FROM mail_settings"));
    readEveryRow(q, error, [&](const QSqlQuery &row) {
        v.insert(row.value(0).toString(), row.value(1).toString());
    });
    MailAccount a;
    a.host = v.value(QStringLiteral("host"));
    a.port = v.value(QStringLiteral("port"), QStringLiteral("465")).toInt();
    a.security = MailAccount::securityFromCode(v.value(QStringLiteral("security")));
    a.username = v.value(QStringLiteral("username"));
    a.fromAddress = v.value(QStringLiteral("from_address"));
    a.fromName = v.value(QStringLiteral("from_name"));
    a.paceSeconds = v.value(QStringLiteral("pace_seconds"), QStringLiteral("2")).toDouble();
    a.trustedCertificate = v.value(QStringLiteral("trusted_certificate")).toLatin1();
    return a;
}

Problems MailAccountRepository::save(const MailAccount &a)
{
    if (a.port < 1 || a.port > 65535)
        return failure(QStringLiteral("port"), tr("the port must be between 1 and 65535"));
    if (a.paceSeconds < 0)
        return failure(QStringLiteral("pace"), tr("the pace cannot be negative"));
    if (!a.trustedCertificate.isEmpty()
        && !a.trustedCertificate.contains("-----BEGIN CERTIFICATE-----"))
        return failure(QStringLiteral("trusted_certificate"),
                       tr("the trusted certificate is not a PEM certificate"));
    if (!a.fromAddress.contains(QLatin1Char('@')))
        return failure(QStringLiteral("from_address"),
                       tr("'%1' is not an e-mail address").arg(a.fromAddress));
    Transaction tx(m_db);
    if (!tx.isActive())
        return failure(QString(), Dialect::describeError(tx.error()));
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("DELETE FROM mail_settings")))
        return failure(QString(), Dialect::describeError(q.lastError()));
    const QHash<QString, QString> v = values(a);
    for (auto it = v.cbegin(); it != v.cend(); ++it) {
        q.prepare(QStringLiteral("INSERT INTO mail_settings (key, value) VALUES (?, ?)"));
        q.addBindValue(it.key());
        q.addBindValue(SqlValue::text(it.value()));
        if (!execPrepared(q))
            return failure(QString(), Dialect::describeError(q.lastError()));
    }
    if (const QSqlError e = tx.commit(); e.isValid())
        return failure(QString(), Dialect::describeError(e));
    return {};
}
