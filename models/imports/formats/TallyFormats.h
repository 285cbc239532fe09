#pragma once

#include "imports/formats/TallyFormat.h"

#include <QList>

// Every tally format the importer knows: the platforms' exports and the project's own files.
class TallyFormats
{
public:
    static const QList<const TallyFormat *> &all();
    // "wjx", ..., "generic", "daily", "responses"; null when none has that key.
    static const TallyFormat *byKey(const QString &key);
    // The format this header surely is (highest recognise() score; with kind Daily or Responses
    // only the project's format of that kind); null when none recognises it.
    static const TallyFormat *detect(const QStringList &header,
                                     ColumnMapping::Kind kind = ColumnMapping::Kind::Unknown);
    // The keys for --survey-platform: auto|wjx|...|generic.
    static QStringList platformKeys();
};
