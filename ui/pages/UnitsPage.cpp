#include "pages/UnitsPage.h"

#include "db/Database.h"
#include "delegates/ProgressBarDelegate.h"
#include "delegates/TargetDelegate.h"
#include "dialogs/BackgroundJob.h"
#include "dialogs/ConflictDialog.h"
#include "dialogs/UnitFormDialog.h"
#include "dialogs/ReturnedFormsDialog.h"
#include "dialogs/UnitImportWizard.h"
#include "forms/FormFile.h"
#include "domain/Regions.h"
#include "imports/UnitExporter.h"
#include "itemmodels/UnitFilterProxyModel.h"
#include "itemmodels/UnitTableModel.h"
#include "repo/CampaignRepository.h"
#include "repo/UnitRepository.h"
#include "session/Workspace.h"
#include "UndoActions.h"
#include "undo/UnitCommands.h"
#include "dialogs/FileDialog.h"
#include "dialogs/MergeUnitsDialog.h"
#include "repo/UnitMergePreview.h"
#include "undo/MergeUnitsCommand.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

UnitsPage::UnitsPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new UnitTableModel(this))
    , m_proxy(new UnitFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_kindFilter(new QComboBox(this))
    , m_regionFilter(new QComboBox(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("unitsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->addWidget(createToolbar());
    layout->addLayout(createFilters());
    setUpView();
    layout->addWidget(m_view, 1);
    connectFilters();
    createShortcuts();
    followWorkspace();
    updatePermissions();
    reloadSource();
}

// The page's actions: the form, carrying over, import and export, forms, merge, undo.
QToolBar *UnitsPage::createToolbar()
{
    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("unitsToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Its width never sets the window's least width: on a 1280 px screen the actions that do
    // not fit go behind the toolbar's » button.
    toolbar->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    const auto action = [&](const QString &text, QStyle::StandardPixmap icon,
                            const QKeySequence &key, void (UnitsPage::*slot)()) {
        QAction *a = toolbar->addAction(style()->standardIcon(icon), text, this, slot);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            a->setToolTip(
                QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
        }
        addAction(a);
        return a;
    };
    QAction *newUnit
        = action(tr("New unit"), QStyle::SP_FileIcon, QKeySequence::New, &UnitsPage::newUnit);
    newUnit->setObjectName(QStringLiteral("newUnitAction"));
    action(tr("Open form"), QStyle::SP_FileDialogDetailedView, {}, &UnitsPage::openCurrent);
    toolbar->addSeparator();
    QAction *carryOver = action(tr("Carry over from last year"), QStyle::SP_BrowserReload, {},
                                &UnitsPage::carryOver);
    carryOver->setObjectName(QStringLiteral("carryOverAction"));
    QAction *importUnits
        = action(tr("Import…"), QStyle::SP_DialogOpenButton, {}, &UnitsPage::importUnits);
    importUnits->setObjectName(QStringLiteral("importUnitsAction"));
    action(tr("Export…"), QStyle::SP_DialogSaveButton, {}, &UnitsPage::exportUnits);
    toolbar->addSeparator();
    QAction *writeForms
        = action(tr("Write forms…"), QStyle::SP_FileDialogNewFolder, {}, &UnitsPage::writeForms);
    writeForms->setObjectName(QStringLiteral("writeFormsAction"));
    writeForms->setToolTip(tr("Write the information form (信息表) as .docx or .xlsx: pre-filled "
                              "for the selected units, blank when none is selected"));
    QAction *returnedForms
        = action(tr("Returned forms…"), QStyle::SP_DirOpenIcon, {}, &UnitsPage::readReturnedForms);
    returnedForms->setObjectName(QStringLiteral("returnedFormsAction"));
    returnedForms->setToolTip(tr("Read a folder of filled-in information forms and review, "
                                 "accept or set aside each"));
    QAction *merge = action(tr("Merge…"), QStyle::SP_ArrowDown, {}, &UnitsPage::mergeSelected);
    merge->setObjectName(QStringLiteral("mergeAction"));
    m_editActions = {newUnit, carryOver, importUnits, merge, returnedForms};
    toolbar->addSeparator();
    QAction *undo = nullptr, *redo = nullptr;
    UndoActions::createToolbarActions(undoStack(), this, "", &undo, &redo);
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    return toolbar;
}

// Search, kind and region above the list, and the count.
QHBoxLayout *UnitsPage::createFilters()
{
    auto *filters = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Search name, contact, phone or e-mail (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("unitSearch"));
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 3);
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kindFilter);
    m_kindFilter->addItem(tr("All kinds"), QString());
    for (UnitKind k : DomainNames::unitKinds())
        m_kindFilter->addItem(DomainNames::displayName(k), DomainNames::code(k));
    filters->addWidget(kindLabel);
    filters->addWidget(m_kindFilter, 1);
    auto *regionLabel = new QLabel(tr("&Region:"), this);
    regionLabel->setBuddy(m_regionFilter);
    m_regionFilter->addItem(tr("All regions"), QString());
    for (const Region &r : Regions::all())
        m_regionFilter->addItem(Regions::displayName(r.code), r.code);
    m_regionFilter->setMaxVisibleItems(20);
    filters->addWidget(regionLabel);
    filters->addWidget(m_regionFilter, 1);
    filters->addSpacing(12);
    m_count->setObjectName(QStringLiteral("unitCount"));
    filters->addWidget(m_count);
    return filters;
}

// The list: sorted by name, whole rows selected, targets edited in place, columns sized in
// Chinese characters.
void UnitsPage::setUpView()
{
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("unitTable"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(UnitTableModel::NameColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(UnitTableModel::NameColumn,
                                                     QHeaderView::Stretch);
    m_view->setItemDelegateForColumn(UnitTableModel::TargetColumn, new TargetDelegate(m_view));
    // The list has no forecast, so no unit is drawn as behind pace here (the dashboard does that).
    m_view->setItemDelegateForColumn(
        UnitTableModel::ProgressColumn,
        new ProgressBarDelegate(UnitTableModel::ShareRole, -1, m_view));
    const QFontMetrics fm = m_view->fontMetrics();
    const int em = fm.horizontalAdvance(QChar(0x4e2d)); // one CJK character
    m_view->setColumnWidth(UnitTableModel::NameColumn, em * 18);
    m_view->setColumnWidth(UnitTableModel::KindColumn, em * 7);
    m_view->setColumnWidth(UnitTableModel::RegionColumn, em * 11);
    m_view->setColumnWidth(UnitTableModel::ProgressColumn, em * 10);
    m_view->setColumnWidth(UnitTableModel::ParentColumn, em * 14);
    m_view->setColumnWidth(UnitTableModel::ContactColumn, em * 5);
    m_view->setColumnWidth(UnitTableModel::PhoneColumn,
                           fm.horizontalAdvance(QStringLiteral("0755-12345678-00")));
    m_view->setColumnWidth(UnitTableModel::TargetColumn, em * 6);
}

// The filters narrow the list; the count follows it.
void UnitsPage::connectFilters()
{
    connect(m_search, &QLineEdit::textChanged, m_proxy, &UnitFilterProxyModel::setSearchText);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setKindCode(m_kindFilter->currentData().toString()); });
    connect(m_regionFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setRegionCode(m_regionFilter->currentData().toString()); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &UnitsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &UnitsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &UnitsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &UnitsPage::updateCount);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &UnitsPage::openCurrent);
}

// Enter and Ctrl+C in the list, Ctrl+F to search, Down from the search box into the list.
void UnitsPage::createShortcuts()
{
    // Enter opens the form and Ctrl+C copies rows; the view would take both keys for itself.
    m_view->installEventFilter(this);
    auto *find
        = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    // Down from the search box goes into the list.
    auto *down
        = new QShortcut(QKeySequence(Qt::Key_Down), m_search, nullptr, nullptr, Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, [this] {
        m_view->setFocus();
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });
}

// Target edits, load failures, and the workspace's database, campaign, rights and data.
void UnitsPage::followWorkspace()
{
    connect(m_model, &UnitTableModel::editRequested, this,
            [this](qint64 unitId, int column, const QVariant &oldValue, const QVariant &newValue) {
                if (column == UnitTableModel::TargetColumn && m_workspace->hasDatabase())
                    setTarget(unitId, oldValue.toLongLong(), newValue.toLongLong());
            });
    connect(m_model, &UnitTableModel::loadFailed, this, &UnitsPage::showError);

    connect(m_workspace, &Workspace::permissionsChanged, this, &UnitsPage::updatePermissions);
    connect(m_workspace, &Workspace::databaseChanged, this, &UnitsPage::reloadSource);
    connect(m_workspace, &Workspace::campaignChanged, this, &UnitsPage::reloadSource);
    connect(m_workspace, &Workspace::dataChanged, this, [this](DataEvents::Domains domains) {
        if (domains & (DataEvents::Units | DataEvents::Links | DataEvents::Tallies))
            m_model->reload();
    });
}

bool UnitsPage::eventFilter(QObject *watched, QEvent *event)
{
    // Keys typed into an open editor go to the editor, not to the view.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy)) {
            copySelection();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() == Qt::NoModifier) {
            // Enter that closes a cell editor (F2) reaches the view too, the editor passing it
            // on: it commits the cell, nothing more.
            const QWidget *focus = QApplication::focusWidget();
            const bool fromEditor = focus && focus != m_view && m_view->isAncestorOf(focus);
            if (!fromEditor)
                openCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QUndoStack *UnitsPage::undoStack() const
{
    return m_workspace->undoStack();
}

void UnitsPage::reloadSource()
{
    m_model->setSource(m_workspace->hasDatabase() ? &m_workspace->database() : nullptr,
                       m_workspace->campaignId());
    updateCount();
}

void UnitsPage::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n unit(s)", nullptr, total)
                                    : tr("%1 of %n unit(s)", nullptr, total).arg(shown));
}

