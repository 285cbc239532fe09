#include "io/ExcelTraces.h"

#include <QRegularExpression>

QChar ExcelTraces::sepLineDelimiter(QStringView line)
{
    QStringView s = line.trimmed();
    if (s.size() >= 2 && s.startsWith(u'"') && s.endsWith(u'"'))
        s = s.mid(1, s.size() - 2);
    if (!s.startsWith(QLatin1String("sep="), Qt::CaseInsensitive))
        return {};
    const QStringView rest = s.mid(4);
    if (rest == QLatin1String("\\t") || rest == QLatin1String("\t"))
        return QLatin1Char('\t');
    if (rest.size() != 1)
        return {};
    const QChar c = rest.at(0);
    if (c == u',' || c == u';' || c == u'|')
        return c;
    return {};
}

bool ExcelTraces::isTextFormula(QStringView cell)
{
    if (cell.size() < 3 || !cell.startsWith(QLatin1String("=\"")) || !cell.endsWith(u'"'))
        return false;
    // Inside the outer quotes every quote must be doubled.
    const QStringView inner = cell.mid(2, cell.size() - 3);
    for (qsizetype i = 0; i < inner.size(); ++i) {
        if (inner.at(i) != u'"')
            continue;
        if (i + 1 >= inner.size() || inner.at(i + 1) != u'"')
            return false;
        ++i;
    }
    return true;
}

QString ExcelTraces::textFormulaValue(const QString &cell)
{
    if (!isTextFormula(cell))
        return cell;
    QString value = cell.mid(2, cell.size() - 3);
    value.replace(QLatin1String("\"\""), QLatin1String("\""));
    return value;
}

bool ExcelTraces::isScientificNumber(QStringView cell)
{
    const QStringView s = cell.trimmed();
    qsizetype i = 0;
    const auto digits = [&] {
        const qsizetype start = i;
        while (i < s.size() && s.at(i) >= u'0' && s.at(i) <= u'9')
            ++i;
        return i - start;
    };
    if (digits() == 0)
        return false;
    if (i < s.size() && (s.at(i) == u'.' || s.at(i) == u',')) {
        ++i;
        digits();
    }
    if (i >= s.size() || (s.at(i) != u'E' && s.at(i) != u'e'))
        return false;
    ++i;
    if (i < s.size() && (s.at(i) == u'+' || s.at(i) == u'-'))
        ++i;
    return digits() > 0 && i == s.size();
}

QString ExcelTraces::withoutZeroFraction(const QString &cell)
{
    static const QRegularExpression zeroFraction(QStringLiteral("^([0-9]+)\\.0+$"));
    const QString s = cell.trimmed();
    const QRegularExpressionMatch m = zeroFraction.match(s);
    return m.hasMatch() ? m.captured(1) : s;
}

QString ExcelTraces::lostDigitsMessage()
{
    return tr("its digits were lost in Excel, which showed the number in scientific notation and "
              "saved it so: format the column as Text in Excel, type the numbers again and save "
              "the file again");
}
