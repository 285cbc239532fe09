#pragma once

#include "db/LookupError.h"

#include <QByteArray>
#include <QSqlError>
#include <QString>

class Database;

// The check code printed on every letter: HMAC-SHA-256 over the campaign year, the letter
// number, the unit id and the letter version, keyed with a secret that each database generates
// once from the operating system's random source (kept in db_meta). Shown as ten Crockford
// base32 characters (50 bits), so it can be read aloud and typed; verifying needs no network.
class VerificationCode
{
public:
    static constexpr int kLength = 10;

    // The database's secret, created on first use. Call inside a write transaction when it may
    // be created (issuing); returns an empty array on a database error.
    static QByteArray ensureSecret(Database &db, QSqlError *error = nullptr);
    // The secret if there is one yet (reading only): NotFound before the first letter or
    // certificate was issued, Database when the read failed (LookupError).
    static Lookup<QByteArray> existingSecret(Database &db);

    static QString compute(const QByteArray &secret, int year, const QString &number, qint64 unitId,
                           int version);

    // What a person typed or pasted, as the canonical code: upper case, spaces and dashes
    // dropped, the look-alikes O→0 and I/L→1 folded. Empty when it cannot be a code.
    static QString normalize(const QString &input);

    // Crockford base32 of the leading bits of data, length characters.
    static QString base32(const QByteArray &data, int length);
};
