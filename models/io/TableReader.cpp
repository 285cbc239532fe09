#include "io/TableReader.h"
#include "db/DatabaseFiles.h"

#include "io/CsvReader.h"
#include "io/XlsxReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

TableReader::~TableReader() = default;

bool TableReader::readOnlyColumns(const QList<int> &)
{
    return false;
}

bool TableReader::lastRowBlank() const
{
    return false;
}

QList<bool> TableReader::columnMask(const QList<int> &columns)
{
    QList<bool> mask;
    for (const int column : columns) {
        if (column < 0)
            continue;
        if (column >= mask.size())
            mask.resize(column + 1, false);
        mask[column] = true;
    }
    return mask;
}

QByteArrayView TableReader::lastRecord() const
{
    return {};
}

void TableReader::splitRecord(QByteArrayView, qint64, QStringList &cells) const
{
    cells.clear();
}

std::unique_ptr<TableReader> TableReader::open(const QString &path, const Options &options,
                                               QString *error)
{
    if (const QString refusal = DatabaseFiles::refusal(path); !refusal.isEmpty()) {
        if (error)
            *error = refusal;
        return nullptr;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool xlsx = suffix == QLatin1String("xlsx");
    if (suffix == QLatin1String("xls")) {
        if (error)
            *error = QCoreApplication::translate(
                "TableReader", "old binary .xls files cannot be read; save it as .xlsx or CSV");
        return nullptr;
    }
    if (!xlsx && suffix != QLatin1String("csv") && suffix != QLatin1String("txt")
        && suffix != QLatin1String("tsv")) {
        // Unknown suffix: a zip archive is taken for a workbook, anything else for text.
        QFile probe(path);
        if (probe.open(QIODevice::ReadOnly))
            xlsx = probe.read(4) == QByteArray("PK\x03\x04", 4);
    }
    if (xlsx) {
        auto reader = std::make_unique<XlsxReader>();
        if (!reader->open(path)) {
            if (error)
                *error = reader->errorString();
            return nullptr;
        }
        return reader;
    }
    auto reader = std::make_unique<CsvReader>();
    if (!reader->open(path, options)) {
        if (error)
            *error = reader->errorString();
        return nullptr;
    }
    return reader;
}
