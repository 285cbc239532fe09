#include "forms/FormImporter.h"

#include "checklist/ChecklistRepository.h"

#include "db/Database.h"
#include "db/Dialect.h"
#include "db/Transaction.h"
#include "domain/NameKey.h"
#include "domain/Regions.h"
#include "forms/FormFile.h"
#include "imports/ImportCells.h"
#include "repo/CampaignRepository.h"
#include "repo/DuplicateFinder.h"
#include "repo/UnitBatchChange.h"
#include "repo/UnitRepository.h"
#include "validation/PhoneRule.h"
#include "validation/UnitValidator.h"

#include <QDir>
#include <QFileInfo>

namespace {
using Table = FormLayout::Table;
using Row = QHash<QString, QString>;

// The option of options ticked in text, or of the enum as written; -1 none, -2 several.
int choice(const QString &text, const QStringList &options,
           const std::function<int(const QString &)> &fromText)
{
    const QList<int> ticked = FormLayout::tickedOptions(text, options);
    if (ticked.size() > 1)
        return -2;
    if (ticked.size() == 1)
        return ticked.first();
    return text.trimmed().isEmpty() ? -1 : fromText(text);
}

int sortIndex(const QString &text)
{
    const int i = int(FormLayout::sortOptions().indexOf(text.trimmed()));
    if (i >= 0)
        return i;
    const auto s = DomainNames::unitSortFromText(text);
    return s ? int(DomainNames::unitSorts().indexOf(*s)) : -1;
}

int kindIndex(const QString &text)
{
    const auto k = DomainNames::unitKindFromText(text);
    return k ? int(DomainNames::unitKinds().indexOf(*k)) : -1;
}

// A phone as units write it on forms: "13800138000（微信同号）" is the number (PhoneRule drops
// the note). Canonical (PhoneRule) when valid.
QString formPhone(const QString &text)
{
    return PhoneRule::canonical(text);
}

// The region a form names, also when the city follows it ("广东省深圳市"): the region, and
// what follows it in *rest.
const Region *formRegion(const QString &text, QString *rest)
{
    rest->clear();
    const QString t = text.trimmed();
    for (const Region &r : Regions::all()) {
        for (const QString &name : {r.fullName, r.shortName}) {
            if (!name.isEmpty() && t.startsWith(name)) {
                *rest = t.mid(name.size()).trimmed();
                if (rest->startsWith(QChar(u'（')) || rest->startsWith(QLatin1Char('(')))
                    rest->clear(); // "广东省（粤）": a note, no city
                return &r;
            }
        }
    }
    return Regions::find(t); // codes and English names
}

QString rowText(const QStringList &values)
{
    QStringList parts;
    for (const QString &v : values) {
        if (!v.isEmpty())
            parts << v;
    }
    return parts.join(QStringLiteral(" / "));
}

QString recommendedText(const RecommendedUnit &r, bool supporting)
{
    return rowText({r.name, supporting ? DomainNames::displayName(r.sort) : QString(),
                    supporting && r.core ? FormImporter::tr("core partner") : QString(), r.contact,
                    PhoneRule::canonical(r.phone), r.position});
}

QString giftText(const GiftGood &g)
{
    return rowText({g.name, QString::number(g.quantity),
                    g.localOnly ? FormImporter::tr("local only") : QString()});
}

QString expertText(const Expert &e)
{
    return rowText({DomainNames::displayName(e.field), e.name, e.contact,
                    PhoneRule::canonical(e.phone), e.specialty});
}

// Row by row: "experts[2]" for a row that differs, added or removed.
template<typename T>
void listChanges(const QList<T> &before, const QList<T> &after, const QString &key,
                 const QString &label, const std::function<QString(const T &)> &text,
                 QList<FormImporter::FieldChange> *out)
{
    const qsizetype n = std::max(before.size(), after.size());
    for (qsizetype i = 0; i < n; ++i) {
        const QString b = i < before.size() ? text(before[i]) : QString();
        const QString a = i < after.size() ? text(after[i]) : QString();
        if (b != a)
            out->append({QStringLiteral("%1[%2]").arg(key).arg(i + 1),
                         FormImporter::tr("%1, row %2").arg(label).arg(i + 1), b, a});
    }
}
} // namespace

