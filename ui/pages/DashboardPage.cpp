#include "pages/DashboardPage.h"

#include "charts/BreakdownChart.h"
#include "charts/ChartExport.h"
#include "charts/ChartKit.h"
#include "charts/CumulativeChart.h"
#include "charts/RankingChart.h"
#include "delegates/ProgressBarDelegate.h"
#include "dialogs/FileDialog.h"
#include "dialogs/GradingDialog.h"
#include "dialogs/TargetImportWizard.h"
#include "dialogs/UnitSeriesDialog.h"
#include "domain/Regions.h"
#include "domain/UnitKind.h"
#include "itemmodels/ProgressModel.h"
#include "pages/DashboardHeadline.h"
#include "progress/Bulletin.h"
#include "progress/BulletinRenderer.h"
#include "progress/ProgressCache.h"
#include "progress/ProgressExport.h"
#include "progress/TableExport.h"
#include "db/Dialect.h"
#include "repo/QuestionnaireRepository.h"
#include "session/Workspace.h"

#include <QBarSet>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {
enum Tab { OverviewTab, UnitsTab, BehindTab };
}

DashboardPage::DashboardPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_cache(new ProgressCache(workspace, this))
    , m_model(new ProgressModel(this))
    , m_unitsProxy(new ProgressFilterModel(this))
    , m_behindProxy(new ProgressFilterModel(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_unitsProxy->setSourceModel(m_model);
    m_behindProxy->setSourceModel(m_model);
    m_behindProxy->setBehindOnly(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->addWidget(buildToolbar());
    m_headline = new DashboardHeadline(this);
    layout->addWidget(m_headline);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_overview = buildOverview();
    // Scrolls on a small screen (1280×720) instead of making the window taller than it.
    m_overviewTab = new QScrollArea(m_tabs);
    m_overviewTab->setObjectName(QStringLiteral("overviewScroll"));
    m_overviewTab->setWidgetResizable(true);
    m_overviewTab->setFrameShape(QFrame::NoFrame);
    m_overviewTab->setWidget(m_overview);
    m_tabs->addTab(m_overviewTab, tr("Overview"));

    m_unitsView = new QTableView(this);
    m_unitsView->setObjectName(QStringLiteral("dashboardUnits"));
    setUpList(m_unitsView, m_unitsProxy, Qt::DescendingOrder);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("dashboardSearch"));
    m_search->setPlaceholderText(tr("Find a unit by name…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &DashboardPage::setSearchText);
    m_tabs->addTab(buildListTab(m_unitsView, m_search), tr("Units"));

    m_behindView = new QTableView(this);
    m_behindView->setObjectName(QStringLiteral("behindPace"));
    setUpList(m_behindView, m_behindProxy, Qt::AscendingOrder);
    auto *behindNote = new QLabel(tr("Units whose projected final count (current samples + mean of "
                                     "their last 3 reported days × "
                                     "remaining days) falls short of their target. Double-click a "
                                     "unit for its daily series."),
                                  this);
    behindNote->setWordWrap(true);
    m_tabs->addTab(buildListTab(m_behindView, behindNote), tr("Behind pace"));
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == UnitsTab)
            attachList(m_unitsView);
        if (index == BehindTab)
            attachList(m_behindView);
        if ((index == UnitsTab && m_unitsDirty) || (index == BehindTab && m_behindDirty))
            applyListFilters();
    });

    connect(m_cache, &ProgressCache::changed, this, &DashboardPage::snapshotChanged);
    snapshotChanged();
}

void DashboardPage::setUpList(QTableView *view, ProgressFilterModel *proxy, Qt::SortOrder order)
{
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(24);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setItemDelegateForColumn(ProgressModel::ShareColumn, new ProgressBarDelegate(view));
    view->setAlternatingRowColors(true);
    connect(view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        openUnitSeries(index.data(ProgressModel::UnitIdRole).toLongLong());
    });
    // The view gets its model when its tab is first shown (attachList): a view with a model
    // lays out its header again on every new snapshot, which sorts the 5,000 rows.
    view->setProperty("proxy", QVariant::fromValue<QObject *>(proxy));
    view->setProperty("order", int(order));
}

