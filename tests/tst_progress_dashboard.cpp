// The dashboard opened offscreen on the demo database: its chart series checked by value against
// figures read independently with SQL, filters, the unit series on a bar click, refresh after a
// tally import, exports read back, and the grading dialog.
#include "PdfText.h"
#include "TestSupport.h"
#include "WhenModal.h"

#include "charts/BarValueLabels.h"
#include "charts/BreakdownChart.h"
#include "charts/CategoryLabels.h"
#include "charts/RankingChart.h"
#include "db/Database.h"
#include "demo/DemoDataGenerator.h"
#include "dialogs/GradingDialog.h"
#include "dialogs/TargetImportWizard.h"
#include "dialogs/UnitSeriesDialog.h"
#include "itemmodels/GradeModel.h"
#include "itemmodels/ProgressModel.h"
#include "pages/DashboardPage.h"
#include "progress/Commendations.h"
#include "progress/GradingRepository.h"
#include "progress/ProgressCache.h"
#include "repo/QuestionnaireRepository.h"
#include "io/TableReader.h"
#include "session/Workspace.h"

#include <QBarSet>
#include <QChartView>
#include <QHelpEvent>
#include <QToolTip>
#include <QComboBox>
#include <QLineSeries>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QPointer>
#include <QMessageBox>
#include <QLineEdit>
#include <QAbstractButton>
#include <QApplication>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>
#include <QValueAxis>

#include <algorithm>

namespace {
struct TableRow
{
    qint64 line = 0;
    QStringList cells;
};

// A CSV or .xlsx file read back with the project's own reader.
QList<TableRow> readTable(const QString &path, QString *error = nullptr)
{
    QList<TableRow> rows;
    QString openError;
    std::unique_ptr<TableReader> reader = TableReader::open(path, {}, &openError);
    if (!reader) {
        if (error)
            *error = openError;
        return rows;
    }
    QStringList cells;
    while (reader->readRow(cells))
        rows.append({reader->lineNumber(), cells});
    if (error)
        *error = reader->errorString();
    return rows;
}
} // namespace

class tst_ProgressDashboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void chartsShowTheCampaignByValue();
    void rankingIsTopAndBottomN();
    void chartTitlesAfterFirstShowing();
    void filtersNarrowEveryChart();
    void questionnaireFilter();
    void barClickOpensUnitSeries();
    void rankingHoverShowsFullName();
    void chartsKeepClearAtSmallScreen();
    void chartsAttachTheirFiguresOnce();
    void categoryNamesBesideTheirBars();
    void rankingFiguresAtTheBarsEnds();
    void refreshesAfterTallyImport();
    void searchFiltersUnitList();
    void exportsReadBack();
    void gradingDialog();
    void importTargetsReloads();
    void chineseScreenshot();

private:
    qint64 sql(const QString &query, const QVariantList &values = {});
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    DashboardPage *m_page = nullptr;
};

qint64 tst_ProgressDashboard::sql(const QString &query, const QVariantList &values)
{
    QSqlQuery q(m_workspace->database().connection());
    q.prepare(query);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning() << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

void tst_ProgressDashboard::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SecretariatTests"));
    m_path = TestSupport::newDatabaseLocation(QStringLiteral("dashboard"));
    {
        auto db = TestSupport::openMigrated(m_path);
        QVERIFY(DemoDataGenerator(*db).generate(2024, nullptr, true).isEmpty());
    }
    m_workspace = std::make_unique<Workspace>();
    QVERIFY(!m_workspace->open(m_path).isValid());
    QCOMPARE(m_workspace->campaign()->year, 2024);
    m_page = new DashboardPage(m_workspace.get());
    m_page->setListsAlwaysFiltered(true);
    m_page->resize(1500, 950);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    // The figures are read on a worker thread; the page shows them when they arrive.
    QTRY_VERIFY(m_page->cache()->snapshot() && !m_page->cache()->isLoading());
}

void tst_ProgressDashboard::chartsShowTheCampaignByValue()
{
    const qint64 campaign = m_workspace->campaignId();
    const QString tallies = QStringLiteral(
        " FROM daily_tallies t JOIN links l ON l.id = t.link_id WHERE l.campaign_id = ?");
    // Cumulative line: one point per reported day, the running sum of all units.
    const QList<QPointF> points = m_page->cumulativeSeries()->points();
    QCOMPARE(points.size(), 10);
    qint64 running = 0;
    for (int d = 0; d < 10; ++d) {
        running += sql(QStringLiteral("SELECT SUM(t.valid_samples)") + tallies
                           + QStringLiteral(" AND t.day = ?"),
                       {campaign, QDate(2024, 7, 17).addDays(d).toString(Qt::ISODate)});
        QCOMPARE(qint64(points.at(d).y()), running);
    }
    QCOMPARE(running, sql(QStringLiteral("SELECT SUM(t.valid_samples)") + tallies, {campaign}));
    // Pace line: the overall target spread evenly over the ten days.
    const qint64 target
        = sql(QStringLiteral("SELECT SUM(sample_target) FROM participations WHERE campaign_id = ?"),
              {campaign});
    const QList<QPointF> pace = m_page->paceSeries()->points();
    QCOMPARE(pace.size(), 10);
    QCOMPARE(pace.first().y(), target / 10.0);
    QCOMPARE(pace.last().y(), double(target));
    // Region and kind breakdowns add up to the same totals.
    QCOMPARE(m_page->regionCategories().size(), 34);
    double regionValid = 0, regionTarget = 0;
    for (int i = 0; i < m_page->regionValidSet()->count(); ++i) {
        regionValid += m_page->regionValidSet()->at(i);
        regionTarget += m_page->regionTargetSet()->at(i);
    }
    QCOMPARE(qint64(regionValid), running);
    QCOMPARE(qint64(regionTarget), target);
    const int guangdong = int(m_page->regionCategories().indexOf(QStringLiteral("44")));
    QCOMPARE(
        qint64(m_page->regionValidSet()->at(guangdong)),
        sql(QStringLiteral(
                "SELECT SUM(t.valid_samples) FROM daily_tallies t JOIN links l ON l.id = t.link_id"
                " JOIN units u ON u.id = l.unit_id WHERE l.campaign_id = ? AND u.province = '44'"),
            {campaign}));
    QCOMPARE(m_page->kindValidSet()->count(), 3);
    QCOMPARE(qint64(m_page->kindTargetSet()->at(2)),
             sql(QStringLiteral("SELECT SUM(sample_target) FROM participations WHERE campaign_id = "
                                "? AND kind = 'supporting'"),
                 {campaign}));
    // Headline: valid samples and the number of units that reported on the last day.
    const QStringList headline = m_page->headlineTexts();
    QVERIFY2(headline.at(0).startsWith(QLocale().toString(running)), qPrintable(headline.at(0)));
    const qint64 reported = sql(QStringLiteral("SELECT COUNT(DISTINCT l.unit_id)") + tallies
                                    + QStringLiteral(" AND t.day = '2024-07-26'"),
                                {campaign});
    QVERIFY2(headline.at(2).startsWith(QStringLiteral("%1 / 241").arg(reported)),
             qPrintable(headline.at(2)));
}

