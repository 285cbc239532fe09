#include "progress/TargetFileReader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace {

QString decode(const QByteArray &data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(data.mid(3));
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(data);
    if (!utf8.hasError())
        return text;
    QStringDecoder gb("GB18030");
    if (gb.isValid())
        return gb.decode(data);
    return QString::fromLocal8Bit(data);
}

QChar detectDelimiter(const QString &text)
{
    const QString first = text.section(QLatin1Char('\n'), 0, 0);
    int best = 0;
    QChar delimiter = QLatin1Char(',');
    for (QChar c : {QLatin1Char(','), QLatin1Char('\t'), QLatin1Char(';')}) {
        const int n = int(first.count(c));
        if (n > best) {
            best = n;
            delimiter = c;
        }
    }
    return delimiter;
}

bool readZipEntry(QuaZip &zip, const QString &name, QByteArray *out)
{
    if (!zip.setCurrentFile(name))
        return false;
    QuaZipFile f(&zip);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    *out = f.readAll();
    f.close();
    return true;
}

// "B12" -> column index 1
int columnOf(const QString &ref)
{
    int col = 0;
    for (QChar c : ref) {
        if (!c.isLetter())
            break;
        col = col * 26 + (c.toUpper().unicode() - 'A' + 1);
    }
    return col - 1;
}

} // namespace

QList<TargetFileReader::Row> TargetFileReader::parseCsv(const QByteArray &data)
{
    const QString text = decode(data);
    const QChar delimiter = detectDelimiter(text);
    QList<Row> rows;
    Row row;
    row.line = 1;
    QString cell;
    bool quoted = false;
    bool any = false;
    qint64 line = 1;
    const auto endCell = [&] {
        row.cells << cell;
        cell.clear();
    };
    const auto endRow = [&] {
        endCell();
        bool blank = true;
        for (const QString &c : std::as_const(row.cells))
            blank = blank && c.trimmed().isEmpty();
        if (!blank)
            rows.append(row);
        row = Row();
        any = false;
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell += c;
            }
            continue;
        }
        if (!any) {
            row.line = line;
            any = true;
        }
        if (c == QLatin1Char('"') && cell.isEmpty()) {
            quoted = true;
        } else if (c == delimiter) {
            endCell();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            endRow();
            ++line;
        } else {
            cell += c;
        }
    }
    if (any || !cell.isEmpty())
        endRow();
    return rows;
}

bool TargetFileReader::read(const QString &path, QList<Row> *rows, QString *error)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return readXlsx(path, rows, error);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return false;
    }
    *rows = parseCsv(f.readAll());
    return true;
}

bool TargetFileReader::readXlsx(const QString &path, QList<Row> *rows, QString *error)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        *error = tr("not an .xlsx workbook");
        return false;
    }
    QStringList shared;
    QByteArray data;
    if (readZipEntry(zip, QStringLiteral("xl/sharedStrings.xml"), &data)) {
        QXmlStreamReader x(data);
        QString current;
        bool inSi = false;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QLatin1String("si")) {
                inSi = true;
                current.clear();
            } else if (x.isEndElement() && x.name() == QLatin1String("si")) {
                shared << current;
                inSi = false;
            } else if (inSi && x.isStartElement() && x.name() == QLatin1String("t")) {
                current += x.readElementText();
            }
        }
    }
    if (!readZipEntry(zip, QStringLiteral("xl/worksheets/sheet1.xml"), &data)) {
        *error = tr("the workbook has no first sheet");
        return false;
    }
    QXmlStreamReader x(data);
    Row row;
    QString type;
    int col = 0;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement()) {
            if (x.name() == QLatin1String("row")) {
                row = Row();
                row.line = x.attributes().value(QLatin1String("r")).toLongLong();
            } else if (x.name() == QLatin1String("c")) {
                type = x.attributes().value(QLatin1String("t")).toString();
                col = columnOf(x.attributes().value(QLatin1String("r")).toString());
                if (col < 0)
                    col = int(row.cells.size());
            } else if (x.name() == QLatin1String("v") || x.name() == QLatin1String("t")) {
                QString value = x.readElementText();
                if (type == QLatin1String("s"))
                    value = shared.value(value.toInt());
                while (row.cells.size() <= col)
                    row.cells << QString();
                row.cells[col] += value;
            }
        } else if (x.isEndElement() && x.name() == QLatin1String("row")) {
            bool blank = true;
            for (const QString &c : std::as_const(row.cells))
                blank = blank && c.trimmed().isEmpty();
            if (!blank)
                rows->append(row);
        }
    }
    if (x.hasError()) {
        *error = x.errorString();
        return false;
    }
    return true;
}
