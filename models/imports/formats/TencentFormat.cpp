#include "imports/formats/TencentFormat.h"

#include "domain/SurveyPlatform.h"

TencentFormat::TencentFormat()
    : PlatformFormat(QStringLiteral("tencent"),
                     table({.responseId = {"编号"},
                            .submittedAt = {"结束答题时间"},
                            .link = {"自定义字段"},
                            .duration = {"答题时长"}}),
                     {QStringLiteral("编号"), QStringLiteral("结束答题时间")})
{}

QString TencentFormat::label() const
{
    return SurveyPlatform::label(SurveyPlatform::Tencent);
}
