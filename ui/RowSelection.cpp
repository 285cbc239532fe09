#include "RowSelection.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

QModelIndex RowSelection::selectAndReveal(QAbstractItemView *view, const QModelIndexList &indexes)
{
    view->clearSelection();
    QModelIndex first;
    for (const QModelIndex &index : indexes) {
        if (!index.isValid())
            continue;
        view->selectionModel()->select(index,
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        if (!first.isValid() || index.row() < first.row())
            first = index;
    }
    if (first.isValid()) {
        view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        view->scrollTo(first, QAbstractItemView::PositionAtTop);
    }
    return first;
}
