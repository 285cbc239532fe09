#pragma once

#include "imports/formats/PlatformFormat.h"

// 金数据 (jinshuju.net): 序号, 提交时间 and 扩展属性 (the x_field_1 value, verbatim: lower case and
// trailing spaces survive); the API's serial_number, created_at (UTC) and x_field_1 as well.
class JinshujuFormat : public PlatformFormat
{
public:
    JinshujuFormat();
    QString label() const override;
};
