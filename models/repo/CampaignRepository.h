#pragma once

#include "common/Problem.h"
#include "db/ConflictError.h"
#include "db/LookupError.h"
#include "domain/Campaign.h"

#include <QCoreApplication>
#include <QSqlError>

class Database;

// Campaign years: read, validate, add, update. Every write is one transaction.
class CampaignRepository
{
    Q_DECLARE_TR_FUNCTIONS(CampaignRepository)
public:
    explicit CampaignRepository(Database &db)
        : m_db(db)
    {}

    QList<Campaign> all(QSqlError *error = nullptr) const;
    // Look-ups: the campaign, NotFound when there is none, Database when the read failed (see
    // LookupError).
    Lookup<Campaign> byYear(int year) const;
    Lookup<Campaign> byId(qint64 id) const;
    // The newest campaign, the one a fresh window opens on; NotFound when there is none yet.
    Lookup<Campaign> latest() const;

    // What is wrong with a campaign before it is stored (not counting a duplicate year).
    static Problems validate(const Campaign &campaign);

    // Adds a campaign; problems (validation or a year already present) mean nothing was stored.
    Problems add(Campaign &campaign, QSqlError *error = nullptr);
    // Saves changes; refuses (a problem on field "row_version") when someone else changed the
    // row since campaign.rowVersion was read, and then fills conflict with who changed what. To
    // overwrite, set campaign.rowVersion = conflict->currentVersion and update again.
    Problems update(Campaign &campaign, QSqlError *error = nullptr,
                    ConflictError *conflict = nullptr);

private:
    Database &m_db;
};
