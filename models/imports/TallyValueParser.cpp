#include "imports/TallyValueParser.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace {

// Reads 1..maxDigits ASCII digits at i; -1 when there are none.
int readNumber(QStringView s, qsizetype &i, int maxDigits)
{
    int value = 0;
    int digits = 0;
    while (i < s.size() && digits < maxDigits) {
        const char16_t c = s.at(i).unicode();
        if (c < u'0' || c > u'9')
            break;
        value = value * 10 + (c - u'0');
        ++digits;
        ++i;
    }
    return digits == 0 ? -1 : value;
}

bool isSeparator(char16_t c)
{
    return c == u'-' || c == u'/' || c == u'.';
}

bool parseTime(QStringView s, qsizetype i)
{
    // s[i..] is "HH:mm[:ss[.fff]][Z|±hh:mm]"
    const int h = readNumber(s, i, 2);
    if (h < 0 || h > 24 || i >= s.size() || (s.at(i) != u':' && s.at(i) != QChar(0xFF1A)))
        return false;
    ++i;
    const int m = readNumber(s, i, 2);
    if (m < 0 || m > 59)
        return false;
    if (i < s.size() && s.at(i) == u':') {
        ++i;
        const int sec = readNumber(s, i, 2);
        if (sec < 0 || sec > 60)
            return false;
        if (i < s.size() && s.at(i) == u'.') {
            ++i;
            if (readNumber(s, i, 9) < 0)
                return false;
        }
    }
    if (h == 24 && m != 0)
        return false;
    if (i == s.size())
        return true;
    if (s.at(i) == u'Z' && i + 1 == s.size())
        return true;
    if (s.at(i) == u'+' || s.at(i) == u'-') {
        ++i;
        if (readNumber(s, i, 2) < 0)
            return false;
        if (i < s.size() && s.at(i) == u':')
            ++i;
        if (i < s.size() && readNumber(s, i, 2) < 0)
            return false;
        return i == s.size();
    }
    return false;
}

} // namespace

QDate TallyValueParser::parseDay(QStringView text, bool allowTime)
{
    const QStringView s = text.trimmed();
    if (s.isEmpty())
        return {};
    qsizetype i = 0;
    const int year = readNumber(s, i, 5);
    if (year < 0)
        return {};
    if (i == s.size() || (i < s.size() && s.at(i) == u'.' && i >= 5)) {
        // An Excel serial day number, with a fraction for the time of day.
        bool ok = false;
        const double serial = s.toString().toDouble(&ok);
        if (!ok || serial < 20000 || serial > 2958465 || (!allowTime && serial != qint64(serial)))
            return {};
        return QDate(1899, 12, 30).addDays(qint64(serial));
    }
    if (i != 4)
        return {};
    const char16_t sep = s.at(i).unicode();
    const bool chinese = sep == u'年';
    if (!chinese && !isSeparator(sep))
        return {};
    ++i;
    const int month = readNumber(s, i, 2);
    if (month < 0 || i >= s.size())
        return {};
    if (chinese ? s.at(i) != u'月' : s.at(i).unicode() != sep)
        return {};
    ++i;
    const int day = readNumber(s, i, 2);
    if (day < 0)
        return {};
    if (chinese) {
        if (i >= s.size() || s.at(i) != u'日')
            return {};
        ++i;
    }
    const QDate date(year, month, day);
    if (!date.isValid())
        return {};
    if (i == s.size())
        return date;
    if (!allowTime)
        return {};
    if (s.at(i) != u' ' && s.at(i) != u'T')
        return {};
    while (i < s.size() && s.at(i) == u' ')
        ++i;
    if (i < s.size() && s.at(i) == u'T')
        ++i;
    return parseTime(s, i) ? date : QDate();
}

qint64 TallyValueParser::parseCount(QStringView text)
{
    QStringView s = text.trimmed();
    if (s.endsWith(QLatin1String(".0")))
        s.chop(2);
    if (s.isEmpty() || s.size() > 15)
        return -1;
    qint64 v = 0;
    for (const QChar c : s) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return -1;
        v = v * 10 + (c.unicode() - u'0');
    }
    return v;
}

int TallyValueParser::parseFlag(QStringView text)
{
    const QStringView s = text.trimmed();
    if (s.size() == 1) {
        switch (s.at(0).unicode()) {
        case u'1':
        case u'y':
        case u'Y':
        case u'是':
        case u'T':
        case u't':
            return 1;
        case u'0':
        case u'n':
        case u'N':
        case u'否':
        case u'F':
        case u'f':
            return 0;
        default:
            return -1;
        }
    }
    if (s.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
        || s.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0 || s == u"有效")
        return 1;
    if (s.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0
        || s.compare(QLatin1String("no"), Qt::CaseInsensitive) == 0 || s == u"无效")
        return 0;
    return -1;
}

qint64 TallyValueParser::responseHash(QStringView responseId)
{
    const QByteArray utf8 = responseId.trimmed().toUtf8();
    const QByteArray digest = QCryptographicHash::hash(utf8, QCryptographicHash::Sha256);
    return qFromBigEndian<qint64>(digest.constData());
}
