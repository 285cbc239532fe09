#pragma once

#include "imports/formats/TallyFormat.h"

// The project's own daily file: link, date, valid samples[, invalid samples, suggestions] per
// row, as a platform operator may send it. Its figures replace a link's figures for the day.
class DailyFormat : public TallyFormat
{
    Q_DECLARE_TR_FUNCTIONS(DailyFormat)
public:
    QString key() const override { return QStringLiteral("daily"); }
    QString label() const override;
    ColumnMapping::Kind kind() const override { return ColumnMapping::Kind::Daily; }
    int recognise(const QStringList &header) const override;
    void interpret(const QStringList &cells, const ColumnMapping &mapping,
                   TallyRow &row) const override;
};
