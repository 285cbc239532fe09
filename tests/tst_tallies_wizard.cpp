// The tallies page and the import wizard, offscreen: files in, detection shown, columns mapped,
// the import run in its worker thread, the summary with its error list saved; history reloads;
// closing the wizard during an import leaves the data as it was. In English and in Chinese.
#include "TestSupport.h"

#include "db/Database.h"
#include "dialogs/TallyFileList.h"
#include "dialogs/TallyImportWizard.h"
#include "imports/TallyImporter.h"
#include "itemmodels/ImportHistoryModel.h"
#include "pages/TalliesPage.h"
#include "repo/CampaignRepository.h"
#include "session/Workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTimer>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

class tst_TalliesWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void importThroughWizard();
    void unknownHeadersNeedMapping();
    void platformExportNeedsNoMapping();
    void closingDuringImportChangesNothing();
    void withdrawFromHistory();
    void chineseScreens();

private:
    void shot(QWidget *w, const QString &name);
    QTemporaryDir m_dir;
    QString m_location;
    qint64 m_campaignId = 0;
};

void tst_TalliesWizard::shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("TALLIES_SHOTS_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void tst_TalliesWizard::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SecretariatTests"));
    // Mappings chosen by hand are remembered per format: start from none.
    QSettings().remove(QStringLiteral("tallyMappings"));
    m_location = TestSupport::newDatabaseLocation(QStringLiteral("wizard"));
    auto db = TestSupport::openMigrated(m_location);
    QVERIFY(db);
    Campaign c;
    c.year = 2024;
    c.startDate = QDate(2024, 7, 17);
    c.endDate = QDate(2024, 7, 26);
    QVERIFY(CampaignRepository(*db).add(c).isEmpty());
    m_campaignId = c.id;
    QSqlQuery q(db->connection());
    QVERIFY(
        q.exec(QStringLiteral("INSERT INTO units (name, name_key, created_at, updated_at) VALUES "
                              "('单位', 'danwei', '2024-01-01', '2024-01-01')")));
    for (const char *token : {"ab12", "cd34", "ef56"}) {
        q.prepare(QStringLiteral("INSERT INTO links (campaign_id, unit_id, token, created_at) "
                                 "VALUES (?, 1, ?, '2024-07-01')"));
        q.addBindValue(m_campaignId);
        q.addBindValue(QString::fromLatin1(token));
        QVERIFY(q.exec());
    }
}

