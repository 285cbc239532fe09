// libFuzzer harness: XlsxReader on arbitrary bytes (the zip container and the workbook, shared
// strings, styles and sheet XML inside it). It reads only files, so each input is written to one.
#include "FuzzSupport.h"

#include "io/XlsxReader.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::startApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = FuzzSupport::writeInput(data, size, QStringLiteral("xlsx"));
    XlsxReader reader;
    if (!reader.open(path))
        return 0;
    QStringList cells;
    while (reader.readRow(cells)) {
        (void)reader.lineNumber();
        (void)reader.progress();
    }
    (void)reader.errorString();
    return 0;
}
