// bench_dashboard: the progress dashboard on 5,000 units with ten days of tallies.
//
//   QT_QPA_PLATFORM=offscreen build/bin/bench_dashboard [UNITS [DATABASE]]
//
// Builds a throw-away SQLite database, then times (median of several runs):
//   - reading the campaign's progress with ProgressQuery against two named peers: the same figures
//     grouped by unit and day in SQL, and a naive loop with one query per unit;
//   - opening the dashboard page (worker-thread read, apply, paint; offscreen) against a peer: the
//     same units as text in a plain QTableView + QStandardItemModel;
//   - refreshing it from the cached snapshot (a filter change), with and without a repaint;
//   - refreshing it after DataEvents::Tallies (read again + refresh + unit list reset);
//   - filtering the unit list per keystroke with ProgressFilterModel against a peer
//     QSortFilterProxyModel::setFilterFixedString on the same model.
#include "db/Database.h"
#include "db/Migrations.h"
#include "db/Transaction.h"
#include "domain/Regions.h"
#include "itemmodels/ProgressModel.h"
#include "pages/DashboardPage.h"
#include "progress/ProgressCache.h"
#include "progress/ProgressQuery.h"
#include "session/Workspace.h"
#include "StartupWarmUp.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>
#include <optional>

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

// The machine the figures were taken on is shared, so besides wall-clock time the benchmark
// records the CPU time of the GUI thread (CLOCK_THREAD_CPUTIME_ID), which contention does not
// inflate. Medians of both are kept (cpuMedian for the last medianMs call).
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double lastCpu = 0;

double timeMs(const std::function<void()> &f)
{
    QElapsedTimer t;
    const double cpu = threadCpuMs();
    t.start();
    f();
    lastCpu = threadCpuMs() - cpu;
    return double(t.nsecsElapsed()) / 1e6;
}

struct Timing
{
    double wall = 0;
    double cpu = 0;
};

Timing medianMs(int runs, const std::function<void()> &f)
{
    QList<double> times, cpus;
    for (int i = 0; i < runs; ++i) {
        times << timeMs(f);
        cpus << lastCpu;
    }
    return {median(times), median(cpus)};
}

QString row(const QString &what, const Timing &t)
{
    return QStringLiteral("| %1 | %2 | %3 |\n")
        .arg(what)
        .arg(t.wall, 0, 'f', 1)
        .arg(t.cpu, 0, 'f', 1);
}

