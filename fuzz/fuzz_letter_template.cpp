// libFuzzer harness: the letter template engine. The input, split at NUL bytes, is the template's
// HTML, then the value of each placeholder in LetterTemplate::placeholderNames() order, then the
// rights lines: a user edits the template, and the values come from units' names and settings.
#include "FuzzSupport.h"

#include "letters/LetterTemplate.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::startApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> parts = bytes.split('\0');
    LetterTemplate t;
    t.series = QStringLiteral("FQ");
    t.html = QString::fromUtf8(parts.value(0));
    const QStringList names = LetterTemplate::placeholderNames();
    QMap<QString, QString> values;
    qsizetype next = 1;
    for (const QString &name : names)
        values.insert(name, QString::fromUtf8(parts.value(next++)));
    QStringList rights;
    for (; next < parts.size(); ++next)
        rights.append(QString::fromUtf8(parts.at(next)));
    QStringList unknown;
    (void)t.fill(values, rights, &unknown);
    return 0;
}
