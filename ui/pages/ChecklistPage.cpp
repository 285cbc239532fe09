#include "pages/ChecklistPage.h"

#include "checklist/ChecklistExport.h"
#include "checklist/ChecklistRepository.h"
#include "common/Clock.h"
#include "dialogs/FileDialog.h"
#include "domain/Regions.h"
#include "itemmodels/ChecklistModel.h"
#include "session/Workspace.h"
#include "UndoActions.h"
#include "undo/ChecklistCommands.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

ChecklistPage::ChecklistPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ChecklistModel(workspace, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_tickItem(new QComboBox(this))
    , m_missing(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("&Overdue only"), this))
    , m_kind(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_parent(new QComboBox(this))
    , m_today(new QLabel(this))
    , m_status(new QLabel(this))
{
    sayLoadFailures();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createToolbar());
    auto *filters = new QHBoxLayout;
    buildFilters(filters);
    layout->addLayout(filters);
    setUpView();
    layout->addWidget(m_view, 1);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    connect(m_view, &QTableView::doubleClicked, this, &ChecklistPage::toggleAt);
    followWorkspace();
    fillParents();
    updateActions();
    updateStatus();
}

// The checklist could not be read: said in a message box, not shown as nothing done.
void ChecklistPage::sayLoadFailures()
{
    connect(m_model, &ChecklistModel::loadFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Checklist"), message);
    });
    // The model read before this page listened: its failure is said once the window is up.
    if (!m_model->loadError().isEmpty())
        QTimer::singleShot(
            0, this, [this] { QMessageBox::warning(this, tr("Checklist"), m_model->loadError()); });
}

// The item to tick, tick and untick the selected units, undo and redo, export.
QToolBar *ChecklistPage::createToolbar()
{
    auto *toolbar = new QToolBar(this);
    // Its width never sets the window's least width: on a 1280 px screen the actions that do
    // not fit go behind the toolbar's » button.
    toolbar->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    toolbar->setObjectName(QStringLiteral("checklistToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *tickLabel = new QLabel(tr("&Item:"), this);
    tickLabel->setBuddy(m_tickItem);
    toolbar->addWidget(tickLabel);
    for (ChecklistItem item : ChecklistItems::all()) {
        if (!ChecklistItems::isAutomatic(item))
            m_tickItem->addItem(ChecklistItems::displayName(item), int(item));
    }
    m_tickItem->setObjectName(QStringLiteral("tickItem"));
    toolbar->addWidget(m_tickItem);
    QAction *tick = toolbar->addAction(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                       tr("Tick selected"), this, [this] { tickSelected(true); });
    tick->setObjectName(QStringLiteral("tickAction"));
    QAction *untick
        = toolbar->addAction(style()->standardIcon(QStyle::SP_DialogResetButton),
                             tr("Untick selected"), this, [this] { tickSelected(false); });
    untick->setObjectName(QStringLiteral("untickAction"));
    m_editActions = {tick, untick};
    toolbar->addSeparator();
    QAction *undo = nullptr, *redo = nullptr;
    UndoActions::createToolbarActions(undoStack(), this, "checklist", &undo, &redo);
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    toolbar->addSeparator();
    toolbar->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Export…"), this,
                       &ChecklistPage::exportList);
    return toolbar;
}

void ChecklistPage::setUpView()
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ChecklistModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("checklistView"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    // Everything a clerk needs on the phone fits on one screen: short item headers (the full
    // name is the tooltip), the unit's name at the width of a typical long one.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChecklistModel::UnitColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ChecklistModel::ParentColumn, QHeaderView::Interactive);
    m_view->setColumnWidth(
        ChecklistModel::UnitColumn,
        fontMetrics().horizontalAdvance(QStringLiteral("上海东城远航网络社会组织联合会")));
    m_view->setColumnWidth(ChecklistModel::ParentColumn,
                           fontMetrics().horizontalAdvance(QStringLiteral("上海锦程网络安全")));
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
}

// Ticks change the status line; another campaign or changed units, the parent filter; another
// database or role, the actions.
void ChecklistPage::followWorkspace()
{
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChecklistPage::updateStatus);
    connect(m_workspace, &Workspace::campaignChanged, this, &ChecklistPage::fillParents);
    connect(m_workspace, &Workspace::dataChanged, this, [this](DataEvents::Domains d) {
        if (d & DataEvents::Units)
            fillParents();
    });
    connect(m_workspace, &Workspace::permissionsChanged, this, &ChecklistPage::updateActions);
    connect(m_workspace, &Workspace::databaseChanged, this, &ChecklistPage::updateActions);
}

