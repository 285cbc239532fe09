#include "imports/MappingMemory.h"

#include "imports/formats/TallyFormat.h"

#include <QSettings>

namespace {

QString group(const TallyFormat &format)
{
    return QStringLiteral("tallyMappings/") + format.key();
}

} // namespace

void MappingMemory::remember(const TallyFormat &format, const QStringList &header,
                             const ColumnMapping &mapping)
{
    QSettings settings;
    settings.beginGroup(group(format));
    for (ColumnMapping::Field f : format.requiredFields() + format.optionalFields()) {
        const int column = mapping.column(f);
        if (column >= 0 && column < header.size())
            settings.setValue(ColumnMapping::fieldKey(f), header.at(column));
        else
            settings.remove(ColumnMapping::fieldKey(f));
    }
}

void MappingMemory::recall(const TallyFormat &format, const QStringList &header,
                           ColumnMapping &mapping)
{
    QSettings settings;
    settings.beginGroup(group(format));
    for (ColumnMapping::Field f : format.requiredFields() + format.optionalFields()) {
        const QString text = settings.value(ColumnMapping::fieldKey(f)).toString();
        if (const int column = int(header.indexOf(text)); !text.isEmpty() && column >= 0)
            mapping.setColumn(f, column);
    }
}
