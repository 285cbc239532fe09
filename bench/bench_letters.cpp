// Renders N authorization letters (default 500) to one PDF file each with LetterRenderer, and
// converts the same N letters, as HTML files with their QR images, to PDF with LibreOffice
// headless (soffice --convert-to pdf, one process for all files) in the same run; prints both
// times and the ratio. Figures go in bench/README.md under "## Letters".
//
//   bench_letters [--count N] [--threads N] [--keep DIR] [--qt-only] [--installed-fonts]
//                 [--own-layouts]
#include "db/Database.h"
#include "db/Migrations.h"
#include "letters/LetterRenderer.h"
#include "letters/LetterRepository.h"
#include "letters/LetterTemplateRepository.h"
#include "repo/CampaignRepository.h"

#include "common/Clock.h"
#include "domain/NameKey.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cstdio>

#include <sys/resource.h>

namespace {
QTextStream out(stdout);

// CPU time (user + system) in milliseconds of this process (all threads) or of its waited-for
// children: on a shared machine the wall clock also counts other people's builds.
double cpuMs(int who)
{
    rusage u {};
    getrusage(who, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0
        + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0;
}

// A unit name as varied as a real campaign's: a region, two to four characters of a name drawn
// from common characters, and a kind of body. The glyphs a batch of letters uses grow with this
// variety (every PDF embeds the glyphs its letters draw), which names sharing all but a number
// would hide.
QString unitName(int i)
{
    static const QStringList regions
        = {QStringLiteral("广东省"), QStringLiteral("深圳市"), QStringLiteral("浙江省"),
           QStringLiteral("杭州市"), QStringLiteral("四川省"), QStringLiteral("成都市"),
           QStringLiteral("湖北省"), QStringLiteral("武汉市"), QStringLiteral("北京市"),
           QStringLiteral("上海市"), QStringLiteral("江苏省"), QStringLiteral("南京市")};
    static const QStringList bodies
        = {QStringLiteral("网络安全协会"),     QStringLiteral("信息技术有限公司"),
           QStringLiteral("科技股份有限公司"), QStringLiteral("互联网协会"),
           QStringLiteral("传媒集团"),         QStringLiteral("计算机学会"),
           QStringLiteral("软件行业协会")};
    static const QString common = QStringLiteral(
        "安邦宝北本博长辰诚驰创春达大德鼎东方丰风凤福富港高广国海汉航和恒红宏华环汇嘉佳建江金锦京"
        "晶九君凯康科乐力立利联良林龙隆路美民明南宁鹏平齐启千乾青清庆瑞润森山上尚晟盛世事顺思泰天"
        "通同拓万网威维伟文沃祥翔鑫新信星兴雄旭轩雅扬阳耀一亿益易银英盈永优宇玉元远跃云泽展兆正之"
        "志智中众洲卓子紫");
    quint32 x = quint32(i) * 2654435761u + 12345u; // deterministic, spread out
    auto next = [&x](int n) {
        x = x * 1103515245u + 12345u;
        return int((x >> 8) % quint32(n));
    };
    QString name = regions.at(next(int(regions.size())));
    const int length = 2 + next(3);
    for (int k = 0; k < length; ++k)
        name += common.at(next(int(common.size())));
    return name + bodies.at(next(int(bodies.size()))) + QString::number(i + 1);
}

bool fill(Database &db, int count, qint64 *campaignId)
{
    Campaign c;
    c.year = 2024;
    c.title = QStringLiteral("2024网民网络安全感满意度调查活动");
    c.startDate = QDate(2024, 7, 17);
    c.endDate = QDate(2024, 7, 26);
    if (!CampaignRepository(db).add(c).isEmpty())
        return false;
    *campaignId = c.id;
    const QString now = Clock::nowText();
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("BEGIN"));
    qint64 parent = 0;
    for (int i = 0; i < count; ++i) {
        const QString kind = i % 5 == 0 ? QStringLiteral("initiating-1")
            : i % 5 < 3                 ? QStringLiteral("initiating-2")
                                        : QStringLiteral("supporting");
        const QString name = unitName(i);
        q.prepare(QStringLiteral(
            "INSERT INTO units (name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?)"
            " RETURNING id"));
        q.addBindValue(name);
        q.addBindValue(NameKey::of(name));
        q.addBindValue(now);
        q.addBindValue(now);
        if (!q.exec() || !q.next())
            return false;
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        q.prepare(
            QStringLiteral("INSERT INTO participations (campaign_id, unit_id, kind, parent_unit_id,"
                           " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(c.id);
        q.addBindValue(id);
        q.addBindValue(kind);
        q.addBindValue(kind == QLatin1String("initiating-1")
                           ? QVariant(QMetaType(QMetaType::LongLong))
                           : QVariant(parent));
        q.addBindValue(now);
        q.addBindValue(now);
        if (!q.exec())
            return false;
        if (kind == QLatin1String("initiating-1"))
            parent = id;
    }
    q.exec(QStringLiteral("COMMIT"));
    return LetterRepository(db).issueMissing(c.id).isEmpty();
}
} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("count"), QStringLiteral("Letters to render."),
                      QStringLiteral("N"), QStringLiteral("500")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Write into DIR and keep the files."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("threads"),
                      QStringLiteral("Render threads for one file per letter (0: per core)."),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption(
        {QStringLiteral("qt-only"), QStringLiteral("Skip LibreOffice (for profiling).")});
    parser.addOption({QStringLiteral("installed-fonts"),
                      QStringLiteral("Draw with the installed 20 MB fonts, not a subset made for "
                                     "the batch (as before; SECRETARIAT_PDF_SUBSET=0).")});
    parser.addOption({QStringLiteral("own-layouts"),
                      QStringLiteral("Lay every letter out from its own HTML, not in a document "
                                     "shared by letters of one shape (as before; "
                                     "SECRETARIAT_LETTER_LAYOUTS=0).")});
    parser.addHelpOption();
    parser.process(app);
    if (parser.isSet(QStringLiteral("installed-fonts")))
        qputenv("SECRETARIAT_PDF_SUBSET", "0");
    if (parser.isSet(QStringLiteral("own-layouts")))
        qputenv("SECRETARIAT_LETTER_LAYOUTS", "0");
    const int count = parser.value(QStringLiteral("count")).toInt();

    QTemporaryDir tmp;
    const QString root
        = parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep")) : tmp.path();
    QDir().mkpath(root);
    const QString dbPath = QDir(root).filePath(QStringLiteral("bench.sqlite"));
    QFile::remove(dbPath);
    Database db;
    if (db.open(dbPath).isValid() || Migrations::prepare(db).isValid()) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(dbPath));
        return 1;
    }
    qint64 campaignId = 0;
    if (!fill(db, count, &campaignId)) {
        std::fprintf(stderr, "cannot fill the database\n");
        return 1;
    }
    const QList<Letter> letters = LetterRepository(db).validLetters(campaignId);
    const QList<LetterDocument> docs = LetterTemplateRepository(db).documentsFor(letters);
    out << "letters: " << docs.size() << ", PDF font: " << LetterRenderer::pdfFontFamily()
        << Qt::endl;

    // Qt: one PDF per letter.
    const QString qtDir = QDir(root).filePath(QStringLiteral("qt"));
    QElapsedTimer timer;
    timer.start();
    double cpu = cpuMs(RUSAGE_SELF);
    QStringList written;
    QString error;
    const int threads = parser.value(QStringLiteral("threads")).toInt();
    if (!LetterRenderer::renderEach(qtDir, docs, &written, {}, &error, threads)) {
        std::fprintf(stderr, "render failed: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 qtMs = timer.elapsed();
    const double qtCpu = cpuMs(RUSAGE_SELF) - cpu;
    out << "Qt LetterRenderer, one file per letter ("
        << (threads > 0 ? threads : qBound(1, QThread::idealThreadCount(), 4))
        << " threads): " << qtMs << " ms (" << double(qtMs) / docs.size() << " ms per letter); CPU "
        << qRound(qtCpu) << " ms (" << qtCpu / docs.size() << " ms per letter)" << Qt::endl;
    timer.restart();
    cpu = cpuMs(RUSAGE_SELF);
    const QString single = QDir(root).filePath(QStringLiteral("all.pdf"));
    if (!LetterRenderer::renderPdf(single, docs, {}, &error))
        return 1;
    const qint64 qtSingleMs = timer.elapsed();
    out << "Qt LetterRenderer, one PDF with all letters: " << qtSingleMs << " ms; CPU "
        << qRound(cpuMs(RUSAGE_SELF) - cpu) << " ms" << Qt::endl;

    // LibreOffice: the same filled HTML with the QR as a PNG file beside it.
    if (parser.isSet(QStringLiteral("qt-only")))
        return 0;
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        out << "soffice not found (apt-get install libreoffice-writer-nogui): no comparison"
            << Qt::endl;
        return 0;
    }
    const QString htmlDir = QDir(root).filePath(QStringLiteral("html"));
    const QString loDir = QDir(root).filePath(QStringLiteral("lo"));
    QDir().mkpath(htmlDir);
    QDir().mkpath(loDir);
    QStringList htmlFiles;
    for (const LetterDocument &d : docs) {
        const QString base = LetterRenderer::fileNameFor(d.letter).chopped(4);
        const QString png = base + QStringLiteral("-qr.png");
        LetterRenderer::qrImage(d.letter.verifyCode).save(QDir(htmlDir).filePath(png));
        QString html = LetterRenderer::html(d);
        html.replace(QStringLiteral("letter:qr"), png);
        html.replace(QStringLiteral("<head>"), QStringLiteral("<head><meta charset=\"utf-8\">"));
        QFile f(QDir(htmlDir).filePath(base + QStringLiteral(".html")));
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(html.toUtf8());
        htmlFiles << f.fileName();
    }
    // A profile of its own, so no other LibreOffice running on the machine gets in the way.
    const QString profile = QDir(root).filePath(QStringLiteral("lo-profile"));
    QStringList args {QStringLiteral("-env:UserInstallation=file://") + profile,
                      QStringLiteral("--headless"),
                      QStringLiteral("--norestore"),
                      QStringLiteral("--infilter=HTML (StarWriter)"),
                      QStringLiteral("--convert-to"),
                      QStringLiteral("pdf:writer_pdf_Export"),
                      QStringLiteral("--outdir"),
                      loDir};
    // Warm-up: the first start creates the profile; not counted.
    {
        QProcess warm;
        warm.start(soffice, args + QStringList {htmlFiles.first()});
        warm.waitForFinished(600000);
        QFile::remove(QDir(loDir).filePath(QFileInfo(htmlFiles.first()).completeBaseName()
                                           + QStringLiteral(".pdf")));
    }
    timer.restart();
    cpu = cpuMs(RUSAGE_CHILDREN);
    QProcess lo;
    lo.setProcessChannelMode(QProcess::MergedChannels);
    lo.start(soffice, args + htmlFiles);
    if (!lo.waitForFinished(3600000)) {
        std::fprintf(stderr, "soffice did not finish\n");
        return 1;
    }
    const qint64 loMs = timer.elapsed();
    const double loCpu = cpuMs(RUSAGE_CHILDREN) - cpu;
    const int loFiles = int(QDir(loDir).entryList({QStringLiteral("*.pdf")}, QDir::Files).size());
    out << "LibreOffice headless, one process for all files: " << loMs << " ms (" << loFiles
        << " PDFs, " << double(loMs) / qMax(1, loFiles) << " ms per letter); CPU " << qRound(loCpu)
        << " ms (" << loCpu / qMax(1, loFiles) << " ms per letter)" << Qt::endl;
    out << "ratio LibreOffice / Qt (one file per letter): "
        << QString::number(double(loMs) / qMax<qint64>(1, qtMs), 'f', 1) << "x wall clock, "
        << QString::number(loCpu / qMax(1.0, qtCpu), 'f', 1) << "x CPU time" << Qt::endl;
    if (loFiles != docs.size()) {
        const QByteArray log = lo.readAll();
        out << "LibreOffice wrote " << loFiles << " of " << docs.size() << " files (exit "
            << lo.exitCode() << "); its last output:\n"
            << QString::fromLocal8Bit(log.right(2000)) << Qt::endl;
        return 1;
    }
    return 0;
}
