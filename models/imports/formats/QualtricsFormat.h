#pragma once

#include "imports/formats/PlatformFormat.h"

// Qualtrics: three header rows (names; labels; {"ImportId":…}), of which only the first is a
// header; ResponseId, RecordedDate, Duration (in seconds), Finished, Status and the embedded-data
// field named after the link parameter (e.g. src). Previews, tests, spam and unfinished
// responses are invalid.
class QualtricsFormat : public PlatformFormat
{
public:
    QualtricsFormat();
    QString label() const override;
    bool isHeaderRow(const QStringList &cells, const ColumnMapping &mapping) const override;

protected:
    bool isValid(const QStringList &cells, const ColumnMapping &mapping,
                 TallyRow &row) const override;
};
