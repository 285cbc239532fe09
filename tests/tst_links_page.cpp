// The links page offscreen on a real database: rows, filters, the pending-request panel, reload
// on changes, the dialogs, and a batch of posters written off the GUI thread.
#include "LinksTestData.h"
#include "TestSupport.h"
#include "WhenModal.h"

#include "demo/DemoDataGenerator.h"
#include "dialogs/ConflictDialog.h"
#include "dialogs/IssueLinksDialog.h"
#include "dialogs/PosterExportDialog.h"
#include "dialogs/QrCodeDialog.h"
#include "itemmodels/LinkFilterProxyModel.h"
#include "itemmodels/LinkTableModel.h"
#include "links/LinkRepository.h"
#include "pages/LinksPage.h"
#include "repo/AuditLog.h"
#include "repo/CampaignRepository.h"
#include "session/Workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QClipboard>
#include <QMessageBox>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace LinksTestData;

class tst_LinksPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showsLinksWithFilters();
    void followsChanges();
    void dialogs();
    void writesPostersOffGuiThread();
    void savesDueDate();
    void screenshots();
    void issueStartsFromTheSelectedRowAndShowsTheNewLinks();
    void revokeAsksWithNoAsTheDefault();

private:
    QString m_location;
    qint64 m_campaign = 0;
    qint64 m_unitA = 0;
    qint64 m_unitB = 0;
    qint64 m_unitC = 0;
    QList<Link> m_links;
    QTemporaryDir m_dir;
};

void tst_LinksPage::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SecretariatTests"));
    m_location = TestSupport::newDatabaseLocation(QStringLiteral("links-page"));
    auto db = TestSupport::openMigrated(m_location);
    m_campaign = addCampaign(*db, 2024, QStringLiteral("https://survey.example.org/2024/q"),
                             QDate(2024, 7, 10));
    m_unitA = addUnit(*db, QStringLiteral("广东省网络空间安全协会"), m_campaign);
    m_unitB = addUnit(*db, QStringLiteral("南方日报社"), m_campaign, QStringLiteral("supporting"));
    m_unitC = addUnit(*db, QStringLiteral("Shenzhen Example Technology Co., Ltd."), m_campaign,
                      QStringLiteral("supporting"));
    LinkRepository links(*db);
    QVERIFY(links.recordRequest(m_campaign, m_unitA, 3, QDate(2024, 7, 5)).isEmpty());
    QVERIFY(links.recordRequest(m_campaign, m_unitB, 1, QDate(2024, 7, 6)).isEmpty());
    QList<Link> issued;
    QVERIFY(links.issue(m_campaign, m_unitA, 2, QStringLiteral("官方网站"), &issued).isEmpty());
    m_links += issued;
    QVERIFY(
        links.issue(m_campaign, m_unitB, 1, QStringLiteral("海报 · 市图书馆"), &issued).isEmpty());
    m_links += issued;
    addTally(*db, m_links.at(0).id, QStringLiteral("2024-07-17"), 1200);
    addTally(*db, m_links.at(2).id, QStringLiteral("2024-07-17"), 345);
}

void tst_LinksPage::showsLinksWithFilters()
{
    Workspace workspace;
    QVERIFY(!workspace.open(m_location).isValid());
    LinksPage page(&workspace);
    LinkTableModel *model = page.model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->columnCount(), int(LinkTableModel::ColumnCount));
    const int row = model->rowOfToken(m_links.at(0).token);
    QCOMPARE(model->index(row, LinkTableModel::UnitColumn).data().toString(),
             QStringLiteral("广东省网络空间安全协会"));
    QCOMPARE(model->index(row, LinkTableModel::SamplesColumn).data(Qt::EditRole).toLongLong(),
             1200);
    QCOMPARE(model->index(row, LinkTableModel::UrlColumn).data().toString(), m_links.at(0).url);
    // Cut off in a narrow column, the full URL and unit name are on hover.
    QVERIFY(model->index(row, LinkTableModel::UrlColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(m_links.at(0).url));
    QVERIFY(model->index(row, LinkTableModel::UnitColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("广东省网络空间安全协会")));
    QCOMPARE(
        model->index(row, LinkTableModel::StatusColumn).data(LinkTableModel::ActiveRole).toBool(),
        true);

    // Search, unit and status filters.
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("linkSearch"));
    QVERIFY(search);
    search->setText(QStringLiteral("图书馆"));
    QCOMPARE(page.proxy()->rowCount(), 1);
    search->setText(m_links.at(1).token.left(8).toLower());
    QCOMPARE(page.proxy()->rowCount(), 1);
    search->clear();
    QCOMPARE(page.proxy()->rowCount(), 3);
    page.proxy()->setUnitId(m_unitA);
    QCOMPARE(page.proxy()->rowCount(), 2);
    page.proxy()->setUnitId(0);
    page.proxy()->setStatusFilter(LinkFilterProxyModel::StatusFilter::Revoked);
    QCOMPARE(page.proxy()->rowCount(), 0);
    page.proxy()->setStatusFilter(LinkFilterProxyModel::StatusFilter::All);

    // The unit that has not asked for links yet.
    QCOMPARE(page.pendingList()->count(), 1);
    QCOMPARE(page.pendingList()->item(0)->text(),
             QStringLiteral("Shenzhen Example Technology Co., Ltd."));
}

