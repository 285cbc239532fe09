#include "imports/formats/LimeSurveyFormat.h"

#include "domain/SurveyPlatform.h"

LimeSurveyFormat::LimeSurveyFormat()
    : PlatformFormat(QStringLiteral("limesurvey"),
                     {{QStringLiteral("id"), QStringLiteral("Response ID")},
                      {QStringLiteral("submitdate"), QStringLiteral("Date submitted")},
                      {QStringLiteral("token"), QStringLiteral("Access code")},
                      {QStringLiteral("interviewtime"), QStringLiteral("Total time")},
                      {},
                      {},
                      {QStringLiteral("id"), QStringLiteral("submitdate")}})
{}

QString LimeSurveyFormat::label() const
{
    return SurveyPlatform::label(SurveyPlatform::LimeSurvey);
}
