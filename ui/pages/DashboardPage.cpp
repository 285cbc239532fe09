#include "pages/DashboardPage.h"

#include "delegates/ProgressBarDelegate.h"
#include "dialogs/GradingDialog.h"
#include "dialogs/UnitSeriesDialog.h"
#include "domain/Regions.h"
#include "domain/UnitKind.h"
#include "itemmodels/ProgressModel.h"
#include "progress/ProgressCache.h"
#include "repo/QuestionnaireRepository.h"
#include "progress/Bulletin.h"
#include "progress/BulletinRenderer.h"
#include "progress/ProgressExport.h"
#include "progress/TableExport.h"
#include "imports/TargetImporter.h"
#include "session/Workspace.h"
#include "dialogs/FileDialog.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

const QColor kValidColor(0x3a, 0x7b, 0xd5);
const QColor kTargetColor(0xc9, 0xd3, 0xdf);
const QColor kPaceColor(0xc0, 0x39, 0x2b);

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont f = chart->titleFont();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() + 1);
    chart->setTitleFont(f);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(4);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChartView *newView(QChart *chart, QWidget *parent)
{
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    return view;
}

qint64 msecs(const QDate &day)
{
    return QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch();
}

// Updates a bar set in place when the number of bars is unchanged (one light relayout per
// changed value instead of rebuilding every bar item), else replaces its values.
void setValues(QBarSet *set, const QList<qreal> &values)
{
    if (set->count() == values.size()) {
        for (int i = 0; i < values.size(); ++i) {
            if (set->at(i) != values.at(i))
                set->replace(i, values.at(i));
        }
        return;
    }
    set->remove(0, set->count());
    set->append(values);
}

void setCategories(QBarCategoryAxis *axis, const QStringList &categories)
{
    if (axis->categories() == categories)
        return;
    axis->clear();
    axis->append(categories);
}

// 0 .. a round number above value, with ticks on round steps (1, 2, 2.5 or 5 × 10^k).
void setNiceRange(QValueAxis *axis, double value)
{
    value = qMax(10.0, value * 1.04);
    const double rough = value / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= rough)
            break;
    }
    const double top = std::ceil(value / step) * step;
    if (axis->min() != 0 || axis->max() != top)
        axis->setRange(0, top);
    const int ticks = int(std::lround(top / step)) + 1;
    if (axis->tickCount() != ticks)
        axis->setTickCount(ticks);
    // A category axis carries its own tick labels: counts with digit grouping, or in 万 in
    // Chinese ("400万" rather than "4000000").
    if (auto *labelled = qobject_cast<QCategoryAxis *>(axis)) {
        QStringList labels;
        for (int i = 0; i < ticks; ++i)
            labels << DashboardPage::countLabel(i * step);
        if (labelled->categoriesLabels() != labels) {
            for (const QString &label : labelled->categoriesLabels())
                labelled->remove(label);
            labelled->setStartValue(-top / 1000);
            for (int i = 0; i < ticks; ++i)
                labelled->append(labels.at(i), i * step);
        }
    }
}

QCategoryAxis *newCountAxis()
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    return axis;
}

void setRange(QValueAxis *axis, double min, double max)
{
    if (axis->min() != min || axis->max() != max)
        axis->setRange(min, max);
}

