#pragma once

#include "common/Problem.h"
#include "db/LookupError.h"
#include "links/Link.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlError>

#include <functional>
#include <optional>

class Database;
class QSqlQuery;

// Tracking links: the numbers units ask for, issuing, revoking and restoring (never deleting),
// and listing with the samples each link brought. Every write is one transaction with its audit
// log entries; units and participations are read with plain SQL.
class LinkRepository
{
    Q_DECLARE_TR_FUNCTIONS(LinkRepository)
public:
    static constexpr int kMaxIssue = 100000;
    static constexpr int kMaxTokenAttempts = 8;

    explicit LinkRepository(Database &db)
        : m_db(db)
    {}

    // Where new tokens come from; TokenGenerator::generate unless a test says otherwise.
    void setTokenSource(std::function<QString()> source) { m_tokenSource = std::move(source); }

    // Records that a unit asked for count links on date (today when invalid).
    // With seenRequested (what the user saw: kNoRequest when the unit had asked for nothing
    // yet) it refuses when someone else recorded another request meanwhile.
    static constexpr int kNoRequest = -1;
    static constexpr int kAnyRequest = -2;
    Problems recordRequest(qint64 campaignId, qint64 unitId, int count, const QDate &date = {},
                           int seenRequested = kAnyRequest);
    // Units taking part in the campaign that have not asked for links yet, by name.
    QList<PendingLinkRequest> pendingRequests(qint64 campaignId, QSqlError *error = nullptr) const;

    // Every unit taking part in the campaign with its request and the links issued, by name.
    QList<UnitLinkSummary> unitSummaries(qint64 campaignId, QSqlError *error = nullptr) const;

    // Issues count new links for a unit and a questionnaire (0: the campaign's first) in one
    // transaction. On problems nothing was stored.
    Problems issue(qint64 campaignId, qint64 unitId, int count, const QString &label,
                   QList<Link> *issued = nullptr, qint64 questionnaireId = 0);
    // Revokes or restores the link with this token (or full URL); nothing is ever deleted.
    Problems revoke(const QString &tokenOrUrl) { return revoke(QStringList {tokenOrUrl}); }
    Problems restore(const QString &tokenOrUrl) { return restore(QStringList {tokenOrUrl}); }
    // Several at once, in one transaction: all or none.
    Problems revoke(const QStringList &tokensOrUrls);
    Problems restore(const QStringList &tokensOrUrls);

    struct Filter
    {
        qint64 campaignId = 0; // 0: every campaign
        qint64 unitId = 0; // 0: every unit
        std::optional<Link::Status> status;
        QString search; // unit name, label or token contains
        qint64 questionnaireId = 0; // 0: every questionnaire
    };
    QList<Link> list(const Filter &filter, QSqlError *error = nullptr) const;
    // The link of a token or full URL: NotFound when there is none, Database when the read
    // failed (LookupError).
    Lookup<Link> byToken(const QString &tokenOrUrl) const;

private:
    // What every link of one issue() shares.
    struct NewLink
    {
        qint64 campaignId = 0;
        qint64 unitId = 0;
        QString label;
        qint64 questionnaireId = 0;
        QString createdAt; // Clock::nowText() once: every link of one issue has the same
        QString createdBy;
    };

    Problems resolveQuestionnaire(qint64 campaignId, qint64 *questionnaireId) const;
    Problems checkTakesPart(qint64 campaignId, qint64 unitId) const;
    QSqlQuery prepareInsert() const;
    Problems insertLink(QSqlQuery &insert, const NewLink &link, QList<qint64> *ids);
    // Appends to *links the unit's links whose ids are in ids; false with *error set when the
    // database fails.
    bool readBack(qint64 campaignId, qint64 unitId, const QList<qint64> &ids, QList<Link> *links,
                  QSqlError *error) const;
    Problems setStatus(const QStringList &tokensOrUrls, Link::Status status);

    Database &m_db;
    std::function<QString()> m_tokenSource;
};
