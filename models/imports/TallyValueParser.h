#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

// Reads the values of tally files as the survey platform and Excel write them. Fast enough to
// run on every row of a file with millions of rows (no QDateTime/regex parsing).
class TallyValueParser
{
public:
    // yyyy-MM-dd, yyyy/M/d, yyyy.M.d, yyyy年M月d日, optionally followed by a time
    // (" HH:mm", " HH:mm:ss", "THH:mm:ss[.fff][Z|+08:00]") when allowTime; or an Excel serial
    // number (e.g. 45490 or 45490.5). Invalid -> null date.
    static QDate parseDay(QStringView text, bool allowTime);
    // A count: digits only (an Excel "12.0" also passes). -1 when not a non-negative integer.
    static qint64 parseCount(QStringView text);
    // 1/0, true/false, yes/no, y/n, 是/否, 有效/无效. 1 true, 0 false, -1 not a flag.
    static int parseFlag(QStringView text);
    // The response id's 64-bit key: the first 8 bytes of SHA-256 of its trimmed UTF-8 text, as a
    // signed 64-bit number (the type both SQLite and PostgreSQL store natively).
    static qint64 responseHash(QStringView responseId);
};
