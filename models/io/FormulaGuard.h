#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// Keeps spreadsheets from taking a CSV cell for a formula ("CSV injection", OWASP:
// https://owasp.org/www-community/attacks/CSV_Injection). Every CSV the program writes goes
// through io/CsvWriter, which calls guard() on each cell; io/CsvReader calls unguard(), so our
// own importers read back exactly what was exported.
//
// The rule, decided by the value alone (not by the column):
// - a cell is a formula trigger when its first character after any leading white space is
//   = + - @ or a full-width ＝ ＋ － ＠, or when its leading white space holds a tab or a carriage
//   return; a cell that is a plain number (optional sign, ASCII digits, optional fraction and
//   exponent, surrounding spaces allowed: "-12", "+3.5", "1e-7") is not a trigger, so targets,
//   counts and negative figures stay numbers;
// - guard() puts one ' in front of a trigger, and also in front of a cell that starts with ' and
//   would be a trigger without its leading quotes (so "'=x" written by a user is kept apart from
//   "=x" written by us);
// - unguard() removes one leading ' only when what follows needs the guard. guard and unguard
//   are exact inverses; a value from another program such as "'=x" reads as "=x", as a
//   spreadsheet shows it. Any other leading ' (e.g. "'; DROP", "'0755") is kept.
class FormulaGuard
{
public:
    // True when value, written as it is, could be evaluated as a formula.
    static bool isTrigger(QStringView value);
    // True when value is a plain decimal number, spaces around it allowed.
    static bool isPlainNumber(QStringView value);
    // True when guard(value) adds a quote: a trigger, possibly behind leading ' characters.
    static bool needsGuard(QStringView value);
    // value, or "'" + value when needsGuard(value).
    static QString guard(const QString &value);
    // The value guard() was given: cell without its first ' when the rest needsGuard, else cell.
    static QString unguard(const QString &cell);
    // unguard() on every cell, in place.
    static void unguardRow(QStringList &cells);
};
