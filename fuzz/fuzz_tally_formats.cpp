// libFuzzer harness: every tally format's row interpretation. The input is read as a CSV file
// (first row the header, as the importer does); each format recognises and maps the header,
// then interprets every later row, as if the user had chosen that format by hand.
#include "FuzzSupport.h"

#include "imports/formats/TallyFormats.h"
#include "io/CsvReader.h"

#include <QBuffer>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::startApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader;
    QStringList header;
    if (!reader.open(&buffer) || !reader.readRow(header))
        return 0;
    QList<QStringList> rows;
    QStringList cells;
    while (reader.readRow(cells))
        rows.append(cells);
    // A campaign's own link parameter, as Qualtrics' embedded data names the token column.
    const QStringList linkParameters = {QStringLiteral("src"), QStringLiteral("token")};
    (void)TallyFormats::detect(header);
    for (const TallyFormat *format : TallyFormats::all()) {
        (void)format->recognise(header);
        ColumnMapping mapping = format->map(header, linkParameters);
        mapping.setHeaderSize(int(header.size()));
        (void)format->missingFields(mapping);
        qint64 line = 1;
        for (const QStringList &row : std::as_const(rows)) {
            if (format->isHeaderRow(row, mapping))
                continue;
            TallyRow tally;
            tally.line = ++line;
            format->interpret(row, mapping, tally);
        }
    }
    return 0;
}
