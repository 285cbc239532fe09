#include "imports/LinkResolver.h"

#include "db/Database.h"
#include "links/LinkUrl.h"
#include "links/TokenGenerator.h"
#include "db/SqlPrepare.h"

#include <QSqlQuery>

namespace {

constexpr int kCacheLimit = 200000;
constexpr int kShortestInside = 4; // tokens shorter than this are not looked for inside text

bool isTokenChar(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

} // namespace

QSqlError LinkResolver::load(Database &db, qint64 campaignId)
{
    m_links.clear();
    m_prefixes.clear();
    m_cache.clear();
    m_cacheIndex.clear();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT l.id, l.token, l.status, COALESCE(l.questionnaire_id, 0),"
        " COALESCE(qn.id_prefix, ''), COALESCE(qn.min_seconds, 0), COALESCE(qn.link_parameter, ''),"
        " COALESCE(qn.numbers_hashed, 1), COALESCE(qn.serials_hashed, 1)"
        " FROM links l LEFT JOIN questionnaires qn ON qn.id = l.questionnaire_id"
        " WHERE l.campaign_id = ?"));
    q.addBindValue(campaignId);
    if (!execPrepared(q))
        return q.lastError();
    QSet<int> lengths;
    m_parameters = LinkUrl::defaultParameters();
    while (q.next()) {
        const QString token = TokenGenerator::normalize(q.value(1).toString());
        Link link;
        link.id = q.value(0).toLongLong();
        link.questionnaireId = q.value(3).toLongLong();
        link.idPrefix = q.value(4).toString();
        link.minSeconds = q.value(5).toInt();
        link.numbersHashed = q.value(7).toInt() != 0;
        link.serialsHashed = q.value(8).toInt() != 0;
        link.revoked = q.value(2).toString() == QLatin1String("revoked");
        m_links.insert(token, link);
        if (link.questionnaireId > 0)
            m_prefixes.insert(link.questionnaireId, link.idPrefix);
        lengths.insert(int(token.size()));
        if (const QString p = q.value(6).toString(); !p.isEmpty() && !m_parameters.contains(p))
            m_parameters.append(p);
    }
    m_lengths = QList<int>(lengths.cbegin(), lengths.cend());
    std::sort(m_lengths.begin(), m_lengths.end(), std::greater<int>());
    return {};
}

LinkResolver::Result LinkResolver::resolve(const QString &text, Link *link, QString *token)
{
    const Resolved r = resolveRow(text);
    if (r.link)
        *link = *r.link;
    if (token)
        *token = *r.token;
    return r.result;
}

LinkResolver::Resolved LinkResolver::resolveRow(const QString &text)
{
    qsizetype i = m_cacheIndex.find(text);
    if (i < 0) {
        if (m_cacheIndex.size() >= kCacheLimit) {
            m_cacheIndex.clear();
            m_cache.clear();
        }
        Cached c;
        c.link = nullptr;
        c.result = lookUp(text, &c.link, &c.token);
        i = m_cacheIndex.add(text);
        m_cache.push_back(std::move(c));
    }
    const Cached &c = m_cache[size_t(i)];
    return {c.result, c.link, &c.token};
}

LinkResolver::Result LinkResolver::lookUp(const QString &text, const Link **link,
                                          QString *token) const
{
    const QString raw = LinkUrl::tokenFrom(text, m_parameters);
    const QString normalised = TokenGenerator::normalize(raw);
    *token = raw.isEmpty() ? text.trimmed() : raw;
    const Link *found = nullptr;
    if (const auto l = m_links.constFind(normalised); l != m_links.constEnd())
        found = &*l;
    if (!found)
        found = findInside(TokenGenerator::normalize(text));
    if (!found)
        return raw.isEmpty() ? Result::NoToken : Result::Unknown;
    *link = found;
    return found->revoked ? Result::Revoked : Result::Found;
}

// The one link whose token stands inside a longer value (a URL, "单位甲-TOKEN", "src=TOKEN"),
// bounded by characters no token has; null when none or several.
const LinkResolver::Link *LinkResolver::findInside(const QString &normalised) const
{
    const Link *found = nullptr;
    qsizetype i = 0;
    while (i < normalised.size()) {
        while (i < normalised.size() && !isTokenChar(normalised.at(i)))
            ++i;
        qsizetype end = i;
        while (end < normalised.size() && isTokenChar(normalised.at(end)))
            ++end;
        for (int length : m_lengths) {
            if (length < kShortestInside)
                break;
            for (qsizetype at = i; at + length <= end; ++at) {
                const auto l = m_links.constFind(normalised.mid(at, length));
                if (l == m_links.constEnd())
                    continue;
                if (found && found->id != l->id)
                    return nullptr;
                found = &*l;
            }
        }
        i = end;
    }
    return found;
}
