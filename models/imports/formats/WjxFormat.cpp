#include "imports/formats/WjxFormat.h"

#include "domain/SurveyPlatform.h"

WjxFormat::WjxFormat()
    : PlatformFormat(QStringLiteral("wjx"),
                     table({.responseId = {"序号"},
                            .submittedAt = {"提交答卷时间"},
                            .link = {"来源详情"},
                            .duration = {"所用时间"}}),
                     {QStringLiteral("提交答卷时间"), QStringLiteral("来源详情")})
{}

QString WjxFormat::label() const
{
    return SurveyPlatform::label(SurveyPlatform::Wjx);
}