bool build(Database &db, int unitCount, qint64 *tallyRows)
{
    Transaction tx(db);
    QSqlQuery q(db.connection());
    const QString now = QStringLiteral("2024-07-01T00:00:00Z");
    if (!q.exec(QStringLiteral(
                    "INSERT INTO campaigns (id, year, start_date, end_date, created_at, updated_at)"
                    " VALUES (1, 2024, '2024-07-17', '2024-07-26', '%1', '%1')")
                    .arg(now)))
        return false;
    const QList<Region> &regions = Regions::all();
    QSqlQuery unit(db.connection()), part(db.connection()), link(db.connection()),
        tally(db.connection());
    unit.prepare(QStringLiteral("INSERT INTO units (id, name, name_key, province, created_at, "
                                "updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    part.prepare(QStringLiteral(
        "INSERT INTO participations (campaign_id, unit_id, kind, parent_unit_id, sample_target,"
        " created_at, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?)"));
    link.prepare(QStringLiteral(
        "INSERT INTO links (id, campaign_id, unit_id, token, created_at) VALUES (?, 1, ?, ?, ?)"));
    tally.prepare(QStringLiteral("INSERT INTO daily_tallies (link_id, day, valid_samples, "
                                 "suggestions) VALUES (?, ?, ?, ?)"));
    qint64 linkId = 0;
    qint64 rows = 0;
    qint64 currentFirst = 0, currentSecond = 0;
    quint32 seed = 7;
    const auto rnd = [&seed](int n) {
        seed = seed * 1664525u + 1013904223u;
        return int((seed >> 8) % quint32(n));
    };
    for (int i = 1; i <= unitCount; ++i) {
        // Every 30th unit is first-level, every 3rd of the rest second-level, others supporting.
        QString kind;
        qint64 parent = 0;
        if (i % 30 == 1) {
            kind = QStringLiteral("initiating-1");
            currentFirst = i;
        } else if (i % 3 == 0) {
            kind = QStringLiteral("initiating-2");
            parent = currentFirst;
            currentSecond = i;
        } else {
            kind = QStringLiteral("supporting");
            parent = (i % 2 && currentSecond) ? currentSecond : currentFirst;
        }
        const QString name = QStringLiteral("%1%2号测试单位%3")
                                 .arg(regions.at(i % 34).shortName)
                                 .arg(i)
                                 .arg(QChar(0x4e00 + rnd(500)));
        unit.addBindValue(i);
        unit.addBindValue(name);
        unit.addBindValue(name);
        unit.addBindValue(regions.at(i % 34).code);
        unit.addBindValue(now);
        unit.addBindValue(now);
        if (!unit.exec())
            return false;
        const int target = (1 + rnd(20)) * 500;
        part.addBindValue(i);
        part.addBindValue(kind);
        part.addBindValue(parent ? QVariant(parent) : QVariant(QMetaType(QMetaType::LongLong)));
        part.addBindValue(target);
        part.addBindValue(now);
        part.addBindValue(now);
        if (!part.exec())
            return false;
        const int links = 1 + rnd(2);
        for (int l = 0; l < links; ++l) {
            ++linkId;
            link.addBindValue(linkId);
            link.addBindValue(i);
            link.addBindValue(QStringLiteral("t%1").arg(linkId));
            link.addBindValue(now);
            if (!link.exec())
                return false;
            for (int d = 0; d < 10; ++d) {
                tally.addBindValue(linkId);
                tally.addBindValue(QDate(2024, 7, 17).addDays(d).toString(Qt::ISODate));
                const int v = rnd(target / 8 + 1);
                tally.addBindValue(v);
                tally.addBindValue(v / 9);
                if (!tally.exec())
                    return false;
                ++rows;
            }
        }
    }
    *tallyRows = rows;
    return !tx.commit().isValid();
}

// What the benchmark measures, step by step; written as one Markdown table at the end.
struct Results
{
    Timing grouped, groupedSql, naive; // reading progress
    Timing openFirst, open, plainTable; // opening the dashboard, and its peer
    QList<double> partMake, partShow, partApply, partPaint; // GUI-thread CPU of each part
    Timing refresh, refreshOnly, refreshPaint; // from the cache
    Timing notifyMs, applyMs, afterImport; // after DataEvents::Tallies
    QList<double> perKey, perKeyCpu, peerKey, peerKeyCpu; // filtering per keystroke
    int matches = 0;
};

// The benchmark's database at path, built with unitCount units unless it is there already.
bool prepareDatabase(const QString &path, int unitCount, QTextStream &out)
{
    qint64 rows = 0;
    if (!QFile::exists(path)) {
        Database db;
        if (db.open(path).isValid() || Migrations::prepare(db).isValid()
            || !build(db, unitCount, &rows)) {
            out << "could not build the benchmark database" << Qt::endl;
            return false;
        }
    }
    out << "units: " << unitCount << ", tally rows: " << rows << Qt::endl;
    return true;
}

