// Unit list and import at scale: bench_units [N] (default 5000 units).
// Prints: bulk save, list query, model fill, filter per keystroke (worst and median), sort,
// and a CSV import of N rows (dry run and real).
#include "db/Database.h"
#include "db/Migrations.h"
#include "domain/Regions.h"
#include "imports/UnitImporter.h"
#include "io/CsvWriter.h"
#include "itemmodels/UnitFilterProxyModel.h"
#include "itemmodels/UnitTableModel.h"
#include "repo/CampaignRepository.h"
#include "repo/UnitRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 5000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    Database db;
    if (db.open(dir.filePath(QStringLiteral("bench.sqlite"))).isValid()
        || Migrations::migrate(db).isValid())
        return 1;
    Campaign c;
    c.year = 2024;
    c.startDate = QDate(2024, 7, 17);
    c.endDate = QDate(2024, 7, 26);
    CampaignRepository(db).add(c);

    QList<UnitRecord> records;
    for (int i = 0; i < n; ++i) {
        UnitRecord r;
        r.unit.name = QStringLiteral("第%1号网络安全宣传单位").arg(i);
        r.unit.province = Regions::all().at(i % 34).code;
        r.unit.contact = QStringLiteral("联系人%1").arg(i % 97);
        r.unit.phone = QStringLiteral("138%1").arg(i, 8, 10, QLatin1Char('0'));
        r.unit.email = QStringLiteral("unit%1@example.org").arg(i);
        r.participation.campaignId = c.id;
        r.participation.kind = UnitKind(i % 3);
        r.participation.sampleTarget = i * 10;
        records.append(r);
    }
    QElapsedTimer t;
    t.start();
    if (!UnitRepository(db).saveAll(records).isEmpty())
        return 1;
    out << "save " << n << " units in one transaction: " << t.elapsed() << " ms\n";
    t.restart();
    const QList<UnitListRow> rows = UnitRepository(db).list(c.id);
    out << "list query: " << t.elapsed() << " ms (" << rows.size() << " rows)\n";
    UnitTableModel model;
    t.restart();
    model.setRows(rows);
    out << "model fill (search keys): " << t.elapsed() << " ms\n";
    UnitFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    t.restart();
    proxy.sort(UnitTableModel::NameColumn);
    out << "first sort by name (collation keys): " << t.elapsed() << " ms\n";
    QList<qint64> times;
    const QStringList typed = {QStringLiteral("1"),
                               QStringLiteral("12"),
                               QStringLiteral("123"),
                               QStringLiteral("1234"),
                               QStringLiteral("123"),
                               QStringLiteral("12"),
                               QStringLiteral("1"),
                               QString(),
                               QStringLiteral("联"),
                               QStringLiteral("联系人4"),
                               QString(),
                               QStringLiteral("example")};
    for (int round = 0; round < 5; ++round) {
        for (const QString &text : typed) {
            t.restart();
            proxy.setSearchText(text);
            times << t.nsecsElapsed();
        }
    }
    std::sort(times.begin(), times.end());
    out << "filter per keystroke: median " << times.at(times.size() / 2) / 1000 << " µs, worst "
        << times.last() / 1000 << " µs\n";

    const QString csv = dir.filePath(QStringLiteral("units.csv"));
    CsvWriter w;
    w.open(csv, true);
    w.writeRow(UnitImporter::fieldNames());
    for (int i = 0; i < n; ++i)
        w.writeRow({QStringLiteral("导入单位%1").arg(i), QStringLiteral("supporting"),
                    QStringLiteral("广东省"), QStringLiteral("广州市"), QStringLiteral("某人"),
                    QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0')),
                    QStringLiteral("imp%1@example.org").arg(i), QString(), QString(),
                    QStringLiteral("100")});
    w.close();
    UnitImporter::Options options;
    options.campaignId = c.id;
    options.dryRun = true;
    t.restart();
    ImportReport r = UnitImporter(db).run(csv, options);
    out << "import dry run of " << n << " rows: " << t.elapsed() << " ms (" << r.problems.size()
        << " errors)\n";
    options.dryRun = false;
    t.restart();
    r = UnitImporter(db).run(csv, options);
    out << "import of " << n << " rows: " << t.elapsed() << " ms (" << r.created << " new)\n";
    return 0;
}