void tst_LinksPage::followsChanges()
{
    Workspace workspace;
    QVERIFY(!workspace.open(m_location).isValid());
    LinksPage page(&workspace);
    LinkRepository repo(workspace.database());
    QVERIFY(repo.revoke(m_links.at(1).token).isEmpty());
    const int row = page.model()->rowOfToken(m_links.at(1).token);
    QCOMPARE(page.model()->index(row, 0).data(LinkTableModel::ActiveRole).toBool(), false);
    page.proxy()->setStatusFilter(LinkFilterProxyModel::StatusFilter::Revoked);
    QCOMPARE(page.proxy()->rowCount(), 1);
    QVERIFY(repo.restore(m_links.at(1).token).isEmpty());
    QCOMPARE(page.proxy()->rowCount(), 0);

    QVERIFY(repo.recordRequest(m_campaign, m_unitC, 2).isEmpty());
    QCOMPARE(page.pendingList()->count(), 0);
    QVERIFY(repo.issue(m_campaign, m_unitC, 2, QString()).isEmpty());
    QCOMPARE(page.model()->rowCount(), 5);
}

void tst_LinksPage::dialogs()
{
    Workspace workspace;
    QVERIFY(!workspace.open(m_location).isValid());
    const QList<UnitLinkSummary> units
        = LinkRepository(workspace.database()).unitSummaries(m_campaign);
    QCOMPARE(units.size(), 3);
    IssueLinksDialog issue(units, m_unitA, nullptr);
    QCOMPARE(issue.unitId(), m_unitA);
    QCOMPARE(issue.count(), 1); // asked for 3, has 2
    auto *combo = issue.findChild<QComboBox *>();
    combo->setCurrentIndex(combo->findData(m_unitB));
    QCOMPARE(issue.unitId(), m_unitB);

    QrCodeDialog qr(m_links.at(0), nullptr);
    auto *image = qr.findChild<QLabel *>(QStringLiteral("qrImage"));
    QVERIFY(image);
    QVERIFY(image->pixmap().width() >= 200);
    const QString png = m_dir.filePath(QStringLiteral("dialog-qr.png"));
    QVERIFY(image->pixmap().save(png));
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png});
    QVERIFY(zbar.waitForFinished(30000));
    QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), m_links.at(0).url);
}

void tst_LinksPage::writesPostersOffGuiThread()
{
    Workspace workspace;
    QVERIFY(!workspace.open(m_location).isValid());
    LinksPage page(&workspace);
    QSignalSpy spy(&page, &LinksPage::filesWritten);
    LinkFileExporter::Options options;
    options.outDir = m_dir.filePath(QStringLiteral("gui-posters"));
    options.posterPdf = true;
    page.writeFiles(page.model()->links(), options);
    QVERIFY(spy.wait(60000));
    const auto result = spy.constFirst().constFirst().value<LinkFileExporter::Result>();
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(!result.cancelled);
    QCOMPARE(QDir(options.outDir).entryList({QStringLiteral("*_poster.pdf")}, QDir::Files).size(),
             page.model()->rowCount());
    QCOMPARE(QDir(options.outDir).entryList({QStringLiteral("*.png")}, QDir::Files).size(),
             page.model()->rowCount());

    // Cancel in the progress dialog: the worker stops after the link it is on.
    spy.clear();
    options.outDir = m_dir.filePath(QStringLiteral("gui-cancel"));
    options.qrPng = false;
    options.posterPdf = false;
    options.posterPng = true;
    page.writeFiles(page.model()->links(), options);
    const QList<QProgressDialog *> dialogs = page.findChildren<QProgressDialog *>();
    QVERIFY(!dialogs.isEmpty());
    QProgressDialog *progress = dialogs.constLast(); // the first run's may await deletion
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click(); // as the user does

    QVERIFY(spy.wait(60000));
    const auto cancelled = spy.constFirst().constFirst().value<LinkFileExporter::Result>();
    QVERIFY(cancelled.cancelled);
    QVERIFY(cancelled.files.size() < page.model()->rowCount());
    QCOMPARE(QDir(options.outDir).entryList(QDir::Files).size(), cancelled.files.size());
}

