#pragma once

#include "common/Problem.h"
#include "domain/Unit.h"

#include <QCoreApplication>

// What is wrong with a unit before it is stored (blocking problems), and what the committee's
// rules advise against (warnings that do not block saving). Field names in problems are the
// column names of the import files: name, kind, region, city, contact, phone, email, position,
// parent, target; sub-record problems use e.g. "experts[2].phone".
class UnitValidator
{
    Q_DECLARE_TR_FUNCTIONS(UnitValidator)
public:
    // True when phone is a valid number in any of the spellings validation/PhoneRule accepts.
    static bool isValidPhone(const QString &phone);
    // The phone as stored and compared: PhoneRule's canonical form (13800138000, 0755-86001234,
    // 0755-86001234转801, 400-810-8888), or the trimmed text when it is not a valid number.
    static QString normalizedPhone(const QString &phone);
    static bool isValidEmail(const QString &email);

    // A single field's problem, for validation as the clerk types; empty when fine.
    static QString checkName(const QString &name);
    static QString checkRegion(const QString &regionCode);
    static QString checkContact(const QString &contact);
    // "'X' is not a phone number: <why>" (PhoneRule's reason), empty when valid or, unless
    // required, empty.
    static QString checkPhone(const QString &phone, bool required = true);
    static QString checkEmail(const QString &email);
    // The largest sample target a unit may have: the information form's spin box, and every
    // import (units, targets) through imports/ImportCells, stop here.
    static constexpr qint64 kMaxSampleTarget = 100000000;
    // Empty for 0..kMaxSampleTarget; else why not.
    static QString checkTarget(qint64 target);

    static Problems validate(const UnitRecord &record);
    // Rule warnings: an initiating unit names 1–2 core partner media and 2–3 core partner
    // companies among its recommended supporting units.
    static QStringList warnings(const UnitRecord &record);
};
