#pragma once

class QAction;
class QObject;
class QUndoStack;
class QWidget;

// The Undo and Redo actions of the one undo stack (Workspace::undoStack), named by what they
// take back ("Undo edit …"), enabled only when there is something to undo or redo.
namespace UndoActions {
// The Edit menu's pair, which holds the keys for the whole window: Ctrl+Z, and Ctrl+Shift+Z
// and Ctrl+Y for redo (each key once: one shortcut, one action). Owned by parent.
void createMenuActions(QUndoStack *stack, QObject *parent, QAction **undo, QAction **redo);
// A page toolbar's pair, without keys of their own (the Edit menu's act on the same stack);
// their tooltips name the keys. objectNamePrefix: "" gives undoAction and redoAction.
void createToolbarActions(QUndoStack *stack, QWidget *parent, const char *objectNamePrefix,
                          QAction **undo, QAction **redo);
} // namespace UndoActions
