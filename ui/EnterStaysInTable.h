#pragma once

#include <QObject>

class QAbstractItemView;

// Enter in an editable table commits the cell being edited, nothing more. An item view ignores
// Return/Enter, so the key travels on to the parent: a dialog's default button (saving and
// closing the whole form) or a page's "open the form". Installed on a view, this filter stops
// Return/Enter there; the editor has committed the cell already.
class EnterStaysInTable : public QObject
{
    Q_OBJECT
public:
    // Installs the filter on view (owned by it).
    static void install(QAbstractItemView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};
