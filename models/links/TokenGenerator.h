#pragma once

#include <QString>

// Tracking-link tokens: 80 bits from the operating system's random source, written as 16
// Crockford base32 characters (0-9, A-Z without I, L, O, U). Unguessable, so no unit can claim
// another unit's samples.
class TokenGenerator
{
public:
    static constexpr int kBits = 80;
    static constexpr int kLength = kBits / 5;

    static QString generate();
    static QString encodeCrockford(const QByteArray &bytes, int length);
    static bool isWellFormed(const QString &token);
    // Normalizes a token as typed: upper case, I/L to 1, O to 0, dashes and spaces dropped.
    static QString normalize(const QString &token);
};