// Keeps the start and the end of a long name (the end says what kind of body it is).
QString shortName(const QString &name, int length = 10)
{
    if (name.size() <= length)
        return name;
    const int tail = (length - 1) / 2;
    return name.left(length - 1 - tail) + QChar(0x2026) + name.right(tail);
}

} // namespace

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
    buildToolbar();
    layout->addWidget(findChild<QToolBar *>(QStringLiteral("dashboardToolbar")));
    layout->addWidget(buildHeadline());

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
    m_behindView = new QTableView(this);
    m_behindView->setObjectName(QStringLiteral("behindPace"));
    for (QTableView *view : {m_unitsView, m_behindView}) {
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
    }
    m_unitsView->setModel(m_unitsProxy);
    m_behindView->setModel(m_behindProxy);
    m_unitsView->sortByColumn(ProgressModel::ShareColumn, Qt::DescendingOrder);
    m_behindView->sortByColumn(ProgressModel::ShareColumn, Qt::AscendingOrder);
    for (QTableView *view : {m_unitsView, m_behindView}) {
        view->setColumnWidth(ProgressModel::UnitColumn, 260);
        view->setColumnWidth(ProgressModel::ShareColumn, 130);
    }
    m_behindView->setColumnHidden(ProgressModel::PreviousColumn, true);
    m_behindView->setColumnHidden(ProgressModel::YoyColumn, true);

    auto *unitsTab = new QWidget(this);
    auto *unitsLayout = new QVBoxLayout(unitsTab);
    unitsLayout->setContentsMargins(0, 4, 0, 0);
    m_search = new QLineEdit(unitsTab);
    m_search->setObjectName(QStringLiteral("dashboardSearch"));
    m_search->setPlaceholderText(tr("Find a unit by name…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &DashboardPage::setSearchText);
    unitsLayout->addWidget(m_search);
    unitsLayout->addWidget(m_unitsView, 1);
    m_tabs->addTab(unitsTab, tr("Units"));

    auto *behindTab = new QWidget(this);
    auto *behindLayout = new QVBoxLayout(behindTab);
    behindLayout->setContentsMargins(0, 4, 0, 0);
    auto *behindNote = new QLabel(tr("Units whose projected final count (current samples + mean of "
                                     "their last 3 reported days × "
                                     "remaining days) falls short of their target. Double-click a "
                                     "unit for its daily series."),
                                  behindTab);
    behindNote->setWordWrap(true);
    behindLayout->addWidget(behindNote);
    behindLayout->addWidget(m_behindView, 1);
    m_tabs->addTab(behindTab, tr("Behind pace"));
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if ((index == 1 && m_unitsDirty) || (index == 2 && m_behindDirty))
            applyListFilters();
    });

    connect(m_cache, &ProgressCache::changed, this, &DashboardPage::snapshotChanged);
    snapshotChanged();
}

void DashboardPage::buildToolbar()
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
    bar->addWidget(new QLabel(tr("Region:") + QLatin1Char(' '), bar));
    bar->addWidget(m_regionBox);
    bar->addWidget(new QLabel(QStringLiteral("  ") + tr("Kind:") + QLatin1Char(' '), bar));
    bar->addWidget(m_kindBox);
    bar->addWidget(new QLabel(QStringLiteral("  ") + tr("Parent unit:") + QLatin1Char(' '), bar));
    bar->addWidget(m_groupBox);
    m_questionnaireBox = new QComboBox(bar);
    m_questionnaireBox->setObjectName(QStringLiteral("questionnaireFilter"));
    m_questionnaireBox->addItem(tr("All questionnaires"), 0);
    bar->addWidget(new QLabel(QStringLiteral("  ") + tr("Questionnaire:") + QLatin1Char(' '), bar));
    bar->addWidget(m_questionnaireBox);
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
    auto *menu = new QMenu(exportButton);
    menu->addAction(tr("Charts as PNG…"), this, [this] { askExportCharts(); })
        ->setData(QStringLiteral("png"));
    menu->addAction(tr("Charts as PDF…"), this, [this] {
        const QString path
            = FileDialog::saveFileName(this, tr("Export charts"), QString(), tr("PDF (*.pdf)"));
        if (!path.isEmpty() && !exportChartsPdf(path))
            QMessageBox::warning(this, tr("Export charts"), tr("Could not write %1.").arg(path));
    });
    menu->addSeparator();
    menu->addAction(tr("Progress (CSV or Excel)…"), this, [this] { askExportTable(false); });
    menu->addAction(tr("Daily series (CSV or Excel)…"), this, [this] { askExportTable(true); });
    menu->addSeparator();
    menu->addAction(tr("Daily bulletin (PNG or PDF)…"), this, [this] { askExportBulletin(); })
        ->setObjectName(QStringLiteral("exportBulletinAction"));
    exportButton->setMenu(menu);
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
}