void tst_ProgressDashboard::rankingIsTopAndBottomN()
{
    // Independent ranking: every unit's share from SQL, best first.
    QSqlQuery q(m_workspace->database().connection());
    q.prepare(QStringLiteral(
        "SELECT p.unit_id, p.sample_target, COALESCE(SUM(t.valid_samples), 0) FROM participations p"
        " LEFT JOIN links l ON l.campaign_id = p.campaign_id AND l.unit_id = p.unit_id"
        " LEFT JOIN daily_tallies t ON t.link_id = l.id WHERE p.campaign_id = ? AND "
        "p.sample_target > 0"
        " GROUP BY p.unit_id, p.sample_target"));
    q.addBindValue(m_workspace->campaignId());
    QVERIFY(q.exec());
    QList<QPair<qint64, qint64>> shares; // tenths of a percent, unit
    while (q.next())
        shares.append({(q.value(2).toLongLong() * 2000 + q.value(1).toLongLong())
                           / (2 * q.value(1).toLongLong()),
                       q.value(0).toLongLong()});
    std::sort(shares.begin(), shares.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    m_page->setRanking(true, 20);
    QBarSet *set = m_page->rankingSet();
    QCOMPARE(set->count(), 20);
    // The first place is drawn on top, i.e. it is the last bar.
    for (int i = 0; i < 20; ++i) {
        QCOMPARE(set->at(19 - i), shares.at(i).first / 10.0);
        QCOMPARE(m_page->rankingUnitIds().at(19 - i), shares.at(i).second);
    }
    m_page->setRanking(false, 10);
    QCOMPARE(set->count(), 10);
    std::sort(shares.begin(), shares.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second < b.second;
    });
    QCOMPARE(set->at(9), shares.first().first / 10.0);
    QCOMPARE(m_page->rankingUnitIds().at(9), shares.first().second);
    QCOMPARE(m_page->rankingChart()->chart()->title(), QStringLiteral("Bottom 10"));
    // The title follows the ranking on a hidden tab too, once the chart has been shown.
    auto *tabs = m_page->findChild<QTabWidget *>(QStringLiteral("dashboardTabs"));
    tabs->setCurrentIndex(1);
    m_page->setRanking(true, 20);
    QCOMPARE(m_page->rankingChart()->chart()->title(), QStringLiteral("Top 20"));
    tabs->setCurrentIndex(0);
}

void tst_ProgressDashboard::chartTitlesAfterFirstShowing()
{
    // A chart's title reaches the QChart when its view is first shown (before, Qt Charts would
    // lay it out at no size at all), as the page shows the charts once the figures are there.
    DashboardPage page(m_workspace.get());
    page.resize(1500, 950);
    const QList<DashboardChart *> charts = page.findChildren<DashboardChart *>();
    QCOMPARE(charts.size(), 4);
    for (DashboardChart *chart : charts)
        QVERIFY2(chart->chart()->title().isEmpty(), qPrintable(chart->objectName()));
    page.show();
    QTRY_VERIFY(page.cache()->snapshot() && !page.cache()->isLoading());
    QTRY_VERIFY(page.regionChart()->isVisible());
    for (DashboardChart *chart : charts) {
        QVERIFY2(!chart->title().isEmpty(), qPrintable(chart->objectName()));
        QCOMPARE(chart->chart()->title(), chart->title());
    }
    QCOMPARE(page.regionChart()->chart()->title(),
             QStringLiteral("Valid samples and targets by region"));
}

