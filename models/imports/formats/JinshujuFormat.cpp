#include "imports/formats/JinshujuFormat.h"

#include "domain/SurveyPlatform.h"

JinshujuFormat::JinshujuFormat()
    : PlatformFormat(QStringLiteral("jinshuju"),
                     table({.responseId = {"序号", "serial_number"},
                            .submittedAt = {"提交时间", "created_at"},
                            .link = {"扩展属性", "x_field_1"},
                            .duration = {"填写时长", "答题时长"}}),
                     {QStringLiteral("扩展属性")})
{}

QString JinshujuFormat::label() const
{
    return SurveyPlatform::label(SurveyPlatform::Jinshuju);
}
