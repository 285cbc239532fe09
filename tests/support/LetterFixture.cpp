#include "LetterFixture.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/SqlValue.h"
#include "domain/NameKey.h"
#include "repo/CampaignRepository.h"

#include <QSqlQuery>

namespace LetterFixture {

qint64 addCampaign(Database &db, int year)
{
    Campaign c;
    c.year = year;
    c.title = QStringLiteral("%1网民网络安全感满意度调查活动").arg(year);
    c.startDate = QDate(year, 7, 17);
    c.endDate = QDate(year, 7, 26);
    if (!CampaignRepository(db).add(c).isEmpty())
        return 0;
    return c.id;
}

qint64 addUnit(Database &db, qint64 campaignId, const QString &name, const QString &kind,
               qint64 parentUnitId)
{
    const QString now = Clock::nowText();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO units (name, name_key, created_at, updated_at)"
                             " VALUES (?, ?, ?, ?) RETURNING id"));
    q.addBindValue(name);
    q.addBindValue(NameKey::of(name));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec() || !q.next())
        return 0;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    q.prepare(
        QStringLiteral("INSERT INTO participations (campaign_id, unit_id, kind, parent_unit_id,"
                       " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(campaignId);
    q.addBindValue(id);
    q.addBindValue(kind);
    q.addBindValue(SqlValue::id(parentUnitId));
    q.addBindValue(now);
    q.addBindValue(now);
    return q.exec() ? id : 0;
}

} // namespace LetterFixture
