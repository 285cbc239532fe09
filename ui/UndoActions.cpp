#include "UndoActions.h"

#include <QAction>
#include <QApplication>
#include <QStyle>
#include <QUndoStack>
#include <QWidget>

namespace {
const QKeySequence kUndo(Qt::CTRL | Qt::Key_Z);
// QKeySequence::Redo is Ctrl+Shift+Z again on Linux: both usual keys, each once.
const QList<QKeySequence> kRedo
    = {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)};

QString keyText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &k : keys)
        texts << k.toString(QKeySequence::NativeText);
    return texts.join(QStringLiteral(", "));
}

void create(QUndoStack *stack, QObject *parent, QAction **undo, QAction **redo)
{
    *undo = stack->createUndoAction(parent, QApplication::translate("UndoActions", "Undo"));
    *redo = stack->createRedoAction(parent, QApplication::translate("UndoActions", "Redo"));
    (*undo)->setIcon(QApplication::style()->standardIcon(QStyle::SP_ArrowBack));
    (*redo)->setIcon(QApplication::style()->standardIcon(QStyle::SP_ArrowForward));
}
} // namespace

void UndoActions::createMenuActions(QUndoStack *stack, QObject *parent, QAction **undo,
                                    QAction **redo)
{
    create(stack, parent, undo, redo);
    (*undo)->setShortcut(kUndo);
    (*redo)->setShortcuts(kRedo);
    (*undo)->setObjectName(QStringLiteral("editUndoAction"));
    (*redo)->setObjectName(QStringLiteral("editRedoAction"));
}

void UndoActions::createToolbarActions(QUndoStack *stack, QWidget *parent,
                                       const char *objectNamePrefix, QAction **undo, QAction **redo)
{
    create(stack, parent, undo, redo);
    const QString prefix = QString::fromLatin1(objectNamePrefix);
    (*undo)->setObjectName(prefix.isEmpty() ? QStringLiteral("undoAction")
                                            : prefix + QStringLiteral("UndoAction"));
    (*redo)->setObjectName(prefix.isEmpty() ? QStringLiteral("redoAction")
                                            : prefix + QStringLiteral("RedoAction"));
    // The text follows the command on top ("Undo edit …"): the tooltip with it.
    const auto tip = [](QAction *a, const QList<QKeySequence> &keys) {
        QObject::connect(a, &QAction::changed, a, [a, keys] {
            const QString want = QStringLiteral("%1 (%2)").arg(a->text(), keyText(keys));
            if (a->toolTip() != want)
                a->setToolTip(want);
        });
        a->setToolTip(QStringLiteral("%1 (%2)").arg(a->text(), keyText(keys)));
    };
    tip(*undo, {kUndo});
    tip(*redo, kRedo);
}
