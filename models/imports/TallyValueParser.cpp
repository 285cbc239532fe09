#include "imports/TallyValueParser.h"

#include "common/Sha256.h"

#include <QtEndian>

#include <climits>

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

constexpr int kNoOffset = INT_MIN;

// s[i..] is "HH:mm[:ss[.fff]]" then optionally an offset: "Z", "±hh:mm", "±hhmm" or "±hh",
// also after spaces (" +0800"). *seconds: of the day (24:00 -> 86400); *offset: minutes east
// of UTC, kNoOffset when none.
bool parseTime(QStringView s, qsizetype i, int *seconds = nullptr, int *offset = nullptr)
{
    const int h = readNumber(s, i, 2);
    if (h < 0 || h > 24 || i >= s.size() || (s.at(i) != u':' && s.at(i) != QChar(0xFF1A)))
        return false;
    ++i;
    const int m = readNumber(s, i, 2);
    if (m < 0 || m > 59)
        return false;
    int sec = 0;
    if (i < s.size() && s.at(i) == u':') {
        ++i;
        sec = readNumber(s, i, 2);
        if (sec < 0 || sec > 60)
            return false;
        if (i < s.size() && s.at(i) == u'.') {
            ++i;
            if (readNumber(s, i, 9) < 0)
                return false;
        }
    }
    if (h == 24 && (m != 0 || sec != 0))
        return false;
    if (seconds)
        *seconds = h * 3600 + m * 60 + sec;
    if (offset)
        *offset = kNoOffset;
    while (i < s.size() && s.at(i) == u' ')
        ++i;
    if (i == s.size())
        return true;
    if (s.at(i) == u'Z' && i + 1 == s.size()) {
        if (offset)
            *offset = 0;
        return true;
    }
    if (s.at(i) != u'+' && s.at(i) != u'-')
        return false;
    const int sign = s.at(i) == u'-' ? -1 : 1;
    ++i;
    const qsizetype hourStart = i;
    int oh = readNumber(s, i, 2);
    if (oh < 0 || i - hourStart != 2)
        return false;
    if (i < s.size() && s.at(i) == u':')
        ++i;
    int om = 0;
    if (i < s.size() && (om = readNumber(s, i, 2)) < 0)
        return false;
    if (offset)
        *offset = sign * (oh * 60 + om);
    return i == s.size();
}

// "08-Jul-2025" (day, English month abbreviation, year) at the start of s.
bool readMonthNameDate(QStringView s, qsizetype &i, QDate &date)
{
    static const char *const months[]
        = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    i = 0;
    const int day = readNumber(s, i, 2);
    if (day < 0 || i + 4 >= s.size() || (s.at(i) != u'-' && s.at(i) != u' '))
        return false;
    const QString name = s.mid(i + 1, 3).toString().toLower();
    int month = 0;
    for (int m = 0; m < 12 && month == 0; ++m)
        month = name == QLatin1String(months[m]) ? m + 1 : 0;
    i += 4;
    if (month == 0 || i >= s.size() || (s.at(i) != u'-' && s.at(i) != u' '))
        return false;
    ++i;
    const qsizetype yearStart = i;
    const int year = readNumber(s, i, 4);
    if (year < 0 || i - yearStart != 4)
        return false;
    date = QDate(year, month, day);
    return date.isValid();
}

// An Excel serial day number (e.g. 45490 or 45490.5); null date when s is not one.
QDate excelSerialDay(QStringView s, bool allowTime)
{
    bool ok = false;
    const double serial = s.toString().toDouble(&ok);
    if (!ok || serial < 20000 || serial > 2958465 || (!allowTime && serial != qint64(serial)))
        return {};
    return QDate(1899, 12, 30).addDays(qint64(serial));
}

