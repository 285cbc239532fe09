#include "io/XlsxCellValues.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace {

QString formatNumber(double v)
{
    // Whole numbers up to 2^53 are exact in a double: long ids keep every digit.
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) <= 9007199254740992.0)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 15);
}

// True when value is a whole number written the one way formatNumber() writes it back (no sign
// but '-', no leading zero, no "-0", at most 15 digits, so below 2^53): its text is then the
// cell's text, without the round trip through a double.
template<typename View> // QStringView or QByteArrayView
bool isPlainInteger(View value)
{
    const qsizetype first = !value.isEmpty() && value.front() == u'-' ? 1 : 0;
    const qsizetype digits = value.size() - first;
    if (digits < 1 || digits > 15 || (value[first] == u'0' && (digits > 1 || first == 1)))
        return false;
    for (qsizetype i = first; i < value.size(); ++i) {
        if (value[i] < u'0' || value[i] > u'9')
            return false;
    }
    return true;
}

// A shared-string index written as plain digits (what every writer writes), or -1.
inline char16_t unit(QChar c)
{
    return c.unicode();
}

inline char16_t unit(char c)
{
    return char16_t(uchar(c));
}

template<typename View> // QStringView (a <v> decoded) or QByteArrayView (as written)
qsizetype plainIndex(View value)
{
    if (value.isEmpty() || value.size() > 9)
        return -1;
    qsizetype index = 0;
    for (const auto c : value) {
        if (unit(c) < u'0' || unit(c) > u'9')
            return -1;
        index = index * 10 + (unit(c) - u'0');
    }
    return index;
}

void copyInto(QStringView value, QString &out)
{
    out.resize(value.size());
    std::memcpy(out.data(), value.data(), size_t(value.size()) * sizeof(QChar));
}

} // namespace

XlsxCellValues::XlsxCellValues(QStringList sharedStrings, QList<int> styleDate, bool date1904)
    : m_shared(std::move(sharedStrings))
    , m_styleDate(std::move(styleDate))
    , m_date1904(date1904)
{
    m_sharedBlankness.reserve(size_t(m_shared.size()));
    for (const QString &text : std::as_const(m_shared))
        m_sharedBlankness.push_back(text.isEmpty()      ? Blankness::Empty
                                        : isBlank(text) ? Blankness::Blank
                                                        : Blankness::Text);
}

bool XlsxCellValues::isBlank(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

// textBlankness() when the first byte did not tell.
XlsxCellValues::Blankness XlsxCellValues::textBlanknessOfRest(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return Blankness::Empty;
    const bool asciiSpaces = std::all_of(
        utf8.begin(), utf8.end(), [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); });
    return asciiSpaces ? Blankness::Blank : Blankness::Unknown;
}

XlsxCellValues::Blankness XlsxCellValues::blankness(Type type, int style,
                                                    QByteArrayView value) const
{
    switch (type) {
    case Type::SharedString: {
        const qsizetype index = plainIndex(value); // as text() finds the string
        if (index < 0)
            return Blankness::Unknown;
        return index < qsizetype(m_sharedBlankness.size()) ? m_sharedBlankness[size_t(index)]
                                                           : Blankness::Empty;
    }
    case Type::Number:
        if (value.isEmpty())
            return Blankness::Empty;
        if (styleKind(style) == 0 && isPlainInteger(value))
            return Blankness::Text;
        return Blankness::Unknown;
    default:
        return Blankness::Unknown;
    }
}

XlsxCellValues::Type XlsxCellValues::typeOf(QStringView t)
{
    if (t.isEmpty() || t == u"n")
        return Type::Number;
    if (t == u"s")
        return Type::SharedString;
    if (t == u"inlineStr")
        return Type::InlineString;
    if (t == u"b")
        return Type::Boolean;
    if (t == u"d")
        return Type::IsoDate;
    return Type::AsWritten;
}

XlsxCellValues::Type XlsxCellValues::typeOf(QByteArrayView t)
{
    if (t.isEmpty() || t == "n")
        return Type::Number;
    if (t == "s")
        return Type::SharedString;
    if (t == "inlineStr")
        return Type::InlineString;
    if (t == "b")
        return Type::Boolean;
    if (t == "d")
        return Type::IsoDate;
    return Type::AsWritten;
}

void XlsxCellValues::makeEmpty(QString &text)
{
    if (text.isDetached())
        text.resize(0);
    else
        text = QString();
}

int XlsxCellValues::styleKind(int style) const
{
    return style >= 0 && style < m_styleDate.size() ? m_styleDate.at(style) : 0;
}

void XlsxCellValues::text(Type type, int style, const QString &value, QString &out) const
{
    // The common cases first, each giving what generalText() would.
    switch (type) {
    case Type::SharedString:
        if (const qsizetype index = plainIndex(value); index >= 0) {
            if (index < m_shared.size())
                out = m_shared.at(index);
            else
                makeEmpty(out);
            return;
        }
        break;
    case Type::Number:
        if (value.isEmpty()) {
            makeEmpty(out);
            return;
        }
        if (styleKind(style) == 0 && isPlainInteger(value)) {
            copyInto(value, out);
            return;
        }
        break;
    case Type::AsWritten:
        copyInto(value, out);
        return;
    default:
        break;
    }
    const QString text = generalText(type, style, value);
    if (text.isEmpty())
        makeEmpty(out);
    else
        out = text;
}

QString XlsxCellValues::generalText(Type type, int style, const QString &value) const
{
    switch (type) {
    case Type::SharedString: {
        bool ok = false;
        const int index = value.toInt(&ok);
        return ok && index >= 0 && index < m_shared.size() ? m_shared.at(index) : QString();
    }
    case Type::Boolean:
        return value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case Type::Number: {
        if (value.isEmpty())
            return {};
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok)
            return value;
        const int kind = styleKind(style);
        if (kind > 0)
            return serialToText(v, kind == 2, m_date1904);
        return formatNumber(v);
    }
    case Type::IsoDate: {
        // An ISO 8601 date cell: written the way date-styled numbers are.
        QString text = value.trimmed();
        if (text.endsWith(QLatin1Char('Z')))
            text.chop(1);
        if (text.endsWith(QLatin1String("T00:00:00")))
            return text.left(10);
        return text.replace(QLatin1Char('T'), QLatin1Char(' ')).left(19);
    }
    case Type::InlineString:
    case Type::AsWritten:
        break;
    }
    return value; // str (formula result), e (error)
}

QString XlsxCellValues::serialToText(double serial, bool withTime, bool date1904)
{
    // Beyond ±10^14 days the seconds would not fit in 64 bits (and no calendar has such a day).
    if (!(std::fabs(serial) < 1e14))
        return QString();
    const QDate epoch = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
    qint64 seconds = qint64(std::llround(serial * 86400.0));
    const qint64 days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
    seconds -= days * 86400;
    const QDateTime dt(epoch.addDays(days), QTime(0, 0).addSecs(int(seconds)));
    return withTime ? dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                    : dt.date().toString(QStringLiteral("yyyy-MM-dd"));
}
