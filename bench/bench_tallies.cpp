// Tally import benchmark: generates an export of N rows — the narrow *responses* file (text ids
// "S1-n") or, with --wide, a 问卷星-style export with 40 answer columns (numeric 序号; CSV, and
// .xlsx with --xlsx) — imports it with TallyImporter (in a child process, so its peak memory is
// measured alone) and, in the same run, with the sqlite3 shell (.import + INSERT ... SELECT ...
// GROUP BY into per-link-per-day counts); checks both give the same counts; optionally again
// with M response ids already stored. The shell cannot read .xlsx: the .xlsx import is compared
// with the shell importing the same rows as CSV.
//
//   bench_tallies [--rows N] [--links L] [--preload M] [--workdir DIR]
//                 [--numeric-ids | --random-ids] [--wide [--xlsx]] [--reuse]
//   bench_tallies --generate N FILE [--links L] [--seed S]   (just write a file)
//   bench_tallies --read FILE   (only read it, as the importer's reading thread does)
//   bench_tallies --make-database DB   (a fresh database with 1,000 links; prints the campaign)
//   bench_tallies --child-import DB FILE CAMPAIGN backup|nobackup   (one import, as a run does)
#include "common/Clock.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "imports/DatabaseBackup.h"
#include "imports/TallyImporter.h"
#include "io/TableReader.h"
#include "WjxExportGenerator.h"
#include "repo/CampaignRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

namespace {

QTextStream out(stdout);

QString token(int i)
{
    return QStringLiteral("tk%1").arg(i, 4, 10, QLatin1Char('0'));
}

// How the narrow file's response ids look.
enum class Ids {
    Numbers, // 1, 2, 3, ... (问卷星's 序号)
    Serials, // S1-0, S1-1, ... (a text prefix and a serial number)
    Random, // R_ and 15 random letters and digits (Qualtrics' ResponseId)
};

quint64 splitMix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// Row i's id: 15 characters of 62, from two 64-bit mixes of i (10 characters each at most, so
// every one is uniform); 62^15 ids, so 1,000,000 of them do not repeat (the counts would show it).
QByteArray randomId(qint64 i)
{
    static const char kChars[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    QByteArray id("R_");
    quint64 x = splitMix(quint64(i));
    for (int c = 0; c < 15; ++c, x /= 62) {
        if (c == 10)
            x = splitMix(x ^ quint64(i));
        id += kChars[x % 62];
    }
    return id;
}

// N responses over L links and the 10 days of the 2024 window, ~88% valid, unique ids.
bool generate(const QString &path, qint64 rows, int links, int seed, Ids ids)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray buf = "答卷编号,链接,提交时间,是否有效\n";
    quint64 x = 0x9E3779B97F4A7C15ULL ^ quint64(seed);
    for (qint64 i = 0; i < rows; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        const int link = int(x % quint64(links));
        const int day = 17 + int((x >> 20) % 10);
        const int secs = int((x >> 30) % 86400);
        const bool valid = (x >> 50) % 100 < 88;
        buf += (ids == Ids::Numbers ? QByteArray::number(i + 1)
                    : ids == Ids::Serials
                    ? "S" + QByteArray::number(seed) + "-" + QByteArray::number(i)
                    : randomId(i))
            + ",";
        buf += token(link).toLatin1();
        buf += ",2024-07-" + QByteArray::number(day) + " ";
        buf += QStringLiteral("%1:%2:%3,")
                   .arg(secs / 3600, 2, 10, QLatin1Char('0'))
                   .arg(secs / 60 % 60, 2, 10, QLatin1Char('0'))
                   .arg(secs % 60, 2, 10, QLatin1Char('0'))
                   .toLatin1();
        buf += valid ? "1\n" : "0\n";
        if (buf.size() > (1 << 20)) {
            f.write(buf);
            buf.clear();
        }
    }
    f.write(buf);
    return true;
}

// A database with campaign 2024 and L links tk0000...; returns the campaign id.
qint64 makeDatabase(const QString &path, int links)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    Database db;
    if (db.open(path).isValid() || Migrations::prepare(db).isValid())
        return 0;
    Campaign c;
    c.year = 2024;
    c.startDate = QDate(2024, 7, 17);
    c.endDate = QDate(2024, 7, 26);
    c.baseUrl = QStringLiteral("https://survey.example.cn/q");
    if (!CampaignRepository(db).add(c).isEmpty())
        return 0;
    QSqlQuery q(db.connection());
    db.connection().transaction();
    q.exec(QStringLiteral("INSERT INTO units (name, name_key, created_at, updated_at) VALUES "
                          "('bench', 'bench', '2024-01-01', '2024-01-01')"));
    const qint64 unit = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO links (campaign_id, unit_id, token, created_at) VALUES "
                             "(?, ?, ?, '2024-07-01')"));
    for (int i = 0; i < links; ++i) {
        q.addBindValue(c.id);
        q.addBindValue(unit);
        q.addBindValue(token(i));
        q.exec();
    }
    // Under the campaign's questionnaire, as the program issues links (its id prefix; numeric
    // response ids kept as runs).
    q.exec(
        QStringLiteral("UPDATE links SET questionnaire_id = (SELECT MIN(id) FROM questionnaires)"));
    db.connection().commit();
    return c.id;
}

