// The audit log people can read: the history of changes filtered by record, user and date, a
// unit's own history with its merges and imports shown as such, the CSV export, the dialog
// (also rendered in Chinese, into $AUDIT_SCREENSHOT_DIR when set) and the CLI's audit command.
#include "TestSupport.h"

#include "db/Database.h"
#include "demo/DemoDataGenerator.h"
#include "dialogs/AuditLogDialog.h"
#include "dialogs/UnitFormDialog.h"
#include "imports/UnitImporter.h"
#include "io/CsvReader.h"
#include "itemmodels/AuditLogModel.h"
#include "repo/AuditLog.h"
#include "repo/AuditText.h"
#include "repo/CampaignRepository.h"
#include "repo/UnitRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLibraryInfo>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

class tst_AuditHistory : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void unitHistoryShowsMergeAndImport();
    void filtersByRecordUserAndDate();
    void modelExportsCsv();
    void dialogFiltersAndOpensFromTheForm();
    void renderedInChinese();
    void commandLine();

private:
    QString m_location;
    std::unique_ptr<Database> m_db;
    QUndoStack m_undo; // where the form's saves go, as the workspace's stack in the program
    qint64 m_campaign = 0;
    qint64 m_kept = 0;
    qint64 m_merged = 0;
    qint64 m_imported = 0;
    QTemporaryDir m_dir;
};

void tst_AuditHistory::initTestCase()
{
    m_location = TestSupport::newDatabaseLocation(QStringLiteral("audit"));
    m_db = TestSupport::openMigrated(m_location);
    QVERIFY(m_db);
    QVERIFY(DemoDataGenerator(*m_db).generate(2024).isEmpty());
    m_campaign = CampaignRepository(*m_db).byYear(2024)->id;
    UnitRepository units(*m_db);
    const QList<UnitListRow> rows = units.list(m_campaign);
    QVERIFY(rows.size() > 3);
    m_kept = rows.at(1).unitId;
    m_merged = rows.at(2).unitId;
    // A change by hand, then a merge, then an import.
    auto r = units.load(m_kept, m_campaign);
    QVERIFY(r);
    r->unit.contact = QStringLiteral("王小明");
    QVERIFY(units.write(*r).isEmpty());
    QVERIFY(units.merge(m_kept, m_merged).isEmpty());
    UnitImporter::Options options;
    options.campaignId = m_campaign;
    const ImportReport imported = UnitImporter(*m_db).run(
        TestSupport::dataPath(QStringLiteral("units/valid-bom-chinese-headers/input.csv")),
        options);
    QVERIFY(imported.problems.isEmpty());
    QVERIFY(imported.created > 0);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT MAX(id) FROM units")) && q.next());
    m_imported = q.value(0).toLongLong();
}

void tst_AuditHistory::unitHistoryShowsMergeAndImport()
{
    AuditLog::Filter f;
    f.unitId = m_kept;
    const QList<AuditLog::Entry> history = AuditLog::find(*m_db, f);
    QVERIFY(history.size() >= 3);
    // Newest first: the merge (with what it moved), before it the contact change.
    const auto at = [&](const QString &action) {
        return std::find_if(history.begin(), history.end(),
                            [&](const AuditLog::Entry &e) { return e.action == action; })
            - history.begin();
    };
    const qsizetype merge = at(QStringLiteral("merge")), update = at(QStringLiteral("update"));
    QVERIFY(merge < update && update < history.size());
    QCOMPARE(AuditText::actionText(history.at(merge)),
             QStringLiteral("Merged unit #%1 into this one").arg(m_merged));
    QVERIFY(AuditText::changesText(history.at(update)).contains(QStringLiteral(" → 王小明")));
    // Its participations, letters and links belong to its history, nobody else's records do.
    for (const AuditLog::Entry &e : history) {
        QVERIFY2(QStringList({QStringLiteral("units"), QStringLiteral("participations"),
                              QStringLiteral("letters"), QStringLiteral("links")})
                     .contains(e.table),
                 qPrintable(e.table));
        if (e.table == QLatin1String("units"))
            QCOMPARE(e.recordId, m_kept);
    }
    f.unitId = m_merged;
    const QList<AuditLog::Entry> merged = AuditLog::find(*m_db, f);
    QCOMPARE(AuditText::actionText(merged.at(0)),
             QStringLiteral("Merged into unit #%1").arg(m_kept));

    f.unitId = m_imported;
    const QList<AuditLog::Entry> imported = AuditLog::find(*m_db, f);
    QVERIFY(!imported.isEmpty());
    for (const AuditLog::Entry &e : imported)
        QCOMPARE(e.via, QStringLiteral("import input.csv"));
    QCOMPARE(AuditText::actionText(imported.constLast()),
             QStringLiteral("Created by importing input.csv"));
    // What a clerk typed is not labelled as an import.
    QCOMPARE(history.at(update).via, QString());
}

