#include "db/ConflictError.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/LookupError.h"
#include "repo/AuditLog.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>

QString ConflictError::message() const
{
    if (readError.isValid())
        return QCoreApplication::translate("ConflictError",
                                           "changed by someone else since it was loaded; the"
                                           " database could not say who or how: %1")
            .arg(Dialect::describeError(readError));
    if (deleted)
        return QCoreApplication::translate("ConflictError",
                                           "someone else deleted this record since it was loaded");
    const QString who = changedBy.isEmpty()
        ? QCoreApplication::translate("ConflictError", "someone else")
        : changedBy;
    QString text = changedAt.isEmpty()
        ? QCoreApplication::translate("ConflictError", "changed by %1 since it was loaded").arg(who)
        : QCoreApplication::translate("ConflictError", "changed by %1 at %2 since it was loaded")
              .arg(who, Clock::localTimeText(changedAt));
    if (!changedFields.isEmpty()) {
        QStringList labels;
        for (const QString &field : changedFields)
            labels << fieldLabel(field);
        text += QCoreApplication::translate("ConflictError", " (fields: %1)")
                    .arg(labels.join(QCoreApplication::translate("ConflictError", ", ")));
    }
    return text;
}

QString ConflictError::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("ConflictError", "name")},
        {QStringLiteral("contact"), QT_TRANSLATE_NOOP("ConflictError", "contact person")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("ConflictError", "phone")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("ConflictError", "e-mail")},
        {QStringLiteral("position"), QT_TRANSLATE_NOOP("ConflictError", "position")},
        {QStringLiteral("province"), QT_TRANSLATE_NOOP("ConflictError", "region")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("ConflictError", "city")},
        {QStringLiteral("sort"), QT_TRANSLATE_NOOP("ConflictError", "sort of unit")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("ConflictError", "notes")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("ConflictError", "kind")},
        {QStringLiteral("parent_unit_id"), QT_TRANSLATE_NOOP("ConflictError", "parent unit")},
        {QStringLiteral("sample_target"), QT_TRANSLATE_NOOP("ConflictError", "sample target")},
        {QStringLiteral("recommended_initiating"),
         QT_TRANSLATE_NOOP("ConflictError", "recommended initiating units")},
        {QStringLiteral("recommended_supporting"),
         QT_TRANSLATE_NOOP("ConflictError", "recommended supporting units")},
        {QStringLiteral("gift_goods"), QT_TRANSLATE_NOOP("ConflictError", "gift goods")},
        {QStringLiteral("experts"), QT_TRANSLATE_NOOP("ConflictError", "experts")},
        {QStringLiteral("year"), QT_TRANSLATE_NOOP("ConflictError", "year")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("ConflictError", "title")},
        {QStringLiteral("start_date"), QT_TRANSLATE_NOOP("ConflictError", "start date")},
        {QStringLiteral("end_date"), QT_TRANSLATE_NOOP("ConflictError", "end date")},
        {QStringLiteral("base_url"), QT_TRANSLATE_NOOP("ConflictError", "questionnaire address")},
        {QStringLiteral("link_request_due"),
         QT_TRANSLATE_NOOP("ConflictError", "link request deadline")},
        {QStringLiteral("gift_list_due"), QT_TRANSLATE_NOOP("ConflictError", "gift list deadline")},
        {QStringLiteral("form_due"),
         QT_TRANSLATE_NOOP("ConflictError", "information form deadline")},
        {QStringLiteral("html"), QT_TRANSLATE_NOOP("ConflictError", "template text")},
        {QStringLiteral("rules"), QT_TRANSLATE_NOOP("ConflictError", "grading rules")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("ConflictError", "status")},
        {QStringLiteral("links_requested"), QT_TRANSLATE_NOOP("ConflictError", "links requested")},
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? field : QCoreApplication::translate("ConflictError", *it);
}

QString ConflictError::valueText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QVariantList)
        return QCoreApplication::translate("ConflictError", "%n row(s)", nullptr,
                                           int(value.toList().size()));
    return value.toString();
}

namespace {
// The record's row_version (and who saved it when, where the table says): false when the record
// is not there (c.deleted) or the database failed (c.readError).
bool readCurrentState(Database &db, ConflictError &c)
{
    const QSqlRecord columns = db.connection().record(c.table);
    QStringList select = {QStringLiteral("row_version")};
    const bool hasUpdatedAt = columns.contains(QStringLiteral("updated_at"));
    const bool hasUpdatedBy = columns.contains(QStringLiteral("updated_by"));
    if (hasUpdatedAt)
        select << QStringLiteral("updated_at");
    if (hasUpdatedBy)
        select << QStringLiteral("updated_by");
    QSqlQuery q(db.connection());
    // table is a program constant, never user input.
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                  .arg(select.join(QStringLiteral(", ")), c.table));
    q.addBindValue(c.recordId);
    const Lookup<bool> found = lookupFirstRow(q, [&](const QSqlQuery &row) {
        c.currentVersion = row.value(0).toInt();
        int i = 1;
        if (hasUpdatedAt)
            c.changedAt = row.value(i++).toString();
        if (hasUpdatedBy)
            c.changedBy = row.value(i++).toString();
        return true;
    });
    if (!found) {
        c.deleted = found.error().isNotFound();
        if (found.error().isDatabase())
            c.readError = found.error().sqlError;
        return false;
    }
    return true;
}

// What the record's last audited save changed, and who made it when the record does not say.
void takeLastChange(const AuditLog::Entry &last, ConflictError &c)
{
    if (c.changedBy.isEmpty())
        c.changedBy = last.user;
    if (c.changedAt.isEmpty())
        c.changedAt = last.at;
    for (auto it = last.newValues.cbegin(); it != last.newValues.cend(); ++it) {
        if (last.oldValues.value(it.key()) != it.value()) {
            c.changedFields << it.key();
            c.theirValues.insert(it.key(), it.value());
        }
    }
}
} // namespace

ConflictError ConflictError::describe(Database &db, const QString &table, qint64 recordId,
                                      int loadedVersion)
{
    ConflictError c;
    c.table = table;
    c.recordId = recordId;
    c.loadedVersion = loadedVersion;
    if (!readCurrentState(db, c))
        return c;
    QSqlError error;
    const QList<AuditLog::Entry> entries = AuditLog::forRecord(db, table, recordId, &error);
    if (error.isValid()) {
        c.readError = error;
        return c;
    }
    if (!entries.isEmpty())
        takeLastChange(entries.constLast(), c);
    return c;
}