struct Timed
{
    double seconds = 0;
    qint64 peakKb = 0;
    QString output;
    bool ok = false;
};

Timed runProcess(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    Timed t;
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    if (!p.waitForStarted())
        return t;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    t.seconds = timer.nsecsElapsed() / 1e9;
    t.output = QString::fromUtf8(p.readAllStandardOutput())
        + QString::fromUtf8(p.readAllStandardError());
    t.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return t;
}

// The child: imports one file and prints "seconds peak_kb summary".
int childImport(const QString &dbPath, const QString &file, qint64 campaignId, bool backup)
{
    Database db;
    if (db.open(dbPath).isValid())
        return 1;
    TallyImporter importer(db, campaignId);
    TallyImporter::Options options;
    options.backup = backup;
    QElapsedTimer timer;
    timer.start();
    const ImportReport r = importer.importFile(file, options);
    const double seconds = timer.nsecsElapsed() / 1e9;
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    // CPU time (both threads, user + system) depends less on the machine's load than the time.
    const double cpu = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    out << seconds << ' ' << usage.ru_maxrss << ' ' << r.summaryLine() << ' ' << r.message
        << " cpu " << cpu << Qt::endl;
    return r.outcome == ImportReport::Outcome::Imported ? 0 : 1;
}

// Where the time goes: only reading the file (TableReader, as the importer's reading thread
// does), printing the seconds and the rows.
int readOnly(const QString &file)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    const auto reader = TableReader::open(file, {}, &error);
    if (!reader)
        return 1;
    QStringList cells;
    qint64 rows = 0;
    while (reader->readRow(cells))
        ++rows;
    out << "read " << rows << " rows of " << file << " in " << timer.nsecsElapsed() / 1e9 << " s"
        << Qt::endl;
    return 0;
}

QString sumsOf(const QString &dbPath, const QString &sql)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {dbPath, sql});
    p.waitForFinished(-1);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace

namespace {

struct Shape
{
    bool wide = false;
    QString csv; // what the shell imports
    QString shellSql; // after .import: the counts from table staging
};

// The shell's script: .import (staging created from the header when the file has one) plus the
// GROUP BY into per-link-per-day counts.
Shape shapeFor(bool wide, const QString &csv)
{
    if (!wide)
        return {false, csv,
                QStringLiteral("CREATE TABLE staging (response_id TEXT, link TEXT, submitted_at "
                               "TEXT, valid INTEGER);\n.import --csv --skip 1 %1 staging\n"
                               "CREATE TABLE counts (link TEXT, day TEXT, valid INTEGER, invalid "
                               "INTEGER, PRIMARY KEY (link, day));\n"
                               "INSERT INTO counts SELECT link, substr(submitted_at, 1, 10), "
                               "sum(valid), sum(1 - valid) FROM staging GROUP BY 1, 2;\n")
                    .arg(csv)};
    // 问卷星: the day is the text before the space ("2024/7/17"); rows without a token aside.
    return {true, csv,
            QStringLiteral(".import --csv %1 staging\n"
                           "CREATE TABLE counts (link TEXT, day TEXT, valid INTEGER, invalid "
                           "INTEGER, PRIMARY KEY (link, day));\n"
                           "INSERT INTO counts SELECT \"来源详情\", substr(\"提交答卷时间\", 1, "
                           "instr(\"提交答卷时间\", ' ') - 1), count(*), 0 FROM staging WHERE "
                           "\"来源详情\" <> '直接访问' GROUP BY 1, 2;\n")
                .arg(csv)};
}

// The importer on an empty database, then the shell, back to back; returns the importer's time.
double importerAgainstShell(const QDir &dir, const QString &label, const QString &file,
                            const Shape &shape, int links)
{
    const QString self = QCoreApplication::applicationFilePath();
    const QString dbA = dir.filePath(QStringLiteral("importer.sqlite"));
    const qint64 campaignA = makeDatabase(dbA, links);
    const Timed importer = runProcess(self,
                                      {QStringLiteral("--child-import"), dbA, file,
                                       QString::number(campaignA), QStringLiteral("backup")});
    out << label << " importer: " << importer.output.trimmed() << Qt::endl;
    const QString dbB = dir.filePath(QStringLiteral("shell.sqlite"));
    QFile::remove(dbB);
    const Timed shell = runProcess(
        QStringLiteral("/usr/bin/time"),
        {QStringLiteral("-f"), QStringLiteral("PEAK %M CPU %U %S"), QStringLiteral("sqlite3"), dbB},
        shape.shellSql.toUtf8());
    const QStringList shellUsage
        = shell.output.section(QStringLiteral("PEAK "), 1).simplified().split(QLatin1Char(' '));
    const qint64 shellPeak = shellUsage.value(0).toLongLong();
    const double shellCpu = shellUsage.value(2).toDouble() + shellUsage.value(3).toDouble();
    const double importerCpu
        = importer.output.section(QStringLiteral(" cpu "), 1).trimmed().toDouble();
    const QString a = sumsOf(
        dbA,
        QStringLiteral(
            "SELECT count(*), sum(valid_samples), sum(invalid_samples) FROM daily_tallies"));
    const QString b
        = sumsOf(dbB, QStringLiteral("SELECT count(*), sum(valid), sum(invalid) FROM counts"));
    const double importerSeconds = importer.output.section(QLatin1Char(' '), 0, 0).toDouble();
    const qint64 importerPeak = importer.output.section(QLatin1Char(' '), 1, 1).toLongLong();
    out << label << " sqlite3 shell (" << QFileInfo(shape.csv).fileName() << "): " << shell.seconds
        << " s, peak " << shellPeak / 1024 << " MiB" << Qt::endl;
    out << label << " same counts: " << (a == b ? "yes" : "NO") << " (" << a << " | " << b << ")"
        << Qt::endl;
    out << label
        << QStringLiteral(": importer %1 s (whole child process %2 s incl. start and backup), "
                          "peak %3 MiB; shell %4 s; importer/shell = %5")
               .arg(importerSeconds, 0, 'f', 2)
               .arg(importer.seconds, 0, 'f', 2)
               .arg(importerPeak / 1024)
               .arg(shell.seconds, 0, 'f', 2)
               .arg(importerSeconds / shell.seconds, 0, 'f', 2)
        << Qt::endl;
    out << label
        << QStringLiteral(": CPU time (user + system): importer %1 s, shell %2 s, importer/shell "
                          "= %3")
               .arg(importerCpu, 0, 'f', 2)
               .arg(shellCpu, 0, 'f', 2)
               .arg(shellCpu > 0 ? importerCpu / shellCpu : 0.0, 0, 'f', 2)
        << Qt::endl;
    return importerSeconds;
}

// M random hashes in response_ids and, for ids kept as runs, M ids as runs of 10 with a gap of
// one after the file's ids (1,000,001 on) in the same questionnaire, for plain numbers and again
// for the stem "S1-" (S1-1000001, ...): B-trees that no longer fit the page cache.
void preloadIds(const QString &db, qint64 preload)
{
    QElapsedTimer timer;
    timer.start();
    const Timed fill = runProcess(
        QStringLiteral("sqlite3"), {db},
        QStringLiteral(
            "PRAGMA cache_size = -262144;\n"
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < %1) "
            "INSERT OR IGNORE INTO response_ids (hash, import_id) "
            "SELECT h, NULL FROM (SELECT random() AS h FROM c) ORDER BY h;\n"
            "WITH RECURSIVE c(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM c WHERE x < %2) "
            "INSERT INTO response_id_ranges (id_prefix, first_id, last_id, import_id) "
            "SELECT p.id_prefix || s.stem, 1000001 + x * 11, 1000010 + x * 11, NULL FROM c,"
            " (SELECT MIN(id), id_prefix FROM questionnaires) p,"
            " (SELECT '' AS stem UNION ALL SELECT 'S1-') s;\n")
            .arg(preload)
            .arg(preload / 10 - 1)
            .toUtf8());
    out << "stored " << sumsOf(db, QStringLiteral("SELECT count(*) FROM response_ids"))
        << " hashed response ids and "
        << sumsOf(db,
                  QStringLiteral("SELECT sum(last_id - first_id + 1) || ' ids in ' || "
                                 "count(*) FROM response_id_ranges"))
        << " runs in " << timer.elapsed() / 1000.0 << " s " << fill.output.trimmed() << Qt::endl;
}

