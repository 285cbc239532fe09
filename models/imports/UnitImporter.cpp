#include "imports/UnitImporter.h"

#include "common/Sha256.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/Transaction.h"
#include "domain/NameKey.h"
#include "domain/Regions.h"
#include "imports/ImportCells.h"
#include "imports/ImportHistory.h"
#include "imports/RejectFile.h"
#include "io/TableReader.h"
#include "repo/AuditLog.h"
#include "repo/DuplicateFinder.h"
#include "repo/UnitBatchChange.h"
#include "repo/UnitRepository.h"
#include "validation/UnitValidator.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace {
constexpr int kProgressEvery = 64; // rows between progress reports and cancel checks
} // namespace

UnitImporter::UnitImporter(Database &db)
    : m_db(db)
{}

UnitImporter::~UnitImporter() = default;

const ImportFields &UnitImporter::fields()
{
    static const auto field = [](const char *key, std::initializer_list<const char *> aliases,
                                 bool required, const char *label) {
        ImportField f {QString::fromLatin1(key), {}, required, "UnitImporter", label};
        for (const char *a : aliases)
            f.aliases << QString::fromUtf8(a);
        return f;
    };
    static const ImportFields table = {
        field("name", {"单位名称", "单位", "名称", "unit"}, true,
              QT_TRANSLATE_NOOP("UnitImporter", "Unit name")),
        field("kind", {"单位类型", "类型"}, true, QT_TRANSLATE_NOOP("UnitImporter", "Kind")),
        field("region", {"省份/地区", "省份", "地区", "省份地区", "province"}, true,
              QT_TRANSLATE_NOOP("UnitImporter", "Province / region")),
        field("city", {"城市"}, false, QT_TRANSLATE_NOOP("UnitImporter", "City")),
        field("contact", {"联系人"}, false, QT_TRANSLATE_NOOP("UnitImporter", "Contact person")),
        field("phone", {"联系方式/电话", "联系方式", "电话", "手机", "telephone"}, false,
              QT_TRANSLATE_NOOP("UnitImporter", "Phone")),
        field("email", {"邮箱", "电子邮箱", "e-mail", "mail"}, false,
              QT_TRANSLATE_NOOP("UnitImporter", "E-mail")),
        field("position", {"职务"}, false, QT_TRANSLATE_NOOP("UnitImporter", "Position")),
        field("parent", {"上级单位"}, false, QT_TRANSLATE_NOOP("UnitImporter", "Parent unit")),
        field("target", {"样本目标", "样本量采集目标", "sample_target"}, false,
              QT_TRANSLATE_NOOP("UnitImporter", "Sample target")),
    };
    return table;
}

QStringList UnitImporter::fieldNames()
{
    QStringList keys;
    for (const ImportField &f : fields())
        keys << f.key;
    return keys;
}

QString UnitImporter::fieldLabel(int field)
{
    return field >= 0 && field < FieldCount ? fields().at(field).label() : QString();
}

int UnitImporter::fieldForHeader(const QString &header)
{
    return ImportColumns::fieldFor(fields(), header);
}

bool UnitImporter::preview(const QString &path, QStringList *header, QList<QStringList> *rows,
                           int maxRows, QString *error, QString *encoding)
{
    std::unique_ptr<TableReader> reader = TableReader::open(path, {}, error);
    if (!reader)
        return false;
    QStringList cells;
    if (!reader->readRow(cells)) {
        if (error)
            *error
                = reader->errorString().isEmpty() ? tr("the file is empty") : reader->errorString();
        return false;
    }
    *header = cells;
    while (rows->size() < maxRows && reader->readRow(cells))
        rows->append(cells);
    if (encoding)
        *encoding = reader->encodingName();
    return true;
}

