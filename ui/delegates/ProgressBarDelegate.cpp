#include "delegates/ProgressBarDelegate.h"

#include "itemmodels/ProgressModel.h"

#include <QApplication>
#include <QPainter>

ProgressBarDelegate::ProgressBarDelegate(QObject *parent)
    : ProgressBarDelegate(ProgressModel::ShareRole, ProgressModel::BehindRole, parent)
{}

ProgressBarDelegate::ProgressBarDelegate(int shareRole, int behindRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_shareRole(shareRole)
    , m_behindRole(behindRole)
{}

void ProgressBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QVariant share = index.data(m_shareRole);
    const QString text = index.data(Qt::DisplayRole).toString();
    if (!share.isValid() || text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter,
                                       option.widget);

    const QRect bar = option.rect.adjusted(3, 3, -3, -3);
    const double fraction = qBound(0.0, share.toDouble(), 1.0);
    const bool behind = index.data(m_behindRole).toBool();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xe8, 0xec, 0xf1));
    painter->drawRoundedRect(bar, 3, 3);
    QRect filled = bar;
    filled.setWidth(int(bar.width() * fraction));
    painter->setBrush(behind                        ? QColor(0xe0, 0x8a, 0x3c)
                          : share.toDouble() >= 1.0 ? QColor(0x3c, 0xa0, 0x5a)
                                                    : QColor(0x3a, 0x7b, 0xd5));
    if (filled.width() > 0)
        painter->drawRoundedRect(filled, 3, 3);
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(bar, Qt::AlignCenter, text);
    painter->restore();
}

QSize ProgressBarDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(qMax(s.width(), 110));
    return s;
}
