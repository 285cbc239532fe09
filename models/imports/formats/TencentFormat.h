#pragma once

#include "imports/formats/PlatformFormat.h"

// 腾讯问卷 (wj.qq.com) CSV: 编号, 开始答题时间, 结束答题时间, 答题时长 (seconds), 地理位置…,
// 自定义字段 (the survey's own parameter), then N.题干 columns; every field quoted and every line
// ending with a comma (an empty last column). Times like "08-Jul-2025 20:26:58".
class TencentFormat : public PlatformFormat
{
public:
    TencentFormat();
    QString label() const override;
};