QWidget *DashboardPage::buildHeadline()
{
    auto *frame = new QWidget(this);
    auto *row = new QHBoxLayout(frame);
    row->setContentsMargins(0, 4, 0, 4);
    const QStringList titles = {tr("Valid samples"), tr("Share of overall target"),
                                tr("Units reporting"), tr("Suggestions"), tr("Projected final")};
    for (const QString &title : titles) {
        auto *card = new QFrame(frame);
        card->setObjectName(QStringLiteral("headlineCard"));
        card->setFrameShape(QFrame::StyledPanel);
        card->setStyleSheet(
            QStringLiteral("#headlineCard { background: palette(base); border: 1px solid #d5dbe3;"
                           " border-radius: 6px; }"));
        auto *v = new QVBoxLayout(card);
        v->setContentsMargins(12, 6, 12, 6);
        v->setSpacing(0);
        auto *caption = new QLabel(title, card);
        caption->setStyleSheet(QStringLiteral("color: #5b6675;"));
        auto *value = new QLabel(card);
        QFont f = value->font();
        f.setPointSizeF(f.pointSizeF() * 1.8);
        f.setBold(true);
        value->setFont(f);
        value->setStyleSheet(QStringLiteral("color: #1f3b5c;"));
        auto *note = new QLabel(card);
        note->setStyleSheet(QStringLiteral("color: #5b6675;"));
        v->addWidget(caption);
        v->addWidget(value);
        v->addWidget(note);
        m_figures << value;
        m_figureNotes << note;
        row->addWidget(card, 1);
    }
    return frame;
}

