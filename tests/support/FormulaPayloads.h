#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Formula-injection ("CSV injection", OWASP) payloads and the independent checks the export tests
// use on files on disk. Nothing here calls io/FormulaGuard, so a check fails when the program does
// not guard.
namespace FormulaPayloads {

// The OWASP examples, DDE forms, tab/CR/space prefixes, full-width variants and values that
// already begin with a ' (as a user may type them).
QStringList catalogue();
// Values that must come out unchanged: plain numbers, a ' not followed by a formula.
QStringList harmless();

// True when a spreadsheet could evaluate cell as a formula: after leading white space (any of it
// a tab or CR counts) it starts with = + - @ ＝ ＋ － ＠, and it is not a plain number.
bool looksLikeFormula(const QString &cell);

// RFC 4180 records of text (BOM dropped, CRLF or LF), cells exactly as written (no unguarding).
QList<QStringList> parseCsv(const QString &text);
QList<QStringList> readCsvFile(const QString &path);
// "row R, column C: cell" for every cell that looksLikeFormula.
QStringList formulaCells(const QList<QStringList> &rows);
// How many cells begin with a ' (the guard): proves a payload reached the export.
int guardedCells(const QList<QStringList> &rows);

// The names of the XML entries of an .xlsx that hold a formula element (<f> or <f ...>); empty
// when none. *allText (if given) receives every entry's XML, for checks that payloads are there.
QStringList xlsxEntriesWithFormulas(const QString &path, QString *allText = nullptr);

} // namespace FormulaPayloads