void UnitsPage::setTarget(qint64 unitId, qint64 shown, qint64 wanted)
{
    const int row = m_model->rowOfUnit(unitId);
    const QString name = row >= 0 ? m_model->rowAt(row).name : QString();
    const qint64 campaignId = m_model->campaignId();
    UnitRepository repo(m_workspace->database());
    Problems problems;
    qint64 replaced = shown; // what the new target is written over
    const auto refused = [this](const QString &m) {
        showRefused(m);
    };
    // The list showed `shown`: if someone else set another target since, ask.
    const ConflictDialog::Outcome outcome = ConflictDialog::saveOrAsk(
        this, name,
        [&](const ConflictError &overwriting, ConflictError *conflict) {
            if (overwriting.isValid()) {
                const Lookup<UnitRecord> stored = repo.load(unitId, campaignId);
                if (!stored && stored.error().isDatabase()) {
                    problems = {{{}, 0, QStringLiteral("target"), stored.error().message()}};
                    return false;
                }
                replaced = stored ? stored->participation.sampleTarget : shown;
            }
            const DatabaseCommand::Outcome done = DatabaseCommand::push(
                undoStack(),
                new ChangeTarget(m_workspace->database(), {unitId, campaignId}, replaced, wanted,
                                 name, refused));
            problems = done.problems;
            *conflict = done.conflict;
            return done.done();
        },
        [this] { m_model->reload(); });
    switch (outcome) {
    case ConflictDialog::Outcome::Saved:
        break;
    case ConflictDialog::Outcome::Failed:
        showRefused(formatProblems(problems));
        break;
    case ConflictDialog::Outcome::Cancelled:
        m_model->reload();
        break;
    case ConflictDialog::Outcome::Reloaded:
        break;
    }
}

