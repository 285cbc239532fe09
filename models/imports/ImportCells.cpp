#include "imports/ImportCells.h"

#include "io/ExcelTraces.h"
#include "validation/UnitValidator.h"

#include <algorithm>

namespace {
// The measure words of counts in the information form: copies (份), pieces, sets, boxes ...
const QString kMeasureWords = QStringLiteral("份个件套盒箱本台只");

// A whole number >= 0 as people write one: full-width digits, grouping by any space (no-break,
// narrow no-break U+202F as French Excel writes, ideographic) or comma, a zero fraction as other
// programs write whole numbers, one measure word after it.
std::optional<qint64> wholeNumber(const QString &text)
{
    QString digits;
    for (const QChar c : text.normalized(QString::NormalizationForm_KC)) {
        if (!c.isSpace() && c != QLatin1Char(','))
            digits.append(c);
    }
    if (!digits.isEmpty() && kMeasureWords.contains(digits.back()))
        digits.chop(1);
    digits = ExcelTraces::withoutZeroFraction(digits);
    bool ok = false;
    const qint64 n = digits.toLongLong(&ok);
    return ok && n >= 0 ? std::optional<qint64>(n) : std::nullopt;
}
} // namespace

std::optional<qint64> ImportCells::sampleTarget(const QString &text, QString *why)
{
    const std::optional<qint64> target = wholeNumber(text);
    if (!target) {
        *why = tr("'%1' is not a sample target: write a whole number such as 5000")
                   .arg(text.trimmed());
        return std::nullopt;
    }
    if (const QString rule = UnitValidator::checkTarget(*target); !rule.isEmpty()) {
        *why = tr("'%1' is too large: %2").arg(text.trimmed(), rule);
        return std::nullopt;
    }
    return target;
}

std::optional<qint64> ImportCells::quantity(const QString &text)
{
    return wholeNumber(text);
}

bool ImportCells::isBlank(const QStringList &cells)
{
    return std::all_of(cells.cbegin(), cells.cend(),
                       [](const QString &c) { return c.trimmed().isEmpty(); });
}
