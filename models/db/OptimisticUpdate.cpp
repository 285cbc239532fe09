#include "db/OptimisticUpdate.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/SqlPrepare.h"

#include <QSqlQuery>
#include <QSqlRecord>

OptimisticUpdate::OptimisticUpdate(Database &db, const QString &table, qint64 id, int loadedVersion)
    : m_db(db)
    , m_table(table)
    , m_id(id)
    , m_loadedVersion(loadedVersion)
{}

OptimisticUpdate &OptimisticUpdate::set(const QString &column, const QVariant &value)
{
    m_values.append({column, value});
    return *this;
}

OptimisticUpdate::Result OptimisticUpdate::exec()
{
    const QSqlRecord columns = m_db.connection().record(m_table);
    QStringList assignments;
    QVariantList values;
    for (const auto &[column, value] : std::as_const(m_values)) {
        assignments << column + QStringLiteral(" = ?");
        values << value;
    }
    assignments << QStringLiteral("row_version = row_version + 1");
    if (columns.contains(QStringLiteral("updated_at"))) {
        assignments << QStringLiteral("updated_at = ?");
        values << Clock::nowText();
    }
    if (columns.contains(QStringLiteral("updated_by"))) {
        assignments << QStringLiteral("updated_by = ?");
        values << m_db.userName();
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND row_version = ?")
                  .arg(m_table, assignments.join(QStringLiteral(", "))));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(m_id);
    q.addBindValue(m_loadedVersion);
    if (!execPrepared(q)) {
        m_error = q.lastError();
        return Result::Failed;
    }
    if (q.numRowsAffected() == 1)
        return Result::Updated;
    q.finish();
    m_conflict = ConflictError::describe(m_db, m_table, m_id, m_loadedVersion);
    return Result::Conflict;
}