void preloadedRun(const QDir &dir, const QString &file, qint64 preload, int links,
                  double importerSeconds)
{
    const QString dbC = dir.filePath(QStringLiteral("preloaded.sqlite"));
    const qint64 campaignC = makeDatabase(dbC, links);
    preloadIds(dbC, preload);
    const Timed second = runProcess(QCoreApplication::applicationFilePath(),
                                    {QStringLiteral("--child-import"), dbC, file,
                                     QString::number(campaignC), QStringLiteral("nobackup")});
    const double secondSeconds = second.output.section(QLatin1Char(' '), 0, 0).toDouble();
    out << "importer with " << preload << " ids stored: " << second.output.trimmed() << Qt::endl;
    out << QStringLiteral(
               "with %1 ids stored: %2 s, peak %3 MiB, ratio to the empty-database import: %4")
               .arg(preload)
               .arg(secondSeconds, 0, 'f', 2)
               .arg(second.output.section(QLatin1Char(' '), 1, 1).toLongLong() / 1024)
               .arg(importerSeconds > 0 ? QString::number(secondSeconds / importerSeconds, 'f', 2)
                                        : QStringLiteral("n/a (see the empty-database run)"))
        << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    Database db;
    db.open(dbC);
    QString error;
    DatabaseBackup::take(db, QStringLiteral("bench"), &error);
    out << "a backup copy (VACUUM INTO) of that database takes " << timer.elapsed() / 1000.0 << " s"
        << (error.isEmpty() ? QString() : QStringLiteral(" (error: %1)").arg(error)) << Qt::endl;
}