QStringList FormImporter::formFiles(const QString &folder)
{
    QStringList out;
    const QFileInfoList files
        = QDir(folder).entryInfoList({QStringLiteral("*.docx"), QStringLiteral("*.xlsx"),
                                      QStringLiteral("*.DOCX"), QStringLiteral("*.XLSX")},
                                     QDir::Files, QDir::Name | QDir::IgnoreCase);
    for (const QFileInfo &f : files) {
        if (!f.fileName().startsWith(QLatin1String("~$")) && !out.contains(f.filePath()))
            out << f.filePath();
    }
    return out;
}

QString FormImporter::unitName(qint64 unitId) const
{
    if (unitId == 0)
        return {};
    const Lookup<Unit> u = UnitRepository(m_db).unit(unitId);
    return u ? u->name : QString();
}

qint64 FormImporter::storedUnitId(const FormData &data, const QString &name, Entry &e) const
{
    UnitRepository repo(m_db);
    const auto failed = [&](const LookupError &error) {
        e.problems.append({e.file, 0, QStringLiteral("name"), error.message()});
        return qint64(0);
    };
    if (!name.isEmpty()) {
        const Lookup<qint64> id = repo.idByName(name);
        if (id)
            return *id;
        if (id.error().isDatabase())
            return failed(id.error());
    }
    if (data.unitId == 0)
        return 0;
    // A pre-filled form whose unit wrote a new name: the unit it was made for.
    const Lookup<Unit> u = repo.unit(data.unitId);
    if (!u)
        return u.error().isDatabase() ? failed(u.error()) : 0;
    if (u->mergedInto != 0)
        return 0;
    e.warnings.append({e.file, 0, QStringLiteral("name"),
                       tr("the form was made for '%1', which is renamed '%2'").arg(u->name, name)});
    return u->id;
}

namespace {

// One form read into a unit record, step by step; each step reads what the form has of its part
// and leaves the rest as stored. Problems and warnings at the form's file.
class FormReading
{
public:
    using F = FormLayout::Field;

    FormReading(Database &db, const FormData &data, const std::optional<UnitRecord> &stored,
                const QString &file, Problems *problems, Problems *warnings)
        : m_db(db)
        , m_data(data)
        , m_stored(stored)
        , m_file(file)
        , m_problems(problems)
        , m_warnings(warnings)
    {}

    void readIdentity(UnitRecord &r) const;
    void readContact(UnitRecord &r) const;
    void readKindAndSort(UnitRecord &r) const;
    void readParentAndTarget(UnitRecord &r) const;
    // Sub-tables: a table on the form replaces the stored rows.
    void readRecommended(Table table, QList<RecommendedUnit> *list,
                         RecommendedUnit::Role role) const;
    void readGifts(QList<GiftGood> *gifts) const;
    void readExperts(QList<Expert> *experts) const;
    // The unit rules (UnitValidator) on the result, for the fields no step found wrong.
    void checkRules(const UnitRecord &r) const;

private:
    bool has(F f) const { return m_data.fields.contains(FormLayout::spec(f).key); }
    QString value(F f) const { return m_data.fields.value(FormLayout::spec(f).key).trimmed(); }
    void problem(const QString &field, const QString &message) const
    {
        m_problems->append({m_file, 0, field, message});
    }
    // A sub-table on the form replaces the stored rows: each of its rows read by read(index,
    // row); a form without the table leaves them.
    template<class Item, class Read>
    void readTable(Table table, QList<Item> *list, Read read) const
    {
        if (!m_data.tables.contains(table))
            return;
        const QList<Row> rows = m_data.tables.value(table);
        QList<Item> items;
        for (int i = 0; i < rows.size(); ++i)
            items.append(read(i, rows[i]));
        *list = items;
    }
    RecommendedUnit recommendedRow(Table table, int i, const Row &row,
                                   const QList<RecommendedUnit> &before,
                                   RecommendedUnit::Role role) const;