// QDate(year, month, day) for the years a tally has (1..9999), without QDate's calendar
// machinery, which was a tenth of the reading thread's instructions (once a row, issue #18):
// the day count of the proleptic Gregorian calendar (H. Hinnant, "chrono-Compatible Low-Level
// Date Algorithms", days_from_civil) from 1970-01-01, Julian day 2440588. Null when the date does
// not exist (year 0 included, as QDate has it). tst_tallies_platforms compares it with QDate.
QDate gregorianDate(int year, int month, int day)
{
    static constexpr int kMonthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year <= 0 || month < 1 || month > 12 || day < 1)
        return {};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > kMonthDays[month - 1] + (month == 2 && leap ? 1 : 0))
        return {};
    const qint64 y = year - (month <= 2 ? 1 : 0);
    const qint64 era = y / 400; // y >= 0
    const qint64 yearOfEra = y - era * 400;
    const qint64 dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    constexpr qint64 kJulianDayOf19700101 = 2440588;
    constexpr qint64 kDaysFrom00000301To19700101 = 719468;
    return QDate::fromJulianDay(era * 146097 + dayOfEra - kDaysFrom00000301To19700101
                                + kJulianDayOf19700101);
}

// Reads "yyyy-M-d" (or / . 年月日) at the start of s; i: where it ends.
bool readNumericDate(QStringView s, qsizetype &i, QDate &date)
{
    i = 0;
    const int year = readNumber(s, i, 5);
    if (year < 0 || i != 4 || i >= s.size())
        return false;
    const char16_t sep = s.at(i).unicode();
    const bool chinese = sep == u'年';
    if (!chinese && !isSeparator(sep))
        return false;
    ++i;
    const int month = readNumber(s, i, 2);
    if (month < 0 || i >= s.size())
        return false;
    if (chinese ? s.at(i) != u'月' : s.at(i).unicode() != sep)
        return false;
    ++i;
    const int day = readNumber(s, i, 2);
    if (day < 0)
        return false;
    if (chinese) {
        if (i >= s.size() || s.at(i) != u'日')
            return false;
        ++i;
    }
    date = gregorianDate(year, month, day);
    return date.isValid();
}

} // namespace

QDate TallyValueParser::parseDay(QStringView text, bool allowTime)
{
    const QStringView s = trimmed(text);
    if (s.isEmpty())
        return {};
    qsizetype i = 0;
    if (readNumber(s, i, 5) >= 0 && (i == s.size() || (s.at(i) == u'.' && i >= 5)))
        return excelSerialDay(s, allowTime);
    QDate date;
    if (!readNumericDate(s, i, date))
        return {};
    if (i == s.size())
        return date;
    if (!allowTime || (s.at(i) != u' ' && s.at(i) != u'T'))
        return {};
    while (i < s.size() && s.at(i) == u' ')
        ++i;
    if (i < s.size() && s.at(i) == u'T')
        ++i;
    return parseTime(s, i) ? date : QDate();
}

QDate TallyValueParser::chinaDay(QStringView text)
{
    const QStringView s = trimmed(text);
    if (s.isEmpty())
        return {};
    qsizetype i = 0;
    if (readNumber(s, i, 5) >= 0 && (i == s.size() || (s.at(i) == u'.' && i >= 5)))
        return excelSerialDay(s, true); // Excel keeps local (China) time
    QDate date;
    if (!readNumericDate(s, i, date) && !readMonthNameDate(s, i, date))
        return {};
    if (i == s.size())
        return date;
    if (s.at(i) != u' ' && s.at(i) != u'T')
        return {};
    while (i < s.size() && s.at(i) == u' ')
        ++i;
    if (i < s.size() && s.at(i) == u'T')
        ++i;
    int seconds = 0;
    int offset = kNoOffset;
    if (!parseTime(s, i, &seconds, &offset))
        return {};
    if (offset == kNoOffset)
        return date; // written in China time already
    const qint64 china = qint64(seconds) - qint64(offset) * 60 + kChinaOffsetSeconds;
    return date.addDays(china >= 0 ? china / 86400 : -((-china + 86399) / 86400));
}

