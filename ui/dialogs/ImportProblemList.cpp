#include "dialogs/ImportProblemList.h"

#include <QHeaderView>

ImportProblemList::ImportProblemList(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(3);
    setHeaderLabels({tr("Line"), tr("Field"), tr("Problem")});
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    header()->resizeSection(0, 60);
    header()->resizeSection(1, 110);
}

void ImportProblemList::addProblem(const Problem &problem, bool warning)
{
    auto *item = new QTreeWidgetItem(
        this, {QString::number(problem.line), problem.field, problem.message});
    item->setForeground(2, warning ? QColor(0x8a, 0x5a, 0x00) : QColor(0xb0, 0x00, 0x20));
    item->setToolTip(2, problem.message);
}