    Database &m_db;
    const FormData &m_data;
    const std::optional<UnitRecord> &m_stored;
    const QString &m_file;
    Problems *m_problems;
    Problems *m_warnings;
};

void FormReading::readIdentity(UnitRecord &r) const
{
    if (has(F::Name)) {
        const QString name = NameKey::cleaned(value(F::Name));
        if (name != value(F::Name))
            m_warnings->append({m_file, 0, QStringLiteral("name"),
                                FormImporter::tr("invisible characters (zero-width spaces or the "
                                                 "like) removed from the name")});
        // The same unit written another way (traditional characters, full-width letters) keeps
        // the stored spelling.
        if (!m_stored || NameKey::of(name) != NameKey::of(m_stored->unit.name))
            r.unit.name = name;
    }
    QString cityFromRegion;
    if (has(F::Region)) {
        const QString text = value(F::Region);
        if (text.isEmpty()) {
            r.unit.province.clear();
        } else if (const Region *region = formRegion(text, &cityFromRegion)) {
            r.unit.province = region->code;
        } else
            problem(
                QStringLiteral("region"),
                FormImporter::tr("'%1' is not one of the 34 provincial-level regions").arg(text));
    }
    // "广东省深圳市" in the province's cell, the city's left empty: the city follows the region.
    if (has(F::City))
        r.unit.city = value(F::City).isEmpty() ? cityFromRegion : value(F::City);
    else if (!cityFromRegion.isEmpty())
        r.unit.city = cityFromRegion;
}

void FormReading::readContact(UnitRecord &r) const
{
    if (has(F::Contact))
        r.unit.contact = value(F::Contact);
    if (has(F::Position))
        r.unit.position = value(F::Position);
    if (has(F::Phone))
        r.unit.phone = formPhone(value(F::Phone));
    if (has(F::Email))
        r.unit.email = value(F::Email);
}

void FormReading::readKindAndSort(UnitRecord &r) const
{
    if (has(F::Kind)) {
        const int k = choice(value(F::Kind), FormLayout::kindOptions(), kindIndex);
        if (k >= 0)
            r.participation.kind = DomainNames::unitKinds().at(k);
        else if (k == -2)
            problem(QStringLiteral("kind"),
                    FormImporter::tr("more than one kind is ticked; tick one of %1")
                        .arg(FormLayout::kindOptions().join(FormImporter::tr(", "))));
        else if (!m_stored || m_stored->participation.id == 0)
            problem(QStringLiteral("kind"),
                    FormImporter::tr("no kind is ticked; tick one of %1")
                        .arg(FormLayout::kindOptions().join(FormImporter::tr(", "))));
    }
    if (has(F::Sort)) {
        const int s = choice(value(F::Sort), FormLayout::sortOptions(), sortIndex);
        if (s >= 0)
            r.unit.sort = DomainNames::unitSorts().at(s);
        else if (s == -2)
            problem(QStringLiteral("sort"),
                    FormImporter::tr("more than one sort is ticked; tick one of %1")
                        .arg(FormLayout::sortOptions().join(FormImporter::tr(", "))));
    }
}

void FormReading::readParentAndTarget(UnitRecord &r) const
{
    if (has(F::Parent)) {
        const QString text = value(F::Parent);
        r.participation.parentUnitId = 0;
        if (!text.isEmpty()) {
            const Lookup<qint64> id = UnitRepository(m_db).idByName(text);
            if (id)
                r.participation.parentUnitId = *id;
            else if (id.error().isDatabase())
                problem(QStringLiteral("parent"), id.error().message());
            else
                problem(QStringLiteral("parent"),
                        FormImporter::tr("no unit called '%1' is registered").arg(text));
        }
    }
    if (has(F::Target) && !value(F::Target).isEmpty()) {
        QString why;
        if (const auto target = ImportCells::sampleTarget(value(F::Target), &why))
            r.participation.sampleTarget = *target;
        else
            problem(QStringLiteral("target"), why);
    }
}

RecommendedUnit FormReading::recommendedRow(Table table, int i, const Row &row,
                                            const QList<RecommendedUnit> &before,
                                            RecommendedUnit::Role role) const
{
    RecommendedUnit u;
    u.role = role;
    u.name = NameKey::cleaned(row.value(QStringLiteral("name")));
    u.contact = row.value(QStringLiteral("contact")).trimmed();
    u.phone = formPhone(row.value(QStringLiteral("phone")));
    u.position = row.value(QStringLiteral("position")).trimmed();
    // What the secretariat set on the stored row (registered unit, sort, core) stays.
    for (const RecommendedUnit &b : before) {
        if (NameKey::of(b.name) == NameKey::of(u.name)) {
            u.registeredUnitId = b.registeredUnitId;
            u.sort = b.sort;
            u.core = b.core;
            break;
        }
    }
    if (row.contains(QStringLiteral("sort"))) {
        const QString text = row.value(QStringLiteral("sort")).trimmed();
        const int s = text.isEmpty() ? -1 : sortIndex(text);
        if (s >= 0)
            u.sort = DomainNames::unitSorts().at(s);
        else if (!text.isEmpty())
            problem(QStringLiteral("%1[%2].sort").arg(FormLayout::tableKey(table)).arg(i + 1),
                    FormImporter::tr("row %1: '%2' is not a sort: write one of %3")
                        .arg(i + 1)
                        .arg(text, FormLayout::sortOptions().join(FormImporter::tr(", "))));
    }
    if (row.contains(QStringLiteral("core")))
        u.core = FormLayout::yes(row.value(QStringLiteral("core")));
    return u;
}

void FormReading::readRecommended(Table table, QList<RecommendedUnit> *list,
                                  RecommendedUnit::Role role) const
{
    const QList<RecommendedUnit> before = *list;
    readTable(table, list,
              [&](int i, const Row &row) { return recommendedRow(table, i, row, before, role); });
}

void FormReading::readGifts(QList<GiftGood> *gifts) const
{
    readTable(Table::Gifts, gifts, [&](int i, const Row &row) {
        GiftGood g;
        g.name = row.value(QStringLiteral("name")).trimmed();
        const QString q = row.value(QStringLiteral("quantity")).trimmed();
        const std::optional<qint64> quantity
            = q.isEmpty() ? std::optional<qint64>(0) : ImportCells::quantity(q);
        g.quantity = quantity.value_or(0);
        if (!quantity) {
            problem(QStringLiteral("gifts[%1].quantity").arg(i + 1),
                    FormImporter::tr("row %1: '%2' is not a quantity: write a whole number")
                        .arg(i + 1)
                        .arg(q));
        }
        g.localOnly = FormLayout::yes(row.value(QStringLiteral("local_only")));
        return g;
    });
}

void FormReading::readExperts(QList<Expert> *experts) const
{
    readTable(Table::Experts, experts, [&](int i, const Row &row) {
        Expert e;
        const QString field = row.value(QStringLiteral("field")).trimmed();
        if (const auto f = DomainNames::expertFieldFromText(field))
            e.field = *f;
        else if (!field.isEmpty())
            problem(QStringLiteral("experts[%1].field").arg(i + 1),
                    FormImporter::tr("row %1: '%2' is not a field: write 宣传策划, 问卷设计, "
                                     "报告撰写, 数据处理 or 其他")
                        .arg(i + 1)
                        .arg(field));
        e.name = row.value(QStringLiteral("name")).trimmed();
        e.contact = row.value(QStringLiteral("contact")).trimmed();
        e.phone = formPhone(row.value(QStringLiteral("phone")));
        e.specialty = row.value(QStringLiteral("specialty")).trimmed();
        return e;
    });
}

void FormReading::checkRules(const UnitRecord &r) const
{
    for (const Problem &p : UnitValidator::validate(r)) {
        bool known = false;
        for (const Problem &q : std::as_const(*m_problems))
            known = known || q.field == p.field;
        if (!known)
            problem(p.field, p.message);
    }
    if (r.participation.parentUnitId != 0 && r.participation.parentUnitId == r.unit.id)
        problem(QStringLiteral("parent"), UnitValidator::tr("a unit cannot be its own parent"));
}

} // namespace