void tst_ProgressDashboard::filtersNarrowEveryChart()
{
    const qint64 campaign = m_workspace->campaignId();
    ProgressFilter f;
    f.region = QStringLiteral("44");
    m_page->setFilter(f);
    // All 34 regions stay on the axis; only Guangdong has figures.
    QCOMPARE(m_page->regionCategories().size(), 34);
    const int guangdong = int(m_page->regionCategories().indexOf(QStringLiteral("44")));
    double others = 0;
    for (int i = 0; i < 34; ++i)
        others += i == guangdong
            ? 0
            : m_page->regionValidSet()->at(i) + m_page->regionTargetSet()->at(i);
    QCOMPARE(others, 0.0);
    const qint64 gd = sql(
        QStringLiteral(
            "SELECT SUM(t.valid_samples) FROM daily_tallies t JOIN links l ON l.id = t.link_id"
            " JOIN units u ON u.id = l.unit_id WHERE l.campaign_id = ? AND u.province = '44'"),
        {campaign});
    QCOMPARE(qint64(m_page->cumulativeSeries()->points().last().y()), gd);
    QCOMPARE(qint64(m_page->regionValidSet()->at(guangdong)), gd);
    QVERIFY(m_page->rankingSet()->count() <= 20);
    QCOMPARE(m_page->unitList()->rowCount(),
             int(sql(QStringLiteral(
                         "SELECT COUNT(*) FROM participations p JOIN units u ON u.id = p.unit_id"
                         " WHERE p.campaign_id = ? AND u.province = '44'"),
                     {campaign})));
    // Kind: only supporting units.
    f.region.clear();
    f.kind = QStringLiteral("supporting");
    m_page->setFilter(f);
    QCOMPARE(m_page->kindValidSet()->at(0), 0.0);
    QCOMPARE(m_page->kindValidSet()->at(1), 0.0);
    QVERIFY(m_page->kindValidSet()->at(2) > 0);
    // Parent unit: the group of Beijing's first-level unit (id 1): itself and the units under it.
    f.kind.clear();
    f.groupOf = 1;
    m_page->setFilter(f);
    const qint64 group = sql(
        QStringLiteral(
            "SELECT SUM(t.valid_samples) FROM daily_tallies t JOIN links l ON l.id = t.link_id"
            " JOIN participations p ON p.unit_id = l.unit_id AND p.campaign_id = l.campaign_id"
            " WHERE l.campaign_id = ? AND (p.unit_id = 1 OR p.parent_unit_id = 1)"),
        {campaign});
    QCOMPARE(qint64(m_page->cumulativeSeries()->points().last().y()), group);
    QCOMPARE(qint64(m_page->cache()->snapshot()->unit(1)->groupValid), group);
    m_page->setFilter({});
    QCOMPARE(m_page->regionCategories().size(), 34);
}

void tst_ProgressDashboard::questionnaireFilter()
{
    // A second questionnaire, with no links yet: the filter lists it, and its figures are none.
    Questionnaire q;
    q.campaignId = m_workspace->campaignId();
    q.name = QStringLiteral("practitioners");
    q.platform = QStringLiteral("wjx");
    q.linkParameter = QStringLiteral("sojumpparm");
    QVERIFY(QuestionnaireRepository(m_workspace->database()).add(q).isEmpty());
    auto *box = m_page->findChild<QComboBox *>(QStringLiteral("questionnaireFilter"));
    QVERIFY(box);
    QTRY_COMPARE(box->count(), 3); // all, main, practitioners
    const auto total = [this] {
        const QList<QPointF> points = m_page->cumulativeSeries()->points();
        return points.isEmpty() ? qint64(0) : qint64(points.last().y());
    };
    const qint64 all = total();
    QVERIFY(all > 0);
    m_page->cache()->setQuestionnaireId(q.id);
    QTRY_COMPARE(total(), qint64(0));
    m_page->cache()->setQuestionnaireId(box->itemData(1).toLongLong()); // main: every link
    QTRY_COMPARE(total(), all);
    m_page->cache()->setQuestionnaireId(0);
    QTRY_COMPARE(total(), all);
}

void tst_ProgressDashboard::barClickOpensUnitSeries()
{
    m_page->setRanking(true, 20);
    const qint64 unit = m_page->rankingUnitIds().last();
    emit m_page->rankingSet()->clicked(int(m_page->rankingUnitIds().size()) - 1);
    auto *dialog = m_page->findChild<UnitSeriesDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->unitId(), unit);
    QCOMPARE(dialog->dailySet()->count(), 10);
    for (int d = 0; d < 10; ++d) {
        const qint64 expected = sql(
            QStringLiteral(
                "SELECT COALESCE(SUM(t.valid_samples), 0) FROM daily_tallies t JOIN links l"
                " ON l.id = t.link_id WHERE l.campaign_id = ? AND l.unit_id = ? AND t.day = ?"),
            {m_workspace->campaignId(), unit, QDate(2024, 7, 17).addDays(d).toString(Qt::ISODate)});
        QCOMPARE(qint64(dialog->dailySet()->at(d)), expected);
    }
    const qint64 target
        = sql(QStringLiteral(
                  "SELECT sample_target FROM participations WHERE campaign_id = ? AND unit_id = ?"),
              {m_workspace->campaignId(), unit});
    QCOMPARE(dialog->paceSeries()->points().last().y(), double(target));
    delete dialog;
}