void tst_LinksPage::savesDueDate()
{
    Workspace workspace;
    QVERIFY(!workspace.open(m_location).isValid());
    LinksPage page(&workspace);
    auto *due = page.findChild<QDateEdit *>();
    QVERIFY(due);
    QCOMPARE(due->date(), QDate(2024, 7, 10));
    due->setDate(QDate(2024, 7, 12));
    QPushButton *save = nullptr;
    for (QPushButton *b : page.findChildren<QPushButton *>()) {
        if (b->text() == QLatin1String("Save"))
            save = b;
    }
    QVERIFY(save && save->isEnabled());
    save->click();
    QCOMPARE(workspace.campaign()->linkRequestDue, QDate(2024, 7, 12));
    QVERIFY(!save->isEnabled());
    QCOMPARE(
        AuditLog::forRecord(workspace.database(), QStringLiteral("campaigns"), m_campaign).size(),
        2);

    // Another desk renames the campaign meanwhile: the save names them; overwrite keeps their
    // title and sets the date.
    auto other = TestSupport::openMigrated(m_location);
    QVERIFY(other);
    Campaign theirs = *CampaignRepository(*other).byId(m_campaign);
    theirs.title = QStringLiteral("Renamed elsewhere");
    QVERIFY(CampaignRepository(*other).update(theirs).isEmpty());
    due->setDate(QDate(2024, 7, 14));
    QString said;
    TestSupport::answerConflict(QStringLiteral("overwrite"), &said);
    save->click();
    QVERIFY2(said.contains(other->userName()), qPrintable(said));
    Campaign stored = *CampaignRepository(*other).byId(m_campaign);
    QCOMPARE(stored.linkRequestDue, QDate(2024, 7, 14));
    QCOMPARE(stored.title, QStringLiteral("Renamed elsewhere"));

    // Again, and this time reload: the panel shows what is stored, nothing is written.
    theirs = stored;
    theirs.linkRequestDue = QDate(2024, 7, 9);
    QVERIFY(CampaignRepository(*other).update(theirs).isEmpty());
    due->setDate(QDate(2024, 7, 15));
    TestSupport::answerConflict(QStringLiteral("reload"), &said);
    save->click();
    QCOMPARE(due->date(), QDate(2024, 7, 9));
    QCOMPARE(CampaignRepository(*other).byId(m_campaign)->linkRequestDue, QDate(2024, 7, 9));
    // Put the date back for the other tests.
    due->setDate(QDate(2024, 7, 12));
    save->click();
    QCOMPARE(CampaignRepository(*other).byId(m_campaign)->linkRequestDue, QDate(2024, 7, 12));
}

void tst_LinksPage::screenshots()
{
    // SECRETARIAT_SCREENSHOT_DIR=/some/folder keeps pictures of the page in English and Chinese.
    const QString folder = qEnvironmentVariable("SECRETARIAT_SCREENSHOT_DIR");
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/secretariat_zh_CN.qm")));
    // On the demo database when pictures are kept: 240 units, some without a request.
    QString location = m_location;
    if (!folder.isEmpty()) {
        location = m_dir.filePath(QStringLiteral("demo.sqlite"));
        auto db = TestSupport::openMigrated(location);
        QVERIFY(DemoDataGenerator(*db).generate(2024).isEmpty());
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE participations SET links_requested = NULL WHERE id % 9 = 0")));
        QVERIFY(q.exec(QStringLiteral("UPDATE campaigns SET link_request_due = '2024-07-10'")));
    }
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        if (language == QLatin1String("zh_CN"))
            QCoreApplication::installTranslator(&translator);
        Workspace workspace;
        QVERIFY(!workspace.open(location).isValid());
        LinksPage page(&workspace);
        page.resize(1280, 720);
        page.view()->selectRow(0);
        const QImage shot = page.grab().toImage();
        QVERIFY(!shot.isNull());
        if (!folder.isEmpty())
            QVERIFY(shot.save(
                QDir(folder).filePath(QStringLiteral("links-page-%1.png").arg(language))));
        if (!folder.isEmpty()) {
            const QList<Link> links = page.model()->links();
            QrCodeDialog qr(links.constFirst(), &page);
            QVERIFY(qr.grab().save(
                QDir(folder).filePath(QStringLiteral("links-qr-%1.png").arg(language))));
            PosterExportDialog posters(int(links.size()), &page);
            QVERIFY(posters.grab().save(
                QDir(folder).filePath(QStringLiteral("links-posters-%1.png").arg(language))));
            IssueLinksDialog issue(
                LinkRepository(workspace.database()).unitSummaries(workspace.campaignId()),
                links.constFirst().unitId, &page);
            QVERIFY(issue.grab().save(
                QDir(folder).filePath(QStringLiteral("links-issue-%1.png").arg(language))));
        }
        if (language == QLatin1String("zh_CN")) {
            QCOMPARE(
                page.model()->headerData(LinkTableModel::UnitColumn, Qt::Horizontal).toString(),
                QStringLiteral("单位"));
            QCoreApplication::removeTranslator(&translator);
        }
    }
}