UnitRecord FormImporter::build(const FormData &data, const std::optional<UnitRecord> &stored,
                               qint64 campaignId, const QString &file, Problems *problems,
                               Problems *warnings) const
{
    UnitRecord r;
    if (stored)
        r = *stored;
    r.participation.campaignId = campaignId;
    const FormReading form(m_db, data, stored, file, problems, warnings);
    form.readIdentity(r);
    form.readContact(r);
    form.readKindAndSort(r);
    form.readParentAndTarget(r);
    form.readRecommended(Table::Initiating, &r.form.recommendedInitiating,
                         RecommendedUnit::Role::Initiating);
    form.readRecommended(Table::Supporting, &r.form.recommendedSupporting,
                         RecommendedUnit::Role::Supporting);
    form.readGifts(&r.form.giftGoods);
    form.readExperts(&r.form.experts);
    form.checkRules(r);
    return r;
}

FormImporter::Entry FormImporter::read(const QString &path, qint64 campaignId) const
{
    Entry e;
    e.file = path;
    const FormData data = FormFile::read(path, &e.problems);
    if (!e.problems.isEmpty())
        return e;
    for (const auto &[field, message] : data.notes)
        e.warnings.append({path, 0, field, message});
    const QString name = NameKey::cleaned(data.fields.value(QStringLiteral("name")));
    if (const qint64 id = storedUnitId(data, name, e); id != 0) {
        Lookup<UnitRecord> stored = UnitRepository(m_db).load(id, campaignId);
        if (stored)
            e.stored = std::move(*stored);
        else if (stored.error().isDatabase())
            e.problems.append({path, 0, QStringLiteral("name"), stored.error().message()});
    }
    if (data.year != 0) {
        const Lookup<Campaign> c = CampaignRepository(m_db).byId(campaignId);
        if (!c && c.error().isDatabase())
            e.problems.append({path, 0, QStringLiteral("file"), c.error().message()});
        if (c && c->year != data.year)
            e.warnings.append({path, 0, QStringLiteral("file"),
                               tr("the form was made for the %1 campaign; read into %2")
                                   .arg(data.year)
                                   .arg(c->year)});
    }
    e.record = build(data, e.stored, campaignId, path, &e.problems, &e.warnings);
    if (!e.stored && e.problems.isEmpty()) {
        QSqlError error; // a failed check is not "no duplicate"
        const QList<DuplicateMatch> matches = DuplicateFinder(m_db).find(e.record.unit, &error);
        if (error.isValid())
            e.problems.append({path, 0, QStringLiteral("name"), Dialect::describeError(error)});
        for (const DuplicateMatch &d : matches)
            e.warnings.append({path, 0, QStringLiteral("name"),
                               tr("may be the same organization as the registered unit '%1' (%2)")
                                   .arg(d.name, d.reasonText())});
    }
    if (e.stored)
        e.changes = differences(*e.stored, e.record);
    e.status = !e.problems.isEmpty()                             ? Status::Problem
        : !e.stored                                              ? Status::New
        : e.changes.isEmpty() && e.stored->participation.id != 0 ? Status::Unchanged
                                                                 : Status::Changed;
    return e;
}