void tst_ProgressDashboard::rankingHoverShowsFullName()
{
    // The first place's label on the axis is shortened; hovering over it, or over its bar, shows
    // the unit's full name and share, as the pointer does: a move, then the tooltip request.
    m_page->findChild<QTabWidget *>(QStringLiteral("dashboardTabs"))->setCurrentIndex(0);
    m_page->setRanking(true, 20);
    auto *view = m_page->findChild<QChartView *>(QStringLiteral("rankingChart"));
    QVERIFY(view && view->isVisible());
    const int first = int(m_page->rankingUnitIds().size()) - 1; // drawn on top
    const QString name
        = m_page->cache()->snapshot()->unit(m_page->rankingUnitIds().at(first))->name;
    const QString shown = m_page->rankingChart()->names()->labels().at(first);
    QVERIFY2(name.size() > 10 && shown.startsWith(QStringLiteral("1. ")) && !shown.contains(name),
             qPrintable(shown));
    QAbstractSeries *series = view->chart()->series().constFirst();
    const qreal share = m_page->rankingSet()->at(first);
    const auto viewportPoint = [&](const QPointF &value) {
        return view->mapFromScene(
            view->chart()->mapToScene(view->chart()->mapToPosition(value, series)));
    };
    QPoint onBar = viewportPoint(QPointF(share / 2, first));
    QPoint onLabel = onBar;
    onLabel.setX(int(view->chart()->plotArea().left()) - 30);
    for (const QPoint &at : {onLabel, onBar}) {
        QToolTip::hideText();
        QTest::mouseMove(view->viewport(), at);
        QHelpEvent help(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(name), qPrintable(QToolTip::text()));
        QVERIFY2(QToolTip::text().contains(QLocale().toString(share, 'f', 1) + QLatin1Char('%')),
                 qPrintable(QToolTip::text()));
    }
    // Below the bars there is no unit to name.
    QToolTip::hideText();
    const QPoint below(onBar.x(), view->viewport()->height() - 2);
    QHelpEvent nothing(QEvent::ToolTip, below, view->viewport()->mapToGlobal(below));
    QApplication::sendEvent(view->viewport(), &nothing);
    QTRY_VERIFY(!QToolTip::isVisible());
    QToolTip::hideText();
}

void tst_ProgressDashboard::chartsKeepClearAtSmallScreen()
{
    // The page as it is in a 1280×720 window (navigation and menus take the rest): no chart lies
    // over another's title, and none is squeezed below its least height (the page scrolls).
    const QSize before = m_page->size();
    m_page->resize(1280 - 170, 720 - 110);
    QApplication::processEvents();
    auto *overview = m_page->findChild<QWidget *>(QStringLiteral("dashboardOverview"));
    QVERIFY(overview);
    const QList<QChartView *> views = overview->findChildren<QChartView *>();
    QCOMPARE(views.size(), 4);
    for (QChartView *view : views) {
        QVERIFY2(view->height() >= view->minimumHeight(), qPrintable(view->objectName()));
        const QRect rect(view->mapTo(overview, QPoint(0, 0)), view->size());
        const QRect title(rect.topLeft(), QSize(rect.width(), 36));
        for (QChartView *other : views) {
            if (other == view)
                continue;
            const QRect otherRect(other->mapTo(overview, QPoint(0, 0)), other->size());
            QVERIFY2(!otherRect.intersects(title),
                     qPrintable(other->objectName() + QStringLiteral(" covers the title of ")
                                + view->objectName()));
        }
    }
    m_page->resize(before);
}

void tst_ProgressDashboard::chartsAttachTheirFiguresOnce()
{
    // A chart gets its series and axes after its first figures (one layout instead of one per
    // axis change); until then it is empty, and later figures change them in place.
    Workspace empty; // no database: no figures
    DashboardPage blank(&empty);
    for (QChartView *view : blank.findChildren<QChartView *>()) {
        QVERIFY2(view->chart()->series().isEmpty(), qPrintable(view->objectName()));
        QVERIFY2(view->chart()->axes().isEmpty(), qPrintable(view->objectName()));
    }
    const QHash<QString, QPair<int, int>> expected = {{QStringLiteral("cumulativeChart"), {2, 2}},
                                                      {QStringLiteral("rankingChart"), {2, 2}},
                                                      {QStringLiteral("regionChart"), {1, 2}},
                                                      {QStringLiteral("kindChart"), {1, 2}}};
    ProgressFilter region;
    region.region = QStringLiteral("44");
    m_page->setFilter(region);
    m_page->setFilter({});
    m_page->refresh();
    const QList<QChartView *> views = m_page->findChildren<QChartView *>();
    QCOMPARE(views.size(), 4);
    for (QChartView *view : views) {
        const QChart *chart = view->chart();
        QCOMPARE(QPair(int(chart->series().size()), int(chart->axes().size())),
                 expected.value(view->objectName()));
        for (QAbstractSeries *series : chart->series())
            QCOMPARE(series->attachedAxes().size(), 2);
    }
    // Filled before they were attached: all 34 regions, each at its value on the axis.
    auto *regions = qobject_cast<QValueAxis *>(
        m_page->regionChart()->chart()->axes(Qt::Horizontal).constFirst());
    QVERIFY(regions);
    QCOMPARE(QPair(regions->min(), regions->max()), QPair(-0.5, 33.5));
    QCOMPARE(m_page->regionChart()->names()->labels().size(), 34);
    QCOMPARE(m_page->regionValidSet()->count(), 34);
}

