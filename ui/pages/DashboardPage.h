#pragma once

#include "common/Problem.h"
#include "progress/ProgressFilter.h"
#include "progress/ProgressQuery.h"

#include <QDate>
#include <QWidget>

class GradingDialog;
class ProgressCache;
class ProgressFilterModel;
class ProgressModel;
class QBarCategoryAxis;
class QBarSet;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QLineEdit;
class QLineSeries;
class QScrollArea;
class QSpinBox;
class QTabWidget;
class QTableView;
class QValueAxis;
class UnitSeriesDialog;
class Workspace;

// The progress dashboard: headline figures, cumulative samples against the target pace, units
// ranked by share of target (top or bottom N), breakdowns by region and kind, a "behind pace"
// list and the unit list, all following the region / kind / parent-unit filters. It reads the
// campaign's figures once (ProgressCache) and again only after tallies, units or grades change;
// changing a filter recomputes from the cached snapshot.
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
    void
    setFilter(const ProgressFilter &filter); // region / kind / group; text goes to the unit list
    void setSearchText(const QString &text);
    void setRanking(bool top, int count);
    // Lists on hidden tabs are normally filtered when shown; tests and exports may want them now.
    void setListsAlwaysFiltered(bool always);

    // The charts' data, for tests and exports.
    QLineSeries *cumulativeSeries() const { return m_cumulative; }
    QLineSeries *paceSeries() const { return m_pace; }
    QBarSet *rankingSet() const { return m_rankingSet; }
    QList<qint64> rankingUnitIds() const { return m_rankingIds; } // bar i -> unit
    QBarSet *regionValidSet() const { return m_regionValid; }
    QBarSet *regionTargetSet() const { return m_regionTarget; }
    QStringList regionCategories() const { return m_regionCodes; }
    QBarSet *kindValidSet() const { return m_kindValid; }
    QBarSet *kindTargetSet() const { return m_kindTarget; }
    QStringList headlineTexts() const;
    int refreshCount() const { return m_refreshes; }
    // A count as an axis tick: "4,000,000", or "400万" in Chinese.
    static QString countLabel(double value);

    bool exportChartsPng(const QString &path);
    bool exportChartsPdf(const QString &path);
    bool exportProgress(const QString &path, QString *error = nullptr);
    bool exportDaily(const QString &path, QString *error = nullptr);
    // The daily bulletin of date (invalid: the last day with figures) as .png or .pdf, over the
    // whole campaign whatever the filters (the units' groups see every unit).
    bool exportBulletin(const QString &path, const QDate &date = {}, QString *error = nullptr);
    // Sample targets from a file (TargetImporter: all rows or nothing); the figures reload after.
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
    void buildToolbar();
    QWidget *buildHeadline();
    QWidget *buildOverview();
    void fillFilterChoices();
    void fillQuestionnaireChoices();
    void applyListFilters();
    void applyFilterWidgets();
    void refreshRanking(const ProgressSnapshot &s, const QList<int> &rows);
    void refreshBreakdowns(const ProgressSnapshot &s, const QList<int> &rows);
    void askExportCharts();
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
    bool m_rankTop = true;
    int m_rankCount = 20;
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
    QLineEdit *m_search = nullptr;
    QComboBox *m_rankModeBox = nullptr;
    QSpinBox *m_rankCountBox = nullptr;
    QLabel *m_status = nullptr;
    QList<QLabel *> m_figures; // valid, share, reported, suggestions, projected
    QList<QLabel *> m_figureNotes;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_overview = nullptr;
    QScrollArea *m_overviewTab = nullptr; // m_overview in a scroll area

    QChartView *m_cumulativeView = nullptr;
    QLineSeries *m_cumulative = nullptr;
    QLineSeries *m_pace = nullptr;
    QDateTimeAxis *m_cumulativeX = nullptr;
    QValueAxis *m_cumulativeY = nullptr;

    QChartView *m_rankingView = nullptr;
    QScrollArea *m_rankingScroll = nullptr;
    QBarSet *m_rankingSet = nullptr;
    QLineSeries *m_targetLine = nullptr;
    QBarCategoryAxis *m_rankingY = nullptr;
    QValueAxis *m_rankingX = nullptr;
    QList<qint64> m_rankingIds;
    QStringList m_rankingNames; // full names, bar i

    QChartView *m_regionView = nullptr;
    QBarSet *m_regionValid = nullptr;
    QBarSet *m_regionTarget = nullptr;
    QBarCategoryAxis *m_regionX = nullptr;
    QValueAxis *m_regionY = nullptr;
    QStringList m_regionCodes;

    QChartView *m_kindView = nullptr;
    QBarSet *m_kindValid = nullptr;
    QBarSet *m_kindTarget = nullptr;
    QValueAxis *m_kindY = nullptr;

    QTableView *m_unitsView = nullptr;
    QTableView *m_behindView = nullptr;
};
