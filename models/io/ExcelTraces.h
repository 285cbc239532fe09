#pragma once

#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

// What Excel leaves in the CSV files it writes, read back as the user meant it. Called by
// io/CsvReader on every file, so every importer (units, tallies, targets) gets the same rules.
//
// - "sep=," as the first line: Excel writes it when a CSV is saved for another locale
//   (https://support.microsoft.com/office/import-or-export-text-txt-or-csv-files); the line names
//   the delimiter and is no data.
// - ="075586001234": a text formula, the usual way to keep Excel from dropping a leading zero
//   or turning a long number into a float. Its value is the text inside the quotes ("" inside
//   stands for one quote, as in Excel's formula syntax).
// - 1.38001E+10: a long number Excel has already shown in scientific notation and saved so; the
//   digits after the sixth are gone and cannot be recovered from the file.
class ExcelTraces
{
    Q_DECLARE_TR_FUNCTIONS(ExcelTraces)
public:
    // The delimiter named by an Excel "sep=X" line (X one character: , ; | or a tab, also written
    // as the two characters \t; the line may be quoted as "sep=,"), or a null QChar when line is
    // not such a line.
    static QChar sepLineDelimiter(QStringView line);
    // True when cell is an Excel text formula ="…" (a quote inside written "").
    static bool isTextFormula(QStringView cell);
    // The text of a text formula: ="0755" -> 0755, ="a""b" -> a"b; any other cell unchanged.
    static QString textFormulaValue(const QString &cell);
    // True when cell (spaces around allowed) is a number in Excel's scientific notation such as
    // 1.38001E+10, 1.38E10 or, in a locale with a decimal comma, 1,38E+10: a phone, token or id
    // whose digits Excel has lost.
    static bool isScientificNumber(QStringView cell);
    // A whole number that a program wrote as a float, "13800138000.0" or "5000.00" (pandas, or a
    // number cell saved by another spreadsheet): its digits without the zero fraction. Any other
    // cell is returned unchanged (trimmed).
    static QString withoutZeroFraction(const QString &cell);
    // "its digits were lost in Excel …": what to say about such a cell (after "'X' is not a
    // phone number: " or the like), with how to keep the digits.
    static QString lostDigitsMessage();
};