// read -> check every row -> (unless a dry run or refused) store in one transaction -> rejects.
ImportReport UnitImporter::run(const QString &path, const Options &options,
                               const std::function<void(double)> &progress,
                               const std::atomic_bool *cancel)
{
    m_options = options;
    m_progress = progress;
    m_cancel = cancel;
    m_report = {};
    m_report.file = path;
    m_report.kind = QStringLiteral("units");
    m_rows.clear();
    m_rowByKey.clear();
    m_rowByPhone.clear();
    m_rowByEmail.clear();
    m_repo = std::make_unique<UnitRepository>(m_db);
    m_finder = std::make_unique<DuplicateFinder>(m_db);
    if (!open(path) || !mapColumns() || !readRows())
        return m_report;
    rejectOrphans();
    const bool refused = !m_report.problems.isEmpty() && !m_options.skipInvalid;
    if (m_options.dryRun || refused) {
        m_report.outcome
            = m_options.dryRun ? ImportReport::Outcome::Checked : ImportReport::Outcome::Rejected;
        if (m_progress)
            m_progress(1.0);
        return m_report;
    }
    if (!store())
        return m_report;
    writeRejects();
    if (m_progress)
        m_progress(1.0);
    return m_report;
}

// The campaign, the file's reader and its header row.
bool UnitImporter::open(const QString &path)
{
    if (m_options.campaignId == 0)
        return fileError(0, tr("there is no campaign to import into; add one first"));
    QString error;
    m_reader = TableReader::open(path, {}, &error);
    if (!m_reader)
        return fileError(0, error);
    if (!m_reader->readRow(m_header))
        return fileError(1,
                         m_reader->errorString().isEmpty()
                             ? tr("the file is empty; the first row must name the columns")
                             : m_reader->errorString());
    m_headerLine = m_reader->lineNumber();
    return true;
}

// The columns chosen in the wizard, else those the header names.
bool UnitImporter::mapColumns()
{
    if (m_options.columns.isEmpty()) {
        m_columns
            = ImportColumns::fromHeader(fields(), m_header, ImportColumns::UnknownColumns::Refuse,
                                        m_report.file, m_headerLine, &m_report.problems);
    } else {
        m_columns = ImportColumns(fields(), m_options.columns);
        m_report.problems.append(m_columns.missingRequired(m_report.file, m_headerLine));
    }
    if (m_report.problems.isEmpty())
        return true;
    m_report.outcome = ImportReport::Outcome::Rejected;
    return false;
}

bool UnitImporter::readRows()
{
    QStringList cells;
    while (m_reader->readRow(cells)) {
        if (m_rows.size() % kProgressEvery == 0) {
            if (cancelled())
                return false;
            if (m_progress)
                m_progress(m_reader->progress());
        }
        if (!ImportCells::isBlank(cells))
            readRow(cells);
    }
    if (!m_reader->errorString().isEmpty()) {
        // The reader says "line N: ..." itself; the line is already in front.
        static const QRegularExpression linePrefix(QStringLiteral("^line \\d+: "));
        return fileError(m_reader->lineNumber(), m_reader->errorString().remove(linePrefix));
    }
    if (m_rows.isEmpty() && m_report.problems.isEmpty())
        return fileError(m_headerLine, tr("the file has a header but no units"));
    return true;
}

void UnitImporter::readRow(const QStringList &cells)
{
    ++m_report.read;
    PendingRow row;
    row.line = m_reader->lineNumber();
    row.cells = cells;
    if (cells.size() > m_header.size()) {
        // The cells are shifted: checking them one by one would only confuse.
        reject(row, QStringLiteral("row"),
               tr("%1 cells but the header names %2 columns; is a comma missing its quotes?")
                   .arg(cells.size())
                   .arg(m_header.size()));
        m_rows.append(row);
        return;
    }
    readIdentity(row);
    const QString key = NameKey::of(row.record.unit.name);
    readKindAndRegion(row);
    readContact(row);
    readTarget(row);
    readParent(row, key);
    checkRules(row, key);
    if (!row.rejected)
        warnDuplicates(row);
    remember(row, key);
    m_rows.append(row);
}