QWidget *DashboardPage::buildOverview()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("dashboardOverview"));
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(0, 4, 0, 0);

    // Cumulative samples against the target pace.
    QChart *cumulative = newChart(tr("Cumulative valid samples against the target pace"));
    m_cumulative = new QLineSeries;
    m_cumulative->setName(tr("Valid samples (cumulative)"));
    QPen pen(kValidColor);
    pen.setWidth(3);
    m_cumulative->setPen(pen);
    m_cumulative->setPointsVisible(true);
    m_pace = new QLineSeries;
    m_pace->setName(tr("Target pace"));
    QPen pacePen(kPaceColor);
    pacePen.setWidth(2);
    pacePen.setStyle(Qt::DashLine);
    m_pace->setPen(pacePen);
    cumulative->addSeries(m_pace);
    cumulative->addSeries(m_cumulative);
    m_cumulativeX = new QDateTimeAxis;
    m_cumulativeX->setFormat(QStringLiteral("M/d"));
    m_cumulativeY = newCountAxis();
    cumulative->addAxis(m_cumulativeX, Qt::AlignBottom);
    cumulative->addAxis(m_cumulativeY, Qt::AlignLeft);
    for (QLineSeries *s : {m_pace, m_cumulative}) {
        s->attachAxis(m_cumulativeX);
        s->attachAxis(m_cumulativeY);
    }
    m_cumulativeView = newView(cumulative, page);
    m_cumulativeView->setObjectName(QStringLiteral("cumulativeChart"));

    // Units ranked by share of target.
    QChart *ranking = newChart(QString());
    m_rankingSet = new QBarSet(tr("Share of target (%)"));
    m_rankingSet->setColor(kValidColor);
    auto *rankingSeries = new QHorizontalBarSeries;
    rankingSeries->append(m_rankingSet);
    rankingSeries->setBarWidth(0.7);
    rankingSeries->setLabelsVisible(true);
    rankingSeries->setLabelsFormat(QStringLiteral("@value%"));
    rankingSeries->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    m_targetLine = new QLineSeries;
    m_targetLine->setName(tr("Target (100%)"));
    QPen targetPen(kPaceColor);
    targetPen.setWidth(2);
    m_targetLine->setPen(targetPen);
    ranking->addSeries(rankingSeries);
    ranking->addSeries(m_targetLine);
    m_rankingY = new QBarCategoryAxis;
    m_rankingY->setTruncateLabels(false);
    m_rankingX = new QValueAxis;
    m_rankingX->setLabelFormat(QStringLiteral("%.0f%"));
    ranking->addAxis(m_rankingY, Qt::AlignLeft);
    ranking->addAxis(m_rankingX, Qt::AlignBottom);
    rankingSeries->attachAxis(m_rankingY);
    rankingSeries->attachAxis(m_rankingX);
    m_targetLine->attachAxis(m_rankingX);
    m_targetLine->attachAxis(m_rankingY);
    ranking->legend()->hide();
    connect(m_rankingSet, &QBarSet::clicked, this, [this](int index) {
        if (index >= 0 && index < m_rankingIds.size())
            openUnitSeries(m_rankingIds.at(index));
    });
    m_rankingView = newView(ranking, page);
    m_rankingView->setObjectName(QStringLiteral("rankingChart"));
    m_rankingView->setToolTip(tr("Click a bar to see that unit's daily series"));
    // Names on the axis are shortened; the bar under the mouse shows the full name.
    connect(m_rankingSet, &QBarSet::hovered, this, [this](bool status, int index) {
        QString tip = tr("Click a bar to see that unit's daily series");
        if (status && index >= 0 && index < m_rankingNames.size())
            tip = QStringLiteral("%1\n%2%")
                      .arg(m_rankingNames.at(index))
                      .arg(m_rankingSet->at(index))
                + QLatin1Char('\n') + tip;
        m_rankingView->setToolTip(tip);
    });
    m_rankingScroll = new QScrollArea(page);
    m_rankingScroll->setWidget(m_rankingView);
    m_rankingScroll->setWidgetResizable(true);
    m_rankingScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_rankingScroll->setFrameShape(QFrame::NoFrame);
    auto *rankingBox = new QWidget(page);
    auto *rankingLayout = new QVBoxLayout(rankingBox);
    rankingLayout->setContentsMargins(0, 0, 0, 0);
    auto *rankingControls = new QHBoxLayout;
    auto *rankingTitle = new QLabel(
        QStringLiteral("<b>%1</b>").arg(tr("Units by share of target").toHtmlEscaped()),
        rankingBox);
    m_rankModeBox = new QComboBox(rankingBox);
    m_rankModeBox->setObjectName(QStringLiteral("rankingMode"));
    m_rankModeBox->addItem(tr("Top"), true);
    m_rankModeBox->addItem(tr("Bottom"), false);
    m_rankCountBox = new QSpinBox(rankingBox);
    m_rankCountBox->setRange(5, 100);
    m_rankCountBox->setValue(m_rankCount);
    connect(m_rankModeBox, &QComboBox::activated, this,
            [this] { setRanking(m_rankModeBox->currentData().toBool(), m_rankCountBox->value()); });
    connect(m_rankCountBox, &QSpinBox::valueChanged, this,
            [this](int n) { setRanking(m_rankModeBox->currentData().toBool(), n); });
    rankingControls->addWidget(rankingTitle, 1);
    rankingControls->addWidget(m_rankModeBox);
    rankingControls->addWidget(m_rankCountBox);
    rankingLayout->addLayout(rankingControls);
    rankingLayout->addWidget(m_rankingScroll, 1);

    // By region.
    QChart *regions = newChart(tr("Valid samples and targets by region"));
    m_regionValid = new QBarSet(tr("Valid samples"));
    m_regionValid->setColor(kValidColor);
    m_regionTarget = new QBarSet(tr("Target"));
    m_regionTarget->setColor(kTargetColor);
    auto *regionSeries = new QBarSeries;
    regionSeries->append(m_regionTarget);
    regionSeries->append(m_regionValid);
    regions->addSeries(regionSeries);
    m_regionX = new QBarCategoryAxis;
    m_regionX->setLabelsAngle(-90);
    m_regionX->setTruncateLabels(false);
    // QtCharts hides an end label whose rotated box (the font's line height) is wider than half a
    // category; with 34 regions the CJK line height is just too tall at the default size, which
    // dropped 北京 and 澳门. A slightly smaller font keeps every label.
    QFont regionFont = m_regionX->labelsFont();
    regionFont.setPointSizeF(regionFont.pointSizeF() * 0.85);
    m_regionX->setLabelsFont(regionFont);
    m_regionY = newCountAxis();
    regions->addAxis(m_regionX, Qt::AlignBottom);
    regions->addAxis(m_regionY, Qt::AlignLeft);
    regionSeries->attachAxis(m_regionX);
    regionSeries->attachAxis(m_regionY);
    m_regionView = newView(regions, page);
    m_regionView->setObjectName(QStringLiteral("regionChart"));

    // By kind.
    QChart *kinds = newChart(tr("By kind of unit"));
    m_kindValid = new QBarSet(tr("Valid samples"));
    m_kindValid->setColor(kValidColor);
    m_kindTarget = new QBarSet(tr("Target"));
    m_kindTarget->setColor(kTargetColor);
    auto *kindSeries = new QBarSeries;
    kindSeries->append(m_kindTarget);
    kindSeries->append(m_kindValid);
    kinds->addSeries(kindSeries);
    auto *kindX = new QBarCategoryAxis;
    kindX->setTruncateLabels(false);
    // Short names so all three fit under a narrow chart; the full names are in the tooltip.
    kindX->append({tr("1st-level", "kind axis"), tr("2nd-level", "kind axis"),
                   tr("Supporting", "kind axis")});
    QStringList kindNames;
    for (UnitKind k : DomainNames::unitKinds())
        kindNames << DomainNames::displayName(k);
    m_kindY = newCountAxis();
    kinds->addAxis(kindX, Qt::AlignBottom);
    kinds->addAxis(m_kindY, Qt::AlignLeft);
    kindSeries->attachAxis(kindX);
    kindSeries->attachAxis(m_kindY);
    m_kindView = newView(kinds, page);
    m_kindView->setObjectName(QStringLiteral("kindChart"));
    m_kindView->setToolTip(kindNames.join(QStringLiteral(" · ")));

    grid->addWidget(m_cumulativeView, 0, 0);
    grid->addWidget(m_kindView, 0, 1);
    grid->addWidget(m_regionView, 1, 0, 1, 2);
    grid->addWidget(rankingBox, 0, 2, 2, 1);
    grid->setColumnStretch(0, 5);
    grid->setColumnStretch(1, 4);
    grid->setColumnStretch(2, 5);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    return page;
}

