#pragma once

#include "common/Problem.h"

#include <QCoreApplication>

class Database;

// Sample targets from a CSV or .xlsx file with the columns `unit` (a unit's name or id; also
// 单位 / 单位名称 / unit_id) and `target` (also 目标 / 样本量采集目标 / sample_target). A unit is
// matched by id, else by its name (NameKey) among the units taking part in the campaign. Every row
// is checked first; any problem (unknown or ambiguous unit, a unit twice, a target that is not a
// whole number ≥ 0, a missing column) rejects the whole file and nothing changes. Otherwise all
// targets are set in one transaction, audited, and DataEvents::Units is announced.
class TargetImporter
{
    Q_DECLARE_TR_FUNCTIONS(TargetImporter)
public:
    struct Result
    {
        int rows = 0;
        int changed = 0;
    };

    explicit TargetImporter(Database &db)
        : m_db(db)
    {}

    Problems importFile(qint64 campaignId, const QString &path, Result *result = nullptr);

private:
    Database &m_db;
};
