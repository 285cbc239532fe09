#include "imports/ImportCells.h"

#include "io/ExcelTraces.h"
#include "validation/UnitValidator.h"

#include <algorithm>

std::optional<qint64> ImportCells::sampleTarget(const QString &text, QString *why)
{
    // Full-width digits, and grouping by any space (no-break, narrow no-break U+202F as French
    // Excel writes, ideographic) or comma; a zero fraction as other programs write whole numbers.
    QString digits;
    for (const QChar c : text.normalized(QString::NormalizationForm_KC)) {
        if (!c.isSpace() && c != QLatin1Char(','))
            digits.append(c);
    }
    digits = ExcelTraces::withoutZeroFraction(digits);
    bool ok = false;
    const qint64 target = digits.toLongLong(&ok);
    if (!ok || target < 0) {
        *why = tr("'%1' is not a sample target: write a whole number such as 5000")
                   .arg(text.trimmed());
        return std::nullopt;
    }
    if (const QString rule = UnitValidator::checkTarget(target); !rule.isEmpty()) {
        *why = tr("'%1' is too large: %2").arg(text.trimmed(), rule);
        return std::nullopt;
    }
    return target;
}

bool ImportCells::isBlank(const QStringList &cells)
{
    return std::all_of(cells.cbegin(), cells.cend(),
                       [](const QString &c) { return c.trimmed().isEmpty(); });
}
