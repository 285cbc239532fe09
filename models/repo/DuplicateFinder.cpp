#include "repo/DuplicateFinder.h"

#include "db/SqlPrepare.h"
#include "db/Database.h"
#include "db/LookupError.h"
#include "db/SqlValue.h"
#include "domain/NameKey.h"
#include "repo/UnitRepository.h"

#include <QMap>
#include <QSqlQuery>

QString DuplicateMatch::reasonText() const
{
    QStringList parts;
    if (reasons & SameName)
        parts << DuplicateFinder::tr("same name");
    if (reasons & SamePhone)
        parts << DuplicateFinder::tr("same phone");
    if (reasons & SameEmail)
        parts << DuplicateFinder::tr("same e-mail");
    return parts.join(DuplicateFinder::tr(", "));
}

QList<DuplicateMatch> DuplicateFinder::find(const Unit &unit, QSqlError *error) const
{
    QMap<qint64, DuplicateMatch> found;
    QSqlError failure;
    const auto run = [&](const QString &column, const QVariant &value, int reason) {
        QSqlQuery q(m_db.connection());
        if (refusedToPrepare(q,
                             QStringLiteral("SELECT id, name FROM units WHERE %1 = ? AND id <> ?"
                                            " AND merged_into IS NULL ORDER BY id")
                                 .arg(column))) {
            failure = q.lastError();
            return;
        }
        q.addBindValue(value);
        q.addBindValue(unit.id);
        readEveryRow(q, &failure, [&](const QSqlQuery &row) {
            DuplicateMatch &m = found[row.value(0).toLongLong()];
            m.unitId = row.value(0).toLongLong();
            m.name = row.value(1).toString();
            m.reasons |= reason;
        });
    };
    const QString key = NameKey::of(unit.name);
    if (!key.isEmpty())
        run(QStringLiteral("name_key"), key, DuplicateMatch::SameName);
    const QString phone = UnitRepository::normalizedPhone(unit.phone);
    if (!phone.isEmpty())
        run(QStringLiteral("phone"), phone, DuplicateMatch::SamePhone);
    const QString email = unit.email.trimmed().toLower();
    if (!email.isEmpty())
        run(QStringLiteral("LOWER(email)"), email, DuplicateMatch::SameEmail);
    if (failedWith(failure, error))
        return {};
    return found.values();
}
