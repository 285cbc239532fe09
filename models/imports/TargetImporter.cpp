#include "imports/TargetImporter.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/SqlValue.h"
#include "db/Transaction.h"
#include "domain/NameKey.h"
#include "imports/ImportCells.h"
#include "io/ExcelTraces.h"
#include "io/TableReader.h"
#include "repo/AuditLog.h"
#include "db/SqlPrepare.h"

#include <QSqlQuery>

const ImportFields &TargetImporter::fields()
{
    static const ImportFields table = {
        {QStringLiteral("unit"),
         {QStringLiteral("unit_id"), QStringLiteral("单位"), QStringLiteral("单位名称"),
          QStringLiteral("unit name")},
         true,
         "TargetImporter",
         QT_TRANSLATE_NOOP("TargetImporter", "Unit (name or id)")},
        {QStringLiteral("target"),
         {QStringLiteral("sample_target"), QStringLiteral("目标"), QStringLiteral("样本目标"),
          QStringLiteral("样本量采集目标"), QStringLiteral("样本量目标")},
         true,
         "TargetImporter",
         QT_TRANSLATE_NOOP("TargetImporter", "Sample target")},
    };
    return table;
}

ImportReport TargetImporter::importFile(qint64 campaignId, const QString &path,
                                        const RejectSink &rejects)
{
    m_report = {};
    m_report.file = path;
    m_rejects = rejects;
    m_rows.clear();
    m_byId.clear();
    m_byKey.clear();
    m_wanted.clear();
    m_firstLine.clear();
    if (!readRows(path) || !loadParticipants(campaignId))
        return m_report;
    for (qsizetype i = 1; i < m_rows.size(); ++i)
        checkRow(m_rows[i].first, m_rows[i].second);
    if (!m_report.problems.isEmpty()) {
        refuse(tr("%n problem(s); nothing changed", nullptr, int(m_report.problems.size())));
        return m_report;
    }
    m_report.read = m_wanted.size();
    store();
    return m_report;
}

// The file's rows (blank ones left out) and its columns.
bool TargetImporter::readRows(const QString &path)
{
    QString error;
    std::unique_ptr<TableReader> reader = TableReader::open(path, {}, &error);
    if (!reader)
        return refuse(error);
    QStringList cells;
    while (reader->readRow(cells)) {
        if (!ImportCells::isBlank(cells))
            m_rows.append({reader->lineNumber(), cells});
    }
    if (!reader->errorString().isEmpty()) {
        m_report.problems.append({path, reader->lineNumber(), QString(), reader->errorString()});
        return refuse(tr("the file cannot be read to its end; nothing changed"));
    }
    if (m_rows.isEmpty())
        return refuse(tr("the file is empty"));
    m_columns = ImportColumns::fromHeader(fields(), m_rows.first().second,
                                          ImportColumns::UnknownColumns::Ignore, path,
                                          m_rows.first().first, &m_report.problems);
    return m_report.problems.isEmpty() || refuse(tr("required columns are missing"));
}

// The campaign's participants, by unit id and by name key.
bool TargetImporter::loadParticipants(qint64 campaignId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT p.id, p.unit_id, p.sample_target, u.name_key FROM participations p"
                       " JOIN units u ON u.id = p.unit_id WHERE p.campaign_id = ?"));
    q.addBindValue(campaignId);
    if (!execPrepared(q))
        return fail(Dialect::describeError(q.lastError()));
    while (q.next()) {
        const Participant p {q.value(0).toLongLong(), q.value(1).toLongLong(),
                             q.value(2).toLongLong()};
        m_byId.insert(p.unitId, p);
        m_byKey[q.value(3).toString()].append(p.unitId);
    }
    return true;
}