QList<QChartView *> DashboardPage::chartViews() const
{
    return {m_cumulativeView, m_rankingView, m_regionView, m_kindView};
}

void DashboardPage::snapshotChanged()
{
    m_model->setSnapshot(m_cache->snapshot());
    fillFilterChoices();
    refresh();
}

// The current campaign's questionnaires; a filter on one of another campaign is dropped.
void DashboardPage::fillQuestionnaireChoices()
{
    QList<Questionnaire> list;
    if (m_workspace->hasDatabase() && m_workspace->campaignId() > 0)
        list = QuestionnaireRepository(m_workspace->database()).list(m_workspace->campaignId());
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
    const bool unitsShown = m_tabs->currentIndex() == 1;
    const bool behindShown = m_tabs->currentIndex() == 2;
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
    m_rankTop = top;
    m_rankCount = count;
    m_rankModeBox->setCurrentIndex(top ? 0 : 1);
    if (m_rankCountBox->value() != count)
        m_rankCountBox->setValue(count);
    if (const auto s = m_cache->snapshot()) {
        ProgressFilter charts = m_filter;
        charts.text.clear();
        refreshRanking(*s, charts.rows(*s));
    }
}

QStringList DashboardPage::headlineTexts() const
{
    QStringList out;
    for (int i = 0; i < m_figures.size(); ++i)
        out << m_figures.at(i)->text() + QLatin1Char(' ') + m_figureNotes.at(i)->text();
    return out;
}

