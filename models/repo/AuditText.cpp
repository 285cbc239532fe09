#include "repo/AuditText.h"

#include "common/Clock.h"
#include "db/ConflictError.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace {
QString valueText(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QStringLiteral("∅");
    if (v.typeId() == QMetaType::QVariantList || v.typeId() == QMetaType::QVariantMap)
        return QString::fromUtf8(QJsonDocument::fromVariant(v).toJson(QJsonDocument::Compact));
    const QString s = v.toString();
    return s.isEmpty() ? QStringLiteral("\"\"") : s;
}

// An import writes "import FILE" as its via text (AuditLog::Via).
QString importedFile(const QString &via)
{
    return via.startsWith(QLatin1String("import ")) ? via.mid(7) : QString();
}
} // namespace

QString AuditText::tableText(const QString &table)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("units"), QT_TR_NOOP("Unit")},
        {QStringLiteral("participations"), QT_TR_NOOP("Participation")},
        {QStringLiteral("letters"), QT_TR_NOOP("Letter")},
        {QStringLiteral("links"), QT_TR_NOOP("Link")},
        {QStringLiteral("imports"), QT_TR_NOOP("Import")},
        {QStringLiteral("campaigns"), QT_TR_NOOP("Campaign")},
        {QStringLiteral("questionnaires"), QT_TR_NOOP("Questionnaire")},
        {QStringLiteral("grading_rules"), QT_TR_NOOP("Grading rules")},
        {QStringLiteral("letter_templates"), QT_TR_NOOP("Letter template")},
        {QStringLiteral("certificates"), QT_TR_NOOP("Certificate")},
    };
    const auto it = names.constFind(table);
    return it == names.constEnd() ? table : tr(it.value());
}

QString AuditText::recordText(const AuditLog::Entry &e)
{
    return tr("%1 #%2").arg(tableText(e.table)).arg(e.recordId);
}

QString AuditText::actionText(const AuditLog::Entry &e)
{
    const QString &a = e.action;
    if (a == QLatin1String("merge"))
        return tr("Merged unit #%1 into this one")
            .arg(e.oldValues.value(QStringLiteral("merged_unit_id")).toLongLong());
    if (a == QLatin1String("merged"))
        return tr("Merged into unit #%1")
            .arg(e.newValues.value(QStringLiteral("merged_into")).toLongLong());
    if (a == QLatin1String("import"))
        return tr("Imported %1").arg(e.newValues.value(QStringLiteral("file")).toString());
    if (const QString file = importedFile(e.via); !file.isEmpty())
        return a == QLatin1String("insert") ? tr("Created by importing %1").arg(file)
                                            : tr("Changed by importing %1").arg(file);
    static const QHash<QString, const char *> actions = {
        {QStringLiteral("insert"), QT_TR_NOOP("Created")},
        {QStringLiteral("update"), QT_TR_NOOP("Changed")},
        {QStringLiteral("delete"), QT_TR_NOOP("Deleted")},
        {QStringLiteral("restore"), QT_TR_NOOP("Restored")},
        {QStringLiteral("issue"), QT_TR_NOOP("Issued")},
        {QStringLiteral("reissue"), QT_TR_NOOP("Reissued")},
        {QStringLiteral("revoke"), QT_TR_NOOP("Revoked")},
        {QStringLiteral("grade"), QT_TR_NOOP("Graded")},
        {QStringLiteral("save"), QT_TR_NOOP("Saved")},
        {QStringLiteral("reset"), QT_TR_NOOP("Reset")},
        {QStringLiteral("replace"), QT_TR_NOOP("Replaced")},
        {QStringLiteral("undo"), QT_TR_NOOP("Undone")},
        {QStringLiteral("redo"), QT_TR_NOOP("Redone")},
    };
    const auto it = actions.constFind(a);
    return it == actions.constEnd() ? a : tr(it.value());
}

QString AuditText::changesText(const AuditLog::Entry &e, const QString &separator)
{
    if (e.action == QLatin1String("merge")) {
        const QVariantMap merged = e.oldValues.value(QStringLiteral("merged_unit")).toMap();
        return tr("kept this unit; %1 (#%2) now points here")
            .arg(merged.value(QStringLiteral("name")).toString())
            .arg(e.oldValues.value(QStringLiteral("merged_unit_id")).toLongLong());
    }
    if (e.action == QLatin1String("import"))
        return e.newValues.value(QStringLiteral("summary")).toString();
    QStringList keys = e.oldValues.keys() + e.newValues.keys();
    keys.removeDuplicates();
    keys.sort();
    QStringList parts;
    for (const QString &field : keys) {
        const QString key = ConflictError::fieldLabel(field);
        const bool hadOld = e.oldValues.contains(field), hasNew = e.newValues.contains(field);
        if (hadOld && hasNew)
            parts << QStringLiteral("%1: %2 → %3")
                         .arg(key, valueText(e.oldValues.value(field)),
                              valueText(e.newValues.value(field)));
        else if (hasNew)
            parts << QStringLiteral("%1: %2").arg(key, valueText(e.newValues.value(field)));
        else
            parts << QStringLiteral("%1: %2 → ∅").arg(key, valueText(e.oldValues.value(field)));
    }
    return parts.join(separator);
}

QStringList AuditText::csvHeader()
{
    return {tr("When"), tr("User"), tr("Record"), tr("Action"), tr("Changes")};
}

QStringList AuditText::csvRow(const AuditLog::Entry &e)
{
    return {Clock::localTimeText(e.at), e.user, recordText(e), actionText(e), changesText(e)};
}
