#pragma once

#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVariantMap>

class Database;

// A save refused because someone else changed (or deleted) the record since it was loaded: the
// record's row_version no longer matches. Says who changed what and when, from the record's
// updated_by / updated_at columns and the audit log's last entry for it, so the user can choose
// to reload (take their version) or to overwrite (save again with currentVersion as the loaded
// version).
struct ConflictError
{
    QString table;
    qint64 recordId = 0;
    int loadedVersion = 0;
    int currentVersion = 0; // 0 when the record was deleted
    bool deleted = false;
    QString changedBy; // who saved the current version ('' if unknown)
    QString changedAt; // when, ISO UTC text ('' if unknown)
    QStringList changedFields; // the fields their last save changed, per the audit log
    QVariantMap theirValues; // their values of those fields
    // Set when the database failed while the record's current state or its audit entries were
    // read: the save was refused all the same, but whether the record was changed or deleted,
    // by whom and how is unknown (deleted is false, the fields above are empty).
    QSqlError readError;

    bool isValid() const { return recordId != 0; }
    // "changed by alice at 2024-07-18T09:30:00Z: title, end_date" (translated); with a
    // readError, that someone else changed it and the database's words for why no more is known.
    QString message() const;

    // The name people read for a field (a column or audited form part), e.g. "phone" → "Phone".
    static QString fieldLabel(const QString &field);
    // A field's value as text for the user (lists of form rows as their count).
    static QString valueText(const QVariant &value);

    // Reads the record's current state and its last audit entry. Call it after the guarded
    // UPDATE matched no row (inside or after the transaction). deleted when the record is not
    // there; readError (never deleted) when the database failed to say.
    static ConflictError describe(Database &db, const QString &table, qint64 recordId,
                                  int loadedVersion);
};
