#include "registers/ExpertPool.h"

#include "db/Database.h"
#include "db/LookupError.h"
#include "domain/NameKey.h"
#include "registers/RegisterSearch.h"
#include "validation/PhoneRule.h"

#include <QCollator>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace {

// Who a recommendation names: name key and canonical phone, or a key of its own without a phone.
QString personKey(const QString &name, const QString &canonicalPhone, qint64 rowId)
{
    if (canonicalPhone.isEmpty())
        return QStringLiteral("#%1").arg(rowId);
    return NameKey::of(name) + QLatin1Char('|') + canonicalPhone;
}

bool matches(const RegisterSearch &search, const PooledExpert &e)
{
    QStringList texts = {e.name, e.phone};
    texts += e.specialties;
    for (const ExpertSource &s : e.sources)
        texts << s.unitName << s.phoneAsWritten << s.contact;
    return search.matches(texts);
}

} // namespace

QList<PooledExpert> ExpertPool::list(const QString &search, std::optional<ExpertField> field,
                                     QSqlError *error) const
{
    QList<PooledExpert> pool;
    QSqlQuery q(m_db.connection());
    // Newest year first, so a person's name is spelled as they were last recommended.
    if (!q.exec(QStringLiteral(
            "SELECT e.id, e.name, e.phone, e.field, e.specialty, e.contact, e.unit_id, u.name,"
            " c.year FROM experts e JOIN units u ON u.id = e.unit_id"
            " JOIN campaigns c ON c.id = e.campaign_id WHERE u.merged_into IS NULL"
            " ORDER BY c.year DESC, u.name_key, e.row_order, e.id"))) {
        if (error)
            *error = q.lastError();
        return pool;
    }
    QHash<QString, int> indexOf;
    while (q.next()) {
        const QString name = q.value(1).toString().trimmed();
        const QString written = q.value(2).toString();
        const PhoneRule::Result phone = PhoneRule::parse(written);
        const QString canonical = phone.valid ? phone.canonical : written.trimmed();
        const QString key = personKey(name, canonical, q.value(0).toLongLong());
        auto it = indexOf.find(key);
        if (it == indexOf.end()) {
            it = indexOf.insert(key, int(pool.size()));
            pool.append(PooledExpert {name, canonical, {}, {}, {}});
        }
        PooledExpert &p = pool[*it];
        ExpertSource s;
        s.field
            = DomainNames::expertFieldFromText(q.value(3).toString()).value_or(ExpertField::Other);
        s.specialty = q.value(4).toString().trimmed();
        s.contact = q.value(5).toString();
        s.unitId = q.value(6).toLongLong();
        s.unitName = q.value(7).toString();
        s.year = q.value(8).toInt();
        s.phoneAsWritten = written;
        if (!p.fields.contains(s.field))
            p.fields.append(s.field);
        if (!s.specialty.isEmpty() && !p.specialties.contains(s.specialty))
            p.specialties.append(s.specialty);
        p.sources.append(s);
    }
    // SQLite reports a damaged page only when its row is fetched.
    if (failedWith(q.lastError(), error))
        return {};
    const RegisterSearch match(search);
    QList<PooledExpert> kept;
    for (PooledExpert &p : pool) {
        std::sort(p.fields.begin(), p.fields.end());
        if ((!field || p.fields.contains(*field)) && matches(match, p))
            kept.append(p);
    }
    // By name in pinyin order, as the clerks look names up.
    const QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    std::stable_sort(kept.begin(), kept.end(), [&](const PooledExpert &a, const PooledExpert &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return kept;
}
