#pragma once

#include <QString>
#include <QVariantList>

class QStandardItemModel;
class QTableView;
class QWidget;

// What the register pages share: a sortable read-only table and its rows.
namespace RegisterView {
QTableView *makeView(QWidget *parent, QStandardItemModel *model, const QString &objectName);
// Replaces the model's rows; numbers stay numbers, so they sort as numbers.
void setRows(QStandardItemModel *model, const QList<QVariantList> &rows);
} // namespace RegisterView