void DashboardPage::attachList(QTableView *view)
{
    if (view->model())
        return;
    view->setModel(qobject_cast<ProgressFilterModel *>(view->property("proxy").value<QObject *>()));
    view->sortByColumn(ProgressModel::ShareColumn, Qt::SortOrder(view->property("order").toInt()));
    view->setColumnWidth(ProgressModel::UnitColumn, 260);
    view->setColumnWidth(ProgressModel::ShareColumn, 130);
    if (view == m_behindView) {
        view->setColumnHidden(ProgressModel::PreviousColumn, true);
        view->setColumnHidden(ProgressModel::YoyColumn, true);
    }
}

QWidget *DashboardPage::buildListTab(QTableView *view, QWidget *above)
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(above);
    layout->addWidget(view, 1);
    return tab;
}

QWidget *DashboardPage::buildToolbar()
{
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("dashboardToolbar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_regionBox = new QComboBox(bar);
    m_regionBox->setObjectName(QStringLiteral("regionFilter"));
    m_regionBox->addItem(tr("All regions"), QString());
    for (const Region &r : Regions::all())
        m_regionBox->addItem(Regions::displayName(r.code), r.code);
    m_kindBox = new QComboBox(bar);
    m_kindBox->setObjectName(QStringLiteral("kindFilter"));
    m_kindBox->addItem(tr("All kinds"), QString());
    for (UnitKind k : DomainNames::unitKinds())
        m_kindBox->addItem(DomainNames::displayName(k), DomainNames::code(k));
    m_groupBox = new QComboBox(bar);
    m_groupBox->setObjectName(QStringLiteral("groupFilter"));
    m_groupBox->setMinimumContentsLength(16);
    m_groupBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_groupBox->addItem(tr("All parent units"), 0);
    m_questionnaireBox = new QComboBox(bar);
    m_questionnaireBox->setObjectName(QStringLiteral("questionnaireFilter"));
    m_questionnaireBox->addItem(tr("All questionnaires"), 0);
    const QList<QPair<QString, QComboBox *>> filters = {{tr("Region:"), m_regionBox},
                                                        {tr("Kind:"), m_kindBox},
                                                        {tr("Parent unit:"), m_groupBox},
                                                        {tr("Questionnaire:"), m_questionnaireBox}};
    for (const auto &[label, box] : filters) {
        bar->addWidget(new QLabel((box == m_regionBox ? QString() : QStringLiteral("  ")) + label
                                      + QLatin1Char(' '),
                                  bar));
        bar->addWidget(box);
    }
    connect(m_questionnaireBox, &QComboBox::activated, this, [this] {
        m_cache->setQuestionnaireId(m_questionnaireBox->currentData().toLongLong());
    });
    for (QComboBox *box : {m_regionBox, m_kindBox, m_groupBox})
        connect(box, &QComboBox::activated, this, &DashboardPage::applyFilterWidgets);
    bar->addSeparator();

    QAction *refreshAction = bar->addAction(tr("Reload"), m_cache, &ProgressCache::reload);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setToolTip(
        tr("Read the figures again (they reload by themselves after an import)"));
    auto *exportButton = new QToolButton(bar);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setMenu(buildExportMenu(exportButton));
    bar->addWidget(exportButton);
    QAction *targets = bar->addAction(tr("Import targets…"), this, [this] { askImportTargets(); });
    targets->setObjectName(QStringLiteral("importTargetsAction"));
    targets->setToolTip(
        tr("Set units' sample targets from a CSV or Excel file with the columns unit and target"));
    QAction *grading
        = bar->addAction(tr("Grades and commendations…"), this, [this] { openGrading(); });
    grading->setObjectName(QStringLiteral("gradingAction"));
    // Only managers set targets (the grades dialog shows its editing parts to them alone).
    const auto updatePermissions = [this, targets] {
        const bool readOnly = m_workspace->hasDatabase() && m_workspace->database().isReadOnly();
        targets->setVisible(m_workspace->may(Permissions::SetTargets) || readOnly);
        targets->setEnabled(m_workspace->may(Permissions::SetTargets));
    };
    connect(m_workspace, &Workspace::permissionsChanged, this, updatePermissions);
    updatePermissions();
    m_status = new QLabel(bar);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addWidget(m_status);
    return bar;
}

QMenu *DashboardPage::buildExportMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->addAction(tr("Charts as PNG…"), this, [this] { askExportCharts(false); })
        ->setData(QStringLiteral("png"));
    menu->addAction(tr("Charts as PDF…"), this, [this] { askExportCharts(true); });
    menu->addSeparator();
    menu->addAction(tr("Progress (CSV or Excel)…"), this, [this] { askExportTable(false); });
    menu->addAction(tr("Daily series (CSV or Excel)…"), this, [this] { askExportTable(true); });
    menu->addSeparator();
    menu->addAction(tr("Daily bulletin (PNG or PDF)…"), this, [this] { askExportBulletin(); })
        ->setObjectName(QStringLiteral("exportBulletinAction"));
    return menu;
}

