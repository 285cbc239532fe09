// libFuzzer harness: CsvReader on arbitrary bytes, from an in-memory device, with the encoding
// and delimiter detected as for a file a user picks. Every row is read until the reader stops.
#include "FuzzSupport.h"

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
    if (!reader.open(&buffer))
        return 0;
    QStringList cells;
    while (reader.readRow(cells)) {
        // The getters the importers call on each row.
        (void)reader.lineNumber();
        (void)reader.progress();
    }
    (void)reader.errorString();
    return 0;
}