void DashboardPage::refresh()
{
    ++m_refreshes;
    const auto s = m_cache->snapshot();
    const QLocale locale;
    if (!s) {
        for (QLabel *l : std::as_const(m_figures))
            l->setText(QStringLiteral("–"));
        for (QLabel *l : std::as_const(m_figureNotes))
            l->clear();
        m_status->setText(m_cache->lastError().isEmpty() ? tr("No campaign selected")
                                                         : m_cache->lastError());
        m_cumulative->clear();
        m_pace->clear();
        m_rankingSet->remove(0, m_rankingSet->count());
        m_rankingIds.clear();
        m_rankingNames.clear();
        m_regionValid->remove(0, m_regionValid->count());
        m_regionTarget->remove(0, m_regionTarget->count());
        m_kindValid->remove(0, m_kindValid->count());
        m_kindTarget->remove(0, m_kindTarget->count());
        return;
    }
    ProgressFilter charts = m_filter;
    charts.text.clear();
    const QList<int> rows = charts.rows(*s);
    const ProgressTotals t = ProgressQuery::totals(*s, rows);

    m_figures[0]->setText(locale.toString(t.valid));
    m_figureNotes[0]->setText(tr("%n unit(s)", nullptr, t.units));
    m_figures[1]->setText(t.target > 0 ? Percent::text(t.valid, t.target) + QLatin1Char('%')
                                       : QStringLiteral("–"));
    m_figureNotes[1]->setText(tr("of %1").arg(locale.toString(t.target)));
    m_figures[2]->setText(QStringLiteral("%1 / %2").arg(t.reportedOnAsOfDay).arg(t.units));
    m_figureNotes[2]->setText(s->asOfIndex >= 0
                                  ? tr("on %1").arg(s->asOfDay().toString(Qt::ISODate))
                                  : tr("nothing reported yet"));
    m_figures[3]->setText(locale.toString(t.suggestions));
    m_figureNotes[3]->setText(tr("opinions collected"));
    m_figures[4]->setText(locale.toString(t.forecast));
    m_figureNotes[4]->setText(tr("%n unit(s) behind pace", nullptr, t.behindPace));
    m_status->setText(s->asOfIndex >= 0
                          ? tr("Day %1 of %2").arg(s->asOfIndex + 1).arg(s->windowDays)
                          : tr("Window %1 – %2")
                                .arg(s->campaign.startDate.toString(Qt::ISODate),
                                     s->campaign.endDate.toString(Qt::ISODate)));

    // Cumulative against the pace line.
    const QList<qint64> cumulative = t.cumulative();
    const QList<double> pace = ProgressTotals::pace(t.target, s->windowDays);
    QList<QPointF> points;
    for (int d = 0; d <= s->asOfIndex && d < cumulative.size(); ++d)
        points.append(QPointF(double(msecs(s->dayAt(d))), double(cumulative.at(d))));
    m_cumulative->replace(points);
    QList<QPointF> pacePoints;
    for (int d = 0; d < pace.size(); ++d)
        pacePoints.append(QPointF(double(msecs(s->dayAt(d))), pace.at(d)));
    m_pace->replace(pacePoints);
    if (s->windowDays > 0) {
        // Ticks on the days themselves (noon, where the points are), every day or every few
        // days so that at most 6 short labels share the narrow chart (every other day for 10).
        const int step = qMax(1, (s->windowDays - 1 + 4) / 5);
        const int intervals = qMax(1, (s->windowDays - 1 + step - 1) / step);
        const QDateTime first(s->campaign.startDate, QTime(12, 0));
        m_cumulativeX->setRange(first, first.addDays(qint64(intervals) * step));
        m_cumulativeX->setTickCount(intervals + 1);
    }
    const double top
        = qMax(double(t.target),
               cumulative.isEmpty() ? 0.0 : double(cumulative.at(qMax(0, s->asOfIndex))));
    setNiceRange(m_cumulativeY, top);

    refreshRanking(*s, rows);
    refreshBreakdowns(*s, rows);
}

