#pragma once

#include "checklist/Checklist.h"
#include "common/Problem.h"

#include <QWidget>

class Database;
class QCheckBox;
class QLabel;

// The checklist tab of the information form: one line per item with a check box, the day it was
// done and by whom, or its due date (in red when overdue). Items that tick themselves are shown
// but cannot be changed. Changes are kept until the form, after saving the unit, stores
// changes() through the undo stack (TickChecklistCommand).
class ChecklistBox : public QWidget
{
    Q_OBJECT
public:
    ChecklistBox(Database &db, qint64 campaignId, QWidget *parent = nullptr);

    // Shows unitId's checklist (0: a unit not registered yet, nothing done).
    void load(qint64 unitId);
    void setEditable(bool editable);
    // True when a box was ticked or unticked since load().
    bool isChanged() const;
    QCheckBox *box(ChecklistItem item) const { return m_boxes.at(int(item)); }

    // The changes for unitId (source "form", done now by the database's user): *before gets
    // the items' states as loaded, *after as the boxes say. Storing after where before is
    // still stored refuses when another desk changed one of those items since load().
    void changes(qint64 unitId, QList<ChecklistTick> *before, QList<ChecklistTick> *after) const;

private:
    Database &m_db;
    qint64 m_campaignId;
    QList<QCheckBox *> m_boxes;
    QList<QLabel *> m_notes;
    QList<ChecklistTick> m_loaded; // the manual items' stored state at load()
};