Ids idsOption(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("numeric-ids")))
        return Ids::Numbers;
    return parser.isSet(QStringLiteral("random-ids")) ? Ids::Random : Ids::Serials;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 5 && args.at(1) == QLatin1String("--child-import"))
        return childImport(args.at(2), args.at(3), args.at(4).toLongLong(),
                           args.size() > 5 && args.at(5) == QLatin1String("backup"));

    if (args.size() >= 3 && args.at(1) == QLatin1String("--read"))
        return readOnly(args.at(2));
    // A fresh database with the campaign and its 1,000 links, as each run makes: for timing
    // another build's --child-import (e.g. main's) under /usr/bin/time on the same file.
    if (args.size() >= 3 && args.at(1) == QLatin1String("--make-database")) {
        const qint64 campaign = makeDatabase(args.at(2), 1000);
        out << campaign << Qt::endl;
        return campaign > 0 ? 0 : 1;
    }

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Response rows."), QStringLiteral("N"),
                      QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("links"), QStringLiteral("Links."), QStringLiteral("L"),
                      QStringLiteral("1000")});
    parser.addOption({QStringLiteral("preload"),
                      QStringLiteral("Response ids already stored for the second run (0: skip)."),
                      QStringLiteral("M"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("workdir"),
                      QStringLiteral("Folder for the files (default: a temporary one)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("generate"), QStringLiteral("Only write N rows to FILE."),
                      QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("preload-only"),
         QStringLiteral("Reuse the files in DIR: only the run with M ids stored (and the "
                        ".xlsx run with --xlsx).")});
    parser.addOption(
        {QStringLiteral("wide"), QStringLiteral("A 问卷星-style export with 40 answer columns.")});
    parser.addOption(
        {QStringLiteral("xlsx"), QStringLiteral("With --wide: also import it as .xlsx.")});
    parser.addOption({QStringLiteral("numeric-ids"),
                      QStringLiteral("Narrow file: response ids 1, 2, 3, ... instead of S1-n.")});
    parser.addOption({QStringLiteral("random-ids"),
                      QStringLiteral("Narrow file: response ids as Qualtrics writes them (R_ and "
                                     "15 random letters and digits) instead of S1-n.")});
    parser.addOption(
        {QStringLiteral("reuse"),
         QStringLiteral("Reuse the CSV already in DIR (written by an earlier run, e.g. of another "
                        "build) instead of generating it again; the comparison runs as usual.")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Generator seed."),
                      QStringLiteral("S"), QStringLiteral("1")});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Output of --generate."));
    parser.process(app);
    const int links = parser.value(QStringLiteral("links")).toInt();
    const bool wide = parser.isSet(QStringLiteral("wide"));
    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong();
    if (parser.isSet(QStringLiteral("generate"))) {
        if (parser.positionalArguments().isEmpty())
            parser.showHelp(2);
        const QString file = parser.positionalArguments().first();
        const qint64 n = parser.value(QStringLiteral("generate")).toLongLong();
        if (wide)
            return (file.endsWith(QLatin1String(".xlsx"))
                        ? WjxExportGenerator(n, links).writeXlsx(file)
                        : WjxExportGenerator(n, links).writeCsv(file))
                ? 0
                : 1;
        const int seed = parser.value(QStringLiteral("seed")).toInt();
        return generate(file, n, links, seed, seed == 0 ? Ids::Numbers : idsOption(parser)) ? 0 : 1;
    }
    const qint64 preload = parser.value(QStringLiteral("preload")).toLongLong();
    QTemporaryDir temp;
    const QDir dir(parser.isSet(QStringLiteral("workdir")) ? parser.value(QStringLiteral("workdir"))
                                                           : temp.path());
    QDir().mkpath(dir.path());
    const QString csv
        = dir.filePath(wide ? QStringLiteral("wjx.csv") : QStringLiteral("responses.csv"));
    const Shape shape = shapeFor(wide, csv);

    QElapsedTimer timer;
    timer.start();
    double importerSeconds = 0;
    if (!parser.isSet(QStringLiteral("preload-only")) || !QFileInfo::exists(csv)) {
        if (parser.isSet(QStringLiteral("reuse")) && QFileInfo::exists(csv))
            out << "reusing " << csv << Qt::endl;
        else if (wide)
            WjxExportGenerator(rows, links).writeCsv(csv);
        else
            generate(csv, rows, links, 1, idsOption(parser));
        out << "generated " << rows << " rows (" << QFileInfo(csv).size() / 1048576 << " MiB) in "
            << timer.elapsed() / 1000.0 << " s" << Qt::endl;
        importerSeconds = importerAgainstShell(dir, QStringLiteral("csv"), csv, shape, links);
    }
    if (wide && parser.isSet(QStringLiteral("xlsx"))) {
        const QString xlsx = dir.filePath(QStringLiteral("wjx.xlsx"));
        timer.restart();
        if (!parser.isSet(QStringLiteral("preload-only")) || !QFileInfo::exists(xlsx))
            WjxExportGenerator(rows, links).writeXlsx(xlsx);
        out << "generated " << xlsx << " (" << QFileInfo(xlsx).size() / 1048576 << " MiB) in "
            << timer.elapsed() / 1000.0 << " s" << Qt::endl;
        importerAgainstShell(dir, QStringLiteral("xlsx (shell: the same rows as CSV)"), xlsx, shape,
                             links);
    }
    if (preload > 0)
        preloadedRun(dir, csv, preload, links, importerSeconds);
    return 0;
}