void TargetImporter::checkRow(qint64 line, const QStringList &cells)
{
    const qsizetype before = m_report.problems.size();
    const QString unitText = m_columns.cell(cells, Unit);
    const qint64 unitId = unitOf(line, unitText);
    const QString targetText = m_columns.cell(cells, Target);
    QString why;
    std::optional<qint64> target;
    if (targetText.isEmpty())
        why = tr("no target given");
    else
        target = ImportCells::sampleTarget(targetText, &why);
    if (!target)
        m_report.problems.append({m_report.file, line, fields()[Target].key, why});
    if (unitId != 0 && m_firstLine.contains(unitId)) {
        m_report.problems.append({m_report.file, line, fields()[Unit].key,
                                  tr("unit '%1' already appears on line %2")
                                      .arg(unitText)
                                      .arg(m_firstLine.value(unitId))});
    } else if (unitId != 0 && target) {
        m_firstLine.insert(unitId, line);
        m_wanted.append({unitId, *target, line});
    }
    if (m_rejects) {
        for (qsizetype i = before; i < m_report.problems.size(); ++i) {
            const Problem &p = m_report.problems.at(i);
            m_rejects(p.file, p.line, p.field, p.message, cells);
        }
    }
}

// The participating unit a cell names (id, else name), or 0 with a problem.
qint64 TargetImporter::unitOf(qint64 line, const QString &text)
{
    const auto problem = [&](const QString &message) {
        m_report.problems.append({m_report.file, line, fields()[Unit].key, message});
        return 0;
    };
    if (text.isEmpty())
        return problem(tr("no unit given"));
    if (ExcelTraces::isScientificNumber(text))
        return problem(QStringLiteral("'%1': %2").arg(text, ExcelTraces::lostDigitsMessage()));
    bool isNumber = false;
    const qint64 id
        = ExcelTraces::withoutZeroFraction(text.normalized(QString::NormalizationForm_KC))
              .toLongLong(&isNumber);
    if (isNumber && m_byId.contains(id))
        return id;
    const QList<qint64> matches = m_byKey.value(NameKey::of(text));
    if (matches.size() == 1)
        return matches.first();
    if (matches.size() > 1)
        return problem(tr("'%1' matches %2 units; give the unit id").arg(text).arg(matches.size()));
    return problem(tr("no unit '%1' takes part in this campaign").arg(text));
}

// Every changed target in one transaction, each audited.
bool TargetImporter::store()
{
    Transaction tx(m_db);
    if (tx.error().isValid())
        return fail(Dialect::describeError(tx.error()));
    const QString now = Clock::nowText();
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE participations SET sample_target = ?, row_version = row_version + 1,"
                       " updated_at = ?, updated_by = ? WHERE id = ?"));
    for (const Wanted &w : std::as_const(m_wanted)) {
        const Participant &p = m_byId[w.unitId];
        if (p.target == w.target)
            continue;
        q.bindValue(0, w.target);
        q.bindValue(1, now);
        q.bindValue(2, SqlValue::text(m_db.userName()));
        q.bindValue(3, p.participationId);
        if (!execPrepared(q))
            return fail(Dialect::describeError(q.lastError()));
        if (const QSqlError e = AuditLog::record(m_db, QStringLiteral("participations"),
                                                 p.participationId, QStringLiteral("update"),
                                                 {{QStringLiteral("sample_target"), p.target}},
                                                 {{QStringLiteral("sample_target"), w.target}});
            e.isValid())
            return fail(Dialect::describeError(e));
        ++m_report.updated;
    }
    if (const QSqlError e = tx.commit(); e.isValid())
        return fail(Dialect::describeError(e));
    m_report.accepted = m_report.read;
    m_report.outcome = ImportReport::Outcome::Imported;
    if (m_report.updated > 0)
        m_db.events()->notify(DataEvents::Units);
    return true;
}

// The file is refused as it is: nothing changed.
bool TargetImporter::refuse(const QString &message)
{
    if (m_report.problems.isEmpty())
        m_report.problems.append({m_report.file, 0, QString(), message});
    m_report.outcome = ImportReport::Outcome::Rejected;
    m_report.message = message;
    return false;
}

bool TargetImporter::fail(const QString &message)
{
    m_report.updated = 0;
    m_report.problems.append({m_report.file, 0, QString(), message});
    m_report.outcome = ImportReport::Outcome::Failed;
    m_report.message = message;
    return false;
}
