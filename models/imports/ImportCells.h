#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// One parser per kind of cell that more than one importer reads, so the same text means the same
// everywhere (units, targets, tallies). Each returns the value, or nothing and *why with the text
// as written, for a FILE:LINE: field: message.
class ImportCells
{
    Q_DECLARE_TR_FUNCTIONS(ImportCells)
public:
    // A sample target: a whole number from 0 to UnitValidator::kMaxSampleTarget (the information
    // form's limit), digits grouped with , ， or spaces of any width allowed ("5,000", "5 000"),
    // full-width digits, a zero fraction ("5000.0") and one measure word after it, as counts are
    // written in the information form ("5000份"). Empty text is not a target either; the
    // importer decides what an empty cell means.
    static std::optional<qint64> sampleTarget(const QString &text, QString *why);
    // A count of things (a gift's quantity in the information form): a whole number from 0,
    // written as a sample target may be, without its limit; nullopt when the text is none.
    static std::optional<qint64> quantity(const QString &text);
    // Rows of empty cells (",,,," as spreadsheets leave below the data) are not rows.
    static bool isBlank(const QStringList &cells);
};
