#pragma once

#include "repo/UnitMergePreview.h"
#include "repo/UnitRepository.h"

#include <QDialog>

class QButtonGroup;
class QPushButton;
class QTableWidget;

// Merging two units: both records side by side with what the merged unit will be, a choice of
// which one is kept (none at first), and one more question before anything happens. Cancel is
// the default button throughout; Enter never merges.
class MergeUnitsDialog : public QDialog
{
    Q_OBJECT
public:
    MergeUnitsDialog(const UnitListRow &a, const UnitMergePreview::Counts &countsA,
                     const UnitListRow &b, const UnitMergePreview::Counts &countsB,
                     QWidget *parent = nullptr);

    // After exec() returned Accepted: the unit kept and the one merged into it.
    qint64 keepId() const;
    qint64 otherId() const;

    QTableWidget *comparison() const { return m_table; }

private:
    void fillResult();
    void confirm();

    UnitListRow m_rows[2];
    UnitMergePreview::Counts m_counts[2];
    QTableWidget *m_table;
    QButtonGroup *m_choice;
    QPushButton *m_merge;
};
