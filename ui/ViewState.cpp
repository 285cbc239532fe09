#include "ViewState.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>

namespace {

QHeaderView *headerOf(QAbstractItemView *view)
{
    if (auto *table = qobject_cast<QTableView *>(view))
        return table->horizontalHeader();
    if (auto *tree = qobject_cast<QTreeView *>(view))
        return tree->header();
    return nullptr;
}

QString splitterKey(const QSplitter *splitter)
{
    return QStringLiteral("splitters/") + splitter->objectName();
}

QString headerKey(const QAbstractItemView *view)
{
    return QStringLiteral("headers/") + view->objectName();
}

} // namespace

void ViewState::save(const QWidget *root, QSettings &settings)
{
    for (const QSplitter *splitter : root->findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            settings.setValue(splitterKey(splitter), splitter->saveState());
    }
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        QHeaderView *header = headerOf(view);
        if (header && !view->objectName().isEmpty() && header->count() > 0)
            settings.setValue(headerKey(view), header->saveState());
    }
}

void ViewState::restore(QWidget *root, const QSettings &settings)
{
    for (QSplitter *splitter : root->findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty() && settings.contains(splitterKey(splitter)))
            splitter->restoreState(settings.value(splitterKey(splitter)).toByteArray());
    }
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        QHeaderView *header = headerOf(view);
        if (header && !view->objectName().isEmpty() && settings.contains(headerKey(view)))
            header->restoreState(settings.value(headerKey(view)).toByteArray());
    }
}