void tst_TalliesWizard::importThroughWizard()
{
    Workspace workspace;
    QVERIFY(!workspace.open(m_location).isValid());
    workspace.setCampaignId(m_campaignId);
    TalliesPage page(&workspace);
    page.resize(1000, 500);
    page.show();
    QCOMPARE(page.historyModel()->rowCount(), 0);
    auto *importAction = page.findChild<QAction *>(QStringLiteral("importTallies"));
    QVERIFY(importAction);
    QVERIFY(importAction->isEnabled());
    workspace.setCampaignId(0); // no campaign: nothing to import into
    QVERIFY(!importAction->isEnabled());
    workspace.setCampaignId(m_campaignId);
    QVERIFY(importAction->isEnabled());

    TallyImportWizard wizard(&workspace);
    const QString cases = TestSupport::dataPath(QStringLiteral("tallies/cases/"));
    wizard.addFiles(
        {cases + QStringLiteral("gb18030_daily_crlf/1-daily.csv"),
         cases + QStringLiteral("bom_responses/1-responses.csv"),
         TestSupport::dataPath(QStringLiteral("tallies/malformed/daily_bad_number/input.csv"))});
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    shot(&wizard, QStringLiteral("wizard-1-files"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(TallyImportWizard::MappingPage));
    // Detection of the first file is shown, with its preview.
    const QList<QLabel *> labels = wizard.currentPage()->findChildren<QLabel *>();
    bool detected = false;
    for (QLabel *l : labels)
        detected = detected
            || (l->text().contains(QStringLiteral("GB18030"))
                && l->text().contains(QStringLiteral("comma")));
    QVERIFY(detected);
    auto *preview = wizard.currentPage()->findChild<QTableWidget *>();
    QVERIFY(preview);
    QCOMPARE(preview->columnCount(), 4);
    QCOMPARE(preview->rowCount(), 4);
    QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("2024年7月17日"));
    // The responses file: its region column is optional, nothing ignored.
    auto *fileBox = wizard.currentPage()->findChildren<QComboBox *>().first();
    fileBox->setCurrentIndex(1);
    QCOMPARE(preview->columnCount(), 5);
    shot(&wizard, QStringLiteral("wizard-2-mapping"));
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(TallyImportWizard::SummaryPage), 30000);
    shot(&wizard, QStringLiteral("wizard-3-summary"));
    const QList<ImportReport> reports = wizard.reports();
    QCOMPARE(reports.size(), 3);
    QCOMPARE(reports.at(0).outcome, ImportReport::Outcome::Imported);
    QCOMPARE(reports.at(1).outcome, ImportReport::Outcome::Imported);
    QCOMPARE(reports.at(2).outcome, ImportReport::Outcome::Rejected);
    QCOMPARE(reports.at(1).summaryLine(),
             QStringLiteral("read 5, accepted 5, duplicate 0, rejected 0, unknown-link 0"));
    auto *errors = wizard.currentPage()->findChild<QPlainTextEdit *>();
    // Fields by their names, not their keys; the files imported cleanly are not problems.
    QVERIFY2(errors->toPlainText().contains(
                 QStringLiteral("input.csv:2: Valid samples: 'abc' is not a number of samples")),
             qPrintable(errors->toPlainText()));
    QVERIFY(!errors->toPlainText().contains(QStringLiteral("valid_samples")));
    QVERIFY(!errors->toPlainText().contains(QStringLiteral("1-daily.csv")));
    const QString exported = m_dir.filePath(QStringLiteral("errors.txt"));
    QVERIFY(wizard.exportErrorList(exported));
    QFile f(exported);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(f.readAll())
                .contains(QStringLiteral("'abc' is not a number of samples")));

    // The committed imports reach the history through the data events.
    QTRY_COMPARE(page.historyModel()->rowCount(), 2);
    QCOMPARE(page.historyView()->model()->rowCount(), 2);
    QSqlQuery q(workspace.database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT SUM(valid_samples) FROM daily_tallies")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 15 + 7 + 20 + 0 + 3);
    shot(&page, QStringLiteral("page-history"));
}

void tst_TalliesWizard::unknownHeadersNeedMapping()
{
    Workspace workspace;
    QVERIFY(!workspace.open(m_location).isValid());
    workspace.setCampaignId(m_campaignId);
    const QString path = m_dir.filePath(QStringLiteral("odd.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("答卷编号,来源码,提交时间,是否有效,备注\nz1,ab12,2024-07-20 10:00,1,x\n");
    f.close();
    TallyImportWizard wizard(&workspace);
    wizard.show();
    // Dropped from a file manager.
    auto *list = wizard.findChild<TallyFileList *>();
    QVERIFY(list);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path), QUrl::fromLocalFile(path),
                  QUrl(QStringLiteral("https://example.cn/x.csv"))});
    // As a drag does it: enter first (which makes the list the drop target), then drop.
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(list->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(list->viewport(), &drop);
    QCOMPARE(list->files(), QStringList({QFileInfo(path).absoluteFilePath()}));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    // The link column is not recognised: Import stays disabled and the warning says why.
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    bool warned = false;
    for (QLabel *l : wizard.currentPage()->findChildren<QLabel *>())
        warned = warned
            || (l->text().contains(QStringLiteral("Missing required columns: Link"))
                && l->text().contains(QStringLiteral("ignored: B: 来源码")));
    QVERIFY(warned);
    // Choose column B for the link.
    QComboBox *linkBox = nullptr;
    for (QComboBox *box : wizard.currentPage()->findChildren<QComboBox *>()) {
        if (box->findText(QStringLiteral("B: 来源码")) >= 0 && box->currentData().toInt() == -1
            && !linkBox)
            linkBox = box;
    }
    QVERIFY(linkBox);
    linkBox->setCurrentIndex(linkBox->findText(QStringLiteral("B: 来源码")));
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(TallyImportWizard::SummaryPage), 30000);
    QCOMPARE(wizard.reports().first().outcome, ImportReport::Outcome::Imported);
    QCOMPARE(wizard.reports().first().accepted, 1);
}