QWidget *DashboardPage::buildOverview()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("dashboardOverview"));
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(0, 4, 0, 0);
    m_cumulativeChart = new CumulativeChart(page);
    m_kindChart = new BreakdownChart(BreakdownChart::ByKind, page);
    m_regionChart = new BreakdownChart(BreakdownChart::ByRegion, page);
    grid->addWidget(m_cumulativeChart, 0, 0);
    grid->addWidget(m_kindChart, 0, 1);
    grid->addWidget(m_regionChart, 1, 0, 1, 2);
    grid->addWidget(buildRankingPanel(page), 0, 2, 2, 1);
    grid->setColumnStretch(0, 5);
    grid->setColumnStretch(1, 4);
    grid->setColumnStretch(2, 5);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    return page;
}

// The ranking with its controls (top or bottom, how many) above it, scrolling when long.
QWidget *DashboardPage::buildRankingPanel(QWidget *parent)
{
    m_rankingChart = new RankingChart(parent);
    connect(m_rankingChart, &RankingChart::unitClicked, this, &DashboardPage::openUnitSeries);
    auto *scroll = new QScrollArea(parent);
    scroll->setObjectName(QStringLiteral("rankingScroll"));
    scroll->setWidget(m_rankingChart);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *controls = new QHBoxLayout;
    // Plain text in the charts' title font: rich text would give the label a QTextDocument.
    auto *title = new QLabel(tr("Units by share of target"), box);
    title->setTextFormat(Qt::PlainText);
    title->setFont(ChartKit::titleFont(title->font()));
    m_rankModeBox = new QComboBox(box);
    m_rankModeBox->setObjectName(QStringLiteral("rankingMode"));
    m_rankModeBox->addItem(tr("Top"), true);
    m_rankModeBox->addItem(tr("Bottom"), false);
    m_rankCountBox = new QSpinBox(box);
    m_rankCountBox->setRange(5, 100);
    m_rankCountBox->setValue(m_rankingChart->count());
    connect(m_rankModeBox, &QComboBox::activated, this,
            [this] { setRanking(m_rankModeBox->currentData().toBool(), m_rankCountBox->value()); });
    connect(m_rankCountBox, &QSpinBox::valueChanged, this,
            [this](int n) { setRanking(m_rankModeBox->currentData().toBool(), n); });
    controls->addWidget(title, 1);
    controls->addWidget(m_rankModeBox);
    controls->addWidget(m_rankCountBox);
    layout->addLayout(controls);
    layout->addWidget(scroll, 1);
    return box;
}

QList<QChartView *> DashboardPage::chartViews() const
{
    return {m_cumulativeChart, m_rankingChart, m_regionChart, m_kindChart};
}

