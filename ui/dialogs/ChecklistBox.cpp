#include "dialogs/ChecklistBox.h"

#include "checklist/ChecklistRepository.h"
#include "common/Clock.h"
#include "db/Dialect.h"
#include "db/Database.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>

ChecklistBox::ChecklistBox(Database &db, qint64 campaignId, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_campaignId(campaignId)
{
    auto *grid = new QGridLayout(this);
    int row = 0;
    for (ChecklistItem item : ChecklistItems::all()) {
        auto *box = new QCheckBox(ChecklistItems::displayName(item), this);
        box->setObjectName(QStringLiteral("check-") + ChecklistItems::code(item));
        box->setEnabled(!ChecklistItems::isAutomatic(item));
        auto *note = new QLabel(this);
        grid->addWidget(box, row, 0);
        grid->addWidget(note, row, 1);
        m_boxes << box;
        m_notes << note;
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(row, 1);
}

void ChecklistBox::load(qint64 unitId)
{
    ChecklistRow found;
    found.marks.resize(m_boxes.size());
    QSqlError e;
    for (const ChecklistRow &r : ChecklistRepository(m_db).rows(m_campaignId, &e)) {
        if (r.unitId == unitId)
            found = r;
    }
    m_loaded.clear();
    if (e.isValid()) {
        // Not "nothing done yet": what is done could not be read, so nothing can be ticked.
        for (QCheckBox *box : std::as_const(m_boxes)) {
            box->setChecked(false);
            box->setEnabled(false);
        }
        for (QLabel *note : std::as_const(m_notes))
            note->clear();
        m_notes.first()->setText(Dialect::describeError(e));
        return;
    }
    for (ChecklistItem item : ChecklistItems::all()) {
        const ChecklistMark &m = found.mark(item);
        m_boxes.at(int(item))->setChecked(m.done);
        QString note;
        if (m.done)
            note = tr("%1, %2").arg(Clock::dateText(m.day), m.by);
        else if (!m.applies)
            note = tr("not expected: gift lists come from companies");
        else if (m.due.isValid())
            note = m.overdue ? tr("overdue since %1").arg(Clock::dateText(m.due.addDays(1)))
                             : tr("due %1").arg(Clock::dateText(m.due));
        if (ChecklistItems::isAutomatic(item))
            note += (note.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("ticks itself");
        m_notes.at(int(item))->setText(note);
        m_notes.at(int(item))->setStyleSheet(m.overdue ? QStringLiteral("color: #c00000;")
                                                       : QString());
        if (!ChecklistItems::isAutomatic(item))
            m_loaded << ChecklistTick {unitId, item, m.done, m.at, m.by, m.source};
    }
}

void ChecklistBox::setEditable(bool editable)
{
    for (ChecklistItem item : ChecklistItems::all())
        m_boxes.at(int(item))->setEnabled(editable && !ChecklistItems::isAutomatic(item));
}

bool ChecklistBox::isChanged() const
{
    for (const ChecklistTick &t : m_loaded) {
        if (m_boxes.at(int(t.item))->isChecked() != t.ticked)
            return true;
    }
    return false;
}

void ChecklistBox::changes(qint64 unitId, QList<ChecklistTick> *before,
                           QList<ChecklistTick> *after) const
{
    const QString now = Clock::nowText();
    for (ChecklistTick t : std::as_const(m_loaded)) {
        const bool checked = m_boxes.at(int(t.item))->isChecked();
        if (checked == t.ticked)
            continue;
        t.unitId = unitId;
        before->append(t);
        t.ticked = checked;
        t.at = checked ? now : QString();
        t.by = checked ? m_db.userName() : QString();
        t.source = checked ? QStringLiteral("form") : QString();
        after->append(t);
    }
}
