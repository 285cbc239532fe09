#pragma once

#include "imports/LinkCache.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <vector>

class Database;

// The "resolve link" stage of a tally import: finds the campaign's link in a cell as people and
// platforms mangle it — trimmed, any case, Crockford's look-alikes folded (I, L -> 1; O -> 0),
// a full URL with any platform's parameter, or a token inside a longer value ("单位甲-TOKEN").
class LinkResolver
{
public:
    struct Link
    {
        qint64 id = 0;
        qint64 questionnaireId = 0;
        QString idPrefix; // the questionnaire's, before each response id hashed
        int minSeconds = 0; // the questionnaire's quality rule
        // Its numeric response ids are hashed as other ids are (counted before schema version
        // 32), not kept as runs (ResponseIdRanges).
        bool numbersHashed = true;
        // Its response ids of a text prefix and a serial number (TallyValueParser::
        // responseSerial: S1-7, 007) are hashed (counted before schema version 33), not runs.
        bool serialsHashed = true;
        bool revoked = false;
    };
    enum class Result { Found, Revoked, Unknown, NoToken };

    // Loads the campaign's links; an error when they cannot be read.
    QSqlError load(Database &db, qint64 campaignId);

    // What text names; *link filled when Found or Revoked; *token: the token as read (for
    // listing unknown ones).
    Result resolve(const QString &text, Link *link, QString *token = nullptr);
    // resolve() for one row after another, copying nothing: link (when Found or Revoked) lies
    // in the resolver and stays valid until the next load(); token in its cache, valid until
    // the next call.
    struct Resolved
    {
        Result result;
        const Link *link;
        const QString *token;
    };
    Resolved resolveRow(const QString &text);
    // Each questionnaire's id prefix, by questionnaire id (after load()).
    const QHash<qint64, QString> &prefixes() const { return m_prefixes; }

private:
    Result lookUp(const QString &text, const Link **link, QString *token) const;
    const Link *findInside(const QString &normalised) const;

    QHash<QString, Link> m_links; // normalised token -> link
    QHash<qint64, QString> m_prefixes;
    QList<int> m_lengths; // token lengths present, longest first
    QStringList m_parameters;
    struct Cached
    {
        Result result;
        const Link *link; // into m_links
        QString token;
    };
    LinkCache m_cacheIndex; // text -> index into m_cache
    std::vector<Cached> m_cache;
};