void tst_ProgressDashboard::categoryNamesBesideTheirBars()
{
    // The regions', kinds' and ranked units' names are drawn by CategoryLabels, not by a Qt Charts
    // axis: every name is drawn (none left out, at the dashboard's size and at the least one),
    // level with its bar, outside the plot area, inside the chart, clear of the others, and its
    // pixels are the text's.
    m_page->findChild<QTabWidget *>(QStringLiteral("dashboardTabs"))->setCurrentIndex(0);
    m_page->setRanking(true, 20);
    const QSize before = m_page->size();
    for (const QSize size : {before, QSize(1280 - 170, 720 - 110)}) {
        m_page->resize(size);
        QApplication::processEvents();
        const QList<QPair<DashboardChart *, CategoryLabels *>> charts
            = {{m_page->regionChart(), m_page->regionChart()->names()},
               {m_page->kindChart(), m_page->kindChart()->names()},
               {m_page->rankingChart(), m_page->rankingChart()->names()}};
        for (const auto &[view, names] : charts) {
            const QString what
                = view->objectName() + QStringLiteral(" at ") + QString::number(size.width());
            const QStringList labels = names->labels();
            QCOMPARE(labels.size(),
                     view == m_page->kindChart()         ? 3
                         : view == m_page->regionChart() ? 34
                                                         : 20);
            QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
            QChart *chart = view->chart();
            QAbstractSeries *series = chart->series().constFirst();
            const QRectF plot = chart->plotArea();
            const QImage shot = view->grab().toImage();
            QRectF previous;
            for (int i = 0; i < labels.size(); ++i) {
                const QString where = what + QLatin1Char(' ') + labels.at(i);
                const QRectF rect = names->labelRect(i);
                QVERIFY2(!rect.isNull(), qPrintable(where));
                const QPointF bar = chart->mapToPosition(QPointF(i, i), series);
                if (view == m_page->rankingChart()) {
                    QVERIFY2(qAbs(rect.center().y() - bar.y()) < 0.5, qPrintable(where));
                    QVERIFY2(rect.right() < plot.left() && rect.left() >= 0, qPrintable(where));
                } else {
                    QVERIFY2(qAbs(rect.center().x() - bar.x()) < 0.5, qPrintable(where));
                    QVERIFY2(rect.top() > plot.bottom()
                                 && rect.bottom() <= chart->boundingRect().bottom(),
                             qPrintable(where));
                }
                QVERIFY2(!rect.intersects(previous), qPrintable(where));
                previous = rect;
                // The text's pixels: dark on the chart's white, where the name is said to be.
                const QRect onView = view->mapFromScene(chart->mapToScene(rect)).boundingRect();
                int dark = 0;
                for (int y = onView.top(); y <= onView.bottom(); ++y) {
                    for (int x = onView.left(); x <= onView.right(); ++x)
                        dark += qGray(shot.pixel(qBound(0, x, shot.width() - 1),
                                                 qBound(0, y, shot.height() - 1)))
                            < 128;
                }
                QVERIFY2(dark >= 5, qPrintable(where + QStringLiteral(": nothing drawn")));
            }
        }
    }
    m_page->resize(before);
    QApplication::processEvents();
}

void tst_ProgressDashboard::rankingFiguresAtTheBarsEnds()
{
    // Each bar's share (Percent::text, as the headline and the exports print it) at its end:
    // inside it in white where it fits, else just past it in the axes' colour, over the 100 %
    // line; for the top 20 (long bars) and for the bottom 10 (short or empty ones).
    m_page->findChild<QTabWidget *>(QStringLiteral("dashboardTabs"))->setCurrentIndex(0);
    RankingChart *view = m_page->rankingChart();
    // One unit far from its target, for a bar too short to hold its figure.
    const qint64 far = m_page->cache()->snapshot()->units.constFirst().unitId;
    const qint64 target = sql(QStringLiteral("SELECT sample_target FROM participations WHERE "
                                             "campaign_id = ? AND unit_id = ?"),
                              {m_workspace->campaignId(), far});
    const auto setTarget = [&](qint64 value) {
        QSqlQuery q(m_workspace->database().connection());
        q.prepare(QStringLiteral("UPDATE participations SET sample_target = ? WHERE "
                                 "campaign_id = ? AND unit_id = ?"));
        q.addBindValue(value);
        q.addBindValue(m_workspace->campaignId());
        q.addBindValue(far);
        QVERIFY(q.exec() && q.numRowsAffected() == 1);
        const int loads = m_page->cache()->loads();
        m_workspace->database().events()->notify(DataEvents::Tallies);
        QTRY_COMPARE(m_page->cache()->loads(), loads + 1);
    };
    setTarget(100000000);
    for (const bool top : {true, false}) {
        m_page->setRanking(top, top ? 20 : 10);
        QApplication::processEvents();
        const QList<qint64> ids = m_page->rankingUnitIds();
        const QStringList texts = view->figures()->texts();
        QCOMPARE(texts.size(), ids.size());
        QChart *chart = view->chart();
        QAbstractSeries *series = chart->series().constFirst();
        const QImage shot = view->grab().toImage();
        int inside = 0, outside = 0;
        for (int i = 0; i < ids.size(); ++i) {
            const UnitProgress *u = m_page->cache()->snapshot()->unit(ids.at(i));
            QCOMPARE(texts.at(i), Percent::text(u->valid, u->target) + QLatin1Char('%'));
            bool in = false;
            const QRectF rect = view->figures()->labelRect(i, &in);
            const QPointF start = chart->mapToPosition(QPointF(0, i), series);
            const QPointF end
                = chart->mapToPosition(QPointF(m_page->rankingSet()->at(i), i), series);
            QVERIFY2(qAbs(rect.center().y() - end.y()) < 0.5, qPrintable(texts.at(i)));
            if (in)
                QVERIFY2(rect.left() >= start.x() && rect.right() <= end.x(),
                         qPrintable(texts.at(i)));
            else
                QVERIFY2(rect.left() >= end.x() && rect.right() <= chart->boundingRect().right(),
                         qPrintable(texts.at(i)));
            (in ? inside : outside) += 1;
            // The text's pixels: white on the bar, dark past it.
            const QRect onView = view->mapFromScene(chart->mapToScene(rect)).boundingRect();
            int drawn = 0;
            for (int y = onView.top(); y <= onView.bottom(); ++y) {
                for (int x = onView.left(); x <= onView.right(); ++x) {
                    const int gray = qGray(shot.pixel(qBound(0, x, shot.width() - 1),
                                                      qBound(0, y, shot.height() - 1)));
                    drawn += in ? gray > 230 : gray < 128;
                }
            }
            QVERIFY2(drawn >= 5, qPrintable(texts.at(i) + QStringLiteral(": nothing drawn")));
        }
        QVERIFY(top ? inside == 20 : outside > 0 && inside > 0);
    }
    setTarget(target);
    m_page->setRanking(true, 20);
}

