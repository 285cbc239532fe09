#include "repo/UnitMergePreview.h"

#include "db/Database.h"
#include "db/SqlPrepare.h"

#include <QSqlQuery>

UnitMergePreview::Counts UnitMergePreview::counts(Database &db, qint64 unitId, QSqlError *error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM links WHERE unit_id = ?),"
                             " (SELECT COUNT(*) FROM letters WHERE unit_id = ?),"
                             " (SELECT COUNT(*) FROM recommended_units WHERE unit_id = ?)"
                             " + (SELECT COUNT(*) FROM gift_goods WHERE unit_id = ?)"
                             " + (SELECT COUNT(*) FROM experts WHERE unit_id = ?)"));
    for (int i = 0; i < 5; ++i)
        q.addBindValue(unitId);
    if (!execPrepared(q) || !q.next()) {
        if (error)
            *error = q.lastError();
        return {};
    }
    return {q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt()};
}
