#include "pages/RegisterView.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>

QTableView *RegisterView::makeView(QWidget *parent, QStandardItemModel *model,
                                   const QString &objectName)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortLocaleAware(true);
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

void RegisterView::setRows(QStandardItemModel *model, const QList<QVariantList> &rows)
{
    model->removeRows(0, model->rowCount());
    for (const QVariantList &cells : rows) {
        QList<QStandardItem *> items;
        for (const QVariant &v : cells) {
            auto *item = new QStandardItem;
            item->setData(v, Qt::DisplayRole);
            if (v.typeId() != QMetaType::QString)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            items << item;
        }
        model->appendRow(items);
    }
}