QLineSeries *DashboardPage::cumulativeSeries() const
{
    return m_cumulativeChart->cumulativeSeries();
}
QLineSeries *DashboardPage::paceSeries() const
{
    return m_cumulativeChart->paceSeries();
}
QBarSet *DashboardPage::rankingSet() const
{
    return m_rankingChart->barSet();
}
QList<qint64> DashboardPage::rankingUnitIds() const
{
    return m_rankingChart->unitIds();
}
QBarSet *DashboardPage::regionValidSet() const
{
    return m_regionChart->validSet();
}
QBarSet *DashboardPage::regionTargetSet() const
{
    return m_regionChart->targetSet();
}
QStringList DashboardPage::regionCategories() const
{
    return m_regionChart->categoryCodes();
}
QBarSet *DashboardPage::kindValidSet() const
{
    return m_kindChart->validSet();
}
QBarSet *DashboardPage::kindTargetSet() const
{
    return m_kindChart->targetSet();
}
QStringList DashboardPage::headlineTexts() const
{
    return m_headline->texts();
}

void DashboardPage::snapshotChanged()
{
    m_model->setSnapshot(m_cache->snapshot());
    fillFilterChoices();
    refresh();
    // The charts stay hidden while the first figures are read, so they are laid out once, with
    // their figures (a chart's layout measures every axis label it has: about 9 ms for the four,
    // their category names being CategoryLabels).
    m_overview->setVisible(m_cache->snapshot() || !m_cache->isLoading());
}

// The current campaign's questionnaires; a filter on one of another campaign is dropped.
void DashboardPage::fillQuestionnaireChoices()
{
    QList<Questionnaire> list;
    QSqlError error;
    if (m_workspace->hasDatabase() && m_workspace->campaignId() > 0)
        list = QuestionnaireRepository(m_workspace->database())
                   .list(m_workspace->campaignId(), &error);
    // Keep the choices there were rather than offer none; the status line says why (showStatus,
    // which snapshotChanged calls after this).
    m_questionnaireError = error.isValid()
        ? tr("The questionnaires could not be read: %1").arg(Dialect::describeError(error))
        : QString();
    if (error.isValid())
        return m_status->setText(m_questionnaireError);
    QList<qint64> ids;
    for (const Questionnaire &q : std::as_const(list))
        ids << q.id;
    if (ids == m_questionnaireChoices)
        return;
    m_questionnaireChoices = ids;
    m_questionnaireBox->clear();
    m_questionnaireBox->addItem(tr("All questionnaires"), 0);
    for (const Questionnaire &q : std::as_const(list))
        m_questionnaireBox->addItem(q.name, q.id);
    const int row = m_questionnaireBox->findData(m_cache->questionnaireId());
    m_questionnaireBox->setCurrentIndex(qMax(0, row));
    if (row < 0)
        m_cache->setQuestionnaireId(0);
}

void DashboardPage::fillFilterChoices()
{
    fillQuestionnaireChoices();
    const auto s = m_cache->snapshot();
    QList<qint64> ids;
    if (s) {
        for (const UnitProgress &u : s->units) {
            if (u.kind == QLatin1String("initiating-1"))
                ids << u.unitId;
        }
    }
    if (ids == m_groupChoices)
        return;
    m_groupChoices = ids;
    const qint64 current = m_groupBox->currentData().toLongLong();
    m_groupBox->clear();
    m_groupBox->addItem(tr("All parent units"), 0);
    for (qint64 id : std::as_const(ids))
        m_groupBox->addItem(s->unit(id)->name, id);
    const int row = m_groupBox->findData(current);
    m_groupBox->setCurrentIndex(row < 0 ? 0 : row);
    if (row < 0 && m_filter.groupOf != 0) {
        m_filter.groupOf = 0;
        applyListFilters();
    }
}

void DashboardPage::applyListFilters()
{
    // The lists on hidden tabs are filtered (and re-sorted) when their tab is shown.
    const bool unitsShown = m_tabs->currentIndex() == UnitsTab;
    const bool behindShown = m_tabs->currentIndex() == BehindTab;
    const ProgressFilter lists {m_filter.region, m_filter.kind, m_filter.groupOf, QString()};
    m_unitsDirty = !unitsShown;
    m_behindDirty = !behindShown;
    if (unitsShown || m_forceLists)
        m_unitsProxy->setFilter(m_filter);
    if (behindShown || m_forceLists)
        m_behindProxy->setFilter(lists);
    if (m_forceLists)
        m_unitsDirty = m_behindDirty = false;
}

