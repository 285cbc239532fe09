// libFuzzer harness, differential: the worksheet scanner of issue #18 (XlsxSheetScanner,
// XlsxSharedStrings) against the reader before it (QXmlStreamReader, kept as
// tests/support/LegacyXlsxReader) on the same XML. The input is a sharedStrings.xml, a NUL byte
// and a sheet's XML (without a NUL, all of it is the sheet); cellXfs 1 is a date style, 2 a date
// and time. It aborts (a finding) when the two give different rows or row numbers, or when the
// old reader read the XML to its end without an error and the scanner called it damaged for a
// reason it does not mean to refuse (it refuses on purpose: DTDs, encodings other than UTF-8,
// tokens over its limits, an empty document, anything but white space, comments and processing
// instructions after the document element) or gave fewer rows. The scanner may be stricter
// about the sheet's structure (references, order; errors without "damaged") and more lenient
// about XML the old reader refused.
// Then the scanner reading only some columns (columns 0 and 2, as fuzz_csv_reader asks) against
// itself reading every cell: the same rows, row numbers, blankness and errors, the other
// columns' cells empty, and each row's kept XML read back into the whole row.
#include "FuzzSupport.h"
#include "LegacyXlsxReader.h"

#include "io/XlsxCellValues.h"
#include "io/XlsxSharedStrings.h"
#include "io/XlsxSheetScanner.h"

#include <QBuffer>

#include <algorithm>

namespace {

const QList<int> kStyleDate = {0, 1, 2, 0};

// A damaged-XML verdict of the scanner that a well-formed document may get on purpose.
bool refusedOnPurpose(const QString &error)
{
    static const char *const reasons[]
        = {"DTD",
           "encoded in",
           "UTF-16",
           "more than",
           "XML is empty",
           "no document element",
           "outside the document element"}; // QXmlStreamReader let a stray byte after it pass
    for (const char *reason : reasons) {
        if (error.contains(QLatin1String(reason)))
            return true;
    }
    return false;
}

bool acceptable(const QString &error)
{
    return !error.contains(QLatin1String("damaged")) || refusedOnPurpose(error);
}

void compareSomeColumns(const QByteArray &sheet, const XlsxCellValues &values)
{
    QBuffer wholeSheet;
    wholeSheet.setData(sheet);
    wholeSheet.open(QIODevice::ReadOnly);
    XlsxSheetScanner whole(&wholeSheet, values, QStringLiteral("fuzz"));
    QBuffer someSheet;
    someSheet.setData(sheet);
    someSheet.open(QIODevice::ReadOnly);
    XlsxSheetScanner some(&someSheet, values, QStringLiteral("fuzz"));
    some.readOnlyColumns({true, false, true});
    QStringList all, part, split;
    while (whole.readRow(all)) {
        if (!some.readRow(part) || part.size() != all.size()
            || some.rowNumber() != whole.rowNumber())
            __builtin_trap();
        for (qsizetype c = 0; c < all.size(); ++c) {
            if (part.at(c) != ((c == 0 || c == 2) ? all.at(c) : QString()))
                __builtin_trap();
        }
        const bool blank = std::all_of(all.cbegin(), all.cend(),
                                       [](const QString &s) { return s.trimmed().isEmpty(); });
        QByteArray xml = some.lastRowXml().toByteArray();
        QBuffer record(&xml);
        record.open(QIODevice::ReadOnly);
        XlsxSheetScanner again(&record, values, QStringLiteral("fuzz"), some.rowNumber() - 1);
        if (some.lastRowBlank() != blank || !again.readRow(split) || split != all)
            __builtin_trap();
    }
    if (some.readRow(part) || some.errorString() != whole.errorString())
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::startApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype nul = input.indexOf('\0');
    const QByteArray shared = nul < 0 ? QByteArray() : input.left(nul);
    const QByteArray sheet = nul < 0 ? input : input.mid(nul + 1);

    QBuffer oldSheet;
    oldSheet.setData(sheet);
    oldSheet.open(QIODevice::ReadOnly);
    LegacyXlsxReader before;
    const bool beforeOpen = before.openSheet(&oldSheet, shared, kStyleDate);

    QStringList strings;
    if (!shared.isEmpty()) {
        QBuffer buffer;
        buffer.setData(shared);
        buffer.open(QIODevice::ReadOnly);
        auto table = XlsxSharedStrings::read(&buffer);
        if (!table) {
            if (beforeOpen && !acceptable(table.error()))
                __builtin_trap(); // well-formed shared strings refused
            return 0;
        }
        strings = *table;
    }
    const XlsxCellValues values(strings, kStyleDate, false);
    compareSomeColumns(sheet, values);
    QBuffer newSheet;
    newSheet.setData(sheet);
    newSheet.open(QIODevice::ReadOnly);
    XlsxSheetScanner now(&newSheet, values, QStringLiteral("fuzz"));

    QStringList a;
    QStringList b;
    bool gotBefore = beforeOpen;
    bool gotNow = true;
    for (;;) {
        gotBefore = gotBefore && before.readRow(a);
        gotNow = gotNow && now.readRow(b);
        if (!gotBefore || !gotNow)
            break;
        if (a != b || before.lineNumber() != now.rowNumber())
            __builtin_trap(); // different rows
    }
    const bool extraNow = gotNow; // a row the old reader did not give
    const bool extraBefore = gotBefore;
    while (gotBefore && before.readRow(a)) {}
    while (gotNow && now.readRow(b)) {} // the rest, for the sanitizers
    if (!beforeOpen || !before.errorString().isEmpty())
        return 0; // the old reader refused the XML: the scanner may read it
    const bool nowClean = now.errorString().isEmpty();
    if (extraNow || (nowClean && extraBefore) || (!nowClean && !acceptable(now.errorString())))
        __builtin_trap(); // more or fewer rows, or well-formed XML called damaged
    return 0;
}
