#pragma once

#include "checklist/Checklist.h"
#include "common/Problem.h"
#include "domain/Campaign.h"

#include <QCoreApplication>
#include <QSqlError>

class Database;

// Each unit's checklist before the survey window opens (issue #15). Three items tick themselves
// from the program's own tables and are never stored twice:
// - links requested: participations.links_requested is set (day: the request's date, by: the
//   audit log's links-request entry);
// - links issued: the unit holds at least one active link (day and by: the first active one), so
//   revoking every link unticks it and restoring one ticks it again;
// - letter issued: the unit holds a valid letter (day and by: that version's issue), so a revoked
//   letter unticks it and a reissued one stays ticked, dated by the new version.
// The others are ticked by hand (checklist_ticks, one row per unit and item, with who, when and
// from where); ticking twice keeps the first tick, unticking deletes it. Every write is one
// transaction with its audit entries; after commit DataEvents::Checklist is announced.
//
// Gift lists are expected from companies only (DOMAIN.md: "gift lists from sponsoring
// companies"); for other units that item does not apply unless ticked (ChecklistMark::applies).
//
// Due dates (Campaign): information form → formDue, link count → linkRequestDue, gift list →
// giftListDue; everything else is due the day before the window opens (startDate − 1), as the
// links and letters must be out when it does. An item is overdue when it is not done and
// today, in China Standard Time (Clock::chinaToday), is after its due date.
class ChecklistRepository
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistRepository)
public:
    explicit ChecklistRepository(Database &db)
        : m_db(db)
    {}

    // Every unit taking part in the campaign (merged units left out), by name in pinyin order,
    // with its marks;
    // overdue against today (a China Standard Time day).
    QList<ChecklistRow> rows(qint64 campaignId, const QDate &today,
                             QSqlError *error = nullptr) const;
    QList<ChecklistRow> rows(qint64 campaignId, QSqlError *error = nullptr) const;
    static QDate dueDate(const Campaign &campaign, ChecklistItem item);

    // Ticks item for every unit in unitIds, in one transaction: all or nothing. source says
    // where the tick comes from ("manual" in the list, "form" in the information form, "cli",
    // "import" for a returned form, "mail" for an e-mail log …); user defaults to the
    // database's user. A unit already ticked keeps its first tick. Problems (and nothing
    // stored): an automatic item, a unit that takes no part in the campaign, a database error.
    // *before receives the stored state of each (unit, item) before the change, for undo.
    Problems tick(qint64 campaignId, const QList<qint64> &unitIds, ChecklistItem item,
                  const QString &source = QStringLiteral("manual"), const QString &user = {},
                  QList<ChecklistTick> *before = nullptr);
    // Ticks item for those of unitIds that take part in the campaign, inside the transaction the
    // caller has open and will commit (a returned form's import ticks "information form
    // received" in its own transaction). Units that take no part and automatic items are
    // skipped; problems are database errors only. The caller notifies DataEvents::Checklist.
    Problems tickWithinTransaction(qint64 campaignId, const QList<qint64> &unitIds,
                                   ChecklistItem item, const QString &source);
    // Unticks item for every unit in unitIds, in one transaction (the same problems as tick).
    Problems untick(qint64 campaignId, const QList<qint64> &unitIds, ChecklistItem item,
                    QList<ChecklistTick> *before = nullptr);
    // What tick (ticked true) or untick would change, without writing: *before gets the stored
    // state of item for each unit, *after the state wanted (a unit already ticked keeps its
    // first tick; a new tick is dated now, by the database's user, from source). The same
    // problems as tick, nothing changed. Storing it is restore(campaignId, *before, *after).
    Problems plan(qint64 campaignId, const QList<qint64> &unitIds, ChecklistItem item, bool ticked,
                  const QString &source, QList<ChecklistTick> *before,
                  QList<ChecklistTick> *after) const;
    // The stored state of item for each unit, in unitIds' order.
    QList<ChecklistTick> ticks(qint64 campaignId, const QList<qint64> &unitIds,
                               ChecklistItem item) const;
    // Puts wanted back (undo and redo), in one transaction, when what is stored is still
    // expected (same units and items, in the same order); refuses, naming who changed it, when
    // someone else ticked or unticked one of them meanwhile.
    Problems restore(qint64 campaignId, const QList<ChecklistTick> &expected,
                     const QList<ChecklistTick> &wanted);

private:
    Problems setTicked(qint64 campaignId, const QList<qint64> &unitIds, ChecklistItem item,
                       bool ticked, const QString &source, const QString &user,
                       QList<ChecklistTick> *before);
    // Writes the ticks inside the caller's transaction; *states gets each state before.
    Problems writeTicks(qint64 campaignId, const QList<qint64> &unitIds, ChecklistItem item,
                        bool ticked, const QString &source, const QString &user,
                        QList<ChecklistTick> *states);
    // The stored state inside the caller's transaction; false on a database error.
    bool readTick(qint64 campaignId, qint64 unitId, ChecklistItem item, ChecklistTick *tick,
                  qint64 *rowId, QSqlError *error) const;
    QSqlError writeTick(qint64 campaignId, const ChecklistTick &from, const ChecklistTick &to,
                        qint64 rowId);
    Problems checkTakesPart(qint64 campaignId, const QList<qint64> &unitIds) const;
    static Problems checkManualTick(const QList<qint64> &unitIds, ChecklistItem item);
    void addAutomaticMarks(qint64 campaignId, QList<ChecklistRow> &rows, QSqlError *error) const;
    void addTicks(qint64 campaignId, QList<ChecklistRow> &rows, QSqlError *error) const;

    Database &m_db;
};
