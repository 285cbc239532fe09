#pragma once

#include "repo/AuditLog.h"

#include <QCoreApplication>
#include <QStringList>

// An audit entry as people read it, shared by the history view, its CSV export and the CLI:
// the kind of record, what was done (merges and imports named as such) and old → new per field.
class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)
public:
    // "Unit", "Letter" ... for a table name; the name itself when unknown.
    static QString tableText(const QString &table);
    // "Unit #12".
    static QString recordText(const AuditLog::Entry &e);
    // "Created", "Changed", "Merged unit #7 into this one", "Imported from units.xlsx" ...
    static QString actionText(const AuditLog::Entry &e);
    // The fields that changed, "field: old → new" joined by "; " (one per line with newline).
    static QString changesText(const AuditLog::Entry &e,
                               const QString &separator = QStringLiteral("; "));
    // The header and one row of the CSV export (local time, user, record, action, changes).
    static QStringList csvHeader();
    static QStringList csvRow(const AuditLog::Entry &e);
};