void DashboardPage::refreshRanking(const ProgressSnapshot &s, const QList<int> &rows)
{
    // Units with a target, by share (tenths of a percent, then id for a stable order).
    QList<int> ranked;
    for (int r : rows) {
        if (s.units.at(r).hasTarget())
            ranked << r;
    }
    const auto key = [&](int r) {
        return Percent::tenths(s.units.at(r).valid, s.units.at(r).target);
    };
    const int n = qMin(m_rankCount, int(ranked.size()));
    const auto better = [&](int a, int b) {
        const qint64 ka = key(a), kb = key(b);
        return ka != kb ? (m_rankTop ? ka > kb : ka < kb)
                        : s.units.at(a).unitId < s.units.at(b).unitId;
    };
    std::partial_sort(ranked.begin(), ranked.begin() + n, ranked.end(), better);
    ranked.resize(n);
    // A horizontal bar chart draws its first category at the bottom: add the ranking reversed so
    // the first place is on top.
    QStringList categories;
    QList<qreal> values;
    m_rankingIds.clear();
    m_rankingNames.clear();
    double maxShare = 100;
    for (int i = n - 1; i >= 0; --i) {
        const UnitProgress &u = s.units.at(ranked.at(i));
        QString label = QStringLiteral("%1. %2").arg(i + 1).arg(shortName(u.name));
        while (categories.contains(label))
            label += QLatin1Char(' ');
        categories << label;
        const double percent = key(ranked.at(i)) / 10.0;
        values << percent;
        maxShare = qMax(maxShare, percent);
        m_rankingIds << u.unitId;
        m_rankingNames << u.name;
    }
    if (m_rankingY->categories() != categories) {
        m_rankingSet->remove(0, m_rankingSet->count());
        setCategories(m_rankingY, categories);
    }
    setValues(m_rankingSet, values);
    // Round the axis to a whole step so the ticks read 0%, 50%, 100% … (100% steps when wide):
    // narrower steps overlap in a column of this width.
    const double step = maxShare > 400 ? 100 : 50;
    const double axisTop = std::ceil(maxShare * 1.08 / step) * step;
    setRange(m_rankingX, 0, axisTop);
    if (m_rankingX->tickCount() != int(axisTop / step) + 1)
        m_rankingX->setTickCount(int(axisTop / step) + 1);
    m_targetLine->replace({QPointF(100, -0.5), QPointF(100, qMax(0, n) - 0.5)});
    m_rankingView->chart()->setTitle(m_rankTop ? tr("Top %n", nullptr, n)
                                               : tr("Bottom %n", nullptr, n));
    m_rankingView->setMinimumHeight(qMax(260, 70 + 24 * n));
}

void DashboardPage::refreshBreakdowns(const ProgressSnapshot &s, const QList<int> &rows)
{
    QHash<QString, QPair<qint64, qint64>> byRegion;
    QHash<QString, QPair<qint64, qint64>> byKind;
    for (int r : rows) {
        const UnitProgress &u = s.units.at(r);
        auto &region = byRegion[u.province];
        region.first += u.valid;
        region.second += u.target;
        auto &kind = byKind[u.kind];
        kind.first += u.valid;
        kind.second += u.target;
    }
    QStringList categories;
    QList<qreal> valid, target;
    m_regionCodes.clear();
    double top = 0;
    // Always the 34 regions, in code order: a filter changes the values only, so the chart is
    // updated in place instead of rebuilt.
    for (const Region &region : Regions::all()) {
        const auto v = byRegion.value(region.code);
        m_regionCodes << region.code;
        categories << (QLocale().language() == QLocale::Chinese
                           ? region.shortName
                           : Regions::displayName(region.code));
        valid << double(v.first);
        target << double(v.second);
        top = qMax(top, double(qMax(v.first, v.second)));
    }
    if (m_regionX->categories() != categories) {
        m_regionValid->remove(0, m_regionValid->count());
        m_regionTarget->remove(0, m_regionTarget->count());
        setCategories(m_regionX, categories);
    }
    setValues(m_regionValid, valid);
    setValues(m_regionTarget, target);
    setNiceRange(m_regionY, top);

    QList<qreal> kindValid, kindTarget;
    double kindTop = 0;
    for (UnitKind k : DomainNames::unitKinds()) {
        const auto v = byKind.value(DomainNames::code(k));
        kindValid << double(v.first);
        kindTarget << double(v.second);
        kindTop = qMax(kindTop, double(qMax(v.first, v.second)));
    }
    setValues(m_kindValid, kindValid);
    setValues(m_kindTarget, kindTarget);
    setNiceRange(m_kindY, kindTop);
}