QList<FormImporter::Entry> FormImporter::readAll(const QStringList &paths, qint64 campaignId) const
{
    QList<Entry> entries;
    QHash<QString, QString> fileByKey;
    for (const QString &path : paths) {
        Entry e = read(path, campaignId);
        const QString key = e.record.unit.id ? QString::number(e.record.unit.id)
                                             : NameKey::of(e.record.unit.name);
        if (e.status != Status::Problem && !key.isEmpty()) {
            if (fileByKey.contains(key)) {
                e.problems.append({path, 0, QStringLiteral("name"),
                                   tr("the same unit as in %1; read one form per unit")
                                       .arg(QFileInfo(fileByKey.value(key)).fileName())});
                e.status = Status::Problem;
            } else {
                fileByKey.insert(key, path);
            }
        }
        entries.append(e);
    }
    return entries;
}

FormImporter::Result FormImporter::apply(const QList<Entry> &entries, const Options &options)
{
    Result result = summarize(entries, options);
    if (!result.errors.isEmpty() || options.dryRun || !store(result, options))
        return result;
    result.changed = result.created + result.updated > 0;
    if (result.changed)
        m_db.events()->notify(DataEvents::Units);
    if (!result.acceptedUnitIds.isEmpty())
        m_db.events()->notify(DataEvents::Checklist);
    return result;
}

// The entries' problems and warnings; without any problem, how many are new, changed and
// unchanged.
FormImporter::Result FormImporter::summarize(const QList<Entry> &entries,
                                             const Options &options) const
{
    Result result;
    result.entries = entries;
    for (const Entry &e : entries) {
        result.errors.append(e.problems);
        result.warnings.append(e.warnings);
    }
    if (options.campaignId == 0)
        result.errors.append({{},
                              0,
                              QStringLiteral("campaign"),
                              tr("there is no campaign to import into; add one first")});
    if (!result.errors.isEmpty())
        return result;
    for (const Entry &e : entries) {
        result.created += e.status == Status::New ? 1 : 0;
        result.updated += e.status == Status::Changed ? 1 : 0;
        result.unchanged += e.status == Status::Unchanged ? 1 : 0;
    }
    return result;
}

