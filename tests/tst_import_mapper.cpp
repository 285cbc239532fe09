// The units, sample-target and tally importers share one column mapper (ImportColumns over an
// ImportField table): a header is spelt the same way for all three (full-width letters, spaces,
// case, a BOM, underscores and hyphens do not matter), and a required column that is missing is
// said the same way by each. Run through the real importers on real files in a real database.
#include "TestSupport.h"

#include "db/Database.h"
#include "domain/Campaign.h"
#include "imports/ColumnMapping.h"
#include "imports/ImportColumns.h"
#include "imports/TallyImporter.h"
#include "imports/TargetImporter.h"
#include "imports/UnitImporter.h"
#include "imports/formats/TallyFormats.h"
#include "repo/CampaignRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// How a clerk may spell a header: each rule applied to each header text.
enum class Spelling { AsIs, FullWidth, UpperCase, Spaced, Bom, Underscored, IdeographicSpace };

QString spelt(const QString &text, Spelling spelling)
{
    switch (spelling) {
    case Spelling::AsIs:
        return text;
    case Spelling::FullWidth: {
        // What a Chinese input method types in full-width mode: Ｌｉｎｋ.
        QString out;
        for (const QChar c : text)
            out += c.unicode() > 0x20 && c.unicode() < 0x7F ? QChar(char16_t(c.unicode() + 0xFEE0))
                                                            : c;
        return out;
    }
    case Spelling::UpperCase:
        return text.toUpper();
    case Spelling::Spaced:
        return QStringLiteral("  ") + text + QStringLiteral(" ");
    case Spelling::Bom:
        return QChar(0xFEFF) + text;
    case Spelling::Underscored:
        return QString(text).replace(QLatin1Char(' '), QLatin1Char('_'));
    case Spelling::IdeographicSpace:
        return text + QChar(0x3000);
    }
    return text;
}

QString spelt(const QStringList &header, Spelling spelling)
{
    QStringList out;
    for (const QString &h : header)
        out << spelt(h, spelling);
    return out.join(QLatin1Char(','));
}

QString writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text.toUtf8());
    return path;
}

} // namespace

class tst_ImportMapper : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void sameSpellingForEveryTable_data();
    void sameSpellingForEveryTable();
    void everyImporterReadsEverySpelling_data();
    void everyImporterReadsEverySpelling();
    void missingRequiredColumnSaidTheSameWay_data();
    void missingRequiredColumnSaidTheSameWay();
    void earliestNameWinsForEveryImporter();

private:
    // A campaign with one registered unit (测试单位甲, through the units import) and one link
    // (token ab12) for it.
    void makeCampaign();
    // A CSV file of header and one row, for importer.
    QString input(const QString &importer, const QString &header, const QString &row);
    ImportReport importUnits(const QString &header, const QString &row);
    ImportReport importTargets(const QString &header, const QString &row);
    ImportReport importTallies(const QString &header, const QString &row);
    ImportReport import(const QString &importer, const QString &header, const QString &row);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_campaignId = 0;
    int m_files = 0;
};

void tst_ImportMapper::init()
{
    m_db.reset();
    m_campaignId = 0;
}

void tst_ImportMapper::makeCampaign()
{
    m_db = TestSupport::openMigrated(
        TestSupport::newDatabaseLocation(QStringLiteral("mapper%1").arg(++m_files)));
    QVERIFY(m_db);
    Campaign c;
    c.year = 2024;
    c.startDate = QDate(2024, 7, 17);
    c.endDate = QDate(2024, 7, 26);
    c.baseUrl = QStringLiteral("https://survey.example.org/q");
    QVERIFY(CampaignRepository(*m_db).add(c).isEmpty());
    m_campaignId = c.id;
    const ImportReport units = importUnits(QStringLiteral("name,kind,region,contact,phone"),
                                           QStringLiteral("测试单位甲,initiating-1,广东省,陈明,"
                                                          "13800000011"));
    QCOMPARE(units.created, qint64(1));
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO links (campaign_id, unit_id, token, status, created_at)"
                             " SELECT ?, id, 'ab12', 'active', '2024-07-12T02:00:00Z' FROM units"));
    q.addBindValue(m_campaignId);
    QVERIFY(q.exec());
}

QString tst_ImportMapper::input(const QString &importer, const QString &header, const QString &row)
{
    return writeFile(m_dir.filePath(QStringLiteral("%1%2.csv").arg(importer).arg(++m_files)),
                     header + QLatin1Char('\n') + row + QLatin1Char('\n'));
}

ImportReport tst_ImportMapper::importUnits(const QString &header, const QString &row)
{
    UnitImporter::Options options;
    options.campaignId = m_campaignId;
    return UnitImporter(*m_db).run(input(QStringLiteral("units"), header, row), options);
}