void tst_TalliesWizard::platformExportNeedsNoMapping()
{
    Workspace workspace;
    QVERIFY(!workspace.open(m_location).isValid());
    workspace.setCampaignId(m_campaignId);
    // A 问卷星 download: no validity column, the token in 来源详情, one row without a link.
    const QString path = m_dir.filePath(QStringLiteral("wjx.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("序号,提交答卷时间,所用时间,来源,来源详情,来自IP,1、您的性别\n"
            "wjx-9001,2024/7/20 9:02:11,143秒,链接,ef56,203.0.113.14(广东-深圳),男\n"
            "wjx-9002,2024/7/20 9:12:00,95秒,直接访问,直接访问,203.0.113.15(广东-广州),女\n");
    f.close();
    TallyImportWizard wizard(&workspace);
    wizard.addFiles({path});
    wizard.show();
    wizard.next();
    bool detected = false;
    for (QLabel *l : wizard.currentPage()->findChildren<QLabel *>())
        detected = detected
            || (l->text().contains(QStringLiteral("Wenjuanxing"))
                && l->text().contains(QStringLiteral("E: 来源详情")));
    QVERIFY(detected);
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(TallyImportWizard::SummaryPage), 30000);
    const ImportReport r = wizard.reports().first();
    QCOMPARE(r.outcome, ImportReport::Outcome::Imported);
    QCOMPARE(r.format, QStringLiteral("wjx"));
    QCOMPARE(r.accepted, 1);
    QCOMPARE(r.noLink, 1);
    QVERIFY(wizard.errorListText().contains(QStringLiteral("1 row(s) without a link")));
}

