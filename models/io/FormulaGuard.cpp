#include "io/FormulaGuard.h"

#include <QRegularExpression>

namespace {
bool isFormulaStart(QChar c)
{
    switch (c.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\uFF1D': // ＝
    case u'\uFF0B': // ＋
    case u'\uFF0D': // －
    case u'\uFF20': // ＠
        return true;
    default:
        return false;
    }
}

bool isControlTrigger(QChar c)
{
    return c == QLatin1Char('\t') || c == QLatin1Char('\r');
}
} // namespace

bool FormulaGuard::isPlainNumber(QStringView value)
{
    static const QRegularExpression number(
        QStringLiteral("^ *[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)? *$"));
    return number.match(value).hasMatch();
}

bool FormulaGuard::isTrigger(QStringView value)
{
    qsizetype i = 0;
    while (i < value.size() && value.at(i).isSpace()) {
        if (isControlTrigger(value.at(i)))
            return true;
        ++i;
    }
    return i < value.size() && isFormulaStart(value.at(i)) && !isPlainNumber(value);
}

bool FormulaGuard::needsGuard(QStringView value)
{
    qsizetype quotes = 0;
    while (quotes < value.size() && value.at(quotes) == QLatin1Char('\''))
        ++quotes;
    return isTrigger(value.mid(quotes));
}

QString FormulaGuard::guard(const QString &value)
{
    return needsGuard(value) ? QLatin1Char('\'') + value : value;
}

QString FormulaGuard::unguard(const QString &cell)
{
    if (cell.startsWith(QLatin1Char('\'')) && needsGuard(QStringView(cell).mid(1)))
        return cell.mid(1);
    return cell;
}

void FormulaGuard::unguardRow(QStringList &cells)
{
    for (QString &cell : cells) {
        if (cell.startsWith(QLatin1Char('\'')))
            cell = unguard(cell);
    }
}