// The name, and the registered unit of that name if there is one (the row updates it).
void UnitImporter::readIdentity(PendingRow &row)
{
    const QString written = m_columns.cell(row.cells, Name);
    QString name = NameKey::cleaned(written);
    if (name != written)
        m_report.warnings.append({m_report.file, row.line, QStringLiteral("name"),
                                  tr("invisible characters (zero-width spaces or the like) "
                                     "removed from the name")});
    UnitRecord &r = row.record;
    if (!name.isEmpty()) {
        // A unit the database failed to look up is not registered a second time.
        const Lookup<qint64> existingId = m_repo->idByName(name);
        const Lookup<UnitRecord> existing = existingId
            ? m_repo->load(*existingId, m_options.campaignId)
            : Unexpected(existingId.error());
        if (existing) {
            r = *existing;
            row.existing = true;
            // Traces of copying (a Kangxi radical, full-width letters, a space) never replace
            // the registered spelling; another spelling (traditional characters, another
            // suffix) is the unit's name from now on, and the report says whose.
            if (NameKey::plain(existing->unit.name) == NameKey::plain(name))
                name = existing->unit.name;
            else if (existing->unit.name != name)
                row.registeredName = existing->unit.name;
        } else if (existing.error().isDatabase()) {
            reject(row, QStringLiteral("name"), existing.error().message());
        }
    }
    r.unit.name = name;
    r.participation.campaignId = m_options.campaignId;
}

void UnitImporter::readKindAndRegion(PendingRow &row)
{
    const QString kindText = m_columns.cell(row.cells, Kind);
    if (kindText.isEmpty())
        reject(row, QStringLiteral("kind"),
               tr("the kind is missing: initiating-1, initiating-2 or supporting "
                  "(一级发起单位, 二级发起单位, 支持单位)"));
    else if (const auto kind = DomainNames::unitKindFromText(kindText))
        row.record.participation.kind = *kind;
    else
        reject(row, QStringLiteral("kind"),
               tr("'%1' is not a kind: use initiating-1, initiating-2 or supporting "
                  "(一级发起单位, 二级发起单位, 支持单位)")
                   .arg(kindText));

    const QString regionText = m_columns.cell(row.cells, Region);
    if (regionText.isEmpty())
        reject(row, QStringLiteral("region"), UnitValidator::checkRegion(QString()));
    else if (const ::Region *region = Regions::find(regionText))
        row.record.unit.province = region->code;
    else
        reject(row, QStringLiteral("region"),
               tr("'%1' is not one of the 34 provincial-level regions").arg(regionText));
}

// A column the file has replaces the stored value; one it lacks keeps it (a new unit: empty).
void UnitImporter::readContact(PendingRow &row)
{
    Unit &u = row.record.unit;
    const auto take = [&](int field, QString &value) {
        const bool taken = m_columns.isMapped(field) || !row.existing;
        if (taken)
            value = m_columns.cell(row.cells, field);
        return taken;
    };
    take(City, u.city);
    take(Contact, u.contact);
    if (take(Phone, u.phone))
        u.phone = UnitRepository::normalizedPhone(u.phone);
    take(Email, u.email);
    take(Position, u.position);
}

void UnitImporter::readTarget(PendingRow &row)
{
    Participation &p = row.record.participation;
    const QString text = m_columns.cell(row.cells, Target);
    if (text.isEmpty()) {
        if (!row.existing || p.id == 0)
            p.sampleTarget = 0;
        return;
    }
    QString why;
    if (const std::optional<qint64> target = ImportCells::sampleTarget(text, &why))
        p.sampleTarget = *target;
    else
        reject(row, QStringLiteral("target"), why);
}

// A registered unit or a row earlier in this file.
void UnitImporter::readParent(PendingRow &row, const QString &key)
{
    const QString parentText = m_columns.cell(row.cells, Parent);
    row.record.participation.parentUnitId = 0;
    if (parentText.isEmpty())
        return;
    const QString parentKey = NameKey::of(parentText);
    if (parentKey == key && !key.isEmpty())
        reject(row, QStringLiteral("parent"), UnitValidator::tr("a unit cannot be its own parent"));
    else if (const auto it = m_rowByKey.constFind(parentKey); it != m_rowByKey.constEnd())
        row.parentRow = *it;
    else if (const Lookup<qint64> parentId = m_repo->idByName(parentText))
        row.record.participation.parentUnitId = *parentId;
    else if (parentId.error().isDatabase())
        reject(row, QStringLiteral("parent"), parentId.error().message());
    else
        reject(
            row, QStringLiteral("parent"),
            tr("no unit called '%1' is registered or listed earlier in this file").arg(parentText));
}

