#pragma once

#include <QCoreApplication>
#include <QString>

// Phone numbers as Chinese offices write them, checked and written one way with Google's
// libphonenumber (https://github.com/google/libphonenumber; its metadata for CN says which
// mobile prefixes and area codes exist). The one rule behind the information form, the unit
// import and the CLI (through validation/UnitValidator), and behind duplicate checks (through the
// stored form).
//
// Accepted spellings: +86 / 0086 / 86 in front, a trunk 0 in brackets "+86 (0)10 …", the area code
// in brackets "(010)6512-3456", hyphens, dots, spaces of every width (incl. ideographic U+3000 and
// no-break U+00A0), full-width digits and punctuation, 400 / 800 service numbers, and an extension
// written 转801, 分机801, ext 801, ext.801, x801, #801 or -801 after a complete landline. Numbers
// of other countries and regions (Hong Kong +852, Macao +853, Taiwan +886 …) are accepted when
// valid there. A note in brackets without digits is dropped: 13800138000（微信同号）. Service
// numbers without an area code are accepted as they are: 95xxx (5 to 8 digits) and 96xxx (5 or
// 6). A whole number written as a float (13800138000.0) is read as its digits. Refused, with a
// reason: letters among the digits (138OO138000), several numbers in one cell
// (13800138000/13900139000), Excel's scientific notation (1.38001E+10: the digits are lost).
//
// The canonical form (stored, shown, compared): a mobile as 11 digits (13800138000); a landline
// as area code, hyphen, subscriber number (0755-86001234, 010-65123456); a 400/800 number as
// 400-810-8888; a service number as its digits (95588); another country's number in
// international format (+852 2345 6789); an extension follows as "转801" (0755-86001234转801),
// the way offices write it. Two spellings of one number
// have the same canonical form, so duplicates are found by comparing it.
class PhoneRule
{
    Q_DECLARE_TR_FUNCTIONS(PhoneRule)
public:
    struct Result
    {
        bool valid = false;
        QString canonical; // with "转ext" when there is an extension; empty when invalid
        QString number; // canonical without the extension
        QString extension; // digits only, empty when none
        QString problem; // why the text is not a number, in the user's language; empty when valid
    };

    // text checked and written in the canonical form. Empty text is not valid, with no problem.
    static Result parse(const QString &text);

private:
    // parse() without dropping a note in brackets.
    static Result parseNumber(const QString &text);

public:
    // The canonical form of text, or text with spaces trimmed when it is not a valid number (so
    // what a clerk typed is never lost).
    static QString canonical(const QString &text);
};