// In one transaction: what options.change needs before, the new and changed units, their
// "information form received" ticks and options.onAccepted. False (the errors in result,
// nothing stored) when any of it failed.
bool FormImporter::store(Result &result, const Options &options)
{
    const auto failed = [&](const QSqlError &e) {
        result.errors.append({{}, 0, QString(), Dialect::describeError(e)});
        return false;
    };
    Transaction tx(m_db);
    if (tx.error().isValid())
        return failed(tx.error());
    if (options.change) {
        QList<qint64> stored;
        for (const Entry &e : std::as_const(result.entries))
            stored << e.record.unit.id;
        stored.removeAll(0);
        if (const QSqlError e
            = options.change->begin(m_db, options.campaignId, stored,
                                    {ChecklistItems::code(ChecklistItem::FormReceived)});
            e.isValid())
            return failed(e);
    }
    if (!writeUnits(result) || !tickAccepted(result, options))
        return false; // rolled back
    QSqlError err;
    if (options.change)
        err = options.change->end(m_db, result.acceptedUnitIds);
    if (!err.isValid())
        err = tx.commit();
    if (err.isValid()) {
        result.acceptedUnitIds.clear();
        return failed(err);
    }
    return true;
}

// Saves the new and changed entries' records; every entry's unit is accepted. False, with the
// problem of the entry's file and no counts, when a save failed.
bool FormImporter::writeUnits(Result &result)
{
    UnitRepository repo(m_db);
    for (Entry &e : result.entries) {
        if (e.status == Status::New || e.status == Status::Changed) {
            if (Problems p = repo.write(e.record); !p.isEmpty()) {
                for (Problem &x : p)
                    x.file = e.file;
                result.errors.append(p);
                result.created = result.updated = result.unchanged = 0;
                return false;
            }
        }
        result.acceptedUnitIds.append(e.record.unit.id);
    }
    return true;
}

// The checklist's "information form received", in the same transaction as the form, and what
// the caller does with the accepted units; false (none accepted) when either failed.
bool FormImporter::tickAccepted(Result &result, const Options &options)
{
    Problems p = ChecklistRepository(m_db).tickWithinTransaction(
        options.campaignId, result.acceptedUnitIds, ChecklistItem::FormReceived,
        QStringLiteral("form"));
    if (p.isEmpty() && options.onAccepted)
        p = options.onAccepted(m_db, result.acceptedUnitIds);
    if (p.isEmpty())
        return true;
    result.errors.append(p);
    result.acceptedUnitIds.clear();
    return false;
}

FormImporter::Result FormImporter::run(const QStringList &paths, const Options &options)
{
    return apply(readAll(paths, options.campaignId), options);
}

QList<FormImporter::FieldChange> FormImporter::differences(const UnitRecord &s,
                                                           const UnitRecord &r) const
{
    QList<FieldChange> out;
    const auto add = [&](FormLayout::Field f, const QString &before, const QString &after) {
        if (before != after)
            out.append({FormLayout::spec(f).key, FormLayout::spec(f).label, before, after});
    };
    using F = FormLayout::Field;
    add(F::Name, s.unit.name, r.unit.name);
    add(F::Region, Regions::displayName(s.unit.province), Regions::displayName(r.unit.province));
    add(F::City, s.unit.city, r.unit.city);
    if (s.participation.id != 0)
        add(F::Kind, DomainNames::displayName(s.participation.kind),
            DomainNames::displayName(r.participation.kind));
    add(F::Sort, DomainNames::displayName(s.unit.sort), DomainNames::displayName(r.unit.sort));
    add(F::Parent, unitName(s.participation.parentUnitId), unitName(r.participation.parentUnitId));
    add(F::Target, QString::number(s.participation.sampleTarget),
        QString::number(r.participation.sampleTarget));
    add(F::Contact, s.unit.contact, r.unit.contact);
    add(F::Position, s.unit.position, r.unit.position);
    add(F::Phone, PhoneRule::canonical(s.unit.phone), PhoneRule::canonical(r.unit.phone));
    add(F::Email, s.unit.email, r.unit.email);
    listChanges<RecommendedUnit>(
        s.form.recommendedInitiating, r.form.recommendedInitiating, QStringLiteral("initiating"),
        tr("Recommended initiating units"),
        [](const RecommendedUnit &u) { return recommendedText(u, false); }, &out);
    listChanges<RecommendedUnit>(
        s.form.recommendedSupporting, r.form.recommendedSupporting, QStringLiteral("supporting"),
        tr("Recommended supporting units"),
        [](const RecommendedUnit &u) { return recommendedText(u, true); }, &out);
    listChanges<GiftGood>(s.form.giftGoods, r.form.giftGoods, QStringLiteral("gifts"),
                          tr("Gift goods"), giftText, &out);
    listChanges<Expert>(s.form.experts, r.form.experts, QStringLiteral("experts"), tr("Experts"),
                        expertText, &out);
    return out;
}