ImportReport tst_ImportMapper::importTargets(const QString &header, const QString &row)
{
    return TargetImporter(*m_db).importFile(m_campaignId,
                                            input(QStringLiteral("targets"), header, row));
}

ImportReport tst_ImportMapper::importTallies(const QString &header, const QString &row)
{
    TallyImporter::Options options;
    options.backup = false;
    return TallyImporter(*m_db, m_campaignId)
        .importFile(input(QStringLiteral("tallies"), header, row), options);
}

ImportReport tst_ImportMapper::import(const QString &importer, const QString &header,
                                      const QString &row)
{
    if (importer == QLatin1String("units"))
        return importUnits(header, row);
    if (importer == QLatin1String("targets"))
        return importTargets(header, row);
    return importTallies(header, row);
}

void tst_ImportMapper::sameSpellingForEveryTable_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("key");
    const QList<std::pair<const char *, Spelling>> spellings
        = {{"as-is", Spelling::AsIs},
           {"full-width", Spelling::FullWidth},
           {"upper-case", Spelling::UpperCase},
           {"spaces", Spelling::Spaced},
           {"bom", Spelling::Bom},
           {"underscores", Spelling::Underscored},
           {"ideographic-space", Spelling::IdeographicSpace}};
    // A Latin and a Chinese name of a field of each table, and the key they name.
    const QList<std::tuple<const char *, const char *, const char *>> names
        = {{"units", "unit", "name"},
           {"units", "单位名称", "name"},
           {"units", "sample target", "target"},
           {"targets", "sample target", "target"},
           {"targets", "单位名称", "unit"},
           {"daily", "valid samples", "valid_samples"},
           {"daily", "有效样本数", "valid_samples"},
           {"responses", "response id", "response_id"},
           {"wjx", "提交答卷时间", "submitted_at"},
           {"qualtrics", "Duration (in seconds)", "duration"},
           {"limesurvey", "Date submitted", "submitted_at"}};
    for (const auto &[table, name, key] : names) {
        for (const auto &[rule, spelling] : spellings)
            QTest::addRow("%s %s %s", table, name, rule)
                << QString::fromLatin1(table) << spelt(QString::fromUtf8(name), spelling)
                << QString::fromLatin1(key);
    }
}

void tst_ImportMapper::sameSpellingForEveryTable()
{
    QFETCH(QString, table);
    QFETCH(QString, header);
    QFETCH(QString, key);
    const ImportFields &fields = table == QLatin1String("units") ? UnitImporter::fields()
        : table == QLatin1String("targets")                      ? TargetImporter::fields()
        : table == QLatin1String("daily") ? ColumnMapping::fields(ColumnMapping::Kind::Daily)
        : table == QLatin1String("responses")
        ? ColumnMapping::fields(ColumnMapping::Kind::Responses)
        : TallyFormats::byKey(table)->fields();
    // A platform's export is read by the platform's own names only.
    const bool platform = TallyFormats::byKey(table) != nullptr && table != QLatin1String("daily")
        && table != QLatin1String("responses");
    const int f = ImportColumns::fieldFor(fields, header,
                                          platform ? ImportColumns::Names::AliasesOnly
                                                   : ImportColumns::Names::KeyAndAliases);
    QVERIFY2(f >= 0, qPrintable(header));
    QCOMPARE(fields.at(f).key, key);
}

void tst_ImportMapper::everyImporterReadsEverySpelling_data()
{
    QTest::addColumn<QString>("importer");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("row");
    const QList<std::tuple<const char *, QStringList, const char *>> files
        = {{"units",
            {QStringLiteral("unit"), QStringLiteral("kind"), QStringLiteral("region"),
             QStringLiteral("contact"), QStringLiteral("phone"), QStringLiteral("sample target")},
            "测试单位乙,initiating-1,广东省,李华,13800000012,3000"},
           {"targets",
            {QStringLiteral("unit name"), QStringLiteral("sample target")},
            "测试单位甲,4000"},
           {"tallies",
            {QStringLiteral("link token"), QStringLiteral("date"), QStringLiteral("valid samples")},
            "ab12,2024-07-18,7"}};
    const QList<std::pair<const char *, Spelling>> spellings = {
        {"full-width", Spelling::FullWidth},    {"upper-case", Spelling::UpperCase},
        {"spaces", Spelling::Spaced},           {"bom", Spelling::Bom},
        {"underscores", Spelling::Underscored}, {"ideographic-space", Spelling::IdeographicSpace}};
    for (const auto &[importer, header, row] : files) {
        for (const auto &[rule, spelling] : spellings)
            QTest::addRow("%s %s", importer, rule)
                << QString::fromLatin1(importer) << spelt(header, spelling)
                << QString::fromUtf8(row);
    }
}

