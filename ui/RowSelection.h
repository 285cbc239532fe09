#pragma once

#include <QModelIndexList>

class QAbstractItemView;

// Showing rows just made (letters issued, links issued) so they can be copied or printed at once.
namespace RowSelection {
// Selects the whole rows of indexes (invalid ones skipped) in view instead of what was selected,
// makes the topmost current and scrolls it to the top. Returns it; invalid when none was valid.
QModelIndex selectAndReveal(QAbstractItemView *view, const QModelIndexList &indexes);
} // namespace RowSelection
