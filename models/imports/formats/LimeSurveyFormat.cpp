#include "imports/formats/LimeSurveyFormat.h"

#include "domain/SurveyPlatform.h"

LimeSurveyFormat::LimeSurveyFormat()
    : PlatformFormat(QStringLiteral("limesurvey"),
                     table({.responseId = {"id", "Response ID"},
                            .submittedAt = {"submitdate", "Date submitted"},
                            .link = {"token", "Access code"},
                            .duration = {"interviewtime", "Total time"}}),
                     {QStringLiteral("id"), QStringLiteral("submitdate")})
{}

QString LimeSurveyFormat::label() const
{
    return SurveyPlatform::label(SurveyPlatform::LimeSurvey);
}
