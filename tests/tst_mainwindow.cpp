// The main window opens offscreen on a demo database, in English and in Chinese.
#include "TestSupport.h"
#include "WhenModal.h"

#include "MainWindow.h"
#include "common/Translations.h"
#include "db/Database.h"
#include "demo/DemoDataGenerator.h"
#include "dialogs/CampaignDialog.h"
#include "dialogs/QuestionnairesDialog.h"
#include "dialogs/UnitFormDialog.h"
#include "checklist/ChecklistRepository.h"
#include "itemmodels/ChecklistModel.h"
#include "itemmodels/UnitFilterProxyModel.h"
#include "itemmodels/UnitTableModel.h"
#include "pages/ChecklistPage.h"
#include "pages/UnitsPage.h"
#include "repo/UnitRepository.h"
#include "repo/CampaignRepository.h"
#include "repo/QuestionnaireRepository.h"
#include "session/Workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QSqlQuery>
#include <QTableView>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opensOnDemoCampaign();
    void chineseTranslationIsComplete();
    void campaignDialogAddsAndValidates();
    void questionnairesDialogAddsAndEdits();
    void everyShortcutHasOneAction();
    void ctrlNRegistersAUnit();
    void fitsSmallScreens();
    void undoAcrossPagesAndDatabases();

private:
    QString m_path;
};

void tst_MainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SecretariatTests"));
    m_path = TestSupport::newDatabaseLocation(QStringLiteral("demo"));
    auto db = TestSupport::openMigrated(m_path);
    QVERIFY(db);
    QVERIFY(DemoDataGenerator(*db).generate(2024).isEmpty());
}

void tst_MainWindow::opensOnDemoCampaign()
{
    Workspace workspace;
    QVERIFY(!workspace.open(m_path).isValid());
    MainWindow window(&workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.campaignSelector()->count(), 1);
    QVERIFY(window.campaignSelector()->currentText().startsWith(QStringLiteral("2024")));
    QVERIFY(workspace.campaign().has_value());
    QCOMPARE(workspace.campaign()->year, 2024);
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(nav);
    QCOMPARE(nav->count(), 8);
    const QList<QLabel *> labels = window.statusBar()->findChildren<QLabel *>();
    bool shown = false;
    for (QLabel *l : labels)
        shown = shown || l->text().contains(m_path.section(QLatin1Char('/'), -1));
    QVERIFY(shown);
    window.showPage(MainWindow::DashboardPageIndex);
    QCOMPARE(nav->currentRow(), int(MainWindow::DashboardPageIndex));
    QVERIFY(window.showPage(QStringLiteral("links")));
    QCOMPARE(nav->currentRow(), int(MainWindow::LinksPageIndex));
    QVERIFY(!window.showPage(QStringLiteral("nowhere")));
    QCOMPARE(nav->currentRow(), int(MainWindow::LinksPageIndex));
    QVERIFY(window.showPage(QStringLiteral("checklist")));
    QCOMPARE(nav->currentRow(), int(MainWindow::ChecklistPageIndex));
    QVERIFY(window.showPage(QStringLiteral("gifts")));
    QCOMPARE(nav->currentRow(), int(MainWindow::GiftsPageIndex));
    QVERIFY(window.showPage(QStringLiteral("experts")));
    QCOMPARE(nav->currentRow(), int(MainWindow::ExpertsPageIndex));
}

void tst_MainWindow::chineseTranslationIsComplete()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/secretariat_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    Workspace workspace;
    QVERIFY(!workspace.open(m_path).isValid());
    {
        MainWindow window(&workspace);
        window.show();
        QCOMPARE(window.windowTitle(), QStringLiteral("调查活动秘书处工作台"));
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(nav->item(0)->text(), QStringLiteral("单位"));
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
    }
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(Translations::localeFor(QStringLiteral("zh_CN")).language(), QLocale::Chinese);
}

