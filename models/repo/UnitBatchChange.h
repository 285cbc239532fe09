#pragma once

#include "common/Problem.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlError>
#include <QSqlRecord>
#include <QStringList>

class Database;

// What a batch write of units did in one campaign (a units import, accepted returned forms),
// kept so that it can be taken back and made again: Tiled's undo for an import. An importer
// reads the rows before its writes (begin) and after them (end), inside its own transaction;
// revert() then puts the rows before back and reapply() the rows after, each in one
// transaction of its own, audited ("undo", "redo").
//
// The rows are each unit's row, its participation in the campaign, its information form's rows
// (recommended_units, gift_goods, experts) and the checklist ticks of the items named. A unit
// the write created is removed again with those rows; one it updated gets its old values back.
// Restored rows count their row_version up and name the user and time in updated_by and
// updated_at (a form opened before sees the change and cannot save over it); every other
// column is as it was.
//
// Never over another desk's edit: revert() and reapply() refuse (nothing written, the problem
// names the unit and who changed it) when any of the rows differs from what this batch last
// left there, when a unit to be removed has records the batch did not make (links, letters,
// a participation in another campaign, a child unit ...), and when a unit to be made again has
// a namesake registered since.
class UnitBatchChange
{
    Q_DECLARE_TR_FUNCTIONS(UnitBatchChange)
public:
    // Inside the write's transaction, before it: reads the rows of the registered units it will
    // change (existingUnitIds) in campaignId; tickItems: checklist item codes it may tick.
    QSqlError begin(Database &db, qint64 campaignId, const QList<qint64> &existingUnitIds,
                    const QStringList &tickItems = {});
    // Inside the same transaction, after the write: reads the rows of every unit it wrote
    // (created ones too). importId: its row in the import history (0: none), which revert()
    // marks 'withdrawn' and reapply() 'imported' again.
    QSqlError end(Database &db, const QList<qint64> &unitIds, qint64 importId = 0);

    // True once end() has read the rows after the write.
    bool isRecorded() const { return m_recorded; }
    int unitCount() const { return int(m_unitIds.size()); }

    // Puts back the rows as they were before the batch / as it left them; the problems when
    // refused or failed (nothing changed then). After commit announces Units, Checklist and
    // Imports on the database's DataEvents.
    Problems revert(Database &db);
    Problems reapply(Database &db);

private:
    // The scope's rows of one table, as read.
    struct Table
    {
        QString name;
        QList<QSqlRecord> rows;
    };
    using Rows = QList<Table>;

    QSqlError read(Database &db, const QList<qint64> &unitIds, Rows *rows) const;
    QSqlError readTable(Database &db, const QString &table, const QString &where,
                        const QList<qint64> &unitIds, Table *out) const;
    // Writes target over the stored rows, which are `current`, and re-reads them into
    // m_expected: one transaction with the checks above.
    Problems restore(Database &db, const Rows &target, bool forward);
    Problems check(Database &db, const Rows &current, const Rows &target, bool forward) const;
    Problems checkUnchanged(const Rows &current) const;
    Problems checkRemovable(Database &db, const Rows &current, const Rows &target) const;
    Problems checkNamesFree(Database &db, const Rows &current, const Rows &target) const;
    // How many of the rows read of table refer to unitId in column.
    static qint64 references(const Rows &rows, const QString &table, const QString &column,
                             qint64 unitId);
    QSqlError write(Database &db, const Rows &current, const Rows &target, bool forward) const;
    QSqlError setImportStatus(Database &db, bool forward) const;

    qint64 m_campaignId = 0;
    QStringList m_tickItems;
    QList<qint64> m_unitIds;
    qint64 m_importId = 0;
    bool m_recorded = false;
    Rows m_before; // the rows before the batch
    Rows m_after; // the rows it left
    Rows m_expected; // what is stored now if nobody else changed them: m_after, or as reverted
};