// Reading progress: grouped queries vs one query per unit.
void timeReads(Database &db, qint64 campaign, Results &r)
{
    r.grouped = medianMs(9, [&] { ProgressQuery(db).load(campaign); });
    r.groupedSql = medianMs(5, [&] {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT l.unit_id, t.day, SUM(t.valid_samples), SUM(t.invalid_samples), "
            "SUM(t.suggestions)"
            " FROM links l JOIN daily_tallies t ON t.link_id = l.id WHERE l.campaign_id = ?"
            " GROUP BY l.unit_id, t.day"));
        q.addBindValue(campaign);
        q.exec();
        qint64 total = 0;
        while (q.next())
            total += q.value(2).toLongLong();
        Q_UNUSED(total);
    });
    r.naive = medianMs(3, [&] {
        QSqlQuery list(db.connection());
        list.prepare(QStringLiteral(
            "SELECT unit_id, sample_target FROM participations WHERE campaign_id = ?"));
        list.addBindValue(campaign);
        list.exec();
        QSqlQuery per(db.connection());
        qint64 total = 0;
        while (list.next()) {
            per.prepare(
                QStringLiteral("SELECT t.day, SUM(t.valid_samples) FROM daily_tallies t JOIN links "
                               "l ON l.id = t.link_id"
                               " WHERE l.campaign_id = ? AND l.unit_id = ? GROUP BY t.day"));
            per.addBindValue(campaign);
            per.addBindValue(list.value(0));
            per.exec();
            while (per.next())
                total += per.value(1).toLongLong();
        }
        Q_UNUSED(total);
    });
}

// Opening the dashboard: the page is made and shown, the figures are read on a worker thread,
// then applied and painted. The GUI thread's CPU is what the window spends; wall-clock time
// includes the worker's read. *page: the page opened last (the one before is deleted).
void openPage(Workspace &workspace, DashboardPage **page, Results &r)
{
    delete *page;
    double t0 = threadCpuMs();
    *page = new DashboardPage(&workspace);
    (*page)->resize(1500, 950);
    double t1 = threadCpuMs();
    r.partMake << t1 - t0;
    (*page)->show();
    QApplication::processEvents();
    t0 = threadCpuMs();
    r.partShow << t0 - t1;
    QEventLoop loop;
    QObject::connect((*page)->cache(), &ProgressCache::changed, &loop, &QEventLoop::quit);
    if ((*page)->cache()->isLoading())
        loop.exec();
    t1 = threadCpuMs();
    r.partApply << t1 - t0;
    (*page)->repaint();
    r.partPaint << threadCpuMs() - t1;
}

// Median of 5 opens (the last page stays for what follows), then the peer: the same units as
// text in a QStandardItemModel shown in a plain QTableView (model built, view shown and
// painted), median of 5.
DashboardPage *timeOpening(Workspace &workspace, Results &r)
{
    DashboardPage *page = nullptr;
    QList<double> openWall, openCpu;
    for (int i = 0; i < 5; ++i) {
        openWall << timeMs([&] { openPage(workspace, &page, r); });
        openCpu << lastCpu;
    }
    r.openFirst = {openWall.first(), openCpu.first()};
    r.open = {median(openWall), median(openCpu)};
    const auto snapshot = page->cache()->snapshot();
    r.plainTable = medianMs(5, [&] {
        QStandardItemModel items(int(snapshot->units.size()), ProgressModel::ColumnCount);
        for (int row = 0; row < snapshot->units.size(); ++row) {
            for (int c = 0; c < ProgressModel::ColumnCount; ++c)
                items.setItem(row, c,
                              new QStandardItem(
                                  page->model()->index(row, c).data(Qt::DisplayRole).toString()));
        }
        QTableView view;
        view.setModel(&items);
        view.setSortingEnabled(true);
        view.sortByColumn(ProgressModel::ShareColumn, Qt::DescendingOrder);
        view.resize(1500, 950);
        view.show();
        view.repaint();
    });
    return page;
}