void tst_TalliesWizard::closingDuringImportChangesNothing()
{
    Workspace workspace;
    QVERIFY(!workspace.open(m_location).isValid());
    workspace.setCampaignId(m_campaignId);
    const QString path = m_dir.filePath(QStringLiteral("big.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray data = "答卷编号,链接,提交时间,是否有效\n";
    for (int i = 0; i < 150000; ++i)
        data += "big" + QByteArray::number(i) + ",cd34,2024-07-21 10:00:00,1\n";
    f.write(data);
    f.close();
    const QString before = TestSupport::snapshot(workspace.database());
    {
        TallyImportWizard wizard(&workspace);
        wizard.addFiles({path});
        wizard.show();
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(TallyImportWizard::RunPage));
        QVERIFY(wizard.isRunning());
        QTest::qWait(50);
        wizard.reject(); // waits for the worker, which rolls back
        QVERIFY(!wizard.isRunning() || wizard.result() == QDialog::Rejected);
    }
    QCOMPARE(TestSupport::snapshot(workspace.database()), before);
}

namespace {

// Answers the next modal message box: Enter (its default button) or a click on the button
// named button; keeps what it asked in *text.
void answerNextBox(const QString &button, QString *text)
{
    QTimer::singleShot(0, [button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return answerNextBox(button, text);
        *text = box->text();
        if (button.isEmpty())
            QTest::keyClick(box, Qt::Key_Return);
        else
            QTest::mouseClick(box->findChild<QPushButton *>(button), Qt::LeftButton);
    });
}

} // namespace

void tst_TalliesWizard::withdrawFromHistory()
{
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("withdraw"));
    {
        auto db = TestSupport::openMigrated(location);
        Campaign c;
        c.year = 2024;
        c.startDate = QDate(2024, 7, 17);
        c.endDate = QDate(2024, 7, 26);
        QVERIFY(CampaignRepository(*db).add(c).isEmpty());
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO units (name, name_key, created_at, updated_at)"
                                      " VALUES ('单位', 'danwei', '2024-01-01', '2024-01-01')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO links (campaign_id, unit_id, token, created_at)"
                                      " VALUES (%1, %2, 'ab12', '2024-07-01')")
                           .arg(c.id)
                           .arg(q.lastInsertId().toLongLong())));
    }
    Workspace workspace;
    QVERIFY(!workspace.open(location).isValid());
    workspace.setCampaignId(CampaignRepository(workspace.database()).byYear(2024)->id);
    const QString morning = m_dir.filePath(QStringLiteral("morning.csv"));
    const QString evening = m_dir.filePath(QStringLiteral("evening.csv"));
    for (const auto &[path, text] :
         {std::pair {morning, "答卷编号,链接,提交时间,是否有效\n1,ab12,2024-07-17 09:00,1\n"},
          std::pair {evening,
                     "答卷编号,链接,提交时间,是否有效\n1,ab12,2024-07-17 09:00,1\n"
                     "2,ab12,2024-07-17 19:00,1\n3,ab12,2024-07-18 09:00,1\n"}}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        TallyImporter::Options options;
        options.backup = false;
        QCOMPARE(TallyImporter(workspace.database(), workspace.campaignId())
                     .importFile(path, options)
                     .outcome,
                 ImportReport::Outcome::Imported);
    }
    const auto total = [&] {
        QSqlQuery q(workspace.database().connection());
        q.exec(QStringLiteral("SELECT COALESCE(SUM(valid_samples), 0) FROM daily_tallies"));
        return q.next() ? q.value(0).toInt() : -1;
    };
    QCOMPARE(total(), 3);

    TalliesPage page(&workspace);
    page.resize(1200, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *withdraw = page.findChild<QAction *>(QStringLiteral("withdrawImport"));
    QVERIFY(withdraw);
    QVERIFY(!withdraw->isEnabled()); // nothing selected
    // The morning import (the older, second row), picked with the mouse.
    QTableView *view = page.historyView();
    const QRect cell = view->visualRect(view->model()->index(1, ImportHistoryModel::FileColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(withdraw->isEnabled());

    // Enter takes the safe default: nothing is withdrawn.
    QString asked;
    answerNextBox(QString(), &asked);
    withdraw->trigger();
    QVERIFY(asked.contains(QStringLiteral("morning.csv")));
    QCOMPARE(total(), 3);

    answerNextBox(QStringLiteral("confirmWithdraw"), &asked);
    withdraw->trigger();
    // Response 1 is counted by the evening import now: nothing lost, nothing twice.
    QCOMPARE(total(), 3);
    QCOMPARE(page.historyModel()->rowCount(), 2);
    const ImportRecord &morningRecord = page.historyModel()->record(1);
    QCOMPARE(morningRecord.status, QStringLiteral("withdrawn"));
    QVERIFY(page.historyModel()
                ->index(1, ImportHistoryModel::StatusColumn)
                .data()
                .toString()
                .contains(QStringLiteral("Withdrawn")));
    QCOMPARE(page.historyModel()->record(0).accepted, qint64(3));
    // A withdrawn import cannot be withdrawn twice.
    view->selectRow(view->model()->index(1, 0).row());
    QVERIFY(!withdraw->isEnabled());
    shot(&page, QStringLiteral("page-withdrawn"));
}

void tst_TalliesWizard::chineseScreens()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/secretariat_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    {
        Workspace workspace;
        QVERIFY(!workspace.open(m_location).isValid());
        workspace.setCampaignId(m_campaignId);
        TalliesPage page(&workspace);
        page.resize(1000, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.historyModel()
                     ->headerData(ImportHistoryModel::FileColumn, Qt::Horizontal)
                     .toString(),
                 QStringLiteral("文件"));
        shot(&page, QStringLiteral("page-history-zh"));
        TallyImportWizard wizard(&workspace);
        QCOMPARE(wizard.windowTitle(), QStringLiteral("导入样本统计"));
        wizard.addFiles(
            {TestSupport::dataPath(QStringLiteral("tallies/cases/tab_responses/1-responses.tsv")),
             TestSupport::dataPath(
                 QStringLiteral("tallies/malformed/daily_bad_number/input.csv"))});
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        shot(&wizard, QStringLiteral("wizard-1-files-zh"));
        wizard.next();
        shot(&wizard, QStringLiteral("wizard-2-mapping-zh"));
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(TallyImportWizard::SummaryPage), 30000);
        shot(&wizard, QStringLiteral("wizard-3-summary-zh"));
        auto *table = wizard.currentPage()->findChild<QTableWidget *>();
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("已拒绝"));
    }
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(tst_TalliesWizard)
#include "tst_tallies_wizard.moc"