void UnitsPage::showRefused(const QString &message)
{
    // Usually someone else changed the unit meanwhile: show what is stored now, then why.
    m_model->reload();
    showError(message);
}

void UnitsPage::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Units"), message);
}

QString UnitsPage::selectionAsTsv() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        rows << i.row();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_view->currentIndex().row();
    std::sort(rows.begin(), rows.end());
    const auto clean = [](QString s) {
        s.replace(QLatin1Char('\t'), QLatin1Char(' '));
        s.replace(QLatin1Char('\n'), QLatin1Char(' '));
        s.remove(QLatin1Char('\r'));
        return s;
    };
    QStringList lines;
    QStringList header;
    for (int c = 0; c < m_proxy->columnCount(); ++c)
        header << m_proxy->headerData(c, Qt::Horizontal).toString();
    header << tr("E-mail");
    lines << header.join(QLatin1Char('\t'));
    for (int r : rows) {
        QStringList cells;
        for (int c = 0; c < m_proxy->columnCount(); ++c) {
            const QModelIndex i = m_proxy->index(r, c);
            cells << clean(c == UnitTableModel::TargetColumn || c == UnitTableModel::ProgressColumn
                               ? i.data(UnitTableModel::SortKeyRole).toString()
                               : i.data().toString());
        }
        cells << clean(m_proxy->index(r, 0).data(UnitTableModel::EmailRole).toString());
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void UnitsPage::copySelection()
{
    QApplication::clipboard()->setText(selectionAsTsv());
}

void UnitsPage::updatePermissions()
{
    // A read-only file shows the actions disabled (it may become writable again); what the
    // user's role does not allow is not shown at all.
    const bool readOnly = m_workspace->hasDatabase() && m_workspace->database().isReadOnly();
    const bool mayEdit = m_workspace->may(Permissions::EditUnits);
    for (QAction *a : std::as_const(m_editActions)) {
        a->setVisible(mayEdit || readOnly);
        a->setEnabled(mayEdit);
    }
    m_model->setTargetsEditable(m_workspace->may(Permissions::SetTargets));
}

int UnitsPage::openForm(qint64 unitId)
{
    if (!m_workspace->hasDatabase() || m_workspace->campaignId() == 0) {
        showError(tr("Choose or create a campaign first."));
        return QDialog::Rejected;
    }
    const bool mayEdit = m_workspace->may(Permissions::EditUnits);
    if (unitId == 0 && !mayEdit) {
        showError(m_workspace->database().isReadOnly() ? m_workspace->database().readOnlyReason()
                                                       : tr("Your role may not register units."));
        return QDialog::Rejected;
    }
    UnitFormDialog dialog(
        m_workspace->database(), m_workspace->campaignId(), *undoStack(),
        [this](const QString &m) { showRefused(m); }, this);
    LookupError why;
    if (unitId != 0 && !dialog.loadUnit(unitId, &why)) {
        showError(why.isDatabase() ? why.message() : tr("The unit no longer exists."));
        return QDialog::Rejected;
    }
    // Without the right to edit units the form is still there to read.
    dialog.setEditable(mayEdit, m_workspace->may(Permissions::SetTargets));
    qint64 openOther = 0;
    connect(&dialog, &UnitFormDialog::openUnitRequested, this,
            [&openOther](qint64 id) { openOther = id; });
    const int result = dialog.exec();
    if (dialog.savedRecord().unit.id != 0) {
        const int row = m_model->rowOfUnit(dialog.savedRecord().unit.id);
        if (row >= 0)
            m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    }
    if (openOther != 0)
        return openForm(openOther);
    return result;
}

void UnitsPage::newUnit()
{
    openForm(0);
}

void UnitsPage::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    openForm(current.data(UnitTableModel::UnitIdRole).toLongLong());
}

