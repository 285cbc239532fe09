#pragma once

// Campaigns, units and participations written with plain SQL for the links tests, so they do not
// depend on the units area's classes.
#include "common/Clock.h"
#include "db/Database.h"
#include "domain/NameKey.h"
#include "repo/CampaignRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace LinksTestData {

inline qint64 addCampaign(Database &db, int year, const QString &baseUrl,
                          const QDate &due = QDate())
{
    Campaign c;
    c.year = year;
    c.title = QStringLiteral("%1网民网络安全感满意度调查活动").arg(year);
    c.startDate = QDate(year, 7, 17);
    c.endDate = QDate(year, 7, 26);
    c.baseUrl = baseUrl;
    c.linkRequestDue = due;
    const Problems p = CampaignRepository(db).add(c);
    if (!p.isEmpty())
        qWarning("addCampaign: %s", qPrintable(formatProblems(p)));
    return c.id;
}

// A unit; when campaignId > 0 it also takes part in that campaign.
inline qint64 addUnit(Database &db, const QString &name, qint64 campaignId,
                      const QString &kind = QStringLiteral("initiating-1"))
{
    const QString now = Clock::nowText();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO units (name, name_key, created_at, updated_at)"
                             " VALUES (?, ?, ?, ?) RETURNING id"));
    q.addBindValue(name);
    q.addBindValue(NameKey::of(name));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec() || !q.next()) {
        qWarning("addUnit: %s", qPrintable(q.lastError().text()));
        return 0;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (campaignId > 0) {
        q.prepare(QStringLiteral("INSERT INTO participations (campaign_id, unit_id, kind,"
                                 " created_at, updated_at) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(campaignId);
        q.addBindValue(id);
        q.addBindValue(kind);
        q.addBindValue(now);
        q.addBindValue(now);
        if (!q.exec())
            qWarning("addUnit participation: %s", qPrintable(q.lastError().text()));
    }
    return id;
}

inline void addTally(Database &db, qint64 linkId, const QString &day, qint64 valid)
{
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO daily_tallies (link_id, day, valid_samples) VALUES (?, ?, ?)"));
    q.addBindValue(linkId);
    q.addBindValue(day);
    q.addBindValue(valid);
    if (!q.exec())
        qWarning("addTally: %s", qPrintable(q.lastError().text()));
}

} // namespace LinksTestData
