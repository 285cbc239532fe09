#include "pages/TalliesPage.h"

#include "dialogs/DestructiveQuestion.h"

#include "dialogs/TallyImportWizard.h"
#include "imports/DatabaseBackup.h"
#include "imports/TallyWithdrawal.h"
#include "itemmodels/ImportHistoryModel.h"
#include "session/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

TalliesPage::TalliesPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ImportHistoryModel(workspace, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
{
    connect(m_model, &ImportHistoryModel::loadFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Tallies"), message); });
    // The model read before this page listened: its failure is said once the window is up.
    if (!m_model->loadError().isEmpty())
        QTimer::singleShot(
            0, this, [this] { QMessageBox::warning(this, tr("Tallies"), m_model->loadError()); });
    auto *layout = new QVBoxLayout(this);
    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("talliesToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *importAction
        = toolbar->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Import…"));
    importAction->setObjectName(QStringLiteral("importTallies"));
    connect(importAction, &QAction::triggered, this, [this] { importFiles(); });
    m_withdrawAction = toolbar->addAction(style()->standardIcon(QStyle::SP_DialogDiscardButton),
                                          tr("Withdraw import…"));
    m_withdrawAction->setObjectName(QStringLiteral("withdrawImport"));
    m_withdrawAction->setToolTip(tr("Take the selected import's counts out again, as if it had "
                                    "never been made; it stays in the history, marked withdrawn"));
    connect(m_withdrawAction, &QAction::triggered, this, &TalliesPage::withdrawSelected);
    // Importing needs a campaign and a database that may be written.
    const auto updateAction = [this, importAction] {
        // A read-only file shows the action disabled; a role without imports does not see it.
        const bool readOnly = m_workspace->hasDatabase() && m_workspace->database().isReadOnly();
        const bool writable = m_workspace->may(Permissions::ImportTallies);
        importAction->setVisible(writable || readOnly);
        importAction->setEnabled(writable && m_workspace->campaignId() > 0);
        updateWithdrawAction();
        importAction->setToolTip(
            !writable ? tr("The database is open read-only: nothing can be imported")
                : m_workspace->campaignId() > 0
                ? tr("Import daily-count or per-response files from the survey platform")
                : tr("Add a campaign year first"));
    };
    connect(workspace, &Workspace::databaseChanged, this, updateAction);
    connect(workspace, &Workspace::permissionsChanged, this, updateAction);
    connect(workspace, &Workspace::campaignChanged, this, updateAction);
    updateAction();
    layout->addWidget(toolbar);

    auto *title = new QLabel(tr("Import history"), this);
    QFont f = title->font();
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ImportHistoryModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("talliesView"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ImportHistoryModel::IdColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ImportHistoryModel::FileColumn,
                                                     QHeaderView::Stretch);
    m_view->setAlternatingRowColors(true);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_model, &QAbstractItemModel::modelReset, this, &TalliesPage::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TalliesPage::updateWithdrawAction);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TalliesPage::updateWithdrawAction);
    updateStatus();
    updateWithdrawAction();
}

void TalliesPage::updateStatus()
{
    qint64 accepted = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (!m_model->record(r).isWithdrawn()) // no longer counted
            accepted += m_model->record(r).accepted;
    }
    QString text = tr("%n import(s), %1 row(s) accepted in all.", nullptr, m_model->rowCount())
                       .arg(QLocale().toString(accepted));
    if (m_workspace->hasDatabase()) {
        const QString backups = DatabaseBackup::folderFor(m_workspace->database());
        if (!backups.isEmpty())
            text += QLatin1Char(' ')
                + tr("A copy of the database is kept before each import in %1 (the last %2).")
                      .arg(QDir::toNativeSeparators(backups))
                      .arg(DatabaseBackup::kKeep);
    }
    m_status->setText(text);
    m_status->setWordWrap(true);
}

void TalliesPage::importFiles(const QStringList &files)
{
    if (!m_workspace->hasDatabase() || m_workspace->campaignId() <= 0)
        return;
    auto *wizard = new TallyImportWizard(m_workspace, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->addFiles(files);
    wizard->open();
}

int TalliesPage::selectedRow() const
{
    if (!m_view->selectionModel()) // still being built
        return -1;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.size() == 1 ? m_proxy->mapToSource(rows.first()).row() : -1;
}

void TalliesPage::updateWithdrawAction()
{
    if (!m_withdrawAction)
        return;
    const bool may = m_workspace->may(Permissions::ImportTallies);
    m_withdrawAction->setVisible(may);
    const int row = selectedRow();
    m_withdrawAction->setEnabled(may && row >= 0 && m_model->record(row).canBeWithdrawn());
}

void TalliesPage::withdrawSelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_model->record(row).canBeWithdrawn())
        return;
    const ImportRecord r = m_model->record(row);
    const QString question
        = tr("Withdraw import #%1 (%2, imported %3 by %4)?")
              .arg(r.id)
              .arg(
                  r.fileName,
                  QLocale().toString(QDateTime::fromString(r.finishedAt, Qt::ISODate).toLocalTime(),
                                     QLocale::ShortFormat),
                  r.user);
    if (!DestructiveQuestion::ask(
            this, QMessageBox::Warning, tr("Withdraw import"), question,
            tr("Its %1 accepted row(s) are taken out of the tallies, daily figures it replaced "
               "come back, and the responses it counted first are forgotten (a later import that "
               "had them counts them instead). The import stays in the history, marked "
               "withdrawn; the same file can then be imported again.")
                .arg(QLocale().toString(r.accepted)),
            tr("Withdraw"), QStringLiteral("confirmWithdraw")))
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const TallyWithdrawal::Result result = TallyWithdrawal(m_workspace->database(), r.id).run();
    QApplication::restoreOverrideCursor();
    if (!result.ok) {
        QMessageBox::warning(this, tr("Withdraw import"),
                             tr("Nothing was withdrawn: %1").arg(result.message));
        return;
    }
    m_status->setText(tr("Import #%1 withdrawn: %n response id(s) forgotten, %2 counted again "
                         "by later imports.",
                         nullptr, int(qMin<qint64>(result.forgotten, INT_MAX)))
                          .arg(r.id)
                          .arg(QLocale().toString(result.recounted)));
}