int TallyValueParser::parseSeconds(QStringView text)
{
    QStringView s = trimmed(text);
    for (const char16_t *unit : {u"秒", u"s", u"sec", u"seconds"}) {
        if (s.endsWith(QStringView(unit), Qt::CaseInsensitive)) {
            s.chop(QStringView(unit).size());
            break;
        }
    }
    s = trimmed(s);
    qsizetype i = 0;
    int minutes = 0;
    if (const qsizetype m = s.indexOf(u'分'); m > 0) {
        minutes = int(parseCount(s.left(m)));
        s = s.mid(m + 1);
        if (minutes < 0)
            return -1;
    }
    const int seconds = s.isEmpty() ? 0 : readNumber(s, i, 9);
    if (seconds < 0)
        return -1;
    if (i < s.size() && s.at(i) == u'.') {
        ++i;
        if (readNumber(s, i, 9) < 0)
            return -1;
    }
    return i == s.size() ? minutes * 60 + seconds : -1;
}

qint64 TallyValueParser::parseCount(QStringView text)
{
    QStringView s = trimmed(text);
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
    const QStringView s = trimmed(text);
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
    // Called once per row of files with millions of rows: one hasher per thread, reset between
    // ids, and ASCII ids (the usual case) converted to UTF-8 on the stack without allocating.
    // The key itself (SHA-256, first 8 bytes, big-endian) must never change: stored ids would
    // otherwise count again.
    thread_local Sha256 hasher;
    hasher.reset();
    const QStringView s = trimmed(responseId);
    char ascii[128];
    bool isAscii = s.size() <= qsizetype(sizeof ascii);
    for (qsizetype i = 0; isAscii && i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        isAscii = c < 0x80;
        ascii[i] = char(c);
    }
    if (isAscii) {
        hasher.addData(QByteArrayView(ascii, s.size()));
    } else {
        hasher.addData(s.toUtf8());
    }
    return qFromBigEndian<qint64>(hasher.result().data());
}

namespace {

// Whether text holds a random-looking token: 8 or more ASCII letters and digits in a row, both
// kinds among them ("52e6b438", a UUID's groups). Ids made of such a token and a serial number
// ("52e6b438-17") would each be a run of one under a key of its own, which costs more than a
// hash (bench/README.md); human prefixes are short ("S1-", "R2024-", "WJX2024-").
bool hasRandomToken(QStringView text)
{
    constexpr int kTokenLength = 8;
    int length = 0;
    bool letters = false, digits = false;
    for (const QChar c : text) {
        const bool digit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
        const bool letter = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
        if (!digit && !letter) {
            length = 0;
            letters = digits = false;
            continue;
        }
        ++length;
        letters = letters || letter;
        digits = digits || digit;
        if (length >= kTokenLength && letters && digits)
            return true;
    }
    return false;
}

} // namespace

qint64 TallyValueParser::responseSerial(QStringView responseId, QStringView *stem)
{
    constexpr qsizetype kMaxDigits = 18; // below 2^63
    constexpr qsizetype kMaxStem = 100; // short run keys; fits DuplicateLog's 16-bit size
    const QStringView s = trimmed(responseId);
    qsizetype digits = s.size(); // where the trailing digits begin
    while (digits > 0 && s.at(digits - 1) >= QLatin1Char('0')
           && s.at(digits - 1) <= QLatin1Char('9'))
        --digits;
    if (digits == s.size() || (digits > 0 && s.at(digits - 1).isLetterOrNumber()))
        return -1;
    qsizetype significant = digits; // the number without the zeros that pad it; "0" kept
    while (significant < s.size() - 1 && s.at(significant) == QLatin1Char('0'))
        ++significant;
    if (s.size() - significant > kMaxDigits || significant > kMaxStem
        || hasRandomToken(s.first(digits)))
        return -1;
    qint64 n = 0;
    for (qsizetype i = significant; i < s.size(); ++i)
        n = n * 10 + (s.at(i).unicode() - u'0');
    *stem = s.first(significant);
    return n;
}