void tst_LinksPage::issueStartsFromTheSelectedRowAndShowsTheNewLinks()
{
    Workspace workspace;
    QVERIFY(!workspace.open(m_location).isValid());
    LinksPage page(&workspace);
    page.resize(1280, 720);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // Enough links of unit A that new ones of unit C sort below the visible rows.
    QVERIFY(LinkRepository(workspace.database())
                .issue(m_campaign, m_unitA, 40, QStringLiteral("批量"))
                .isEmpty());
    // Unit B's row, clicked.
    const int rowB
        = page.proxy()
              ->mapFromSource(page.model()->index(page.model()->rowOfToken(m_links.at(2).token), 0))
              .row();
    QTableView *view = page.view();
    view->scrollTo(page.proxy()->index(rowB, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(page.proxy()->index(rowB, 1)).center());
    qint64 preselected = -1;
    TestSupport::whenModal<IssueLinksDialog>([&](IssueLinksDialog *d) {
        preselected = d->unitId();
        auto *combo = d->findChild<QComboBox *>();
        combo->setCurrentIndex(combo->findData(m_unitC));
        d->findChild<QSpinBox *>()->setValue(2);
        QTest::keyClick(d, Qt::Key_Return); // Issue is the default here: nothing is lost
    });
    page.findChild<QAction *>(QStringLiteral("issueLinks"))->trigger();
    QCOMPARE(preselected, m_unitB);
    // The two new links of unit C are selected, in view, and the page says so.
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 2);
    for (const QModelIndex &i : selected) {
        QCOMPARE(page.model()->link(page.proxy()->mapToSource(i).row()).unitId, m_unitC);
        QVERIFY(view->viewport()->rect().intersects(view->visualRect(i)));
    }
    auto *notice = page.findChild<QLabel *>(QStringLiteral("linksNotice"));
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(QStringLiteral("Shenzhen Example Technology")));

    // Copy URL says what it copied.
    page.findChild<QAction *>(QStringLiteral("copyUrl"))->trigger();
    QCOMPARE(QApplication::clipboard()->text().count(QLatin1Char('\n')), 1);
    QVERIFY2(notice->text().startsWith(QStringLiteral("2 URL"))
                 && notice->text().contains(QStringLiteral("copied")),
             qPrintable(notice->text()));

    // The footer totals the links shown: unit B's only, 345 samples.
    page.proxy()->setUnitId(m_unitB);
    auto *summary = page.findChild<QLabel *>(QStringLiteral("linksSummary"));
    QVERIFY2(summary->text().contains(QStringLiteral("345 valid samples")),
             qPrintable(summary->text()));
}

void tst_LinksPage::revokeAsksWithNoAsTheDefault()
{
    Workspace workspace;
    QVERIFY(!workspace.open(m_location).isValid());
    LinksPage page(&workspace);
    page.show();
    page.view()->selectRow(0);
    const Link link
        = page.model()->link(page.proxy()->mapToSource(page.proxy()->index(0, 0)).row());
    QVERIFY(link.isActive());
    TestSupport::whenModal<QMessageBox>(
        [](QMessageBox *box) { QTest::keyClick(box, Qt::Key_Return); });
    page.findChild<QAction *>(QStringLiteral("revokeLinks"))->trigger();
    QVERIFY(page.model()->link(page.model()->rowOfToken(link.token)).isActive());
}

QTEST_MAIN(tst_LinksPage)
#include "tst_links_page.moc"
