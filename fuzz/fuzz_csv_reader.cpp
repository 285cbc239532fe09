// libFuzzer harness: CsvReader on arbitrary bytes, from an in-memory device, with the encoding
// and delimiter detected as for a file a user picks. Every row is read until the reader stops.
// The same bytes are read a second time with only some columns made into strings (as the tally
// importer reads, issue #18): a difference from the whole read is a finding (abort).
#include "FuzzSupport.h"

#include "io/CsvReader.h"

#include <QBuffer>

#include <algorithm>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::startApplication(argc, argv);
    return 0;
}

namespace {

// Columns 0 and 2 only, against the whole rows: the same cells there, empty elsewhere, the
// same blankness, line and end, and the record's text split into the whole row.
void compareSomeColumns(QByteArray bytes, const QList<QStringList> &whole, const QString &error)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader;
    if (!reader.open(&buffer) || !reader.readOnlyColumns({0, 2}))
        std::abort();
    QStringList cells, split;
    for (const QStringList &row : whole) {
        if (!reader.readRow(cells) || cells.size() != row.size())
            std::abort();
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (cells.at(c) != ((c == 0 || c == 2) ? row.at(c) : QString()))
                std::abort();
        }
        const bool blank = std::all_of(row.cbegin(), row.cend(),
                                       [](const QString &s) { return s.trimmed().isEmpty(); });
        reader.splitRecord(reader.lastRecord(), reader.lineNumber(), split);
        if (reader.lastRowBlank() != blank || split != row)
            std::abort();
    }
    if (reader.readRow(cells) || reader.errorString() != error)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader;
    if (!reader.open(&buffer))
        return 0;
    QStringList cells;
    QList<QStringList> rows;
    while (reader.readRow(cells)) {
        // The getters the importers call on each row.
        (void)reader.lineNumber();
        (void)reader.progress();
        rows.append(cells);
    }
    compareSomeColumns(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), rows,
                       reader.errorString());
    return 0;
}
