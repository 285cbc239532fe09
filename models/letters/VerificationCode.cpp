#include "letters/VerificationCode.h"

#include "db/Database.h"
#include "db/SqlPrepare.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <cstring>

namespace {
const char kSecretKey[] = "letters.verify_secret";
const char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
} // namespace

Lookup<QByteArray> VerificationCode::existingSecret(Database &db)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT value FROM db_meta WHERE key = ?"));
    q.addBindValue(QString::fromLatin1(kSecretKey));
    return lookupFirstRow(q, [](const QSqlQuery &row) {
        return QByteArray::fromHex(row.value(0).toString().toLatin1());
    });
}

QByteArray VerificationCode::ensureSecret(Database &db, QSqlError *error)
{
    if (const Lookup<QByteArray> existing = existingSecret(db); existing)
        return *existing;
    else if (existing.error().isDatabase()) {
        if (error)
            *error = existing.error().sqlError;
        return {};
    }
    QByteArray fresh(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(fresh.data()),
                                         reinterpret_cast<quint32 *>(fresh.data() + fresh.size()));
    QSqlQuery q(db.connection());
    // Another program may have created it meanwhile: the first one stays.
    q.prepare(QStringLiteral(
        "INSERT INTO db_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"));
    q.addBindValue(QString::fromLatin1(kSecretKey));
    q.addBindValue(QString::fromLatin1(fresh.toHex()));
    if (!execPrepared(q)) {
        if (error)
            *error = q.lastError();
        return {};
    }
    const Lookup<QByteArray> secret = existingSecret(db);
    if (!secret && error)
        *error = secret.error().sqlError;
    return secret.value_or(QByteArray());
}

QString VerificationCode::compute(const QByteArray &secret, int year, const QString &number,
                                  qint64 unitId, int version)
{
    const QByteArray message = QByteArray::number(year) + '|' + number.toUtf8() + '|'
        + QByteArray::number(unitId) + '|' + QByteArray::number(version);
    const QByteArray mac
        = QMessageAuthenticationCode::hash(message, secret, QCryptographicHash::Sha256);
    return base32(mac, kLength);
}

QString VerificationCode::base32(const QByteArray &data, int length)
{
    QString out;
    out.reserve(length);
    quint64 buffer = 0;
    int bits = 0;
    int index = 0;
    while (out.size() < length) {
        if (bits < 5) {
            const quint8 byte = index < data.size() ? quint8(data.at(index)) : 0;
            ++index;
            buffer = (buffer << 8) | byte;
            bits += 8;
        }
        bits -= 5;
        out.append(QLatin1Char(kAlphabet[(buffer >> bits) & 0x1f]));
    }
    return out;
}

QString VerificationCode::normalize(const QString &input)
{
    QString out;
    for (const QChar c : input) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        QChar u = c.toUpper();
        if (u == QLatin1Char('O'))
            u = QLatin1Char('0');
        else if (u == QLatin1Char('I') || u == QLatin1Char('L'))
            u = QLatin1Char('1');
        if (u.unicode() == 0 || u.unicode() > 127 || !std::strchr(kAlphabet, char(u.unicode())))
            return {};
        out.append(u);
    }
    return out.size() == kLength ? out : QString();
}
