#pragma once

#include "imports/formats/PlatformFormat.h"

// Any other platform's per-response export (问卷网 among them, whose columns are not
// documented): a response id, a submit time and a token column found among the names platforms
// commonly use (序号/编号/id, 提交时间/结束时间, 来源详情/自定义字段/src/token ...). Recognised
// last, when no platform's own signature matched.
class GenericFormat : public PlatformFormat
{
    Q_DECLARE_TR_FUNCTIONS(GenericFormat)
public:
    // key "generic", or "wenjuan" for 问卷网.
    explicit GenericFormat(const QString &key = QStringLiteral("generic"));
    QString label() const override;
    int recognise(const QStringList &header) const override;
};