void tst_ProgressDashboard::refreshesAfterTallyImport()
{
    const int loads = m_page->cache()->loads();
    const double before = m_page->cumulativeSeries()->points().last().y();
    // Changing filters recomputes from the cache without reading the database.
    m_page->setFilter({});
    QCOMPARE(m_page->cache()->loads(), loads);
    // An import (here: a direct write announced like the tally importer does) reloads once.
    QSqlQuery q(m_workspace->database().connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE daily_tallies SET valid_samples = valid_samples + 500 "
                                  "WHERE link_id = 1 AND day = '2024-07-26'")));
    QCOMPARE(q.numRowsAffected(), 1);
    m_workspace->database().events()->notify(DataEvents::Tallies);
    // Read again on a worker thread: the old figures stay until the new ones arrive.
    QVERIFY(m_page->cache()->isLoading());
    QCOMPARE(m_page->cumulativeSeries()->points().last().y(), before);
    QTRY_COMPARE(m_page->cache()->loads(), loads + 1);
    QCOMPARE(m_page->cumulativeSeries()->points().last().y(), before + 500);
    // Other domains do not cost a reload.
    m_workspace->database().events()->notify(DataEvents::Letters);
    QCOMPARE(m_page->cache()->loads(), loads + 1);
}

void tst_ProgressDashboard::searchFiltersUnitList()
{
    m_page->setSearchText(QStringLiteral("融媒体"));
    const qint64 expected = sql(
        QStringLiteral("SELECT COUNT(*) FROM participations p JOIN units u ON u.id = p.unit_id"
                       " WHERE p.campaign_id = ? AND u.name LIKE '%融媒体%'"),
        {m_workspace->campaignId()});
    QVERIFY(expected > 0);
    QCOMPARE(m_page->unitList()->rowCount(), int(expected));
    // Sorted by share, best first.
    const QModelIndex first = m_page->unitList()->index(0, ProgressModel::ShareColumn);
    const QModelIndex second = m_page->unitList()->index(1, ProgressModel::ShareColumn);
    QVERIFY(first.data(ProgressModel::ShareRole).toDouble()
            >= second.data(ProgressModel::ShareRole).toDouble());
    m_page->setSearchText(QString());
    QCOMPARE(m_page->unitList()->rowCount(), 241);
    // The behind-pace list holds exactly the units projected to miss their target.
    int behind = 0;
    for (const UnitProgress &u : m_page->cache()->snapshot()->units)
        behind += u.forecast < u.target ? 1 : 0;
    QCOMPARE(m_page->behindList()->rowCount(), behind);
}

void tst_ProgressDashboard::exportsReadBack()
{
    const QString png = m_dir.filePath(QStringLiteral("charts.png"));
    QVERIFY(m_page->exportChartsPng(png));
    QImage image(png);
    QVERIFY(image.width() > 600 && image.height() > 300);
    const QString pdf = m_dir.filePath(QStringLiteral("charts.pdf"));
    QVERIFY(m_page->exportChartsPdf(pdf));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(info.waitForFinished(30000));
    QVERIFY2(QString::fromUtf8(info.readAllStandardOutput())
                 .contains(QRegularExpression(QStringLiteral("Pages:\\s+4"))),
             "four charts, four pages");
    // The unit and region names read back as written: not as the Kangxi radicals and CJK
    // Radicals Supplement characters Noto Sans CJK draws with the same glyphs (人 as ⼈).
    QProcess chartText;
    chartText.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(chartText.waitForFinished(30000));
    const QString read = QString::fromUtf8(chartText.readAllStandardOutput());
    QVERIFY2(read.contains(QStringLiteral("融媒体中心")), qPrintable(read.left(2000)));
    for (const QChar c : read)
        QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF, qPrintable(read.left(2000)));
    // The names and figures the page draws itself are as large on the page as the axes' labels
    // Qt Charts draws in the same font (a font in points drawn through the PDF's 150 dpi came
    // out half as large again, and cut off at its screen size). Pages: cumulative, ranking,
    // region, kind; a turned name's size is its box's width.
    const QList<PdfText::Word> words = PdfText::words(pdf);
    const auto axisLabelHeight = [&](int page) {
        QList<qreal> heights;
        for (const PdfText::Word &w : words) {
            // Below the page's heading and subtitle (ChartExport: 80 px at 150 dpi, 38 pt).
            if (w.page == page && w.box.top() > 38
                && w.text.contains(QRegularExpression(QStringLiteral("^[0-9,]+%?$"))))
                heights << w.box.height();
        }
        std::sort(heights.begin(), heights.end());
        return heights.isEmpty() ? 0.0 : heights.at(heights.size() / 2);
    };
    const QStringList regions = m_page->regionChart()->names()->labels();
    const QStringList kinds = m_page->kindChart()->names()->labels();
    const QList<std::tuple<int, QString, bool>> drawn
        = {{2, m_page->rankingChart()->figures()->texts().constLast(), false},
           {3, regions.constFirst(), true},
           {3, regions.constLast(), true},
           {4, kinds.constFirst(), false},
           {4, kinds.constLast(), false}};
    for (const auto &[page, text, turned] : drawn) {
        const auto w = std::find_if(words.begin(), words.end(), [&](const PdfText::Word &w) {
            return w.page == page && w.text == text;
        });
        QVERIFY2(w != words.end(), qPrintable(text));
        const qreal size = turned ? w->box.width() : w->box.height();
        const qreal axis = axisLabelHeight(page);
        QVERIFY2(axis > 0 && size > 0.85 * axis && size < 1.15 * axis,
                 qPrintable(QStringLiteral("%1: %2 against %3").arg(text).arg(size).arg(axis)));
    }

    const QString xlsx = m_dir.filePath(QStringLiteral("progress.xlsx"));
    QString error;
    QVERIFY2(m_page->exportProgress(xlsx, &error), qPrintable(error));
    QList<TableRow> rows;
    QVERIFY2((rows = readTable(xlsx, &error), error.isEmpty()), qPrintable(error));
    QCOMPARE(rows.size(), 242);
    const int valid = int(rows.first().cells.indexOf(QStringLiteral("valid_samples")));
    const int previous = int(rows.first().cells.indexOf(QStringLiteral("previous_valid_samples")));
    qint64 sum = 0;
    int withPrevious = 0;
    for (int i = 1; i < rows.size(); ++i) {
        sum += rows.at(i).cells.value(valid).toLongLong();
        withPrevious += rows.at(i).cells.value(previous).isEmpty() ? 0 : 1;
    }
    QCOMPARE(double(sum), m_page->cumulativeSeries()->points().last().y());
    QVERIFY(withPrevious > 150); // year over year from the 2023 demo campaign

    const QString csv = m_dir.filePath(QStringLiteral("daily.csv"));
    QVERIFY(m_page->exportDaily(csv, &error));
    QVERIFY((rows = readTable(csv, &error), error.isEmpty()));
    QCOMPARE(rows.size(), 1 + 241 * 10);

    // The daily bulletin: the campaign's total as the cumulative chart ends, whatever the filter.
    const QString bulletin = m_dir.filePath(QStringLiteral("bulletin.pdf"));
    QVERIFY2(m_page->exportBulletin(bulletin, {}, &error), qPrintable(error));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {bulletin, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    QVERIFY(QString::fromUtf8(text.readAllStandardOutput())
                .contains(QStringLiteral("累计有效样本 %1 /")
                              .arg(QLocale(QLocale::Chinese, QLocale::China).toString(sum))));
    QVERIFY(m_page->exportBulletin(m_dir.filePath(QStringLiteral("bulletin.png"))));
    QCOMPARE(QImage(m_dir.filePath(QStringLiteral("bulletin.png"))).width(), 1080);
}

