// The main window opens offscreen on a demo database, in English and in Chinese.
#include "TestSupport.h"

#include "MainWindow.h"
#include "Translations.h"
#include "db/Database.h"
#include "demo/DemoDataGenerator.h"
#include "session/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStatusBar>
#include <QTest>
#include <QTranslator>

class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opensOnDemoCampaign();
    void chineseTranslationIsComplete();

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
    QCOMPARE(nav->count(), 5);
    const QList<QLabel *> labels = window.statusBar()->findChildren<QLabel *>();
    bool shown = false;
    for (QLabel *l : labels)
        shown = shown || l->text().contains(m_path.section(QLatin1Char('/'), -1));
    QVERIFY(shown);
    window.showPage(MainWindow::DashboardPageIndex);
    QCOMPARE(nav->currentRow(), int(MainWindow::DashboardPageIndex));
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

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
