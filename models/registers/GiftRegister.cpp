#include "registers/GiftRegister.h"

#include "db/Database.h"
#include "db/LookupError.h"
#include "domain/NameKey.h"
#include "registers/RegisterSearch.h"
#include "db/SqlPrepare.h"

#include <QCollator>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

QList<GiftEntry> GiftRegister::entries(qint64 campaignId, const QString &search,
                                       QSqlError *error) const
{
    QList<GiftEntry> list;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT g.unit_id, u.name, COALESCE(p.kind, 'supporting'), u.province, g.name,"
        " g.quantity, g.local_only"
        " FROM gift_goods g JOIN units u ON u.id = g.unit_id"
        " LEFT JOIN participations p ON p.unit_id = g.unit_id AND p.campaign_id = g.campaign_id"
        " WHERE g.campaign_id = ? AND u.merged_into IS NULL"
        " ORDER BY g.name, u.name_key, g.row_order, g.id"));
    q.addBindValue(campaignId);
    if (!execPrepared(q)) {
        if (error)
            *error = q.lastError();
        return list;
    }
    const RegisterSearch match(search);
    while (q.next()) {
        GiftEntry e;
        e.unitId = q.value(0).toLongLong();
        e.unitName = q.value(1).toString();
        e.kind
            = DomainNames::unitKindFromText(q.value(2).toString()).value_or(UnitKind::Supporting);
        e.province = q.value(3).toString();
        e.name = q.value(4).toString();
        e.quantity = q.value(5).toLongLong();
        e.localOnly = q.value(6).toInt() != 0;
        if (match.matches({e.name, e.unitName}))
            list.append(e);
    }
    // SQLite reports a damaged page only when its row is fetched.
    if (failedWith(q.lastError(), error))
        return {};
    // By gift, then unit, in pinyin order (one gift's spellings side by side).
    const QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    std::stable_sort(list.begin(), list.end(), [&](const GiftEntry &a, const GiftEntry &b) {
        const QString ka = NameKey::of(a.name), kb = NameKey::of(b.name);
        if (ka != kb)
            return collator.compare(ka, kb) < 0;
        return collator.compare(a.unitName, b.unitName) < 0;
    });
    return list;
}

QList<GiftTotal> GiftRegister::totals(const QList<GiftEntry> &entries)
{
    QList<GiftTotal> totals;
    QHash<QString, int> indexOf;
    QHash<QString, QSet<qint64>> unitsOf;
    QHash<QString, QHash<QString, qint64>> spellingsOf; // quantity offered under each spelling
    for (const GiftEntry &e : entries) {
        const QString key = NameKey::of(e.name);
        auto it = indexOf.find(key);
        if (it == indexOf.end()) {
            it = indexOf.insert(key, int(totals.size()));
            totals.append(GiftTotal {e.name, 0, 0, 0});
        }
        GiftTotal &t = totals[*it];
        t.quantity += e.quantity;
        if (e.localOnly)
            t.localOnlyQuantity += e.quantity;
        unitsOf[key].insert(e.unitId);
        t.units = int(unitsOf[key].size());
        spellingsOf[key][e.name] += e.quantity;
    }
    for (auto it = indexOf.cbegin(); it != indexOf.cend(); ++it) {
        const QHash<QString, qint64> &spellings = spellingsOf.value(it.key());
        QString &name = totals[it.value()].name;
        for (auto s = spellings.cbegin(); s != spellings.cend(); ++s) {
            const qint64 best = spellings.value(name);
            if (s.value() > best || (s.value() == best && s.key() < name))
                name = s.key();
        }
    }
    const QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    std::sort(totals.begin(), totals.end(), [&](const GiftTotal &a, const GiftTotal &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return totals;
}
