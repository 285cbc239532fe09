#pragma once

#include <QStyledItemDelegate>

// Draws a cell as a progress bar: the fraction comes from a role (by default
// ProgressModel::ShareRole, a double where 1.0 = 100 %), the text is the cell's DisplayRole
// (e.g. "83.4%"). Shares above 100 % fill the bar; units behind pace (BehindRole true) are drawn
// in a warning colour. Usable on any model that provides those two roles:
//     view->setItemDelegateForColumn(column, new ProgressBarDelegate(view));
class ProgressBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ProgressBarDelegate(QObject *parent = nullptr);
    ProgressBarDelegate(int shareRole, int behindRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_shareRole;
    int m_behindRole;
};
