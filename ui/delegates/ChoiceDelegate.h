#pragma once

#include <QStyledItemDelegate>

// Edits a cell whose model lists its choices in a role (QVariantList of {code, display name})
// with a combo box; the code goes back through Qt::EditRole.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ChoiceDelegate(int choicesRole, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    int m_choicesRole;
};