void ChecklistPage::buildFilters(QHBoxLayout *filters)
{
    auto *missingLabel = new QLabel(tr("&Missing:"), this);
    missingLabel->setBuddy(m_missing);
    m_missing->addItem(tr("Any item"), -1);
    for (ChecklistItem item : ChecklistItems::all())
        m_missing->addItem(ChecklistItems::displayName(item), int(item));
    m_missing->setObjectName(QStringLiteral("missingFilter"));
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    m_kind->addItem(tr("All kinds"), QString());
    for (UnitKind k : DomainNames::unitKinds())
        m_kind->addItem(DomainNames::displayName(k), DomainNames::code(k));
    auto *regionLabel = new QLabel(tr("&Region:"), this);
    regionLabel->setBuddy(m_region);
    m_region->addItem(tr("All regions"), QString());
    for (const Region &r : Regions::all())
        m_region->addItem(Regions::displayName(r.code), r.code);
    auto *parentLabel = new QLabel(tr("&Parent unit:"), this);
    parentLabel->setBuddy(m_parent);
    // The filters shrink with the window (1280 px screens) instead of widening it to their
    // longest entry; the open list still shows entries in full.
    for (QComboBox *box : {m_missing, m_kind, m_region, m_parent}) {
        box->setMinimumContentsLength(box == m_parent ? 12 : 6);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }
    m_today->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    for (QWidget *w :
         std::initializer_list<QWidget *> {missingLabel, m_missing, m_overdue, kindLabel, m_kind,
                                           regionLabel, m_region, parentLabel, m_parent})
        filters->addWidget(w);
    filters->addStretch(1);
    filters->addWidget(m_today);
    for (QComboBox *box : {m_missing, m_kind, m_region, m_parent})
        connect(box, &QComboBox::currentIndexChanged, this, &ChecklistPage::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &ChecklistPage::applyFilter);
}

void ChecklistPage::applyFilter()
{
    ChecklistFilter f;
    if (const int item = m_missing->currentData().toInt(); item >= 0)
        f.missing = ChecklistItem(item);
    f.overdueOnly = m_overdue->isChecked();
    f.kind = DomainNames::unitKindFromText(m_kind->currentData().toString());
    f.province = m_region->currentData().toString();
    f.parentId = m_parent->currentData().toLongLong();
    m_model->setFilter(f);
}

// The units that have others under them, for the parent filter.
void ChecklistPage::fillParents()
{
    const qint64 chosen = m_parent->currentData().toLongLong();
    QMap<QString, qint64> parents;
    for (const ChecklistRow &r : m_model->allRows()) {
        if (r.parentId != 0)
            parents.insert(r.parentName, r.parentId);
    }
    const QSignalBlocker blocker(m_parent);
    m_parent->clear();
    m_parent->addItem(tr("All units"), qint64(0));
    for (auto it = parents.cbegin(); it != parents.cend(); ++it)
        m_parent->addItem(it.key(), it.value());
    m_parent->setCurrentIndex(qMax(0, m_parent->findData(chosen)));
}

void ChecklistPage::updateActions()
{
    const bool readOnly = m_workspace->hasDatabase() && m_workspace->database().isReadOnly();
    const bool writable = m_workspace->may(Permissions::EditUnits);
    for (QAction *a : std::as_const(m_editActions)) {
        a->setVisible(writable || readOnly);
        a->setEnabled(writable);
    }
    m_tickItem->setEnabled(writable);
}

void ChecklistPage::updateStatus()
{
    int overdue = 0;
    for (const ChecklistRow &r : m_model->rows())
        overdue += r.anyOverdue() ? 1 : 0;
    m_status->setText(tr("%n unit(s) shown", nullptr, int(m_model->rows().size()))
                      + QLatin1String(", ")
                      + tr("of %1 in the campaign; %2 with overdue items (in red).")
                            .arg(m_model->allRows().size())
                            .arg(overdue));
    m_today->setText(
        tr("Today (China Standard Time): %1").arg(Clock::dateText(Clock::chinaToday())));
}

bool ChecklistPage::tickSelected(bool tick)
{
    QList<qint64> units;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        units << i.data(ChecklistModel::UnitIdRole).toLongLong();
    if (units.isEmpty()) {
        refused(tr("Select the units first."));
        return false;
    }
    return setTicked(units, m_tickItem->currentData().toInt(), tick);
}

bool ChecklistPage::setTicked(const QList<qint64> &units, int itemValue, bool tick)
{
    if (!m_workspace->hasDatabase() || m_workspace->campaignId() <= 0)
        return false;
    Database &db = m_workspace->database();
    const qint64 campaign = m_workspace->campaignId();
    const ChecklistItem item = ChecklistItem(itemValue);
    QList<ChecklistTick> before, after;
    Problems p = ChecklistRepository(db).plan(campaign, units, item, tick, QStringLiteral("manual"),
                                              &before, &after);
    if (p.isEmpty() && after != before)
        p = DatabaseCommand::push(
                undoStack(),
                new TickChecklistCommand(db, campaign, before, after,
                                         [this](const QString &m) { refused(m); }))
                .problems;
    if (!p.isEmpty()) {
        refused(formatProblems(p));
        return false;
    }
    return true;
}

QUndoStack *ChecklistPage::undoStack() const
{
    return m_workspace->undoStack();
}

void ChecklistPage::toggleAt(const QModelIndex &index)
{
    const auto item = ChecklistModel::itemOfColumn(index.column());
    if (!item || ChecklistItems::isAutomatic(*item) || !m_workspace->may(Permissions::EditUnits))
        return;
    const bool done = index.data(ChecklistModel::SortRole).toInt() == 2;
    setTicked({index.data(ChecklistModel::UnitIdRole).toLongLong()}, int(*item), !done);
}

bool ChecklistPage::exportTo(const QString &path, QString *error) const
{
    QList<ChecklistRow> rows;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        rows << m_model->rows().at(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
    return ChecklistExport::write(path, rows, error);
}

void ChecklistPage::exportList()
{
    if (!m_workspace->hasDatabase() || m_workspace->campaignId() == 0)
        return;
    const QString path = FileDialog::saveFileName(
        this, tr("Export checklist"), QString(), tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export checklist"), error);
}

void ChecklistPage::refused(const QString &message)
{
    m_model->reload();
    QMessageBox::warning(this, tr("Checklist"), message);
}
