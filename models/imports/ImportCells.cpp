#include "imports/ImportCells.h"

#include "validation/UnitValidator.h"

#include <algorithm>

std::optional<qint64> ImportCells::sampleTarget(const QString &text, QString *why)
{
    QString digits = text.trimmed();
    digits.remove(QLatin1Char(',')).remove(QLatin1Char(' ')).remove(QChar(0xff0c));
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