void DashboardPage::setListsAlwaysFiltered(bool always)
{
    m_forceLists = always;
    applyListFilters();
}

void DashboardPage::applyFilterWidgets()
{
    ProgressFilter f = m_filter;
    f.region = m_regionBox->currentData().toString();
    f.kind = m_kindBox->currentData().toString();
    f.groupOf = m_groupBox->currentData().toLongLong();
    setFilter(f);
}

void DashboardPage::setFilter(const ProgressFilter &filter)
{
    m_filter = filter;
    m_regionBox->setCurrentIndex(qMax(0, m_regionBox->findData(filter.region)));
    m_kindBox->setCurrentIndex(qMax(0, m_kindBox->findData(filter.kind)));
    m_groupBox->setCurrentIndex(qMax(0, m_groupBox->findData(filter.groupOf)));
    applyListFilters();
    refresh();
}

void DashboardPage::setSearchText(const QString &text)
{
    m_filter.text = text;
    if (m_search->text() != text)
        m_search->setText(text);
    m_unitsProxy->setText(text);
}

void DashboardPage::setRanking(bool top, int count)
{
    m_rankingChart->setRanking(top, count);
    m_rankModeBox->setCurrentIndex(top ? 0 : 1);
    if (m_rankCountBox->value() != count)
        m_rankCountBox->setValue(count);
    m_rankingChart->setData(m_cache->snapshot().get(), m_filter);
}

void DashboardPage::refresh()
{
    ++m_refreshes;
    const auto s = m_cache->snapshot();
    showStatus(s.get());
    ProgressFilter charts = m_filter;
    charts.text.clear();
    m_headline->setData(s.get(), s ? ProgressQuery::totals(*s, charts.rows(*s)) : ProgressTotals());
    for (DashboardChart *chart : std::initializer_list<DashboardChart *> {
             m_cumulativeChart, m_rankingChart, m_regionChart, m_kindChart})
        chart->setData(s.get(), m_filter);
}

void DashboardPage::showStatus(const ProgressSnapshot *s)
{
    if (!s)
        m_status->setText(m_cache->isLoading()                 ? tr("Reading the figures…")
                              : m_cache->lastError().isEmpty() ? tr("No campaign selected")
                                                               : m_cache->lastError());
    else
        m_status->setText(s->asOfIndex >= 0
                              ? tr("Day %1 of %2").arg(s->asOfIndex + 1).arg(s->windowDays)
                              : tr("Window %1 – %2")
                                    .arg(s->campaign.startDate.toString(Qt::ISODate),
                                         s->campaign.endDate.toString(Qt::ISODate)));
    if (!m_questionnaireError.isEmpty())
        m_status->setText(m_status->text() + QStringLiteral(" · ") + m_questionnaireError);
}

