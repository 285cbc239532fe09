#include "links/TokenGenerator.h"

#include <QRandomGenerator>

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
}

QString TokenGenerator::generate()
{
    // One read from the operating system's source per token: 96 random bits, 80 used.
    quint32 words[3];
    QRandomGenerator::system()->fillRange(words);
    QByteArray bytes(kBits / 8, Qt::Uninitialized);
    for (int i = 0; i < bytes.size(); ++i)
        bytes[i] = char((words[i / 4] >> (8 * (i % 4))) & 0xff);
    return encodeCrockford(bytes, kLength);
}

QString TokenGenerator::encodeCrockford(const QByteArray &bytes, int length)
{
    QString out;
    out.reserve(length);
    int bitPos = 0;
    for (int i = 0; i < length; ++i) {
        int value = 0;
        for (int b = 0; b < 5; ++b, ++bitPos) {
            const int byte = bitPos / 8;
            const int bit = 7 - bitPos % 8;
            const int v = byte < bytes.size() ? (quint8(bytes.at(byte)) >> bit) & 1 : 0;
            value = (value << 1) | v;
        }
        out.append(QLatin1Char(kAlphabet[value]));
    }
    return out;
}

bool TokenGenerator::isWellFormed(const QString &token)
{
    if (token.size() != kLength)
        return false;
    for (QChar c : token) {
        if (!QByteArrayView(kAlphabet).contains(char(c.unicode())) || c.unicode() > 127)
            return false;
    }
    return true;
}

QString TokenGenerator::normalize(const QString &token)
{
    QString out;
    out.reserve(token.size());
    for (QChar c : token) {
        c = c.toUpper();
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        else if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        out.append(c);
    }
    return out;
}
