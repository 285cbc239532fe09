// Tracking links at scale: issuing N links in one transaction, listing them with sample counts,
// the platform export (CSV, .xlsx), QR PNGs and posters. Not run by ctest.
//   bench_links [N=100000]
#include "common/Clock.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "links/LinkExporter.h"
#include "links/LinkFileExporter.h"
#include "links/LinkRepository.h"
#include "repo/CampaignRepository.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    Database db;
    if (db.open(dir.filePath(QStringLiteral("bench.sqlite"))).isValid()
        || Migrations::prepare(db).isValid())
        return 1;
    Campaign c;
    c.year = 2024;
    c.startDate = QDate(2024, 7, 17);
    c.endDate = QDate(2024, 7, 26);
    c.baseUrl = QStringLiteral("https://survey.example.org/2024/q?lang=zh");
    if (!CampaignRepository(db).add(c).isEmpty())
        return 1;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("INSERT INTO units (name, name_key, created_at, updated_at)"
                          " VALUES ('某某市网络安全协会', 'x', 'x', 'x')"));
    q.exec(QStringLiteral(
        "INSERT INTO participations (campaign_id, unit_id, kind, created_at, updated_at)"
        " VALUES (1, 1, 'initiating-1', 'x', 'x')"));
    q.finish();

    QElapsedTimer t;
    t.start();
    LinkRepository repo(db);
    if (!repo.issue(c.id, 1, n, QStringLiteral("bench")).isEmpty())
        return 1;
    std::printf("issue %d links in one transaction: %lld ms\n", n, t.restart());
    const QList<Link> links = repo.list({c.id, 0, std::nullopt, QString()});
    std::printf("list %lld links with sample counts: %lld ms\n", qint64(links.size()), t.restart());
    LinkExporter::writeCsv(dir.filePath(QStringLiteral("l.csv")), links);
    std::printf("export CSV: %lld ms\n", t.restart());
    LinkExporter::writeXlsx(dir.filePath(QStringLiteral("l.xlsx")), links);
    std::printf("export xlsx: %lld ms\n", t.restart());
    LinkFileExporter::Options o;
    o.outDir = dir.filePath(QStringLiteral("qr"));
    LinkFileExporter::run(links.mid(0, 100), o);
    std::printf("100 QR PNGs (600 px): %lld ms\n", t.restart());
    o.qrPng = false;
    o.posterPdf = true;
    LinkFileExporter::run(links.mid(0, 20), o);
    std::printf("20 A4 PDF posters: %lld ms\n", t.restart());
    o.posterPdf = false;
    o.posterPng = true;
    LinkFileExporter::run(links.mid(0, 20), o);
    std::printf("20 A4 PNG posters (150 dpi): %lld ms\n", t.restart());
    return 0;
}
