#pragma once

#include "common/Problem.h"
#include "progress/ProgressFilter.h"
#include "progress/ProgressQuery.h"

#include <QDate>
#include <QWidget>

class BreakdownChart;
class CumulativeChart;
class DashboardHeadline;
class GradingDialog;
class ProgressCache;
class ProgressFilterModel;
class ProgressModel;
class QBarSet;
class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QLineSeries;
class QScrollArea;
class QSpinBox;
class QTabWidget;
class QTableView;
class RankingChart;
class UnitSeriesDialog;
class Workspace;

// The progress dashboard: headline figures (DashboardHeadline), four charts (CumulativeChart,
// RankingChart, BreakdownChart by region and by kind), the unit list and the "behind pace" list,
// all following the region / kind / parent-unit filters. The page composes them and filters: each
// chart is given the snapshot and the filter. The campaign's figures are read on a worker thread
// (ProgressCache) when the page is made and again only after tallies, units or grades change; the
// GUI thread only applies them. Changing a filter recomputes from the cached snapshot.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(Workspace *workspace, QWidget *parent = nullptr);

    ProgressCache *cache() const { return m_cache; }
    ProgressModel *model() const { return m_model; }
    ProgressFilterModel *unitList() const { return m_unitsProxy; }
    ProgressFilterModel *behindList() const { return m_behindProxy; }

    ProgressFilter filter() const { return m_filter; }
    // Region / kind / group; the text goes to the unit list only.
    void setFilter(const ProgressFilter &filter);
    void setSearchText(const QString &text);
    void setRanking(bool top, int count);
    // Lists on hidden tabs are normally filtered when shown; tests and exports may want them now.
    void setListsAlwaysFiltered(bool always);

    CumulativeChart *cumulativeChart() const { return m_cumulativeChart; }
    RankingChart *rankingChart() const { return m_rankingChart; }
    BreakdownChart *regionChart() const { return m_regionChart; }
    BreakdownChart *kindChart() const { return m_kindChart; }
    // The charts' data, for tests and exports.
    QLineSeries *cumulativeSeries() const;
    QLineSeries *paceSeries() const;
    QBarSet *rankingSet() const;
    QList<qint64> rankingUnitIds() const; // bar i -> unit
    QBarSet *regionValidSet() const;
    QBarSet *regionTargetSet() const;
    QStringList regionCategories() const; // region codes, bar order
    QBarSet *kindValidSet() const;
    QBarSet *kindTargetSet() const;
    QStringList headlineTexts() const;
    int refreshCount() const { return m_refreshes; }

    bool exportChartsPng(const QString &path, QString *error = nullptr);
    bool exportChartsPdf(const QString &path, QString *error = nullptr);
    bool exportProgress(const QString &path, QString *error = nullptr);
    bool exportDaily(const QString &path, QString *error = nullptr);
    // The daily bulletin of date (invalid: the last day with figures) as .png or .pdf, over the
    // whole campaign whatever the filters (the units' groups see every unit).
    bool exportBulletin(const QString &path, const QDate &date = {}, QString *error = nullptr);
    // Sample targets from a file (TargetImportWizard: all rows or nothing, on a worker thread);
    // the figures reload after.
    Problems importTargets(const QString &path, int *changed = nullptr);

public slots:
    // Rebuilds the figures and charts from the cached snapshot (no database access).
    void refresh();
    // What the page does when the cache has new figures: the unit lists, the filter choices and
    // refresh().
    void snapshotChanged();
    UnitSeriesDialog *openUnitSeries(qint64 unitId);
    GradingDialog *openGrading();

private:
    QWidget *buildToolbar();
    QMenu *buildExportMenu(QWidget *parent);
    QWidget *buildOverview();
    QWidget *buildRankingPanel(QWidget *parent);
    QWidget *buildListTab(QTableView *view, QWidget *above);
    void setUpList(QTableView *view, ProgressFilterModel *proxy, Qt::SortOrder order);
    void attachList(QTableView *view);
    void fillFilterChoices();
    void fillQuestionnaireChoices();
    void applyListFilters();
    void applyFilterWidgets();
    void showStatus(const ProgressSnapshot *s);
    void askExportCharts(bool pdf);
    void askExportTable(bool daily);
    void askExportBulletin();
    void askImportTargets();
    QList<QChartView *> chartViews() const;

    Workspace *m_workspace;
    ProgressCache *m_cache;
    ProgressModel *m_model;
    ProgressFilterModel *m_unitsProxy;
    ProgressFilterModel *m_behindProxy;
    ProgressFilter m_filter;
    int m_refreshes = 0;
    QList<qint64> m_groupChoices;
    bool m_unitsDirty = false;
    bool m_behindDirty = false;
    bool m_forceLists = false;

    QComboBox *m_regionBox = nullptr;
    QComboBox *m_kindBox = nullptr;
    QComboBox *m_groupBox = nullptr;
    QComboBox *m_questionnaireBox = nullptr; // every questionnaire, or one
    QList<qint64> m_questionnaireChoices;
    QString m_questionnaireError; // why they are not the campaign's current ones; empty: they are
    QLineEdit *m_search = nullptr;
    QComboBox *m_rankModeBox = nullptr;
    QSpinBox *m_rankCountBox = nullptr;
    QLabel *m_status = nullptr;
    DashboardHeadline *m_headline = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_overview = nullptr;
    QScrollArea *m_overviewTab = nullptr; // m_overview in a scroll area

    CumulativeChart *m_cumulativeChart = nullptr;
    RankingChart *m_rankingChart = nullptr;
    BreakdownChart *m_regionChart = nullptr;
    BreakdownChart *m_kindChart = nullptr;

    QTableView *m_unitsView = nullptr;
    QTableView *m_behindView = nullptr;
};