void tst_ProgressDashboard::gradingDialog()
{
    GradingDialog *dialog = m_page->openGrading();
    QVERIFY(dialog);
    const auto snapshot = m_page->cache()->snapshot();
    const QList<GradingRule> rules
        = GradingRepository(m_workspace->database()).rules(m_workspace->campaignId());
    QCOMPARE(dialog->editedRules(), rules);
    QCOMPARE(dialog->gradeModel()->rowCount(), 241);
    const QList<Commendation> expected = Commendations::build(*snapshot, rules);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(dialog->commendationTree()->topLevelItemCount(), int(expected.size()));
    QCOMPARE(dialog->commendationTree()->topLevelItem(0)->text(0),
             snapshot->units.at(expected.first().row).name);
    QCOMPARE(dialog->commendationTree()->topLevelItem(0)->childCount(),
             int(expected.first().supporterRows.size()));

    // Looser rules commend more units.
    QList<GradingRule> looser = rules;
    looser.first().minShare = 0.5;
    looser.first().minSamples = 0;
    looser.first().minSupport = 0;
    dialog->setEditedRules(looser);
    QVERIFY(dialog->saveRules().isEmpty());
    QCOMPARE(GradingRepository(m_workspace->database()).rules(m_workspace->campaignId()), looser);
    QTRY_VERIFY(dialog->commendationTree()->topLevelItemCount() > expected.size());
    // A duplicate grade is refused.
    QList<GradingRule> bad = looser;
    bad[1].grade = bad[0].grade;
    dialog->setEditedRules(bad);
    QVERIFY(!dialog->saveRules().isEmpty());

    // Another manager stores other rules while the dialog is open: saving asks; Reload shows
    // theirs, and saving from there goes through.
    {
        const auto other = TestSupport::openMigrated(m_workspace->database().location());
        QList<GradingRule> theirs = looser;
        theirs.first().minSamples = 4321;
        QVERIFY(GradingRepository(*other)
                    .saveRules(m_workspace->campaignId(), theirs, &looser)
                    .isEmpty());
        QList<GradingRule> mine = looser;
        mine.first().minSamples = 1234;
        dialog->setEditedRules(mine);
        QString said;
        TestSupport::answerConflict(QStringLiteral("reload"), &said);
        QVERIFY(dialog->saveRules().isEmpty());
        QVERIFY2(said.contains(other->userName()), qPrintable(said));
        QCOMPARE(dialog->editedRules(), theirs);
        QCOMPARE(GradingRepository(*other).rules(m_workspace->campaignId()), theirs);
        dialog->setEditedRules(looser);
        QVERIFY(dialog->saveRules().isEmpty());
        QCOMPARE(GradingRepository(*other).rules(m_workspace->campaignId()), looser);
    }

    QTRY_VERIFY(!m_page->cache()->isLoading());
    QString error;
    QVERIFY(dialog->storeGrades(&error) > 0);
    QTRY_VERIFY(!m_page->cache()->isLoading());
    QCOMPARE(sql(QStringLiteral(
                     "SELECT COUNT(*) FROM participations WHERE campaign_id = ? AND grade = ''"),
                 {m_workspace->campaignId()}),
             qint64(0));
    const QString xlsx = m_dir.filePath(QStringLiteral("commendations.xlsx"));
    QVERIFY2(dialog->exportCommendations(xlsx, &error), qPrintable(error));
    QList<TableRow> rows;
    QVERIFY((rows = readTable(xlsx, &error), error.isEmpty()));
    int commended = 0;
    for (int i = 1; i < rows.size(); ++i)
        commended += rows.at(i).cells.value(8).isEmpty() ? 1 : 0;
    QCOMPARE(commended, dialog->commendationTree()->topLevelItemCount());

    // A rule edited in place (F2): Enter commits the cell and nothing more; closing then asks,
    // and Enter there (Cancel, the default) keeps the dialog and the edit; Discard drops it.
    QPointer<GradingDialog> open(dialog);
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("rulesTable"));
    auto *tabs = dialog->findChild<QTabWidget *>();
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i)->isAncestorOf(table))
            tabs->setCurrentIndex(i);
    }
    QApplication::setActiveWindow(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    table->setFocus();
    table->setCurrentCell(0, 3);
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("777"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(table->item(0, 3)->text(), QStringLiteral("777"));
    QVERIFY(dialog->isVisible());
    QString asked;
    TestSupport::whenModal<QMessageBox>([&](QMessageBox *box) {
        asked = box->text();
        QTest::keyClick(box, Qt::Key_Return);
    });
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(!asked.isEmpty());
    QVERIFY(dialog->isVisible());
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("777"));
    TestSupport::whenModal<QMessageBox>([](QMessageBox *box) {
        QTest::mouseClick(static_cast<QWidget *>(box->button(QMessageBox::Discard)),
                          Qt::LeftButton);
    });
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!open || !open->isVisible());
    QCOMPARE(GradingRepository(m_workspace->database()).rules(m_workspace->campaignId()), looser);
}