// The same checks the form makes, and the same unit twice in the file.
void UnitImporter::checkRules(PendingRow &row, const QString &key)
{
    for (const Problem &p : UnitValidator::validate(row.record)) {
        // Region, target and parent are checked above, with the text as written.
        if (p.field == QLatin1String("region") || p.field == QLatin1String("target")
            || p.field == QLatin1String("parent"))
            continue;
        reject(row, p.field, p.message);
    }
    if (const auto it = m_rowByKey.constFind(key); !key.isEmpty() && it != m_rowByKey.constEnd())
        reject(row, QStringLiteral("name"),
               tr("the same unit is already on line %1 of this file").arg(m_rows[*it].line));
}

// Possible duplicates: warnings, never blocks; but a duplicate check the database failed is not
// "no duplicate": the row is refused with the database's words.
void UnitImporter::warnDuplicates(PendingRow &row)
{
    const UnitRecord &r = row.record;
    const auto warn = [&](const QString &field, const QString &message) {
        m_report.warnings.append({m_report.file, row.line, field, message});
    };
    QSqlError error;
    const QList<DuplicateMatch> matches = m_finder->find(r.unit, &error);
    if (error.isValid())
        return reject(row, QStringLiteral("name"), Dialect::describeError(error));
    for (const DuplicateMatch &d : matches) {
        if (d.reasons == DuplicateMatch::SameName)
            continue; // the same name updates that unit
        warn(QStringLiteral("name"),
             tr("may be the same organization as the registered unit '%1' (%2)")
                 .arg(d.name, d.reasonText()));
    }
    const QString phone = r.unit.phone;
    if (!phone.isEmpty() && m_rowByPhone.contains(phone))
        warn(QStringLiteral("phone"),
             tr("the same phone as line %1").arg(m_rows[m_rowByPhone.value(phone)].line));
    const QString email = r.unit.email.toLower();
    if (!email.isEmpty() && m_rowByEmail.contains(email))
        warn(QStringLiteral("email"),
             tr("the same e-mail as line %1").arg(m_rows[m_rowByEmail.value(email)].line));
    if (row.existing && !row.registeredName.isEmpty())
        warn(QStringLiteral("name"),
             tr("'%1' is the registered unit '%2' written another way; its name and details are "
                "updated")
                 .arg(r.unit.name, row.registeredName));
    else if (row.existing)
        warn(QStringLiteral("name"),
             tr("'%1' is already registered; its details are updated").arg(r.unit.name));
}

void UnitImporter::remember(const PendingRow &row, const QString &key)
{
    const int index = int(m_rows.size());
    const Unit &u = row.record.unit;
    if (!key.isEmpty() && !m_rowByKey.contains(key))
        m_rowByKey.insert(key, index);
    if (!u.phone.isEmpty() && !m_rowByPhone.contains(u.phone))
        m_rowByPhone.insert(u.phone, index);
    if (!u.email.isEmpty() && !m_rowByEmail.contains(u.email.toLower()))
        m_rowByEmail.insert(u.email.toLower(), index);
}

void UnitImporter::reject(PendingRow &row, const QString &field, const QString &message)
{
    row.rejected = true;
    row.reasons.append({QString(), 0, field, message});
    m_report.problems.append({m_report.file, row.line, field, message});
}

// A row whose parent row was refused is refused too; then the problems in line order.
void UnitImporter::rejectOrphans()
{
    for (PendingRow &row : m_rows) {
        if (!row.rejected && row.parentRow >= 0 && m_rows[row.parentRow].rejected)
            reject(row, QStringLiteral("parent"),
                   tr("its parent on line %1 was not imported").arg(m_rows[row.parentRow].line));
    }
    std::stable_sort(m_report.problems.begin(), m_report.problems.end(),
                     [](const Problem &a, const Problem &b) { return a.line < b.line; });
    for (const PendingRow &row : std::as_const(m_rows))
        m_report.rejected += row.rejected ? 1 : 0;
}