void UnitsPage::carryOver()
{
    if (!m_workspace->hasDatabase())
        return;
    const Lookup<Campaign> current = m_workspace->campaign();
    if (!current) {
        if (current.error().isDatabase())
            showError(current.error().message());
        return;
    }
    std::optional<Campaign> previous;
    QSqlError error;
    for (const Campaign &c : CampaignRepository(m_workspace->database()).all(&error)) {
        if (c.year < current->year)
            previous = c;
    }
    if (error.isValid()) {
        showError(Dialect::describeError(error));
        return;
    }
    if (!previous) {
        showError(
            tr("There is no campaign before %1 to carry units over from.").arg(current->year));
        return;
    }
    const int count
        = UnitRepository(m_workspace->database()).carryOverCount(previous->id, current->id, &error);
    if (error.isValid()) {
        showError(Dialect::describeError(error));
        return;
    }
    if (count == 0) {
        QMessageBox::information(this, tr("Carry units over"),
                                 tr("Every unit of %1 is in %2 already; nothing to carry over.")
                                     .arg(previous->year)
                                     .arg(current->year));
        return;
    }
    if (QMessageBox::question(
            this, tr("Carry units over"),
            tr("Add the %n unit(s) of %1 that are not yet in %2, with the same kind, parent "
               "and target?",
               nullptr, qMax(count, 0))
                .arg(previous->year)
                .arg(current->year),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    int created = 0;
    const Problems problems
        = UnitRepository(m_workspace->database()).carryOver(previous->id, current->id, &created);
    if (!problems.isEmpty()) {
        showError(formatProblems(problems));
        return;
    }
    QMessageBox::information(this, tr("Carry units over"),
                             tr("%n unit(s) carried over.", nullptr, created));
}

void UnitsPage::mergeSelected()
{
    QList<int> rows;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        rows << m_proxy->mapToSource(i).row();
    if (rows.size() != 2) {
        QMessageBox::information(
            this, tr("Merge units"),
            tr("Select exactly two rows (Ctrl+click): the same organization entered twice."));
        return;
    }
    Database &db = m_workspace->database();
    const UnitListRow a = m_model->rowAt(rows[0]);
    const UnitListRow b = m_model->rowAt(rows[1]);
    // What each holds decides which to keep: not zeros when it could not be read.
    QSqlError error;
    const UnitMergePreview::Counts countsA = UnitMergePreview::counts(db, a.unitId, &error);
    const UnitMergePreview::Counts countsB
        = error.isValid() ? countsA : UnitMergePreview::counts(db, b.unitId, &error);
    if (error.isValid()) {
        showError(tr("What the two units hold could not be read, so they are not merged: %1")
                      .arg(Dialect::describeError(error)));
        return;
    }
    MergeUnitsDialog dialog(a, countsA, b, countsB, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool keptA = dialog.keepId() == a.unitId;
    const DatabaseCommand::Outcome done = DatabaseCommand::push(
        undoStack(),
        new MergeUnitsCommand(db, dialog.keepId(), dialog.otherId(), keptA ? a.name : b.name,
                              keptA ? b.name : a.name,
                              [this](const QString &m) { showRefused(m); }));
    if (!done.done())
        showError(formatProblems(done.problems));
}

void UnitsPage::importUnits()
{
    if (!m_workspace->hasDatabase() || m_workspace->campaignId() == 0) {
        showError(tr("Choose or create a campaign first."));
        return;
    }
    // The import is one more step of the undo history, not the end of it.
    UnitImportWizard wizard(
        m_workspace->database(), m_workspace->campaignId(), *undoStack(),
        [this](const QString &m) { showRefused(m); }, this);
    wizard.exec();
}

void UnitsPage::writeForms()
{
    if (!m_workspace->hasDatabase() || m_workspace->campaignId() == 0) {
        showError(tr("Choose or create a campaign first."));
        return;
    }
    QList<qint64> ids;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        ids << i.data(UnitTableModel::UnitIdRole).toLongLong();
    QMessageBox ask(QMessageBox::Question, tr("Write forms"),
                    ids.isEmpty() ? tr("Write a blank information form.")
                                  : tr("Write %n pre-filled information form(s), one per "
                                       "selected unit.",
                                       nullptr, int(ids.size())),
                    QMessageBox::Cancel, this);
    QPushButton *word = ask.addButton(tr("Word (.docx)"), QMessageBox::AcceptRole);
    QPushButton *excel = ask.addButton(tr("Excel (.xlsx)"), QMessageBox::AcceptRole);
    ask.setDefaultButton(word);
    ask.exec();
    if (ask.clickedButton() != word && ask.clickedButton() != excel)
        return;
    const QString folder = FileDialog::existingDirectory(this, tr("Folder for the forms"));
    if (folder.isEmpty())
        return;
    QString error;
    const QStringList written = writeFormsTo(
        folder, ids, ask.clickedButton() == word ? QStringLiteral("docx") : QStringLiteral("xlsx"),
        &error);
    if (!error.isEmpty())
        showError(error);
    else
        QMessageBox::information(this, tr("Write forms"),
                                 tr("%n form(s) written to %1.", nullptr, int(written.size()))
                                     .arg(QDir::toNativeSeparators(folder)));
}

QStringList UnitsPage::writeFormsTo(const QString &folder, const QList<qint64> &unitIds,
                                    const QString &suffix, QString *error)
{
    Database &db = m_workspace->database();
    UnitRepository repo(db);
    const Lookup<Campaign> campaign = m_workspace->campaign();
    if (!campaign && campaign.error().isDatabase()) {
        *error = campaign.error().message();
        return {};
    }
    const int year = campaign ? campaign->year : 0;
    QList<UnitRecord> records;
    for (const qint64 id : unitIds) {
        const Lookup<UnitRecord> r = repo.load(id, m_workspace->campaignId());
        if (r) {
            records << *r;
        } else if (r.error().isDatabase()) {
            // Never a blank form in place of a unit the database failed to read.
            *error = r.error().message();
            return {};
        }
    }
    if (records.isEmpty())
        records << UnitRecord();
    QStringList written;
    for (const UnitRecord &r : std::as_const(records)) {
        QString stem = r.unit.id ? r.unit.name : tr("blank");
        for (const QChar c : QStringLiteral("/\\:*?\"<>|"))
            stem.replace(c, QLatin1Char('_'));
        const QString path
            = QDir(folder).filePath(QStringLiteral("信息表-%1-%2.%3").arg(year).arg(stem, suffix));
        const Lookup<Unit> parent = repo.unit(r.participation.parentUnitId);
        if (!parent && parent.error().isDatabase() && r.participation.parentUnitId != 0) {
            *error = parent.error().message();
            break;
        }
        *error = FormFile::write(path,
                                 FormFile::fromRecord(r, year, parent ? parent->name : QString()));
        if (!error->isEmpty())
            break;
        written << path;
    }
    return written;
}

void UnitsPage::readReturnedForms()
{
    if (!m_workspace->hasDatabase() || m_workspace->campaignId() == 0) {
        showError(tr("Choose or create a campaign first."));
        return;
    }
    ReturnedFormsDialog dialog(
        m_workspace->database(), m_workspace->campaignId(), *undoStack(),
        [this](const QString &m) { showRefused(m); }, this);
    dialog.exec();
}

void UnitsPage::exportUnits()
{
    if (!m_workspace->hasDatabase() || m_workspace->campaignId() == 0)
        return;
    const QString path = FileDialog::saveFileName(
        this, tr("Export units"), QString(), tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportUnitsTo(path, &error))
        showError(error);
    else
        QMessageBox::information(
            this, tr("Export units"),
            tr("%n unit(s) written to %1.", nullptr, m_model->rowCount()).arg(path));
}

bool UnitsPage::exportUnitsTo(const QString &path, QString *error)
{
    // Written on a worker thread with its own connection, behind a progress bar with Cancel.
    bool written = false;
    Database *source = &m_workspace->database();
    const qint64 campaignId = m_workspace->campaignId();
    BackgroundJob::run(
        this, tr("Writing %1…").arg(path),
        [&, source](const BackgroundJob::Progress &progress, const std::atomic_bool &cancel) {
            const std::unique_ptr<Database> db = source->clone();
            if (!db) {
                *error = tr("cannot open a second connection to %1").arg(source->displayLocation());
                return;
            }
            written = UnitExporter(*db).exportTo(path, campaignId, error, progress, &cancel);
        });
    return written;
}