// Refresh from the cache (what a filter change costs), with and without painting; then after
// an import: the figures are read again on a worker thread, and the window is busy only while
// the new snapshot is applied (unit lists reset and re-sorted, charts redrawn).
void timeRefreshes(DashboardPage *page, Database &db, Results &r)
{
    ProgressFilter region;
    region.region = QStringLiteral("44");
    int flip = 0;
    r.refresh = medianMs(21, [&] { page->setFilter(flip++ % 2 ? region : ProgressFilter()); });
    r.refreshOnly = medianMs(21, [&] { page->refresh(); });
    r.refreshPaint = medianMs(11, [&] {
        page->setFilter(flip++ % 2 ? region : ProgressFilter());
        page->repaint();
    });
    r.notifyMs = medianMs(11, [&] {
        QEventLoop loop;
        QObject::connect(page->cache(), &ProgressCache::changed, &loop, &QEventLoop::quit);
        db.events()->notify(DataEvents::Tallies);
        if (page->cache()->isLoading())
            loop.exec();
    });
    r.applyMs = medianMs(11, [&] { page->snapshotChanged(); });
    page->cache()->setAsynchronous(false);
    r.afterImport = medianMs(11, [&] { db.events()->notify(DataEvents::Tallies); });
    page->cache()->setAsynchronous(true);
}

// Three rounds of typing and erasing "广东12", each keystroke timed through filter.
void timeKeys(const std::function<void(const QString &)> &filter, QList<double> *wall,
              QList<double> *cpu)
{
    const QStringList keys = {QStringLiteral("广"),    QStringLiteral("广东"),
                              QStringLiteral("广东1"), QStringLiteral("广东12"),
                              QStringLiteral("广东1"), QStringLiteral("广东"),
                              QStringLiteral("广"),    QString()};
    for (int round = 0; round < 3; ++round) {
        for (const QString &k : keys) {
            *wall << timeMs([&] { filter(k); });
            *cpu << lastCpu;
        }
    }
}

// Filtering the unit list per keystroke, on the Units tab (its list is filtered when shown).
// Shown and painted first, so the list's rows are mapped; each keystroke is timed until the
// list knows its new rows (rowCount), for the page and for the peer alike.
void timeFiltering(DashboardPage *page, Results &r)
{
    page->findChild<QTabWidget *>(QStringLiteral("dashboardTabs"))->setCurrentIndex(1);
    page->repaint();
    QApplication::processEvents();
    timeKeys(
        [page](const QString &k) {
            page->setSearchText(k);
            page->unitList()->rowCount();
        },
        &r.perKey, &r.perKeyCpu);
    QSortFilterProxyModel peer;
    peer.setSourceModel(page->model());
    peer.setFilterKeyColumn(ProgressModel::UnitColumn);
    peer.setFilterCaseSensitivity(Qt::CaseInsensitive);
    peer.setSortRole(ProgressModel::SortRole);
    peer.sort(ProgressModel::ShareColumn, Qt::DescendingOrder);
    timeKeys(
        [&peer](const QString &k) {
            peer.setFilterFixedString(k);
            peer.rowCount();
        },
        &r.peerKey, &r.peerKeyCpu);
    page->setSearchText(QStringLiteral("广东"));
    r.matches = page->unitList()->rowCount();
    page->setSearchText(QString());
}

QString keystrokeRow(const QString &what, const QList<double> &wall, const QList<double> &cpu)
{
    return row(what.arg(wall.size()).arg(*std::max_element(wall.begin(), wall.end()), 0, 'f', 1),
               {median(wall), median(cpu)});
}

