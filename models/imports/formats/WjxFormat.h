#pragma once

#include "imports/formats/PlatformFormat.h"

// 问卷星 (wjx.cn): 序号, 提交答卷时间, 所用时间 ("143秒"), 来源, 来源详情 (the sojumpparm value, or
// N/A / 直接访问 without one), 来自IP, then the questions; older downloads put 来自IP before 来源.
// Times as text "2025/7/8 9:02:11" or, re-saved by Excel, date cells.
class WjxFormat : public PlatformFormat
{
public:
    WjxFormat();
    QString label() const override;
};