void tst_AuditHistory::filtersByRecordUserAndDate()
{
    AuditLog::Filter f;
    f.table = QStringLiteral("units");
    f.recordId = m_kept;
    const QList<AuditLog::Entry> one = AuditLog::find(*m_db, f);
    QVERIFY(!one.isEmpty());
    for (const AuditLog::Entry &e : one)
        QVERIFY(e.table == QLatin1String("units") && e.recordId == m_kept);

    // Another desk's entry, dated two days ago.
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, user_name, table_name, record_id, action,"
                             " old_values, new_values) VALUES (?, 'clerk_li', 'units', ?,"
                             " 'update', '{\"phone\":\"1\"}', '{\"phone\":\"2\"}')"));
    q.addBindValue(AuditLog::startOfLocalDay(QDate::currentDate().addDays(-2)));
    q.addBindValue(m_kept);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(AuditLog::users(*m_db).contains(QStringLiteral("clerk_li")));

    AuditLog::Filter byUser;
    byUser.user = QStringLiteral("clerk_li");
    const QList<AuditLog::Entry> li = AuditLog::find(*m_db, byUser);
    QCOMPARE(li.size(), 1);
    QCOMPARE(AuditText::changesText(li.at(0)), QStringLiteral("phone: 1 → 2"));

    AuditLog::Filter dates;
    dates.until = QDate::currentDate().addDays(-1);
    QCOMPARE(AuditLog::find(*m_db, dates).size(), 1);
    dates.until = QDate::currentDate().addDays(-2);
    QCOMPARE(AuditLog::find(*m_db, dates).size(), 1);
    dates.until = QDate::currentDate().addDays(-3);
    QCOMPARE(AuditLog::find(*m_db, dates).size(), 0);
    AuditLog::Filter since;
    since.since = QDate::currentDate();
    const qint64 all = TestSupport::count(*m_db, QStringLiteral("audit_log"));
    QCOMPARE(AuditLog::find(*m_db, since).size(), all - 1);
    since.since = QDate::currentDate().addDays(1);
    QCOMPARE(AuditLog::find(*m_db, since).size(), 0);
}

void tst_AuditHistory::modelExportsCsv()
{
    AuditLogModel model(*m_db);
    AuditLog::Filter f;
    f.unitId = m_kept;
    model.setFilter(f);
    QCOMPARE(model.errorString(), QString());
    QCOMPARE(model.rowCount(), int(AuditLog::find(*m_db, f).size()));
    const QModelIndexList merges = model.match(
        model.index(0, AuditLogModel::ActionColumn), Qt::DisplayRole,
        QStringLiteral("Merged unit #%1 into this one").arg(m_merged), -1, Qt::MatchExactly);
    QCOMPARE(merges.size(), 1);
    QCOMPARE(merges.at(0).siblingAtColumn(AuditLogModel::RecordColumn).data().toString(),
             QStringLiteral("Unit #%1").arg(m_kept));
    const QString path = m_dir.filePath(QStringLiteral("history.csv"));
    QCOMPARE(model.exportCsv(path), QString());
    CsvReader reader;
    QVERIFY(reader.open(path));
    QStringList header;
    QVERIFY(reader.readRow(header));
    QCOMPARE(header, AuditText::csvHeader());
    int rows = 0;
    QStringList row;
    while (reader.readRow(row)) {
        QCOMPARE(row, AuditText::csvRow(model.entry(rows)));
        ++rows;
    }
    QCOMPARE(rows, model.rowCount());
}

