#include "pages/LinksPage.h"

#include "RowSelection.h"
#include "common/Clock.h"
#include "db/Dialect.h"
#include "dialogs/LookupFailure.h"
#include "dialogs/ConflictDialog.h"
#include "dialogs/IssueLinksDialog.h"
#include "dialogs/PosterExportDialog.h"
#include "dialogs/QrCodeDialog.h"
#include "itemmodels/LinkFilterProxyModel.h"
#include "itemmodels/LinkTableModel.h"
#include "links/LinkExporter.h"
#include "links/LinkRepository.h"
#include "repo/QuestionnaireRepository.h"
#include "repo/CampaignRepository.h"
#include "session/Workspace.h"
#include "dialogs/BackgroundJob.h"
#include "dialogs/FileDialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <atomic>
#include <memory>

namespace {
constexpr int kUnitIdRole = Qt::UserRole + 1;

QString kindName(const QString &code)
{
    if (code == QLatin1String("initiating-1"))
        return LinksPage::tr("first-level initiating unit");
    if (code == QLatin1String("initiating-2"))
        return LinksPage::tr("second-level initiating unit");
    return LinksPage::tr("supporting unit");
}
} // namespace

LinksPage::LinksPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new LinkTableModel(workspace, this))
    , m_proxy(new LinkFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_due(new QDateEdit(this))
    , m_saveDue(new QPushButton(tr("Save"), this))
    , m_pendingSummary(new QLabel(this))
    , m_pending(new QListWidget(this))
    , m_record(new QPushButton(tr("&Record Request…"), this))
{
    connect(m_model, &LinkTableModel::loadFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Links"), message); });
    // The model read before this page listened: its failure is said once the window is up.
    if (!m_model->loadError().isEmpty())
        QTimer::singleShot(
            0, this, [this] { QMessageBox::warning(this, tr("Links"), m_model->loadError()); });
    QToolBar *toolbar = createToolbar();
    setupView();
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("linksSplitter"));
    splitter->addWidget(createLinkList());
    splitter->addWidget(createRequestsPanel());
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 300});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);
    connectSignals();
    reloadSidePanel();
}

