#pragma once

#include "imports/ImportColumns.h"
#include "imports/ImportReport.h"
#include "imports/RejectFile.h"

#include <QCoreApplication>
#include <QHash>

class Database;

// Sample targets from a CSV or .xlsx file with the columns `unit` (a unit's name or id; also
// 单位 / 单位名称 / unit_id) and `target` (also 目标 / 样本目标 / 样本量采集目标 / sample_target;
// see fields()); other columns are not read. A unit is matched by id, else by its name (NameKey)
// among the units taking part in the campaign. Every row is checked first; any problem (unknown
// or ambiguous unit, a unit twice, a target that is not a whole number from 0 to the form's
// limit, a missing column) rejects the whole file and nothing changes; each problem goes to the
// report as FILE:LINE: field: message and, with a sink, to the rejects file. Otherwise all
// targets are set in one transaction, audited, and DataEvents::Units is announced.
class TargetImporter
{
    Q_DECLARE_TR_FUNCTIONS(TargetImporter)
public:
    enum Field { Unit, Target, FieldCount };
    static const ImportFields &fields();

    explicit TargetImporter(Database &db)
        : m_db(db)
    {}

    // The report: read = target rows, updated = targets that changed; outcome Imported, or
    // Rejected / Failed with its problems (nothing changed).
    ImportReport importFile(qint64 campaignId, const QString &path, const RejectSink &rejects = {});

private:
    struct Participant
    {
        qint64 participationId = 0;
        qint64 unitId = 0;
        qint64 target = 0;
    };
    struct Wanted
    {
        qint64 unitId = 0;
        qint64 target = 0;
        qint64 line = 0;
    };

    bool readRows(const QString &path);
    bool loadParticipants(qint64 campaignId);
    void checkRow(qint64 line, const QStringList &cells);
    qint64 unitOf(qint64 line, const QString &text);
    bool store();
    bool refuse(const QString &message);
    bool fail(const QString &message);

    Database &m_db;
    RejectSink m_rejects;
    ImportReport m_report;
    ImportColumns m_columns;
    QList<std::pair<qint64, QStringList>> m_rows; // line, cells; the header first
    QHash<qint64, Participant> m_byId;
    QHash<QString, QList<qint64>> m_byKey;
    QList<Wanted> m_wanted;
    QHash<qint64, qint64> m_firstLine; // unit id -> line
};
