#include "validation/PhoneRule.h"

#include "io/ExcelTraces.h"

#include <phonenumbers/logger.h>
#include <phonenumbers/phonenumberutil.h>

#include <QRegularExpression>

using i18n::phonenumbers::PhoneNumberUtil;
using LibPhoneNumber = i18n::phonenumbers::PhoneNumber;

namespace {

const PhoneNumberUtil &util()
{
    static PhoneNumberUtil *const instance = [] {
        PhoneNumberUtil *u = PhoneNumberUtil::GetInstance();
        u->SetLogger(new i18n::phonenumbers::NullLogger); // owned by the library
        return u;
    }();
    return *instance;
}

// NFKC folds full-width digits, brackets and plus, and the spaces of every width to ASCII; dashes
// are unified and spaces dropped; 转 / 分机(号) / 轉 / 分機(號) become libphonenumber's " ext ".
QString folded(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (c.isSpace() || (u >= 0x200B && u <= 0x200F) || u == 0xFEFF)
            continue;
        if ((u >= 0x2010 && u <= 0x2015) || u == 0x2212 || u == 0x30FC || u == 0xFE63)
            out.append(QLatin1Char('-'));
        else
            out.append(c);
    }
    static const QRegularExpression extWord(QStringLiteral("(转|轉|分机号?|分機號?|ext\\.?|x|#)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = extWord.match(out);
    if (m.hasMatch() && m.capturedStart() > 0)
        out = out.left(m.capturedStart()) + QStringLiteral(" ext ") + out.mid(m.capturedEnd());
    return out;
}

QString toQt(const std::string &s)
{
    return QString::fromStdString(s);
}

bool isServiceNumber(const std::string &nsn)
{
    return nsn.size() == 10 && (nsn.rfind("400", 0) == 0 || nsn.rfind("800", 0) == 0);
}

// The canonical form without extension of a valid number (see the header).
QString display(const LibPhoneNumber &n)
{
    std::string nsn;
    util().GetNationalSignificantNumber(n, &nsn);
    if (n.country_code() != 86) {
        std::string out;
        util().Format(n, PhoneNumberUtil::INTERNATIONAL, &out);
        return toQt(out);
    }
    if (isServiceNumber(nsn))
        return toQt(nsn.substr(0, 3) + "-" + nsn.substr(3, 3) + "-" + nsn.substr(6));
    const PhoneNumberUtil::PhoneNumberType type = util().GetNumberType(n);
    if (type == PhoneNumberUtil::MOBILE)
        return toQt(nsn);
    const int area = util().GetLengthOfGeographicalAreaCode(n);
    if (area <= 0)
        return toQt("0" + nsn);
    return toQt("0" + nsn.substr(0, size_t(area)) + "-" + nsn.substr(size_t(area)));
}

bool parseInto(const QString &text, LibPhoneNumber *n, PhoneNumberUtil::ErrorType *error)
{
    *error = util().Parse(text.toStdString(), "CN", n);
    return *error == PhoneNumberUtil::NO_PARSING_ERROR;
}

bool isValid(const LibPhoneNumber &n)
{
    std::string nsn;
    util().GetNationalSignificantNumber(n, &nsn);
    return util().IsValidNumber(n) || (n.country_code() == 86 && isServiceNumber(nsn));
}

// "0755-86001234-801": a complete landline then -digits is that landline's extension.
bool parseDashExtension(const QString &s, LibPhoneNumber *n)
{
    static const QRegularExpression tail(QStringLiteral("^(.*\\d)-(\\d{1,6})$"));
    const QRegularExpressionMatch m = tail.match(s);
    PhoneNumberUtil::ErrorType error;
    if (!m.hasMatch() || !parseInto(m.captured(1), n, &error) || !isValid(*n)
        || util().GetNumberType(*n) == PhoneNumberUtil::MOBILE)
        return false;
    n->set_extension(m.captured(2).toStdString());
    return true;
}

// Service numbers without an area code (《电信网编号计划》, MIIT): 95xxx nationwide customer
// service (5 to 8 digits, 95588, 95105105) and 96xxx local service (5 or 6 digits, 96110).
// libphonenumber's metadata knows them only as short numbers, which are never valid numbers of
// their own. 10xxx and 12xxx (10086, 12345) are left out: "12345" is what clerks type when they
// have no number.
bool isShortServiceNumber(const QString &folded)
{
    static const QRegularExpression service(QStringLiteral("^(95[0-9]{3,6}|96[0-9]{3,4})$"));
    return service.match(QString(folded).remove(QLatin1Char('-'))).hasMatch();
}

// Why text is no one number although libphonenumber might find one in it: Latin letters among
// the digits (O for 0, l for 1, 400-TEL-…) or several numbers in one cell.
QString whyNotOneNumber(const QString &folded)
{
    static const QRegularExpression letters(
        QStringLiteral("[A-Za-z][0-9]|[0-9][-.()]*[A-Za-z]+[-.()]*[0-9]"));
    QString withoutExtension = folded;
    withoutExtension.replace(QStringLiteral(" ext "), QStringLiteral("#"));
    if (letters.match(withoutExtension).hasMatch())
        return PhoneRule::tr("it holds letters among the digits (O for 0 or l for 1?): a phone "
                             "number is written in digits");
    static const QRegularExpression separators(QStringLiteral("[/、,，;；|或]"));
    int numbers = 0;
    for (const QString &part : folded.split(separators)) {
        if (part.count(QRegularExpression(QStringLiteral("[0-9]"))) >= 5)
            ++numbers;
    }
    if (numbers > 1)
        return PhoneRule::tr("it holds more than one number: give one number here and the "
                             "others in the remarks");
    return {};
}

QString whyUnparsed(PhoneNumberUtil::ErrorType error)
{
    switch (error) {
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return PhoneRule::tr("the country code after + is not one in use");
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return PhoneRule::tr("too few digits: write a mobile number of 11 digits or a landline "
                             "with its area code, as in 010-12345678");
    case PhoneNumberUtil::TOO_LONG_NSN:
        return PhoneRule::tr("too many digits");
    default:
        return PhoneRule::tr("no digits of a phone number");
    }
}

QString whyInvalid(const LibPhoneNumber &n)
{
    std::string nsn;
    util().GetNationalSignificantNumber(n, &nsn);
    if (n.country_code() != 86)
        return PhoneRule::tr("not a number in use in the country or region of +%1")
            .arg(n.country_code());
    if (nsn.size() < 7)
        return PhoneRule::tr("too few digits: write a mobile number of 11 digits or a landline "
                             "with its area code, as in 010-12345678");
    if (nsn.size() == 11 && nsn[0] == '1')
        return PhoneRule::tr(
                   "no mobile number starts with %1: mobile numbers are 11 digits starting with "
                   "13–19")
            .arg(toQt(nsn.substr(0, 3)));
    if (nsn[0] == '1')
        return PhoneRule::tr("a mobile number has 11 digits, this one has %1").arg(nsn.size());
    if (nsn.size() <= 8)
        return PhoneRule::tr("the area code is missing: write it in front, as in 010-12345678 or "
                             "0755-86001234");
    return PhoneRule::tr(
        "no area code starts so, or the number after it has the wrong length (7 or 8 "
        "digits): write it as in 010-12345678 or 0755-86001234");
}

} // namespace

PhoneRule::Result PhoneRule::parse(const QString &text)
{
    // A note in brackets after or before the number, "13800138000（微信同号）", "（办）0755-…", is
    // dropped when the rest is a valid number.
    Result r = parseNumber(text);
    static const QRegularExpression note(QStringLiteral("[（(][^）)0-9０-９]*[）)]"));
    if (!r.valid && note.match(text).hasMatch()) {
        const Result bare = parseNumber(QString(text).remove(note));
        if (bare.valid)
            return bare;
    }
    return r;
}

PhoneRule::Result PhoneRule::parseNumber(const QString &text)
{
    Result r;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return r;
    if (ExcelTraces::isScientificNumber(trimmed)) {
        r.problem = ExcelTraces::lostDigitsMessage();
        return r;
    }
    const QString s = folded(ExcelTraces::withoutZeroFraction(trimmed));
    if (const QString why = whyNotOneNumber(s); !why.isEmpty()) {
        r.problem = why;
        return r;
    }
    if (isShortServiceNumber(s)) {
        r.valid = true;
        r.number = r.canonical = QString(s).remove(QLatin1Char('-'));
        return r;
    }
    LibPhoneNumber n;
    PhoneNumberUtil::ErrorType error;
    const bool parsed = parseInto(s, &n, &error);
    if (!(parsed && isValid(n)) && !parseDashExtension(s, &n)) {
        r.problem = parsed ? whyInvalid(n) : whyUnparsed(error);
        return r;
    }
    r.valid = true;
    r.number = display(n);
    r.extension = toQt(n.extension());
    r.canonical = r.extension.isEmpty() ? r.number : r.number + QStringLiteral("转") + r.extension;
    return r;
}

QString PhoneRule::canonical(const QString &text)
{
    const Result r = parse(text);
    return r.valid ? r.canonical : text.trimmed();
}