void tst_ImportMapper::everyImporterReadsEverySpelling()
{
    QFETCH(QString, importer);
    QFETCH(QString, header);
    QFETCH(QString, row);
    makeCampaign();
    const ImportReport r = import(importer, header, row);
    QVERIFY2(r.problems.isEmpty(), qPrintable(formatProblems(r.problems)));
    QCOMPARE(r.outcome, ImportReport::Outcome::Imported);
    // What each file says arrived: a second unit, a new target, a day's samples.
    QSqlQuery q(m_db->connection());
    const QString check = importer == QLatin1String("units")
        ? QStringLiteral("SELECT sample_target FROM participations p JOIN units u ON u.id ="
                         " p.unit_id WHERE u.name = '测试单位乙'")
        : importer == QLatin1String("targets")
        ? QStringLiteral("SELECT sample_target FROM participations")
        : QStringLiteral("SELECT valid_samples FROM daily_tallies WHERE day = '2024-07-18'");
    QVERIFY(q.exec(check) && q.next());
    QCOMPARE(q.value(0).toLongLong(),
             importer == QLatin1String("units")         ? 3000
                 : importer == QLatin1String("targets") ? 4000
                                                        : 7);
}

void tst_ImportMapper::missingRequiredColumnSaidTheSameWay_data()
{
    QTest::addColumn<QString>("importer");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("key");
    QTest::newRow("units without kind")
        << QStringLiteral("units") << QStringLiteral("name,region,contact,phone")
        << QStringLiteral("测试单位乙,广东省,李华,13800000012") << QStringLiteral("kind");
    QTest::newRow("targets without target")
        << QStringLiteral("targets") << QStringLiteral("单位名称,备注")
        << QStringLiteral("测试单位甲,x") << QStringLiteral("target");
    QTest::newRow("daily tallies without link")
        << QStringLiteral("tallies") << QStringLiteral("日期,有效样本数,备注")
        << QStringLiteral("2024-07-18,7,x") << QStringLiteral("link");
    QTest::newRow("responses tallies without valid")
        << QStringLiteral("tallies") << QStringLiteral("答卷编号,链接,提交时间")
        << QStringLiteral("1,ab12,2024-07-18 10:00") << QStringLiteral("valid");
    QTest::newRow("问卷星 export without 序号")
        << QStringLiteral("tallies") << QStringLiteral("提交答卷时间,所用时间,来源,来源详情")
        << QStringLiteral("2024/7/18 9:02:11,143秒,链接,ab12") << QStringLiteral("response_id");
}

void tst_ImportMapper::missingRequiredColumnSaidTheSameWay()
{
    QFETCH(QString, importer);
    QFETCH(QString, header);
    QFETCH(QString, row);
    QFETCH(QString, key);
    makeCampaign();
    const QString before = TestSupport::snapshot(*m_db);
    const ImportReport r = import(importer, header, row);
    QCOMPARE(r.outcome, ImportReport::Outcome::Rejected);
    QCOMPARE(r.problems.size(), 1);
    const Problem &p = r.problems.first();
    QCOMPARE(p.line, qint64(1));
    QCOMPARE(p.field, key);
    QCOMPARE(p.message, QStringLiteral("the required column %1 is missing").arg(key));
    QCOMPARE(TestSupport::snapshot(*m_db), before);
}

void tst_ImportMapper::earliestNameWinsForEveryImporter()
{
    // Two columns naming one field: the key, then the earlier alias in the table wins, wherever
    // the columns stand. Units and targets refuse the other column by its header text; a
    // tally file reads the preferred one.
    makeCampaign();
    ImportReport r = importTargets(QStringLiteral("单位,target,unit"),
                                   QStringLiteral("某单位,5000,测试单位甲"));
    QCOMPARE(r.outcome, ImportReport::Outcome::Rejected);
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems.first().field, QStringLiteral("单位"));
    QCOMPARE(r.problems.first().message, QStringLiteral("the column unit appears twice"));

    const ColumnMapping m = ColumnMapping::fromHeader(
        {QStringLiteral("序号"), QStringLiteral("链接"), QStringLiteral("提交时间"),
         QStringLiteral("是否有效"), QStringLiteral("答卷编号")});
    QCOMPARE(m.kind(), ColumnMapping::Kind::Responses);
    QCOMPARE(m.column(ColumnMapping::ResponseId), 4);

    // A platform's export is mapped by what the platform writes: a question headed "link" in a
    // 问卷星 export is not the token column, 来源详情 is.
    const ColumnMapping wjx = TallyFormats::byKey(QStringLiteral("wjx"))
                                  ->map({QStringLiteral("序号"), QStringLiteral("提交答卷时间"),
                                         QStringLiteral("link"), QStringLiteral("来源详情")});
    QCOMPARE(wjx.column(ColumnMapping::Link), 3);
    QCOMPARE(wjx.column(ColumnMapping::ResponseId), 0);
}

QTEST_GUILESS_MAIN(tst_ImportMapper)
#include "tst_import_mapper.moc"