UnitSeriesDialog *DashboardPage::openUnitSeries(qint64 unitId)
{
    auto *dialog = new UnitSeriesDialog(m_cache->snapshot(), unitId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(760, 560);
    dialog->show();
    return dialog;
}

GradingDialog *DashboardPage::openGrading()
{
    auto *dialog = new GradingDialog(m_workspace, m_cache, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(1000, 640);
    dialog->show();
    return dialog;
}

bool DashboardPage::exportChartsPng(const QString &path, QString *error)
{
    QWidget *previous = m_tabs->currentWidget();
    m_tabs->setCurrentWidget(m_overviewTab);
    const QString e = ChartExport::writePng(m_overview, path);
    m_tabs->setCurrentWidget(previous);
    if (error)
        *error = e;
    return e.isEmpty();
}

bool DashboardPage::exportChartsPdf(const QString &path, QString *error)
{
    const auto s = m_cache->snapshot();
    const QString e
        = ChartExport::writePdf(path, s ? s->campaign.title : QString(),
                                headlineTexts().join(QStringLiteral("  ·  ")), chartViews());
    if (error)
        *error = e;
    return e.isEmpty();
}

bool DashboardPage::exportProgress(const QString &path, QString *error)
{
    const auto s = m_cache->snapshot();
    if (!s)
        return false;
    ProgressFilter charts = m_filter;
    charts.text.clear();
    return TableExport::write(path,
                              {tr("progress"), ProgressExport::progressColumns(),
                               ProgressExport::progressRows(*s, charts.rows(*s))},
                              error);
}

bool DashboardPage::exportDaily(const QString &path, QString *error)
{
    const auto s = m_cache->snapshot();
    if (!s)
        return false;
    ProgressFilter charts = m_filter;
    charts.text.clear();
    return TableExport::write(path,
                              {tr("daily"), ProgressExport::dailyColumns(),
                               ProgressExport::dailyRows(*s, charts.rows(*s))},
                              error);
}

bool DashboardPage::exportBulletin(const QString &path, const QDate &date, QString *error)
{
    const auto s = m_cache->snapshot();
    if (!s)
        return false;
    const BulletinData data
        = Bulletin::compute(*s, date.isValid() ? date : Bulletin::defaultDate(*s));
    const QString e = BulletinRenderer::write(path, data);
    if (error)
        *error = e;
    return e.isEmpty();
}

void DashboardPage::askExportBulletin()
{
    const auto s = m_cache->snapshot();
    if (!s || s->windowDays == 0)
        return;
    QStringList days;
    for (int d = 0; d < s->windowDays; ++d)
        days.append(s->dayAt(d).toString(Qt::ISODate));
    const QString last = Bulletin::defaultDate(*s).toString(Qt::ISODate);
    bool ok = false;
    const QString day
        = QInputDialog::getItem(this, tr("Daily bulletin"), tr("Day:"), days,
                                int(std::max<qsizetype>(0, days.indexOf(last))), false, &ok);
    if (!ok)
        return;
    const QString path
        = FileDialog::saveFileName(this, tr("Daily bulletin"), tr("bulletin-%1.png").arg(day),
                                   tr("PNG image for phones (*.png);;PDF (*.pdf)"));
    QString error;
    if (!path.isEmpty() && !exportBulletin(path, QDate::fromString(day, Qt::ISODate), &error))
        QMessageBox::warning(this, tr("Daily bulletin"),
                             tr("Could not write %1: %2").arg(path, error));
}

void DashboardPage::askExportCharts(bool pdf)
{
    const QString path = FileDialog::saveFileName(
        this, tr("Export charts"), QString(), pdf ? tr("PDF (*.pdf)") : tr("PNG image (*.png)"));
    QString error;
    if (!path.isEmpty() && !(pdf ? exportChartsPdf(path, &error) : exportChartsPng(path, &error)))
        QMessageBox::warning(this, tr("Export charts"), error);
}

void DashboardPage::askExportTable(bool daily)
{
    const QString title = daily ? tr("Export daily series") : tr("Export progress");
    const QString path = FileDialog::saveFileName(this, title, QString(),
                                                  tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!(daily ? exportDaily(path, &error) : exportProgress(path, &error)))
        QMessageBox::warning(this, title, tr("Could not write %1: %2").arg(path, error));
}

Problems DashboardPage::importTargets(const QString &path, int *changed)
{
    if (!m_workspace->hasDatabase() || m_workspace->campaignId() == 0)
        return {{path, 0, QString(), tr("No campaign selected")}};
    const TargetImportWizard::Outcome outcome = TargetImportWizard::importInBackground(
        this, m_workspace->database(), m_workspace->campaignId(), path);
    if (changed)
        *changed = outcome.changed;
    return outcome.problems;
}

void DashboardPage::askImportTargets()
{
    if (!m_workspace->hasDatabase() || m_workspace->campaignId() == 0)
        return;
    TargetImportWizard wizard(m_workspace->database(), m_workspace->campaignId(), this);
    wizard.exec();
}