QToolBar *LinksPage::createToolbar()
{
    auto *toolbar = new QToolBar(tr("Links"), this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(18, 18));
    QStyle *s = style();
    m_issue = toolbar->addAction(s->standardIcon(QStyle::SP_FileDialogNewFolder),
                                 tr("&Issue Links…"), this, &LinksPage::issueLinks);
    m_revoke = toolbar->addAction(s->standardIcon(QStyle::SP_DialogCancelButton), tr("Re&voke"),
                                  this, &LinksPage::revokeSelected);
    m_restore = toolbar->addAction(s->standardIcon(QStyle::SP_DialogResetButton), tr("Re&store"),
                                   this, &LinksPage::restoreSelected);
    m_issue->setObjectName(QStringLiteral("issueLinks"));
    m_revoke->setObjectName(QStringLiteral("revokeLinks"));
    m_restore->setObjectName(QStringLiteral("restoreLinks"));
    m_writeSeparator = toolbar->addSeparator();
    m_copy = toolbar->addAction(s->standardIcon(QStyle::SP_FileLinkIcon), tr("&Copy URL"), this,
                                &LinksPage::copyUrl);
    m_copy->setObjectName(QStringLiteral("copyUrl"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_qr = toolbar->addAction(s->standardIcon(QStyle::SP_FileDialogContentsView),
                              tr("Show &QR Code…"), this, &LinksPage::showQr);
    toolbar->addSeparator();
    m_export = toolbar->addAction(s->standardIcon(QStyle::SP_DialogSaveButton), tr("&Export…"),
                                  this, &LinksPage::exportLinks);
    m_export->setToolTip(tr("Export the campaign's links for the survey platform (.xlsx or .csv)"));
    m_postersSelected
        = toolbar->addAction(s->standardIcon(QStyle::SP_FileIcon), tr("&Posters for Selection…"),
                             this, [this] { postersFor(false); });
    m_postersAll = toolbar->addAction(s->standardIcon(QStyle::SP_DirIcon), tr("Posters for &All…"),
                                      this, [this] { postersFor(true); });
    addAction(m_copy);
    return toolbar;
}

// The search and the status and unit filters above the table.
QHBoxLayout *LinksPage::createFilters()
{
    m_search->setObjectName(QStringLiteral("linkSearch"));
    m_search->setPlaceholderText(tr("Search unit, label, token or URL"));
    m_search->setClearButtonEnabled(true);
    m_status->addItem(tr("All statuses"), int(LinkFilterProxyModel::StatusFilter::All));
    m_status->addItem(tr("Active"), int(LinkFilterProxyModel::StatusFilter::Active));
    m_status->addItem(tr("Revoked"), int(LinkFilterProxyModel::StatusFilter::Revoked));
    m_unit->setMinimumContentsLength(18);
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(new QLabel(tr("Status:"), this));
    filters->addWidget(m_status);
    filters->addWidget(new QLabel(tr("Unit:"), this));
    filters->addWidget(m_unit, 1);
    return filters;
}

void LinksPage::setupView()
{
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("linksView"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(LinkTableModel::UnitColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(LinkTableModel::UnitColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(LinkTableModel::UrlColumn,
                                                     QHeaderView::Stretch);
    m_view->setColumnWidth(LinkTableModel::LabelColumn, 150);
    m_view->setColumnWidth(LinkTableModel::TokenColumn, 170);
    m_view->setColumnWidth(LinkTableModel::StatusColumn, 80);
    m_view->setColumnWidth(LinkTableModel::SamplesColumn, 90);
}

// The filters, a notice line, the table and the summary under it.
QWidget *LinksPage::createLinkList()
{
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(createFilters());
    m_notice->setObjectName(QStringLiteral("linksNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("color: #0a5d00;"));
    m_notice->hide();
    leftLayout->addWidget(m_notice);
    leftLayout->addWidget(m_view, 1);
    m_summary->setObjectName(QStringLiteral("linksSummary"));
    leftLayout->addWidget(m_summary);
    return left;
}

// Link requests: the due date and who has not asked yet.
QGroupBox *LinksPage::createRequestsPanel()
{
    auto *requests = new QGroupBox(tr("Link Requests"), this);
    auto *requestsLayout = new QVBoxLayout(requests);
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(new QLabel(tr("Due:"), requests));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    dueRow->addWidget(m_due, 1);
    dueRow->addWidget(m_saveDue);
    requestsLayout->addLayout(dueRow);
    m_pendingSummary->setWordWrap(true);
    requestsLayout->addWidget(m_pendingSummary);
    m_pending->setObjectName(QStringLiteral("pendingUnits"));
    requestsLayout->addWidget(m_pending, 1);
    m_record->setObjectName(QStringLiteral("recordLinkRequest"));
    requestsLayout->addWidget(m_record);
    requests->setMinimumWidth(290);
    m_due->setMinimumWidth(m_due->fontMetrics().horizontalAdvance(QStringLiteral("2024-07-10"))
                           + 48);
    return requests;
}

void LinksPage::connectSignals()
{
    connect(m_search, &QLineEdit::textChanged, m_proxy, &LinkFilterProxyModel::setSearchText);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatusFilter(
            LinkFilterProxyModel::StatusFilter(m_status->currentData().toInt()));
    });
    connect(m_unit, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setUnitId(m_unit->currentData().toLongLong()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LinksPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LinksPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &LinksPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &LinksPage::updateActions);
    connect(m_view, &QTableView::doubleClicked, this, &LinksPage::showQr);
    connect(m_pending, &QListWidget::itemDoubleClicked, this, &LinksPage::recordRequest);
    connect(m_pending, &QListWidget::currentRowChanged, this, &LinksPage::updateActions);
    connect(m_record, &QPushButton::clicked, this, &LinksPage::recordRequest);
    connect(m_saveDue, &QPushButton::clicked, this, &LinksPage::saveDueDate);
    connect(m_due, &QDateEdit::dateChanged, this, [this] { m_saveDue->setEnabled(!m_busy); });

    connect(m_workspace, &Workspace::permissionsChanged, this, &LinksPage::updateActions);
    connect(m_workspace, &Workspace::databaseChanged, this, &LinksPage::reloadSidePanel);
    connect(m_workspace, &Workspace::campaignChanged, this, &LinksPage::reloadSidePanel);
    connect(m_workspace, &Workspace::dataChanged, this, [this](DataEvents::Domains d) {
        if (d & (DataEvents::Links | DataEvents::Units | DataEvents::Campaigns))
            reloadSidePanel();
    });
}

void LinksPage::reloadSidePanel()
{
    const qint64 keepUnit = m_unit->currentData().toLongLong();
    const QSignalBlocker blockUnit(m_unit);
    const QSignalBlocker blockDue(m_due);
    m_unit->clear();
    m_unit->addItem(tr("All units"), 0);
    m_pending->clear();
    const Lookup<Campaign> campaign = m_workspace->campaign();
    if (campaign) {
        LinkRepository repo(m_workspace->database());
        QSqlError e;
        for (const UnitLinkSummary &u : repo.unitSummaries(campaign->id, &e))
            m_unit->addItem(u.unitName, u.unitId);
        const QList<PendingLinkRequest> pending = repo.pendingRequests(campaign->id, &e);
        for (const PendingLinkRequest &p : pending) {
            auto *item = new QListWidgetItem(p.unitName, m_pending);
            item->setData(kUnitIdRole, p.unitId);
            item->setToolTip(kindName(p.kind));
        }
        m_due->setDate(campaign->linkRequestDue.isValid() ? campaign->linkRequestDue
                                                          : campaign->startDate.addDays(-7));
        m_dueVersion = campaign->rowVersion;
        const bool overdue
            = campaign->linkRequestDue.isValid() && QDate::currentDate() > campaign->linkRequestDue;
        QString text = tr("%n unit(s) have not said how many links they need.", nullptr,
                          int(pending.size()));
        if (!campaign->linkRequestDue.isValid())
            text += QLatin1Char(' ') + tr("No due date is set.");
        else if (overdue && !pending.isEmpty())
            text += QLatin1Char(' ') + tr("The due date has passed.");
        // Nobody pending because the database failed is said as such.
        m_pendingSummary->setText(e.isValid() ? Dialect::describeError(e) : text);
        m_pendingSummary->setStyleSheet((overdue && !pending.isEmpty()) || e.isValid()
                                            ? QStringLiteral("color: #a00;")
                                            : QString());
    } else if (campaign.error().isDatabase()) {
        m_pendingSummary->setText(campaign.error().message());
        m_pendingSummary->setStyleSheet(QStringLiteral("color: #a00;"));
    } else {
        m_pendingSummary->setText(tr("No campaign is open."));
    }
    const int row = m_unit->findData(keepUnit);
    m_unit->setCurrentIndex(row >= 0 ? row : 0);
    m_proxy->setUnitId(m_unit->currentData().toLongLong());
    m_saveDue->setEnabled(false);
    updateActions();
}

void LinksPage::updateActions()
{
    // What the user's role does not allow is not shown; a read-only file shows it disabled.
    const bool readOnly = m_workspace->hasDatabase() && m_workspace->database().isReadOnly();
    const bool mayManage = m_workspace->may(Permissions::ManageLinks);
    const bool mayEditDue = m_workspace->may(Permissions::EditCampaigns); // a campaign date
    for (QAction *a : {m_issue, m_revoke, m_restore, m_writeSeparator})
        a->setVisible(mayManage || readOnly);
    m_record->setVisible(mayManage || readOnly);
    m_saveDue->setVisible(mayEditDue || readOnly);
    const bool hasCampaign = m_workspace->hasDatabase() && m_workspace->campaignId() > 0;
    const bool writable = hasCampaign && mayManage;
    const QList<Link> selected = selectedLinks();
    bool anyActive = false;
    bool anyRevoked = false;
    for (const Link &l : selected) {
        anyActive |= l.isActive();
        anyRevoked |= !l.isActive();
    }
    m_issue->setEnabled(writable && !m_busy);
    m_revoke->setEnabled(writable && anyActive && !m_busy);
    m_restore->setEnabled(writable && anyRevoked && !m_busy);
    m_copy->setEnabled(selected.size() >= 1);
    m_qr->setEnabled(selected.size() == 1);
    m_export->setEnabled(m_model->rowCount() > 0);
    m_postersSelected->setEnabled(anyActive && !m_busy);
    m_postersAll->setEnabled(m_model->rowCount() > 0 && !m_busy);
    m_record->setEnabled(writable && m_pending->currentRow() >= 0);
    m_due->setEnabled(hasCampaign && mayEditDue);

    // The figures of the links shown: a filtered list totals what it shows.
    qint64 samples = 0;
    int active = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const Link &l = m_model->link(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
        samples += l.samples;
        active += l.isActive();
    }
    m_summary->setText(tr("%1 of %2 links shown · %3 of them active · %4 valid samples")
                           .arg(m_proxy->rowCount())
                           .arg(m_model->rowCount())
                           .arg(active)
                           .arg(QLocale().toString(samples)));
}

QList<Link> LinksPage::selectedLinks() const
{
    QList<Link> links;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        links.append(m_model->link(m_proxy->mapToSource(index).row()));
    return links;
}

// The unit the clerk is looking at: the selected (or current) link's, the unit picked in the
// request list, or the unit filter; 0 when none.
qint64 LinksPage::currentUnitId() const
{
    const QList<Link> selected = selectedLinks();
    if (!selected.isEmpty())
        return selected.constFirst().unitId;
    if (const QModelIndex current = m_view->currentIndex(); current.isValid())
        return m_model->link(m_proxy->mapToSource(current).row()).unitId;
    if (const QListWidgetItem *pending = m_pending->currentItem())
        return pending->data(kUnitIdRole).toLongLong();
    return m_unit->currentData().toLongLong();
}

void LinksPage::issueLinks()
{
    const Lookup<Campaign> campaign = m_workspace->campaign();
    if (!campaign) {
        LookupFailure::warn(this, tr("Issue Links"), campaign.error());
        return;
    }
    LinkRepository repo(m_workspace->database());
    QSqlError e;
    const QList<UnitLinkSummary> units = repo.unitSummaries(campaign->id, &e);
    const QList<Questionnaire> questionnaires
        = QuestionnaireRepository(m_workspace->database()).list(campaign->id, &e);
    if (LookupFailure::warn(this, tr("Issue Links"), e))
        return;
    IssueLinksDialog dialog(units, currentUnitId(), this);
    dialog.setQuestionnaires(questionnaires);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<Link> issued;
    const Problems problems = repo.issue(campaign->id, dialog.unitId(), dialog.count(),
                                         dialog.label(), &issued, dialog.questionnaireId());
    if (!problems.isEmpty()) {
        QMessageBox::warning(this, tr("Issue Links"), formatProblems(problems));
        return;
    }
    showIssued(issued);
}

// Selects what was issued and scrolls to it, so it can be copied or printed at once, and says
// so. Filters that would hide the new links are cleared first.
void LinksPage::showIssued(const QList<Link> &issued)
{
    if (issued.isEmpty())
        return;
    const auto visible = [this](const Link &l) {
        return m_proxy->mapFromSource(m_model->index(m_model->rowOfToken(l.token), 0)).isValid();
    };
    if (!std::all_of(issued.cbegin(), issued.cend(), visible)) {
        m_search->clear();
        m_status->setCurrentIndex(0);
        m_unit->setCurrentIndex(0);
    }
    QModelIndexList rows;
    for (const Link &l : issued)
        rows << m_proxy->mapFromSource(m_model->index(m_model->rowOfToken(l.token), 0));
    const QModelIndex first = RowSelection::selectAndReveal(m_view, rows);
    m_notice->setText(tr("Issued %n link(s) to %1; they are selected below, ready to copy, "
                         "export or print as posters.",
                         nullptr, int(issued.size()))
                          .arg(first.isValid()
                                   ? m_model->link(m_proxy->mapToSource(first).row()).unitName
                                   : issued.constFirst().unitName));
    m_notice->show();
}

void LinksPage::revokeSelected()
{
    QStringList tokens;
    for (const Link &l : selectedLinks()) {
        if (l.isActive())
            tokens << l.token;
    }
    if (tokens.isEmpty())
        return;
    if (QMessageBox::question(
            this, tr("Revoke Links"),
            tr("Revoke %n link(s)? Samples that come in through a revoked link are no longer "
               "credited to the unit. The link can be restored later.",
               nullptr, int(tokens.size())),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    const Problems problems = LinkRepository(m_workspace->database()).revoke(tokens);
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("Revoke Links"), formatProblems(problems));
}

void LinksPage::restoreSelected()
{
    QStringList tokens;
    for (const Link &l : selectedLinks()) {
        if (!l.isActive())
            tokens << l.token;
    }
    if (tokens.isEmpty())
        return;
    const Problems problems = LinkRepository(m_workspace->database()).restore(tokens);
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("Restore Links"), formatProblems(problems));
}

void LinksPage::copyUrl()
{
    QStringList urls;
    for (const Link &l : selectedLinks())
        urls << l.url;
    if (urls.isEmpty())
        return;
    QApplication::clipboard()->setText(urls.join(QLatin1Char('\n')));
    m_notice->setText(tr("%n URL(s) copied to the clipboard.", nullptr, int(urls.size())));
    m_notice->show();
}

void LinksPage::showQr()
{
    const QList<Link> selected = selectedLinks();
    if (selected.size() != 1)
        return;
    QrCodeDialog dialog(selected.constFirst(), this);
    dialog.exec();
}

void LinksPage::exportLinks()
{
    const Lookup<Campaign> campaign = m_workspace->campaign();
    if (!campaign) {
        LookupFailure::warn(this, tr("Export Links"), campaign.error());
        return;
    }
    QSettings settings;
    const QString suggested
        = QDir(settings.value(QStringLiteral("links/exportFolder"), QDir::homePath()).toString())
              .filePath(tr("links-%1.xlsx").arg(campaign->year));
    QString filter;
    const QString path
        = FileDialog::saveFileName(this, tr("Export Links"), suggested,
                                   tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("links/exportFolder"), QFileInfo(path).absolutePath());
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += filter.contains(QLatin1String("csv")) ? QStringLiteral(".csv")
                                                        : QStringLiteral(".xlsx");
    if (const QString error = LinkExporter::write(target, m_model->links()); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Export Links"), error);
        return;
    }
    QMessageBox::information(
        this, tr("Export Links"),
        tr("%n link(s) written to %1.", nullptr, int(m_model->rowCount())).arg(target));
}

void LinksPage::postersFor(bool all)
{
    QList<Link> links;
    const QList<Link> source = all ? m_model->links() : selectedLinks();
    for (const Link &l : source) {
        if (l.isActive())
            links << l;
    }
    if (links.isEmpty())
        return;
    PosterExportDialog dialog(int(links.size()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    writeFiles(links, dialog.options());
}

void LinksPage::writeFiles(const QList<Link> &links, const LinkFileExporter::Options &options)
{
    if (m_busy)
        return;
    m_busy = true;
    updateActions();
    auto result = std::make_shared<LinkFileExporter::Result>();
    // The worker touches no database: it gets the links it is to write.
    const auto work = [links, options, result](const BackgroundJob::Progress &progress,
                                               const std::atomic_bool &cancel) {
        *result = LinkFileExporter::run(links, options, [&](int done, int total) {
            progress(total > 0 ? double(done) / total : 0.0);
            return !cancel.load();
        });
    };
    BackgroundJob *job = BackgroundJob::start(this, work, tr("Writing QR codes and posters…"),
                                              tr("QR Codes and Posters"));
    connect(job, &BackgroundJob::finished, this, [this, result, options] {
        m_busy = false;
        updateActions();
        emit filesWritten(*result);
        if (!isVisible())
            return;
        if (!result->error.isEmpty())
            QMessageBox::warning(this, tr("QR Codes and Posters"), result->error);
        else if (result->cancelled)
            QMessageBox::information(this, tr("QR Codes and Posters"),
                                     tr("Cancelled; %n file(s) were written before.", nullptr,
                                        int(result->files.size())));
        else
            QMessageBox::information(
                this, tr("QR Codes and Posters"),
                tr("%n file(s) written to %1.", nullptr, int(result->files.size()))
                    .arg(QDir::toNativeSeparators(options.outDir)));
    });
}

void LinksPage::recordRequest()
{
    const Lookup<Campaign> campaign = m_workspace->campaign();
    if (!campaign && LookupFailure::warn(this, tr("Record Link Request"), campaign.error()))
        return;
    QListWidgetItem *item = m_pending->currentItem();
    if (!campaign || !item || !m_workspace->may(Permissions::ManageLinks))
        return;
    bool ok = false;
    const int count = QInputDialog::getInt(this, tr("Record Link Request"),
                                           tr("How many links did %1 ask for?").arg(item->text()),
                                           1, 0, LinkRepository::kMaxIssue, 1, &ok);
    if (!ok)
        return;
    const Problems problems
        = LinkRepository(m_workspace->database())
              .recordRequest(campaign->id, item->data(kUnitIdRole).toLongLong(), count, {},
                             LinkRepository::kNoRequest); // the list shows units without one
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("Record Link Request"), formatProblems(problems));
}

void LinksPage::saveDueDate()
{
    Lookup<Campaign> campaign = m_workspace->campaign();
    if (!campaign) {
        LookupFailure::warn(this, tr("Link Request Due Date"), campaign.error());
        return;
    }
    // Saved over the campaign as it was when the date was shown: if someone else changed the
    // campaign since, they are named and the user reloads or overwrites.
    campaign->linkRequestDue = m_due->date();
    campaign->rowVersion = m_dueVersion;
    CampaignRepository repo(m_workspace->database());
    Problems problems;
    const ConflictDialog::Outcome outcome = ConflictDialog::saveOrAsk(
        this, tr("the %1 campaign").arg(campaign->year),
        [&](const ConflictError &overwriting, ConflictError *conflict) {
            if (overwriting.isValid())
                campaign->rowVersion = overwriting.currentVersion;
            problems = repo.update(*campaign, nullptr, conflict);
            return problems.isEmpty();
        },
        [this] { reloadSidePanel(); });
    if (outcome == ConflictDialog::Outcome::Reloaded
        || outcome == ConflictDialog::Outcome::Cancelled)
        return;
    if (!problems.isEmpty()) {
        QMessageBox::warning(this, tr("Link Requests"), formatProblems(problems));
        return;
    }
    m_dueVersion = campaign->rowVersion;
    m_saveDue->setEnabled(false);
}
