#pragma once

#include "imports/formats/TallyFormat.h"

// The project's own responses file: response id, link, submitted at, valid flag[, region] per
// row. Every row names its link; a row without one is malformed.
class ResponsesFormat : public TallyFormat
{
    Q_DECLARE_TR_FUNCTIONS(ResponsesFormat)
public:
    QString key() const override { return QStringLiteral("responses"); }
    QString label() const override;
    int recognise(const QStringList &header) const override;
    void interpret(const QStringList &cells, const ColumnMapping &mapping,
                   TallyRow &row) const override;
};