void tst_MainWindow::everyShortcutHasOneAction()
{
    Workspace workspace;
    QVERIFY(!workspace.open(m_path).isValid());
    MainWindow window(&workspace);
    window.show();
    // Every key sequence of every action and shortcut object in the window, its menus and its
    // pages, with who holds it and where it works; a sequence held twice where both work (even
    // by one action) is a clash, which Qt answers with "Ambiguous shortcut overload" and nothing
    // done. A page's own action (Qt::WidgetWithChildrenShortcut) works only inside that page, so
    // two pages may each have their Undo; a window-wide one clashes with every other holder.
    struct Holder
    {
        QString who;
        QWidget *scope = nullptr; // nullptr: the whole window
    };
    QMap<QString, QList<Holder>> holders;
    const auto add = [&](const QKeySequence &key, const QString &who, QWidget *scope) {
        if (!key.isEmpty())
            holders[key.toString(QKeySequence::PortableText)].append({who, scope});
    };
    const auto scopeOf = [](Qt::ShortcutContext context, QObject *parent) -> QWidget * {
        return context == Qt::WindowShortcut || context == Qt::ApplicationShortcut
            ? nullptr
            : qobject_cast<QWidget *>(parent);
    };
    for (QAction *a : window.findChildren<QAction *>()) {
        for (const QKeySequence &key : a->shortcuts())
            add(key, QStringLiteral("action '%1' (%2)").arg(a->text(), a->objectName()),
                scopeOf(a->shortcutContext(), a->parent()));
    }
    for (QShortcut *s : window.findChildren<QShortcut *>()) {
        for (const QKeySequence &key : s->keys())
            add(key, QStringLiteral("shortcut of %1").arg(s->parent()->objectName()),
                scopeOf(s->context(), s->parent()));
    }
    const auto overlap = [](const Holder &a, const Holder &b) {
        return !a.scope || !b.scope || a.scope == b.scope || a.scope->isAncestorOf(b.scope)
            || b.scope->isAncestorOf(a.scope);
    };
    QStringList clashes;
    for (auto it = holders.cbegin(); it != holders.cend(); ++it) {
        const QList<Holder> &list = it.value();
        for (int i = 0; i < list.size(); ++i) {
            for (int k = i + 1; k < list.size(); ++k) {
                if (overlap(list.at(i), list.at(k)))
                    clashes << it.key() + QStringLiteral(": ") + list.at(i).who
                            + QStringLiteral(", ") + list.at(k).who;
            }
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    QVERIFY(holders.contains(QStringLiteral("Ctrl+Y"))); // redo's other usual key
    QVERIFY(holders.contains(QStringLiteral("Ctrl+N")));
}

void tst_MainWindow::ctrlNRegistersAUnit()
{
    Workspace workspace;
    QVERIFY(!workspace.open(m_path).isValid());
    MainWindow window(&workspace);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showPage(MainWindow::UnitsPageIndex);
    auto *units = qobject_cast<UnitsPage *>(window.page(MainWindow::UnitsPageIndex));
    QVERIFY(units);
    units->view()->setFocus();
    bool opened = false;
    TestSupport::whenModal<UnitFormDialog>([&](UnitFormDialog *form) {
        opened = true;
        form->reject();
    });
    QTest::keySequence(units->view(), QKeySequence(Qt::CTRL | Qt::Key_N));
    QTRY_VERIFY(opened);
}

void tst_MainWindow::fitsSmallScreens()
{
    // 1280×720 and 1366×768 office screens: no page may make the window taller or wider.
    Workspace workspace;
    QVERIFY(!workspace.open(m_path).isValid());
    MainWindow window(&workspace);
    window.show();
    for (int page = 0; page <= int(MainWindow::DashboardPageIndex); ++page) {
        window.showPage(MainWindow::Page(page));
        const QSize least = window.minimumSizeHint().expandedTo(window.minimumSize());
        QVERIFY2(least.width() <= 1280 && least.height() <= 720 - 48,
                 qPrintable(QStringLiteral("page %1 needs %2×%3")
                                .arg(page)
                                .arg(least.width())
                                .arg(least.height())));
    }
}

// One undo history for the database (Workspace::undoStack): a target typed on the Units page and
// a tick on the Checklist page are undone, newest first, by the Edit menu's keys wherever the
// clerk is, and redone; opening another database empties it.
void tst_MainWindow::undoAcrossPagesAndDatabases()
{
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("undo"));
    {
        auto db = TestSupport::openMigrated(location);
        QVERIFY(db);
        QVERIFY(DemoDataGenerator(*db).generate(2024).isEmpty());
    }
    Workspace workspace;
    QVERIFY(!workspace.open(location).isValid());
    MainWindow window(&workspace);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    Database &db = workspace.database();
    const qint64 campaign = workspace.campaignId();

    window.showPage(MainWindow::UnitsPageIndex);
    auto *units = qobject_cast<UnitsPage *>(window.page(MainWindow::UnitsPageIndex));
    QVERIFY(units);
    const UnitListRow row = units->model()->rowAt(0);
    const QModelIndex targetCell = units->proxy()->mapFromSource(
        units->model()->index(0, UnitTableModel::TargetColumn));
    QVERIFY(units->proxy()->setData(targetCell, row.target + 111));
    const auto targetOf = [&] {
        return UnitRepository(db).load(row.unitId, campaign)->participation.sampleTarget;
    };
    QCOMPARE(targetOf(), row.target + 111);

    window.showPage(MainWindow::ChecklistPageIndex);
    auto *checklist = qobject_cast<ChecklistPage *>(window.page(MainWindow::ChecklistPageIndex));
    QVERIFY(checklist);
    checklist->tickItemBox()->setCurrentIndex(
        checklist->tickItemBox()->findData(int(ChecklistItem::TargetAgreed)));
    checklist->view()->selectRow(0);
    const qint64 ticked
        = checklist->view()->currentIndex().data(ChecklistModel::UnitIdRole).toLongLong();
    const auto isTicked = [&] {
        return ChecklistRepository(db).ticks(campaign, {ticked}, ChecklistItem::TargetAgreed)
            .first()
            .ticked;
    };
    const bool wasTicked = isTicked();
    QVERIFY(checklist->tickSelected(!wasTicked));
    QCOMPARE(isTicked(), !wasTicked);
    QCOMPARE(workspace.undoStack()->count(), 2);
    QCOMPARE(units->undoStack(), checklist->undoStack());

    auto *undo = window.findChild<QAction *>(QStringLiteral("editUndoAction"));
    QVERIFY(undo && undo->isEnabled());
    checklist->view()->setFocus();
    QTest::keySequence(checklist->view(), QKeySequence(Qt::CTRL | Qt::Key_Z));
    QCOMPARE(isTicked(), wasTicked);
    QCOMPARE(targetOf(), row.target + 111);
    // The Units page's edit, undone from the Checklist page.
    QTest::keySequence(checklist->view(), QKeySequence(Qt::CTRL | Qt::Key_Z));
    QCOMPARE(targetOf(), row.target);
    QVERIFY(!undo->isEnabled());
    QTest::keySequence(checklist->view(), QKeySequence(Qt::CTRL | Qt::Key_Y));
    QCOMPARE(targetOf(), row.target + 111);
    QCOMPARE(isTicked(), wasTicked);
    QTest::keySequence(checklist->view(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QCOMPARE(isTicked(), !wasTicked);

    // Another database: nothing of the first one to undo.
    const QString other = TestSupport::newDatabaseLocation(QStringLiteral("undo-other"));
    QVERIFY(!workspace.open(other).isValid());
    QCOMPARE(workspace.undoStack()->count(), 0);
    QVERIFY(!undo->isEnabled());
}

void tst_MainWindow::campaignDialogAddsAndValidates()
{
    auto db = TestSupport::openMigrated(TestSupport::newDatabaseLocation(QStringLiteral("dialog")));
    QVERIFY(db);
    CampaignDialog dialog(*db, Campaign {});
    dialog.show();
    auto *year = dialog.findChild<QSpinBox *>();
    QVERIFY(year);
    year->setValue(2025);
    const QList<QDateEdit *> dates = dialog.findChildren<QDateEdit *>();
    QCOMPARE(dates.size(), 5); // window start and end, forms, link requests, gift lists due
    // End before start: refused, the problem shown, nothing stored.
    dates.at(0)->setDate(QDate(2025, 7, 26));
    dates.at(1)->setDate(QDate(2025, 7, 17));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(CampaignRepository(*db).all().isEmpty());
    auto *problems = dialog.findChild<QLabel *>(QStringLiteral("problems"));
    QVERIFY(problems);
    QVERIFY(problems->text().contains(QStringLiteral("2025-07-17")));
    dates.at(0)->setDate(QDate(2025, 7, 16));
    dates.at(1)->setDate(QDate(2025, 7, 25));
    QLineEdit *url = nullptr;
    for (QLineEdit *e : dialog.findChildren<QLineEdit *>()) {
        if (e->placeholderText().startsWith(QStringLiteral("https://")))
            url = e;
    }
    QVERIFY(url);
    QTest::keyClicks(url, QStringLiteral("https://survey.example.org/2025/q"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto stored = CampaignRepository(*db).byYear(2025);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->startDate, QDate(2025, 7, 16));
    QCOMPARE(stored->baseUrl, QStringLiteral("https://survey.example.org/2025/q"));
    QCOMPARE(stored->linkRequestDue, QDate(2025, 7, 10));
    QCOMPARE(stored->formDue, QDate(2025, 7, 5)); // the default, kept on the year's calendar
}

void tst_MainWindow::questionnairesDialogAddsAndEdits()
{
    auto db = TestSupport::openMigrated(
        TestSupport::newDatabaseLocation(QStringLiteral("questionnaires")));
    QVERIFY(db);
    Campaign c;
    c.year = 2025;
    c.startDate = QDate(2025, 7, 8);
    c.endDate = QDate(2025, 7, 17);
    c.baseUrl = QStringLiteral("https://www.wjx.cn/vm/AbCdEf.aspx");
    c.surveyPlatform = QStringLiteral("wjx");
    QVERIFY(CampaignRepository(*db).add(c).isEmpty());
    QuestionnairesDialog dialog(*db, c.id);
    dialog.show();
    auto *table = dialog.findChild<QTableWidget *>();
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("sojumpparm"));
    // A second questionnaire on 腾讯问卷, whose parameter the survey sets: it must be named.
    dialog.startNew();
    const QList<QLineEdit *> edits
        = dialog.findChildren<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly);
    QCOMPARE(edits.size(), 3); // name, base URL, parameter
    edits.at(0)->setText(QStringLiteral("practitioners"));
    auto *platform
        = dialog.findChildren<QComboBox *>(QString(), Qt::FindDirectChildrenOnly).first();
    platform->setCurrentIndex(platform->findData(QStringLiteral("tencent")));
    QCOMPARE(edits.at(2)->text(), QString());
    QVERIFY(!dialog.save());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("problems"))
                ->text()
                .contains(QStringLiteral("link parameter")));
    edits.at(2)->setText(QStringLiteral("channel"));
    QVERIFY(dialog.save());
    QCOMPARE(table->rowCount(), 2);
    const auto stored = QuestionnaireRepository(*db).byName(c.id, QStringLiteral("practitioners"));
    QVERIFY(stored);
    QCOMPARE(stored->platform, QStringLiteral("tencent"));
    QCOMPARE(stored->linkParameter, QStringLiteral("channel"));

    // Once links went out, a new parameter asks first: printed QR codes keep the old one.
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO units (name, name_key, created_at, updated_at)"
                                  " VALUES ('单位', 'danwei', 'x', 'x')")));
    q.prepare(QStringLiteral("INSERT INTO links (campaign_id, unit_id, token, created_at,"
                             " questionnaire_id) VALUES (?, 1, 'AB12', 'x', ?)"));
    q.addBindValue(c.id);
    q.addBindValue(stored->id);
    QVERIFY(q.exec());
    const auto answer = [](QMessageBox::StandardButton button, QString *text) {
        QTimer::singleShot(20, [button, text] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            *text = box->text();
            box->button(button)->click();
        });
    };
    QuestionnairesDialog again(*db, c.id);
    auto *table2 = again.findChild<QTableWidget *>();
    table2->selectRow(1);
    const QList<QLineEdit *> fields
        = again.findChildren<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly);
    fields.at(2)->setText(QStringLiteral("from"));
    QString warning;
    answer(QMessageBox::Cancel, &warning);
    QVERIFY(!again.save());
    QVERIFY2(warning.contains(QStringLiteral("printed QR codes")), qPrintable(warning));
    QCOMPARE(QuestionnaireRepository(*db).byId(stored->id)->linkParameter,
             QStringLiteral("channel"));
    answer(QMessageBox::Save, &warning);
    QVERIFY(again.save());
    QCOMPARE(QuestionnaireRepository(*db).byId(stored->id)->linkParameter, QStringLiteral("from"));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
