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
    // Mainland mobile (1[3-9] + 9 digits) or landline with area code (010-12345678,
    // 0755-1234567, optional -extension). Spaces are allowed between groups.
    static bool isValidPhone(const QString &phone);
    // The phone as stored: spaces dropped, full-width digits and dashes (as typed with a
    // Chinese input method) folded to ASCII.
    static QString normalizedPhone(const QString &phone);
    static bool isValidEmail(const QString &email);

    // A single field's problem, for validation as the clerk types; empty when fine.
    static QString checkName(const QString &name);
    static QString checkRegion(const QString &regionCode);
    static QString checkContact(const QString &contact);
    static QString checkPhone(const QString &phone, bool required = true);
    static QString checkEmail(const QString &email);
    static QString checkTarget(qint64 target);

    static Problems validate(const UnitRecord &record);
    // Rule warnings: an initiating unit names 1–2 core partner media and 2–3 core partner
    // companies among its recommended supporting units.
    static QStringList warnings(const UnitRecord &record);
};
