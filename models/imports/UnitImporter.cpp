#include "imports/UnitImporter.h"
#include "db/DatabaseFiles.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/SqlValue.h"
#include "db/Transaction.h"
#include "domain/NameKey.h"
#include "domain/Regions.h"
#include "io/CsvWriter.h"
#include "io/TableReader.h"
#include "repo/DuplicateFinder.h"
#include "repo/AuditLog.h"
#include "repo/UnitRepository.h"
#include "validation/UnitValidator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

namespace {
struct PendingRow
{
    qint64 line = 0;
    QStringList cells;
    UnitRecord record;
    int parentRow = -1; // index into rows for a parent named earlier in the file
    bool existing = false;
    bool rejected = false;
    QStringList reasons;
};

QString cell(const QStringList &cells, const QList<int> &columns, int field)
{
    const int c = columns.value(field, -1);
    return c >= 0 && c < cells.size() ? cells.at(c).trimmed() : QString();
}

QString fileSha256(const QString &path)
{
    if (DatabaseFiles::isDatabaseFile(path))
        return {};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}
} // namespace

QStringList UnitImporter::fieldNames()
{
    return {QStringLiteral("name"),  QStringLiteral("kind"),     QStringLiteral("region"),
            QStringLiteral("city"),  QStringLiteral("contact"),  QStringLiteral("phone"),
            QStringLiteral("email"), QStringLiteral("position"), QStringLiteral("parent"),
            QStringLiteral("target")};
}

QString UnitImporter::fieldLabel(int field)
{
    switch (field) {
    case Name:
        return tr("Unit name");
    case Kind:
        return tr("Kind");
    case Region:
        return tr("Province / region");
    case City:
        return tr("City");
    case Contact:
        return tr("Contact person");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("E-mail");
    case Position:
        return tr("Position");
    case Parent:
        return tr("Parent unit");
    case Target:
        return tr("Sample target");
    }
    return {};
}

int UnitImporter::fieldForHeader(const QString &header)
{
    static const QHash<QString, int> names = [] {
        QHash<QString, int> h;
        const QStringList english = fieldNames();
        for (int i = 0; i < english.size(); ++i)
            h.insert(english[i], i);
        const QList<QPair<const char *, int>> more = {{"单位名称", Name},
                                                      {"单位", Name},
                                                      {"名称", Name},
                                                      {"单位类型", Kind},
                                                      {"类型", Kind},
                                                      {"省份/地区", Region},
                                                      {"省份", Region},
                                                      {"地区", Region},
                                                      {"省份地区", Region},
                                                      {"province", Region},
                                                      {"城市", City},
                                                      {"联系人", Contact},
                                                      {"联系方式/电话", Phone},
                                                      {"联系方式", Phone},
                                                      {"电话", Phone},
                                                      {"手机", Phone},
                                                      {"邮箱", Email},
                                                      {"电子邮箱", Email},
                                                      {"e-mail", Email},
                                                      {"职务", Position},
                                                      {"上级单位", Parent},
                                                      {"样本目标", Target},
                                                      {"样本量采集目标", Target},
                                                      {"sample_target", Target},
                                                      {"unit", Name},
                                                      {"telephone", Phone},
                                                      {"mail", Email}};
        for (const auto &[name, field] : more)
            h.insert(QString::fromUtf8(name), field);
        return h;
    }();
    QString h = header.trimmed().toLower();
    h.remove(QChar(0xfeff));
    h.replace(QChar(0xff0f), QLatin1Char('/')); // full-width slash
    h.remove(QLatin1Char(' '));
    h.remove(QLatin1Char('*'));
    return names.value(h, -1);
}