// The good rows, and the import's history row, in one transaction; with Options::change the
// rows before and after too.
bool UnitImporter::store()
{
    const AuditLog::Via via(QStringLiteral("import ") + QFileInfo(m_report.file).fileName());
    Transaction tx(m_db);
    if (tx.error().isValid())
        return failed(Dialect::describeError(tx.error()));
    UnitBatchChange *change = m_options.change;
    if (change) {
        if (const QSqlError e = change->begin(m_db, m_options.campaignId, writtenUnitIds(true));
            e.isValid())
            return failed(Dialect::describeError(e));
    }
    if (!storeRows())
        return false; // rolled back
    m_report.sha256 = Sha256::fileHex(m_report.file);
    const QString message = tr("%1 new, %2 updated, %3 rejected")
                                .arg(m_report.created)
                                .arg(m_report.updated)
                                .arg(m_report.rejected);
    qint64 importId = 0;
    // Rolled back (a full disk fails here, often at COMMIT): nothing was created after all.
    if (const QSqlError e = ImportHistory(m_db).record(m_options.campaignId, m_report.kind,
                                                       m_report, message, &importId);
        e.isValid())
        return failed(Dialect::describeError(e));
    if (change) {
        if (const QSqlError e = change->end(m_db, writtenUnitIds(false), importId); e.isValid())
            return failed(Dialect::describeError(e));
    }
    if (const QSqlError e = tx.commit(); e.isValid())
        return failed(Dialect::describeError(e));
    m_report.accepted = m_report.created + m_report.updated;
    m_report.outcome = ImportReport::Outcome::Imported;
    m_db.events()->notify(DataEvents::Units | DataEvents::Imports);
    return true;
}

// Writes the good rows inside store()'s transaction; false (the report says why) stops it.
bool UnitImporter::storeRows()
{
    for (PendingRow &row : m_rows) {
        if (row.rejected)
            continue;
        if (cancelled())
            return false;
        if (row.parentRow >= 0)
            row.record.participation.parentUnitId = m_rows[row.parentRow].record.unit.id;
        const bool isNew = row.record.unit.id == 0;
        if (Problems p = m_repo->write(row.record); !p.isEmpty()) {
            for (Problem &e : p)
                e = {m_report.file, row.line, e.field, e.message};
            m_report.problems.append(p);
            m_report.outcome = ImportReport::Outcome::Failed;
            m_report.created = m_report.updated = 0;
            return false;
        }
        ++(isNew ? m_report.created : m_report.updated);
    }
    return true;
}

QList<qint64> UnitImporter::writtenUnitIds(bool existingOnly) const
{
    QList<qint64> ids;
    for (const PendingRow &row : m_rows) {
        if (!row.rejected && (row.existing || !existingOnly) && row.record.unit.id != 0)
            ids << row.record.unit.id;
    }
    return ids;
}

// The rows not imported, with their reasons, beside the file (or where the options say).
void UnitImporter::writeRejects()
{
    if (m_report.rejected == 0)
        return;
    RejectFile rejects(m_options.rejectsPath.isEmpty() ? RejectFile::defaultPathFor(m_report.file)
                                                       : m_options.rejectsPath);
    for (const PendingRow &row : std::as_const(m_rows)) {
        for (const Problem &reason : row.rejected ? row.reasons : Problems())
            rejects.add(m_report.file, row.line, reason.field, reason.message, row.cells);
    }
    if (rejects.close().isEmpty())
        m_report.rejectsFile = rejects.path();
    else
        m_report.warnings.append(
            {rejects.path(), 0, QString(), tr("the rejected rows could not be written here")});
}

// The file is refused as a whole (field "file").
bool UnitImporter::fileError(qint64 line, const QString &message)
{
    m_report.problems.append({m_report.file, line, QStringLiteral("file"), message});
    m_report.outcome = ImportReport::Outcome::Rejected;
    m_report.message = message;
    return false;
}

// A database error: nothing was stored.
bool UnitImporter::failed(const QString &message)
{
    m_report.created = m_report.updated = 0;
    m_report.problems.append({m_report.file, 0, QStringLiteral("file"), message});
    m_report.outcome = ImportReport::Outcome::Failed;
    m_report.message = message;
    return false;
}

bool UnitImporter::cancelled()
{
    if (!m_cancel || !m_cancel->load())
        return false;
    m_report.outcome = ImportReport::Outcome::Cancelled;
    return true;
}
