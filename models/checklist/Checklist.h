#pragma once

#include "checklist/ChecklistItem.h"
#include "domain/UnitKind.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// One item of one unit's checklist: whether it is done, when and by whom, and when it is due.
struct ChecklistMark
{
    bool done = false;
    QString at; // when: a stored UTC timestamp, or a yyyy-MM-dd day (links requested)
    QDate day; // the China Standard Time day it was done
    QString by; // who ticked it, issued the letter or the first link, or recorded the request
    QString source; // manual, cli, form, import, mail, … for ticks; "program" for automatic items
    QDate due; // invalid: no due date
    bool overdue = false; // not done, and the due date has passed (China Standard Time)
    // False when nobody expects it of this unit: gift lists come from companies (DOMAIN.md,
    // "gift lists from sponsoring companies"); another unit's gift list counts when ticked.
    // An item that does not apply is neither missing nor overdue.
    bool applies = true;
};

// A unit taking part in a campaign with its checklist, and what the phone chase needs.
struct ChecklistRow
{
    qint64 unitId = 0;
    QString name;
    UnitKind kind = UnitKind::Supporting;
    UnitSort sort = UnitSort::Other;
    QString province; // region code
    qint64 parentId = 0;
    QString parentName;
    QString contact;
    QString phone;
    QList<ChecklistMark> marks; // one per ChecklistItem, indexed by int(item)

    const ChecklistMark &mark(ChecklistItem item) const { return marks.at(int(item)); }
    // The items that apply and are not done.
    QList<ChecklistItem> missing() const;
    bool anyOverdue() const;
};

// Which units the checklist page and the CLI show: all by default.
struct ChecklistFilter
{
    std::optional<ChecklistItem> missing; // only units that have not done this item
    bool overdueOnly = false; // only units with an overdue item (that item, with missing)
    std::optional<UnitKind> kind;
    QString province; // region code; empty: every region
    qint64 parentId = 0; // a parent unit with the units under it; 0: every unit

    bool accepts(const ChecklistRow &row) const;
};

// The stored state of one hand-ticked item of one unit, as undo and redo put it back.
struct ChecklistTick
{
    qint64 unitId = 0;
    ChecklistItem item = ChecklistItem::FormReceived;
    bool ticked = false;
    QString at; // UTC ISO-8601
    QString by;
    QString source;

    bool operator==(const ChecklistTick &) const = default;
};
