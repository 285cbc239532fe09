#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

// Reads the values of tally files as the survey platform and Excel write them. Fast enough to
// run on every row of a file with millions of rows (no QDateTime/regex parsing).
class TallyValueParser
{
public:
    // text without the spaces around it, as QStringView::trimmed() has it (QChar::isSpace), the
    // usual case (a printable ASCII character at both ends: nothing to trim) decided inline: it
    // runs several times on each cell of files with millions of rows (issue #18).
    static QStringView trimmed(QStringView text)
    {
        const auto plain = [](QChar c) {
            return c.unicode() > 0x20 && c.unicode() < 0x7F;
        };
        if (!text.isEmpty() && plain(text.front()) && plain(text.back()))
            return text;
        return text.trimmed();
    }
    // yyyy-MM-dd, yyyy/M/d, yyyy.M.d, yyyy年M月d日, optionally followed by a time
    // (" HH:mm", " HH:mm:ss", "THH:mm:ss[.fff][Z|+08:00]") when allowTime; or an Excel serial
    // number (e.g. 45490 or 45490.5). Invalid -> null date.
    static QDate parseDay(QStringView text, bool allowTime);
    // The day in China Standard Time (UTC+8) of a submission time as platforms write it:
    // yyyy-MM-dd / yyyy/M/d H:mm[:ss], dd-Mon-yyyy HH:mm:ss, ISO 8601 with Z, +08:00, +0800 or
    // " +0800" (converted to UTC+8), or an Excel date cell's serial number. A time without an
    // offset is taken as China time. Invalid -> null date.
    static QDate chinaDay(QStringView text);
    static constexpr int kChinaOffsetSeconds = 8 * 3600;
    // A completion time: "143秒", "143", "143.5", "2分23秒", "95 s". -1 when not one.
    static int parseSeconds(QStringView text);
    // A count: digits only (an Excel "12.0" also passes). -1 when not a non-negative integer.
    static qint64 parseCount(QStringView text);
    // 1/0, true/false, yes/no, y/n, 是/否, 有效/无效. 1 true, 0 false, -1 not a flag.
    static int parseFlag(QStringView text);
    // The response id's 64-bit key: the first 8 bytes of SHA-256 of its trimmed UTF-8 text, as a
    // signed 64-bit number (the type both SQLite and PostgreSQL store natively).
    static qint64 responseHash(QStringView responseId);
    // The response id as a run's number (ResponseIdRanges) when it is a serial number after an
    // optional text prefix: "17", "S1-7", "R2024-000123", "No.17", "2024/0017", "007". Its
    // trimmed text ends in ASCII digits, at most 18 of them without their leading zeros; the text
    // before those digits is empty or ends in a character that is neither a letter nor a digit
    // ('-', '_', '/', '.', ' ', ...) and holds no run of 8 or more ASCII letters and digits
    // mixing both, so that random ids such as Qualtrics' "R_1LnCjDs7r9Zc3E" (whose digits
    // follow a letter) or "52e6b438-17" (a random token) are not taken for one: each would be a
    // run of its own, dearer than a hash. Returns the number and *stem, the
    // text before it: the prefix and the zeros that pad the number ("R2024-000" for
    // "R2024-000123", "" for "17", "00" for "007"), at most 100 characters. Stem and number give
    // the trimmed text back (stem + the number without leading zeros), so two ids have the same
    // stem and number only when they are the same text: "S1-007" and "S1-7", "007" and "7" stay
    // two ids, as their hashes do. Else -1 (*stem untouched): the id is hashed (responseHash).
    static qint64 responseSerial(QStringView responseId, QStringView *stem);
};
