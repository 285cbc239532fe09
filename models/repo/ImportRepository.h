#pragma once

#include <QList>
#include <QSqlError>
#include <QString>

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
    QString status;
    QString user;
    QString startedAt;
    QString finishedAt;
    QString message;
};

// Reads the import history. Records are written by TallyImporter inside its transaction.
class ImportRepository
{
public:
    explicit ImportRepository(Database &db)
        : m_db(db)
    {}

    // Imports into a campaign (all campaigns when campaignId is 0), newest first.
    QList<ImportRecord> forCampaign(qint64 campaignId, QSqlError *error = nullptr) const;

private:
    Database &m_db;
};
