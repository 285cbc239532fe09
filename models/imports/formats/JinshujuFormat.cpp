#include "imports/formats/JinshujuFormat.h"

#include "domain/SurveyPlatform.h"

JinshujuFormat::JinshujuFormat()
    : PlatformFormat(QStringLiteral("jinshuju"),
                     {{QStringLiteral("序号"), QStringLiteral("serial_number")},
                      {QStringLiteral("提交时间"), QStringLiteral("created_at")},
                      {QStringLiteral("扩展属性"), QStringLiteral("x_field_1")},
                      {QStringLiteral("填写时长"), QStringLiteral("答题时长")},
                      {},
                      {},
                      {QStringLiteral("扩展属性")}})
{}

QString JinshujuFormat::label() const
{
    return SurveyPlatform::label(SurveyPlatform::Jinshuju);
}
