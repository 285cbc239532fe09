#pragma once

#include <QList>
#include <QSqlError>
#include <QString>

#include "imports/ImportHistory.h"

class Database;

// One recorded tally import (a row of the imports table).
struct ImportRecord
{
    qint64 id = 0;
    qint64 campaignId = 0;
    QString kind;
    QString fileName;
    QString sha256;
    qint64 rowsRead = 0;
    qint64 accepted = 0;
    qint64 duplicate = 0;
    qint64 rejected = 0;
    qint64 unknownLink = 0;
    QString status; // as stored: ImportHistory::key
    QString user;
    QString startedAt;
    QString finishedAt;
    QString message;
    QString withdrawnAt; // empty unless status is 'withdrawn'
    QString withdrawnBy;
    bool withdrawable = false; // recorded what it added (see TallyWithdrawal)

    bool is(ImportStatus s) const { return status == ImportHistory::key(s); }
    bool isWithdrawn() const { return is(ImportStatus::Withdrawn); }
    bool canBeWithdrawn() const { return withdrawable && is(ImportStatus::Imported); }
};

// Reads the import history. Records are written by ImportHistory, inside the importer's
// transaction.
class ImportRepository
{
public:
    explicit ImportRepository(Database &db)
        : m_db(db)
    {}

    // Imports into a campaign (all campaigns when campaignId is 0), newest first.
    QList<ImportRecord> forCampaign(qint64 campaignId, QSqlError *error = nullptr) const;
    // One import; id 0 when there is none.
    ImportRecord byId(qint64 importId, QSqlError *error = nullptr) const;

private:
    QList<ImportRecord> select(const QString &where, qint64 value, QSqlError *error) const;

    Database &m_db;
};