void tst_AuditHistory::dialogFiltersAndOpensFromTheForm()
{
    AuditLogDialog dialog(*m_db);
    const int all = dialog.model()->rowCount();
    QVERIFY(all > 10);
    auto *user = dialog.findChild<QComboBox *>(QStringLiteral("user"));
    user->setCurrentIndex(user->findData(QStringLiteral("clerk_li")));
    QCOMPARE(dialog.model()->rowCount(), 1);
    user->setCurrentIndex(0);
    QCOMPARE(dialog.model()->rowCount(), all);
    auto *since = dialog.findChild<QDateEdit *>(QStringLiteral("since"));
    since->setDate(QDate::currentDate().addDays(1));
    QCOMPARE(dialog.model()->rowCount(), 0);
    since->setDate(since->minimumDate());
    auto *table = dialog.findChild<QComboBox *>(QStringLiteral("table"));
    table->setCurrentIndex(table->findData(QStringLiteral("imports")));
    for (int row = 0; row < dialog.model()->rowCount(); ++row)
        QCOMPARE(dialog.model()->entry(row).table, QStringLiteral("imports"));

    // The information form of a registered unit opens that unit's history.
    UnitFormDialog form(*m_db, m_campaign, m_undo, {});
    QVERIFY(form.loadUnit(m_kept));
    auto *history = form.findChild<QPushButton *>(QStringLiteral("historyButton"));
    QVERIFY(history && !history->isHidden());
    bool shown = false;
    QTimer::singleShot(0, this, [&] {
        auto *opened = qobject_cast<AuditLogDialog *>(QApplication::activeModalWidget());
        if (!opened)
            return;
        opened->reject();
        shown = opened->model()->filter().unitId == m_kept
            && opened->model()->rowCount()
                == AuditLog::find(*m_db, opened->model()->filter()).size();
    });
    history->click();
    QVERIFY(shown);
    UnitFormDialog blank(*m_db, m_campaign, m_undo, {});
    blank.setRecord(UnitRecord());
    QVERIFY(blank.findChild<QPushButton *>(QStringLiteral("historyButton"))->isHidden());
}

void tst_AuditHistory::renderedInChinese()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/secretariat_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    QTranslator qtbase;
    if (qtbase.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"),
                    QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtbase);
    const auto uninstall = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&translator);
        QCoreApplication::removeTranslator(&qtbase);
    });
    AuditLogDialog dialog(*m_db);
    dialog.setUnit(m_kept, UnitRepository(*m_db).load(m_kept, m_campaign)->unit.name);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.windowTitle().startsWith(QStringLiteral("修改记录")));
    QCOMPARE(dialog.model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("时间"));
    QCOMPARE(dialog.model()
                 ->match(dialog.model()->index(0, AuditLogModel::ActionColumn), Qt::DisplayRole,
                         QStringLiteral("将单位 #%1 合并到此单位").arg(m_merged))
                 .size(),
             1);
    const QString dir = qEnvironmentVariable("AUDIT_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        dialog.grab().save(dir + QStringLiteral("/unit-history.png"));
        AuditLogDialog all(*m_db);
        all.show();
        QVERIFY(QTest::qWaitForWindowExposed(&all));
        all.grab().save(dir + QStringLiteral("/history.png"));
    }
}

void tst_AuditHistory::commandLine()
{
    const auto csv = TestSupport::runCli(
        {QStringLiteral("--db"), m_location, QStringLiteral("audit"), QStringLiteral("--unit"),
         QString::number(m_kept), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    const QStringList lines = csv.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.at(0), QStringLiteral("at,user,table,record_id,action,description,changes"));
    AuditLog::Filter f;
    f.unitId = m_kept;
    QVERIFY(lines.size() > 1);
    QCOMPARE(lines.size() - 1, AuditLog::find(*m_db, f).size()); // with clerk_li's
    QVERIFY(lines.at(1).contains(QStringLiteral(",units,%1,update,").arg(m_kept))); // clerk_li
    QVERIFY(
        csv.out.contains(QStringLiteral(",merge,Merged unit #%1 into this one,").arg(m_merged)));

    const auto since = TestSupport::runCli({QStringLiteral("--db"), m_location,
                                            QStringLiteral("audit"), QStringLiteral("--since"),
                                            QDate::currentDate().addDays(1).toString(Qt::ISODate)});
    QCOMPARE(since.exitCode, 0);
    QCOMPARE(since.out, QString());
    QVERIFY(since.err.contains(QStringLiteral("no changes match")));
    const auto text
        = TestSupport::runCli({QStringLiteral("--db"), m_location, QStringLiteral("audit"),
                               QStringLiteral("--user"), QStringLiteral("clerk_li")});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out.count(QLatin1Char('\n')), 1);
    QVERIFY(text.out.contains(QStringLiteral("phone: 1 → 2")));
    const auto bad
        = TestSupport::runCli({QStringLiteral("--db"), m_location, QStringLiteral("audit"),
                               QStringLiteral("--since"), QStringLiteral("yesterday")});
    QCOMPARE(bad.exitCode, 2);
}

QTEST_MAIN(tst_AuditHistory)
#include "tst_audit_history.moc"
