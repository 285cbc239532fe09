#include "FailingReads.h"

#include "TestSupport.h"

#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
bool run(const QString &location, const QString &sql)
{
    const auto db = TestSupport::openMigrated(location);
    if (!db)
        return false;
    QSqlQuery q(db->connection());
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}
} // namespace

namespace FailingReads {

bool hideTable(const QString &location, const QString &table)
{
    // Names are the test's own constants.
    return run(location, QStringLiteral("ALTER TABLE %1 RENAME TO %1_hidden").arg(table));
}

bool hideColumn(const QString &location, const QString &table, const QString &column)
{
    return run(location,
               QStringLiteral("ALTER TABLE %1 RENAME COLUMN %2 TO %2_hidden").arg(table, column));
}

QString hiddenTableWords(const QString &table)
{
    return TestSupport::isPostgres() ? QStringLiteral("relation \"%1\" does not exist").arg(table)
                                     : QStringLiteral("no such table: %1").arg(table);
}

QString hiddenColumnWords(const QString &column)
{
    return TestSupport::isPostgres() ? QStringLiteral("column \"%1\" does not exist").arg(column)
                                     : QStringLiteral("no such column: %1").arg(column);
}

} // namespace FailingReads
