#pragma once

#include "imports/ColumnMapping.h"

#include <QStringList>

class TallyFormat;

// The columns a person chose for a tally format, remembered per format (QSettings, group
// "tallyMappings/<format>": field key -> header text), so that the next export of the same
// platform opens with them.
class MappingMemory
{
public:
    static void remember(const TallyFormat &format, const QStringList &header,
                         const ColumnMapping &mapping);
    // Applies what was remembered for format to mapping, for the headers this file has.
    static void recall(const TallyFormat &format, const QStringList &header,
                       ColumnMapping &mapping);
};