QString DashboardPage::countLabel(double value)
{
    const QLocale locale;
    if (locale.language() == QLocale::Chinese && std::abs(value) >= 10000)
        return tr("%1 × 10,000", "axis tick").arg(locale.toString(value / 10000, 'g', 6));
    return locale.toString(value, 'f', 0);
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

bool DashboardPage::exportChartsPng(const QString &path)
{
    const bool wasHidden = m_tabs->currentWidget() != m_overviewTab;
    QWidget *previous = m_tabs->currentWidget();
    m_tabs->setCurrentWidget(m_overviewTab);
    const QPixmap pixmap = m_overview->grab();
    if (wasHidden)
        m_tabs->setCurrentWidget(previous);
    return pixmap.save(path, "PNG");
}

bool DashboardPage::exportChartsPdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setTitle(tr("Progress dashboard"));
    writer.setCreator(QStringLiteral("Survey Secretariat"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setResolution(150);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    const QRect page(0, 0, writer.width(), writer.height());
    QFont heading = font();
    heading.setPointSizeF(12);
    heading.setBold(true);
    bool first = true;
    const QString filters = headlineTexts().join(QStringLiteral("  ·  "));
    for (QChartView *view : chartViews()) {
        if (!first)
            writer.newPage();
        first = false;
        painter.setFont(heading);
        const auto s = m_cache->snapshot();
        const QString title = s ? s->campaign.title : QString();
        painter.drawText(QRect(page.left(), page.top(), page.width(), 40),
                         Qt::AlignLeft | Qt::AlignVCenter, title);
        QFont small = font();
        small.setPointSizeF(8);
        painter.setFont(small);
        painter.drawText(QRect(page.left(), page.top() + 40, page.width(), 30),
                         Qt::AlignLeft | Qt::AlignVCenter, filters);
        // Render the chart at a screen-like size, scaled onto the page.
        const QRect target(page.left(), page.top() + 80, page.width(), page.height() - 80);
        view->render(&painter, target, QRect(), Qt::KeepAspectRatio);
    }
    painter.end();
    return true;
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

void DashboardPage::askExportCharts()
{
    const QString path
        = FileDialog::saveFileName(this, tr("Export charts"), QString(), tr("PNG image (*.png)"));
    if (!path.isEmpty() && !exportChartsPng(path))
        QMessageBox::warning(this, tr("Export charts"), tr("Could not write %1.").arg(path));
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
    const ImportReport report
        = TargetImporter(m_workspace->database()).importFile(m_workspace->campaignId(), path);
    if (changed)
        *changed = int(report.updated);
    return report.changedData() ? Problems() : report.problems;
}

void DashboardPage::askImportTargets()
{
    const QString path = FileDialog::openFileName(this, tr("Import targets"), QString(),
                                                  tr("Tables (*.csv *.xlsx *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    int changed = 0;
    const Problems problems = importTargets(path, &changed);
    if (!problems.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Import targets"),
                        tr("The file was not imported; nothing was changed. Fix these rows and "
                           "import it again:"),
                        QMessageBox::Ok, this);
        box.setDetailedText(formatProblems(problems));
        box.exec();
        return;
    }
    QMessageBox::information(this, tr("Import targets"),
                             tr("%n target(s) changed.", nullptr, changed));
}
