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
    // full-width digits, and a zero fraction ("5000.0"). Empty text is not a target either; the
    // importer decides what an empty cell means.
    static std::optional<qint64> sampleTarget(const QString &text, QString *why);
    // Rows of empty cells (",,,," as spreadsheets leave below the data) are not rows.
    static bool isBlank(const QStringList &cells);
};
