#include "delegates/TargetDelegate.h"

#include "validation/UnitValidator.h"

#include <QSpinBox>

QWidget *TargetDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &) const
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(0, int(UnitValidator::kMaxSampleTarget)); // the form's and imports' limit
    spin->setSingleStep(100);
    spin->setGroupSeparatorShown(true);
    spin->setAlignment(Qt::AlignRight);
    spin->setFrame(false);
    return spin;
}

void TargetDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<QSpinBox *>(editor)->setValue(int(index.data(Qt::EditRole).toLongLong()));
}

void TargetDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    auto *spin = static_cast<QSpinBox *>(editor);
    spin->interpretText();
    model->setData(index, qint64(spin->value()), Qt::EditRole);
}