void writeTable(QTextStream &out, const Results &r)
{
    out << QStringLiteral("| what | wall ms | GUI-thread CPU ms |\n|---|---:|---:|\n");
    out << row(QStringLiteral("read progress, ProgressQuery (3 queries, link-day rows summed while "
                              "read), median of 9"),
               r.grouped);
    out << row(
        QStringLiteral("peer: only the per-unit-and-day GROUP BY query (SQL + fetch), median of 5"),
        r.groupedSql);
    out << row(QStringLiteral("peer: one query per unit, median of 3"), r.naive);
    out << row(QStringLiteral("open the dashboard (worker-thread read, apply, paint), first in the "
                              "process"),
               r.openFirst);
    out << row(QStringLiteral("open the dashboard (worker-thread read, apply, paint), median of 5"),
               r.open);
    out << row(QStringLiteral("  of which: making the widgets"), {0, median(r.partMake)});
    out << row(QStringLiteral("  of which: first show and layout (no figures yet)"),
               {0, median(r.partShow)});
    out << row(QStringLiteral("  of which: waiting for the worker, applying the figures"),
               {0, median(r.partApply)});
    out << row(QStringLiteral("  of which: painting the figures"), {0, median(r.partPaint)});
    out << row(QStringLiteral("peer: plain QTableView + QStandardItemModel of the same units "
                              "(build, sort, show, paint), median of 5"),
               r.plainTable);
    out << row(QStringLiteral("refresh from cache on a filter change (region on/off; charts, "
                              "figures, both lists), median of 21"),
               r.refresh);
    out << row(QStringLiteral(
                   "refresh from cache, nothing changed (DashboardPage::refresh), median of 21"),
               r.refreshOnly);
    out << row(QStringLiteral("filter change + synchronous repaint of the page, median of 11"),
               r.refreshPaint);
    out << row(QStringLiteral("after DataEvents::Tallies: until the new figures are shown "
                              "(worker-thread read), median of 11"),
               r.notifyMs);
    out << row(QStringLiteral(
                   "after DataEvents::Tallies: GUI thread applying the new snapshot, median of 11"),
               r.applyMs);
    out << row(QStringLiteral("after DataEvents::Tallies, synchronous peer (read on the GUI thread "
                              "+ apply), median of 11"),
               r.afterImport);
    out << keystrokeRow(QStringLiteral("unit list filter per keystroke, ProgressFilterModel, "
                                       "median of %1 (max wall %2)"),
                        r.perKey, r.perKeyCpu);
    out << keystrokeRow(QStringLiteral("peer: QSortFilterProxyModel::setFilterFixedString on the "
                                       "same model, median of %1 (max wall %2)"),
                        r.peerKey, r.peerKeyCpu);
    out << "(\"广东\" matches " << r.matches << " units)" << Qt::endl;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // As the program does at start; BENCH_NO_WARMUP=1 leaves it out to show what it saves.
    std::optional<StartupWarmUp> warmUp;
    if (!qEnvironmentVariableIsSet("BENCH_NO_WARMUP"))
        warmUp.emplace();
    QTextStream out(stdout);
    const int units = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 5000;
    QTemporaryDir dir;
    // A second argument keeps the database at that path (built once) for looking into it.
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2])
                                  : dir.filePath(QStringLiteral("bench-dashboard.sqlite"));
    if (!prepareDatabase(path, units, out))
        return 1;
    Workspace workspace;
    if (workspace.open(path).isValid())
        return 1;
    Results results;
    // A clerk opens the dashboard after start-up, so the first opening here comes after the
    // warm-up; waiting for it costs the GUI thread no CPU (and a full run's first opening only
    // follows seconds of reads anyway).
    if (warmUp)
        warmUp->wait();
    // For a profiler: BENCH_OPEN_ONLY=N opens the page N times and stops.
    if (const int opens = qEnvironmentVariableIntValue("BENCH_OPEN_ONLY"); opens > 0) {
        DashboardPage *page = nullptr;
        for (int i = 0; i < opens; ++i) {
            timeMs([&] { openPage(workspace, &page, results); });
            out << "open " << i + 1 << ": GUI-thread CPU " << QString::number(lastCpu, 'f', 1)
                << " ms (make " << QString::number(results.partMake.at(i), 'f', 1) << ", show "
                << QString::number(results.partShow.at(i), 'f', 1) << ", apply "
                << QString::number(results.partApply.at(i), 'f', 1) << ", paint "
                << QString::number(results.partPaint.at(i), 'f', 1) << ")" << Qt::endl;
        }
        delete page;
        return 0;
    }
    timeReads(workspace.database(), workspace.campaignId(), results);
    DashboardPage *page = timeOpening(workspace, results);
    timeRefreshes(page, workspace.database(), results);
    timeFiltering(page, results);
    writeTable(out, results);
    delete page;
    return 0;
}
