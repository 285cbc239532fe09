#include "progress/TargetImporter.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/SqlValue.h"
#include "db/Transaction.h"
#include "domain/NameKey.h"
#include "io/ExcelTraces.h"
#include "io/TableReader.h"
#include "repo/AuditLog.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace {

int findColumn(const QStringList &header, const QStringList &names)
{
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header.at(i).trimmed().toLower();
        if (names.contains(h))
            return i;
    }
    return -1;
}

struct Participant
{
    qint64 participationId = 0;
    qint64 unitId = 0;
    qint64 target = 0;
};

} // namespace

Problems TargetImporter::importFile(qint64 campaignId, const QString &path, Result *result)
{
    const QString file = path;
    struct Row
    {
        qint64 line = 0;
        QStringList cells;
    };
    QList<Row> rows;
    QString readError;
    std::unique_ptr<TableReader> reader = TableReader::open(path, {}, &readError);
    if (!reader)
        return {{file, 0, QString(), readError}};
    QStringList cells;
    while (reader->readRow(cells)) {
        bool blank = true;
        for (const QString &c : std::as_const(cells))
            blank = blank && c.trimmed().isEmpty();
        if (!blank)
            rows.append({reader->lineNumber(), cells});
    }
    if (!reader->errorString().isEmpty())
        return {{file, reader->lineNumber(), QString(), reader->errorString()}};
    if (rows.isEmpty())
        return {{file, 0, QString(), tr("the file is empty")}};

    const QStringList header = rows.first().cells;
    const int unitCol
        = findColumn(header,
                     {QStringLiteral("unit"), QStringLiteral("unit_id"), QStringLiteral("单位"),
                      QStringLiteral("单位名称"), QStringLiteral("unit name")});
    const int targetCol = findColumn(header,
                                     {QStringLiteral("target"), QStringLiteral("sample_target"),
                                      QStringLiteral("目标"), QStringLiteral("样本量采集目标"),
                                      QStringLiteral("样本量目标")});
    Problems problems;
    if (unitCol < 0)
        problems.append(
            {file, rows.first().line, QStringLiteral("unit"), tr("no column named unit")});
    if (targetCol < 0)
        problems.append(
            {file, rows.first().line, QStringLiteral("target"), tr("no column named target")});
    if (!problems.isEmpty())
        return problems;

    // The campaign's participants, by unit id and by name key.
    QHash<qint64, Participant> byId;
    QHash<QString, QList<qint64>> byKey;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT p.id, p.unit_id, p.sample_target, u.name_key FROM participations p"
                       " JOIN units u ON u.id = p.unit_id WHERE p.campaign_id = ?"));
    q.addBindValue(campaignId);
    if (!q.exec())
        return {{file, 0, QString(), Dialect::describeError(q.lastError())}};
    while (q.next()) {
        const Participant p {q.value(0).toLongLong(), q.value(1).toLongLong(),
                             q.value(2).toLongLong()};
        byId.insert(p.unitId, p);
        byKey[q.value(3).toString()].append(p.unitId);
    }
    q.finish();

    QHash<qint64, qint64> wanted; // unit id -> target
    QHash<qint64, qint64> firstLine;
    QList<qint64> order;
    for (int i = 1; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        const QString unitText = row.cells.value(unitCol).trimmed();
        QString targetText = row.cells.value(targetCol).trimmed();
        qint64 unitId = 0;
        if (unitText.isEmpty()) {
            problems.append({file, row.line, QStringLiteral("unit"), tr("no unit given")});
        } else if (ExcelTraces::isScientificNumber(unitText)) {
            problems.append(
                {file, row.line, QStringLiteral("unit"),
                 QStringLiteral("'%1': %2").arg(unitText, ExcelTraces::lostDigitsMessage())});
        } else {
            bool isNumber = false;
            const qint64 id = unitText.toLongLong(&isNumber);
            if (isNumber && byId.contains(id)) {
                unitId = id;
            } else {
                const QList<qint64> matches = byKey.value(NameKey::of(unitText));
                if (matches.size() == 1)
                    unitId = matches.first();
                else if (matches.size() > 1)
                    problems.append({file, row.line, QStringLiteral("unit"),
                                     tr("'%1' matches %2 units; give the unit id")
                                         .arg(unitText)
                                         .arg(matches.size())});
                else
                    problems.append({file, row.line, QStringLiteral("unit"),
                                     tr("no unit '%1' takes part in this campaign").arg(unitText)});
            }
        }
        targetText.remove(QLatin1Char(','));
        bool ok = false;
        const qint64 target = targetText.toLongLong(&ok);
        if (targetText.isEmpty())
            problems.append({file, row.line, QStringLiteral("target"), tr("no target given")});
        else if (!ok || target < 0)
            problems.append({file, row.line, QStringLiteral("target"),
                             tr("'%1' is not a whole number of samples (0 or more)")
                                 .arg(row.cells.value(targetCol).trimmed())});
        if (unitId != 0 && firstLine.contains(unitId)) {
            problems.append({file, row.line, QStringLiteral("unit"),
                             tr("unit '%1' already appears on line %2")
                                 .arg(unitText)
                                 .arg(firstLine.value(unitId))});
        } else if (unitId != 0 && ok && target >= 0) {
            firstLine.insert(unitId, row.line);
            wanted.insert(unitId, target);
            order.append(unitId);
        }
    }
    if (!problems.isEmpty())
        return problems;

    Transaction tx(m_db);
    if (tx.error().isValid())
        return {{file, 0, QString(), Dialect::describeError(tx.error())}};
    int changed = 0;
    const QString now = Clock::nowText();
    const QString user = m_db.userName();
    for (qint64 unitId : std::as_const(order)) {
        const Participant &p = byId[unitId];
        const qint64 target = wanted.value(unitId);
        if (p.target == target)
            continue;
        q.prepare(QStringLiteral(
            "UPDATE participations SET sample_target = ?, row_version = row_version + 1,"
            " updated_at = ?, updated_by = ? WHERE id = ?"));
        q.addBindValue(target);
        q.addBindValue(now);
        q.addBindValue(SqlValue::text(user));
        q.addBindValue(p.participationId);
        if (!q.exec())
            return {{file, firstLine.value(unitId), QStringLiteral("target"),
                     Dialect::describeError(q.lastError())}};
        if (QSqlError e = AuditLog::record(m_db, QStringLiteral("participations"),
                                           p.participationId, QStringLiteral("update"),
                                           {{QStringLiteral("sample_target"), p.target}},
                                           {{QStringLiteral("sample_target"), target}});
            e.isValid())
            return {{file, 0, QString(), Dialect::describeError(e)}};
        ++changed;
    }
    if (QSqlError e = tx.commit(); e.isValid())
        return {{file, 0, QString(), Dialect::describeError(e)}};
    if (changed > 0)
        m_db.events()->notify(DataEvents::Units);
    if (result)
        *result = {int(order.size()), changed};
    return {};
}