void tst_ProgressDashboard::importTargetsReloads()
{
    QTRY_VERIFY(!m_page->cache()->isLoading());
    const double before = m_page->paceSeries()->points().last().y();
    const qint64 old
        = sql(QStringLiteral(
                  "SELECT sample_target FROM participations WHERE campaign_id = ? AND unit_id = 1"),
              {m_workspace->campaignId()});
    const QString good = m_dir.filePath(QStringLiteral("targets.csv"));
    QFile f(good);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("unit,target\n1,");
    f.write(QByteArray::number(old + 1000));
    f.write("\n");
    f.close();
    int changed = 0;
    QVERIFY(m_page->importTargets(good, &changed).isEmpty());
    QCOMPARE(changed, 1);
    QTRY_COMPARE(m_page->paceSeries()->points().last().y(), before + 1000);
    // A bad row: nothing changes, the problem names the file and line.
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("unit,target\n1,5\n2,lots\n");
    f.close();
    const Problems problems = m_page->importTargets(good);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().line, qint64(3));
    QCOMPARE(problems.first().field, QStringLiteral("target"));
    QCOMPARE(
        sql(QStringLiteral(
                "SELECT sample_target FROM participations WHERE campaign_id = ? AND unit_id = 1"),
            {m_workspace->campaignId()}),
        old + 1000);

    // The same file through the wizard: the problem is listed by line and nothing changes; Back,
    // the corrected file, and the target is set.
    TargetImportWizard wizard(m_workspace->database(), m_workspace->campaignId(), m_page);
    wizard.setFile(good);
    wizard.show();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(TargetImportWizard::ResultPage));
    auto *list = wizard.currentPage()->findChild<QTreeWidget *>();
    QVERIFY(list && list->isVisible());
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("3"));
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("target"));
    wizard.back();
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("unit,target\n1,");
    f.write(QByteArray::number(old + 2000));
    f.write("\n");
    f.close();
    wizard.next();
    QCOMPARE(wizard.lastOutcome().changed, 1);
    QVERIFY(wizard.lastOutcome().problems.isEmpty());
    QVERIFY(!list->isVisible());
    QTRY_COMPARE(m_page->paceSeries()->points().last().y(), before + 2000);
}

void tst_ProgressDashboard::chineseScreenshot()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/secretariat_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    {
        DashboardPage page(m_workspace.get());
        page.resize(1500, 950);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(page.cache()->snapshot() && !page.cache()->isLoading());
        QCOMPARE(page.regionCategories().size(), 34);
        QVERIFY(page.headlineTexts().at(4).contains(QStringLiteral("落后")));
        const QString dir = qEnvironmentVariable("SECRETARIAT_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            page.grab().save(dir + QStringLiteral("/dashboard-zh.png"));
            page.findChild<QTabWidget *>(QStringLiteral("dashboardTabs"))->setCurrentIndex(1);
            page.grab().save(dir + QStringLiteral("/dashboard-units-zh.png"));
            page.findChild<QTabWidget *>(QStringLiteral("dashboardTabs"))->setCurrentIndex(2);
            page.grab().save(dir + QStringLiteral("/dashboard-behind-zh.png"));
            page.findChild<QTabWidget *>(QStringLiteral("dashboardTabs"))->setCurrentIndex(0);
            UnitSeriesDialog *series = page.openUnitSeries(1);
            QTest::qWait(50);
            series->grab().save(dir + QStringLiteral("/unit-series-zh.png"));
            GradingDialog *grading = page.openGrading();
            QTest::qWait(50);
            grading->grab().save(dir + QStringLiteral("/grading-zh.png"));
        }
    }
    QLocale::setDefault(QLocale::c());
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(tst_ProgressDashboard)
#include "tst_progress_dashboard.moc"
