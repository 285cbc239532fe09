#include "common/Problem.h"

QString Problem::toString() const
{
    QString text;
    if (!file.isEmpty()) {
        text += file;
        if (line > 0)
            text += QLatin1Char(':') + QString::number(line);
        text += QLatin1String(": ");
    }
    if (!field.isEmpty())
        text += field + QLatin1String(": ");
    return text + message;
}

QString formatProblems(const Problems &problems)
{
    QStringList lines;
    lines.reserve(problems.size());
    for (const Problem &p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}