bool UnitImporter::preview(const QString &path, QStringList *header, QList<QStringList> *rows,
                           int maxRows, QString *error, QString *encoding)
{
    const TableReader::Options readOptions;
    std::unique_ptr<TableReader> reader = TableReader::open(path, readOptions, error);
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

UnitImporter::Result UnitImporter::run(const QString &path, const Options &options,
                                       const std::function<void(double)> &progress,
                                       const std::atomic_bool *cancel)
{
    Result result;
    const QString file = path;
    const auto fileError = [&](qint64 line, const QString &field, const QString &message) {
        result.errors.append(
            {file, line, field.isEmpty() ? QStringLiteral("file") : field, message});
        return result;
    };
    if (options.campaignId == 0)
        return fileError(0, QString(), tr("there is no campaign to import into; add one first"));
    QString openError;
    const TableReader::Options readOptions;
    std::unique_ptr<TableReader> reader = TableReader::open(path, readOptions, &openError);
    if (!reader)
        return fileError(0, QString(), openError);

    QStringList header;
    if (!reader->readRow(header)) {
        return fileError(1, QString(),
                         reader->errorString().isEmpty()
                             ? tr("the file is empty; the first row must name the columns")
                             : reader->errorString());
    }
    const qint64 headerLine = reader->lineNumber();
    QList<int> columns = options.columns;
    if (columns.isEmpty()) {
        columns = QList<int>(FieldCount, -1);
        for (int c = 0; c < header.size(); ++c) {
            const QString text = header[c].trimmed();
            if (text.isEmpty())
                continue;
            const int f = fieldForHeader(text);
            if (f < 0) {
                result.errors.append({file, headerLine, text,
                                      tr("unknown column; the columns are %1")
                                          .arg(fieldNames().join(QLatin1Char(',')))});
                continue;
            }
            if (columns[f] >= 0) {
                result.errors.append({file, headerLine, text,
                                      tr("the column %1 appears twice").arg(fieldNames()[f])});
                continue;
            }
            columns[f] = c;
        }
        if (!result.errors.isEmpty())
            return result;
    }
    columns.resize(FieldCount, -1);
    for (int f : {Name, Kind, Region}) {
        if (columns[f] < 0)
            result.errors.append({file, headerLine, fieldNames()[f],
                                  tr("the required column %1 is missing").arg(fieldNames()[f])});
    }
    if (!result.errors.isEmpty())
        return result;

    UnitRepository repo(m_db);
    DuplicateFinder finder(m_db);
    QList<PendingRow> rows;
    QHash<QString, int> rowByKey; // NameKey -> index in rows
    QHash<QString, int> rowByPhone; // for duplicates inside the file
    QHash<QString, int> rowByEmail;
    QStringList cells;
    while (reader->readRow(cells)) {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            return result;
        }
        if (progress && (rows.size() % 64) == 0)
            progress(reader->progress());
        bool blank = true;
        for (const QString &c : std::as_const(cells))
            blank = blank && c.trimmed().isEmpty();
        if (blank)
            continue;
        ++result.rowsRead;
        PendingRow row;
        row.line = reader->lineNumber();
        row.cells = cells;
        const auto reject = [&](const QString &field, const QString &message) {
            row.rejected = true;
            row.reasons << QStringLiteral("%1: %2").arg(field, message);
            result.errors.append({file, row.line, field, message});
        };
        if (cells.size() > header.size()) {
            // The cells are shifted: checking them one by one would only confuse.
            reject(QStringLiteral("row"),
                   tr("%1 cells but the header names %2 columns; is a comma missing its quotes?")
                       .arg(cells.size())
                       .arg(header.size()));
            rows.append(row);
            continue;
        }
        const QString written = cell(cells, columns, Name);
        const QString name = NameKey::cleaned(written);
        if (name != written)
            result.warnings.append({file, row.line, QStringLiteral("name"),
                                    tr("invisible characters (zero-width spaces or the like) "
                                       "removed from the name")});
        const QString key = NameKey::of(name);
        UnitRecord &r = row.record;
        if (!name.isEmpty()) {
            // A unit the database failed to look up is not registered a second time.
            const Lookup<qint64> existingId = repo.idByName(name);
            Lookup<UnitRecord> existing = existingId ? repo.load(*existingId, options.campaignId)
                                                     : Unexpected(existingId.error());
            if (existing) {
                r = *existing;
                row.existing = true;
            } else if (existing.error().isDatabase()) {
                reject(QStringLiteral("name"), existing.error().message());
            }
        }
        r.unit.name = name;
        r.participation.campaignId = options.campaignId;

        const QString kindText = cell(cells, columns, Kind);
        if (kindText.isEmpty())
            reject(QStringLiteral("kind"),
                   tr("the kind is missing: initiating-1, initiating-2 or supporting "
                      "(一级发起单位, 二级发起单位, 支持单位)"));
        else if (const auto kind = DomainNames::unitKindFromText(kindText))
            r.participation.kind = *kind;
        else
            reject(QStringLiteral("kind"),
                   tr("'%1' is not a kind: use initiating-1, initiating-2 or supporting "
                      "(一级发起单位, 二级发起单位, 支持单位)")
                       .arg(kindText));

        const QString regionText = cell(cells, columns, Region);
        if (regionText.isEmpty()) {
            reject(QStringLiteral("region"), UnitValidator::checkRegion(QString()));
        } else if (const ::Region *region = Regions::find(regionText)) {
            r.unit.province = region->code;
        } else {
            reject(QStringLiteral("region"),
                   tr("'%1' is not one of the 34 provincial-level regions").arg(regionText));
        }
        if (columns[City] >= 0 || !row.existing)
            r.unit.city = cell(cells, columns, City);
        if (columns[Contact] >= 0 || !row.existing)
            r.unit.contact = cell(cells, columns, Contact);
        if (columns[Phone] >= 0 || !row.existing)
            r.unit.phone = UnitRepository::normalizedPhone(cell(cells, columns, Phone));
        if (columns[Email] >= 0 || !row.existing)
            r.unit.email = cell(cells, columns, Email);
        if (columns[Position] >= 0 || !row.existing)
            r.unit.position = cell(cells, columns, Position);

        const QString targetText = cell(cells, columns, Target);
        if (!targetText.isEmpty()) {
            QString digits = targetText;
            digits.remove(QLatin1Char(',')).remove(QLatin1Char(' ')).remove(QChar(0xff0c));
            bool ok = false;
            const qint64 target = digits.toLongLong(&ok);
            if (!ok || target < 0 || target > 100000000)
                reject(QStringLiteral("target"),
                       tr("'%1' is not a sample target: write a whole number such as 5000")
                           .arg(targetText));
            else
                r.participation.sampleTarget = target;
        } else if (!row.existing || r.participation.id == 0) {
            r.participation.sampleTarget = 0;
        }

        const QString parentText = cell(cells, columns, Parent);
        r.participation.parentUnitId = 0;
        if (!parentText.isEmpty()) {
            const QString parentKey = NameKey::of(parentText);
            if (parentKey == key && !key.isEmpty()) {
                reject(QStringLiteral("parent"),
                       UnitValidator::tr("a unit cannot be its own parent"));
            } else if (const auto it = rowByKey.constFind(parentKey); it != rowByKey.constEnd()) {
                row.parentRow = *it;
            } else if (const Lookup<qint64> parentId = repo.idByName(parentText)) {
                r.participation.parentUnitId = *parentId;
            } else if (parentId.error().isDatabase()) {
                reject(QStringLiteral("parent"), parentId.error().message());
            } else {
                reject(QStringLiteral("parent"),
                       tr("no unit called '%1' is registered or listed earlier in this file")
                           .arg(parentText));
            }
        }

        // The same checks the form makes.
        for (const Problem &p : UnitValidator::validate(r)) {
            if (p.field == QLatin1String("region"))
                continue; // already checked above, with the text as written
            if (p.field == QLatin1String("target") || p.field == QLatin1String("parent"))
                continue;
            reject(p.field, p.message);
        }

        if (!key.isEmpty()) {
            if (const auto it = rowByKey.constFind(key); it != rowByKey.constEnd()) {
                reject(QStringLiteral("name"),
                       tr("the same unit is already on line %1 of this file").arg(rows[*it].line));
            }
        }
        // Possible duplicates: warnings, never blocks.
        if (!row.rejected) {
            for (const DuplicateMatch &d : finder.find(r.unit)) {
                if (d.reasons == DuplicateMatch::SameName)
                    continue; // the same name updates that unit
                result.warnings.append(
                    {file, row.line, QStringLiteral("name"),
                     tr("may be the same organization as the registered unit '%1' (%2)")
                         .arg(d.name, d.reasonText())});
            }
            const QString phone = r.unit.phone;
            if (!phone.isEmpty() && rowByPhone.contains(phone))
                result.warnings.append(
                    {file, row.line, QStringLiteral("phone"),
                     tr("the same phone as line %1").arg(rows[rowByPhone.value(phone)].line)});
            const QString email = r.unit.email.toLower();
            if (!email.isEmpty() && rowByEmail.contains(email))
                result.warnings.append(
                    {file, row.line, QStringLiteral("email"),
                     tr("the same e-mail as line %1").arg(rows[rowByEmail.value(email)].line)});
            if (row.existing)
                result.warnings.append(
                    {file, row.line, QStringLiteral("name"),
                     tr("'%1' is already registered; its details are updated").arg(r.unit.name)});
        }
        const int index = int(rows.size());
        if (!key.isEmpty() && !rowByKey.contains(key))
            rowByKey.insert(key, index);
        if (!r.unit.phone.isEmpty() && !rowByPhone.contains(r.unit.phone))
            rowByPhone.insert(r.unit.phone, index);
        if (!r.unit.email.isEmpty() && !rowByEmail.contains(r.unit.email.toLower()))
            rowByEmail.insert(r.unit.email.toLower(), index);
        rows.append(row);
    }
    if (!reader->errorString().isEmpty()) {
        // The reader says "line N: ..." itself; the line is already in front.
        static const QRegularExpression linePrefix(QStringLiteral("^line \\d+: "));
        return fileError(reader->lineNumber(), QStringLiteral("file"),
                         reader->errorString().remove(linePrefix));
    }
    if (rows.isEmpty() && result.errors.isEmpty())
        return fileError(headerLine, QString(), tr("the file has a header but no units"));

    // A row whose parent row was refused is refused too.
    for (PendingRow &row : rows) {
        if (!row.rejected && row.parentRow >= 0 && rows[row.parentRow].rejected) {
            row.rejected = true;
            const QString message
                = tr("its parent on line %1 was not imported").arg(rows[row.parentRow].line);
            row.reasons << QStringLiteral("parent: %1").arg(message);
            result.errors.append({file, row.line, QStringLiteral("parent"), message});
        }
    }
    std::sort(result.errors.begin(), result.errors.end(),
              [](const Problem &a, const Problem &b) { return a.line < b.line; });
    for (const PendingRow &row : rows)
        result.rejected += row.rejected ? 1 : 0;

    if (options.dryRun || (!result.errors.isEmpty() && !options.skipInvalid)) {
        if (progress)
            progress(1.0);
        return result;
    }

    {
        const AuditLog::Via via(QStringLiteral("import ") + QFileInfo(path).fileName());
        Transaction tx(m_db);
        if (tx.error().isValid())
            return fileError(0, QString(), Dialect::describeError(tx.error()));
        for (PendingRow &row : rows) {
            if (row.rejected)
                continue;
            if (cancel && cancel->load()) {
                result.cancelled = true;
                return result; // rolled back
            }
            if (row.parentRow >= 0)
                row.record.participation.parentUnitId = rows[row.parentRow].record.unit.id;
            const bool isNew = row.record.unit.id == 0;
            if (Problems p = repo.write(row.record); !p.isEmpty()) {
                for (Problem &e : p) {
                    e.file = file;
                    e.line = row.line;
                }
                result.errors.append(p);
                result.created = result.updated = 0;
                return result; // rolled back
            }
            ++(isNew ? result.created : result.updated);
        }
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO imports (campaign_id, kind, file_name, sha256, rows_read, accepted,"
            " rejected, status, user_name, started_at, finished_at, message)"
            " VALUES (?, 'units', ?, ?, ?, ?, ?, 'done', ?, ?, ?, ?)"));
        q.addBindValue(options.campaignId);
        q.addBindValue(SqlValue::text(QFileInfo(path).fileName()));
        q.addBindValue(SqlValue::text(fileSha256(path)));
        q.addBindValue(result.rowsRead);
        q.addBindValue(result.created + result.updated);
        q.addBindValue(result.rejected);
        q.addBindValue(SqlValue::text(m_db.userName()));
        q.addBindValue(Clock::nowText());
        q.addBindValue(Clock::nowText());
        q.addBindValue(tr("%1 new, %2 updated, %3 rejected")
                           .arg(result.created)
                           .arg(result.updated)
                           .arg(result.rejected));
        // Rolled back (a full disk fails here, often at COMMIT): nothing was created after all.
        const auto notStored = [&](const QSqlError &e) {
            result.created = result.updated = 0;
            return fileError(0, QString(), Dialect::describeError(e));
        };
        if (!q.exec())
            return notStored(q.lastError());
        if (QSqlError e = tx.commit(); e.isValid())
            return notStored(e);
    }
    result.changed = result.created + result.updated > 0;
    m_db.events()->notify(DataEvents::Units | DataEvents::Imports);

    if (result.rejected > 0) {
        const QString rejectsPath = options.rejectsPath.isEmpty()
            ? path + QStringLiteral(".rejects.csv")
            : options.rejectsPath;
        CsvWriter writer;
        if (writer.open(rejectsPath, true)) {
            QStringList h = header;
            h << QStringLiteral("line") << QStringLiteral("reason");
            writer.writeRow(h);
            for (const PendingRow &row : rows) {
                if (!row.rejected)
                    continue;
                QStringList out = row.cells;
                while (out.size() < header.size())
                    out << QString();
                out << QString::number(row.line) << row.reasons.join(QStringLiteral("; "));
                writer.writeRow(out);
            }
            if (writer.close().isEmpty())
                result.rejectsWritten = rejectsPath;
        }
        if (result.rejectsWritten.isEmpty())
            result.warnings.append(
                {rejectsPath, 0, QString(), tr("the rejected rows could not be written here")});
    }
    if (progress)
        progress(1.0);
    return result;
}
