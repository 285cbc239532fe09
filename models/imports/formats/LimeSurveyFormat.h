#pragma once

#include "imports/formats/PlatformFormat.h"

// LimeSurvey: id, submitdate (empty: an incomplete response, counted apart), token (or the
// hidden question the parameter is mapped to), interviewtime; UTF-8 with BOM, quoted values.
class LimeSurveyFormat : public PlatformFormat
{
public:
    LimeSurveyFormat();
    QString label() const override;

protected:
    bool emptyTimeMeansIncomplete() const override { return true; }
};
