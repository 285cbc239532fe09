// Windows and dialogs that read the database when they open show the database's error when that
// read fails, never a false "not found" or an empty state passed off as the truth (issue 19):
// one row per dialog, offscreen. The read is made to fail for real (FailingReads: another
// connection renames the one table it needs, so everything else the window reads still works),
// on SQLite files and on PostgreSQL. What the window shows is collected from every message box
// it opens and every label it holds.
#include "FailingReads.h"
#include "TestSupport.h"

#include "db/Database.h"
#include "dialogs/AuditLogDialog.h"
#include "dialogs/CampaignDialog.h"
#include "dialogs/ConflictDialog.h"
#include "dialogs/GradingDialog.h"
#include "dialogs/LetterTemplateDialog.h"
#include "dialogs/MergeUnitsDialog.h"
#include "dialogs/TallyImportWizard.h"
#include "pages/ChecklistPage.h"
#include "pages/DashboardPage.h"
#include "pages/LettersPage.h"
#include "pages/LinksPage.h"
#include "pages/TalliesPage.h"
#include "pages/UnitsPage.h"
#include "progress/GradingRepository.h"
#include "repo/CampaignRepository.h"
#include "progress/ProgressCache.h"
#include "session/Workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

namespace {
// Every message box shown while it lives: its texts are kept and the box closed (a box opened
// with exec() from inside the code under test is answered from the box's own event loop).
class MessageBoxes
{
public:
    MessageBoxes()
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(w);
                if (box && box->isVisible()) {
                    m_texts << box->text() + QLatin1Char('\n') + box->informativeText();
                    box->done(QMessageBox::Cancel);
                }
            }
        });
        m_timer.start();
    }
    QStringList texts() const { return m_texts; }

private:
    QTimer m_timer;
    QStringList m_texts;
};

// The texts of widget's labels.
QStringList labelTexts(const QWidget *widget)
{
    QStringList texts;
    for (const QLabel *label : widget->findChildren<QLabel *>())
        texts << label->text();
    return texts;
}

enum class Window {
    TallyWizard,
    Dashboard,
    Grading,
    UnitForm,
    Units,
    Letters,
    Links,
    Checklist,
    Tallies,
    AuditLog,
    LetterTemplates,
    MergeUnits
};

qint64 firstUnit(Database &db, qint64 campaignId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT MIN(unit_id) FROM participations WHERE campaign_id = ?"));
    q.addBindValue(campaignId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}
} // namespace

Q_DECLARE_METATYPE(Window)

class tst_UiDbFailures : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void windowsShowTheDatabaseError_data();
    void windowsShowTheDatabaseError();
    void tallySummaryNamesTheQuestionnairesItRead();
    void gradingRulesReloadedAfterAConflictSayWhyNot();
    void campaignReloadedAfterAConflictSaysWhyNot();

private:
    // Opens window on workspace, with table hidden from the moment hide() is called (some
    // windows first show what a sound database holds); returns what the window showed and
    // checks (QVERIFY) that it shows nothing false.
    QStringList open(Window window, Workspace &workspace, const std::function<void()> &hide);
    QStringList tallyWizard(Workspace &workspace, const std::function<void()> &hide);
    QStringList dashboard(Workspace &workspace, const std::function<void()> &hide);
    QStringList grading(Workspace &workspace, const std::function<void()> &hide);
    QStringList unitForm(Workspace &workspace, const std::function<void()> &hide);
    // A page whose table model reads when it is made (units, letters, links, checklist,
    // tallies): the table is not shown empty as if there were none; a message box says why.
    template<class Page>
    QStringList page(Workspace &workspace, const std::function<void()> &hide);
    QStringList auditLog(Workspace &workspace, const std::function<void()> &hide);
    QStringList letterTemplates(Workspace &workspace, const std::function<void()> &hide);
    QStringList mergeUnits(Workspace &workspace, const std::function<void()> &hide);
    // Writes a 问卷星 download named name into m_dir; returns its path.
    QString writeWjxFile(const QString &name);
    // When the conflict dialog is asked, hides table of location and answers "reload"; *hidden
    // says whether the table was hidden.
    static void hideAndReload(const QString &location, const QString &table, bool *hidden);

    QTemporaryDir m_dir;
    QString m_pristine;
};

void tst_UiDbFailures::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SecretariatTests"));
    m_pristine = TestSupport::newDatabaseLocation(QStringLiteral("pristine"));
    for (const QStringList &arguments :
         {QStringList {QStringLiteral("init")},
          QStringList {QStringLiteral("demo"), QStringLiteral("--year"), QStringLiteral("2031")}}) {
        const auto r
            = TestSupport::runCli(QStringList {QStringLiteral("--db"), m_pristine} + arguments);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
}

void tst_UiDbFailures::windowsShowTheDatabaseError_data()
{
    QTest::addColumn<Window>("window");
    QTest::addColumn<QString>("table"); // the one the window's read needs, made to fail
    QTest::addColumn<QStringList>("falsely"); // what it would say if it took the failure for "none"
    QTest::newRow("tally wizard: the campaign's questionnaires")
        << Window::TallyWizard << QStringLiteral("questionnaires")
        << QStringList {QStringLiteral("Wenjuanxing")};
    QTest::newRow("dashboard: questionnaire choices")
        << Window::Dashboard << QStringLiteral("questionnaires") << QStringList {};
    QTest::newRow("grading dialog: the campaign's rules")
        << Window::Grading << QStringLiteral("grading_rules")
        << QStringList {QStringLiteral("Default rules")};
    QTest::newRow("unit form: the information form")
        << Window::UnitForm << QStringLiteral("experts")
        << QStringList {QStringLiteral("no longer exists")};
    QTest::newRow("units page: the units")
        << Window::Units << QStringLiteral("participations") << QStringList {};
    QTest::newRow("letters page: the letters")
        << Window::Letters << QStringLiteral("letters") << QStringList {};
    QTest::newRow("links page: the links")
        << Window::Links << QStringLiteral("links") << QStringList {};
    QTest::newRow("checklist page: the ticks")
        << Window::Checklist << QStringLiteral("checklist_ticks") << QStringList {};
    QTest::newRow("tallies page: the import history")
        << Window::Tallies << QStringLiteral("imports") << QStringList {};
    QTest::newRow("history: the users of its filter")
        << Window::AuditLog << QStringLiteral("audit_log") << QStringList {};
    QTest::newRow("letter templates: the letters of the preview")
        << Window::LetterTemplates << QStringLiteral("letters") << QStringList {};
    QTest::newRow("merging units: what each holds")
        << Window::MergeUnits << QStringLiteral("gift_goods") << QStringList {};
}

void tst_UiDbFailures::windowsShowTheDatabaseError()
{
    QFETCH(Window, window);
    QFETCH(QString, table);
    QFETCH(QStringList, falsely);
    const QString location = TestSupport::copyDatabase(m_pristine, table);
    QVERIFY(!location.isEmpty());
    Workspace workspace;
    QVERIFY(!workspace.open(location).isValid());
    QVERIFY(workspace.campaignId() > 0);
    const QStringList shown
        = open(window, workspace, [&] { QVERIFY(FailingReads::hideTable(location, table)); });
    if (QTest::currentTestFailed())
        return;
    const QString all = shown.join(QLatin1Char('\n'));
    const QString words = FailingReads::hiddenTableWords(table);
    QVERIFY2(all.contains(words), qPrintable(all));
    for (const QString &text : std::as_const(falsely))
        QVERIFY2(!all.contains(text), qPrintable(all));
}

QStringList tst_UiDbFailures::open(Window window, Workspace &workspace,
                                   const std::function<void()> &hide)
{
    switch (window) {
    case Window::TallyWizard:
        return tallyWizard(workspace, hide);
    case Window::Dashboard:
        return dashboard(workspace, hide);
    case Window::Grading:
        return grading(workspace, hide);
    case Window::UnitForm:
        return unitForm(workspace, hide);
    case Window::Units:
        return page<UnitsPage>(workspace, hide);
    case Window::Letters:
        return page<LettersPage>(workspace, hide);
    case Window::Links:
        return page<LinksPage>(workspace, hide);
    case Window::Checklist:
        return page<ChecklistPage>(workspace, hide);
    case Window::Tallies:
        return page<TalliesPage>(workspace, hide);
    case Window::AuditLog:
        return auditLog(workspace, hide);
    case Window::LetterTemplates:
        return letterTemplates(workspace, hide);
    case Window::MergeUnits:
        return mergeUnits(workspace, hide);
    }
    return {};
}

// A 问卷星 download whose link column is named by the questionnaires' link parameters: without
// them the file is not mapped (nothing to commit), and the mapping page says why.
QStringList tst_UiDbFailures::tallyWizard(Workspace &workspace, const std::function<void()> &hide)
{
    const QString path = writeWjxFile(QStringLiteral("wjx.csv"));
    hide();
    MessageBoxes boxes;
    TallyImportWizard wizard(&workspace);
    wizard.addFiles({path});
    wizard.show();
    wizard.next();
    [&] {
        QCOMPARE(wizard.currentId(), int(TallyImportWizard::MappingPage));
        QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    }();
    return boxes.texts() + labelTexts(wizard.currentPage());
}

QString tst_UiDbFailures::writeWjxFile(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("序号,提交答卷时间,所用时间,来源,来源详情,来自IP,1、您的性别\n"
            "wjx-9001,2031/7/20 9:02:11,143秒,链接,ef56,203.0.113.14(广东-深圳),男\n");
    return path;
}

// The questionnaire filter keeps the choices it had and the status line says why they were not
// read again, rather than offering only "All questionnaires".
QStringList tst_UiDbFailures::dashboard(Workspace &workspace, const std::function<void()> &hide)
{
    MessageBoxes boxes;
    DashboardPage page(&workspace);
    page.show();
    auto *choices = page.findChild<QComboBox *>(QStringLiteral("questionnaireFilter"));
    const auto settled = [&] {
        return page.cache()->snapshot() && !page.cache()->isLoading();
    };
    [&] {
        QVERIFY(choices);
        QTRY_VERIFY(settled());
        QVERIFY(choices->count() >= 2); // all, and the campaign's questionnaire
    }();
    if (QTest::currentTestFailed())
        return {};
    const int sound = choices->count();
    hide();
    page.cache()->reload(); // the figures do not read questionnaires: only the choices fail
    [&] {
        QTRY_VERIFY(settled());
        QCOMPARE(choices->count(), sound);
    }();
    return boxes.texts() + labelTexts(&page);
}

// Not the default rules graded as if they were the campaign's: no grades at all.
QStringList tst_UiDbFailures::grading(Workspace &workspace, const std::function<void()> &hide)
{
    ProgressCache cache(&workspace);
    cache.setAsynchronous(false);
    cache.reload();
    hide();
    MessageBoxes boxes;
    GradingDialog dialog(&workspace, &cache);
    dialog.show();
    [&] {
        auto *grades = dialog.findChild<QTableView *>(QStringLiteral("gradeList"));
        QVERIFY(grades);
        QCOMPARE(grades->model()->rowCount(), 0);
        // The rules it failed to read are not what the editor is compared with: closing asks
        // nothing about changes.
        QVERIFY(!dialog.rulesModified());
    }();
    return boxes.texts() + labelTexts(&dialog);
}

// A unit whose form cannot be read is not "no longer there", and no form opens.
QStringList tst_UiDbFailures::unitForm(Workspace &workspace, const std::function<void()> &hide)
{
    const qint64 unit = firstUnit(workspace.database(), workspace.campaignId());
    UnitsPage page(&workspace);
    hide();
    MessageBoxes boxes;
    [&] {
        QVERIFY(unit != 0);
        QCOMPARE(page.openForm(unit), int(QDialog::Rejected));
    }();
    return boxes.texts();
}

template<class Page>
QStringList tst_UiDbFailures::page(Workspace &workspace, const std::function<void()> &hide)
{
    hide();
    MessageBoxes boxes;
    Page page(&workspace);
    page.show();
    [&] {
        QTRY_VERIFY(!boxes.texts().isEmpty());
    }();
    return boxes.texts();
}

// The user filter is not "Everyone" alone, as if nobody had changed anything: it is off and says
// why (the changes' own read fails too, and the status line says so: not what is asked here).
QStringList tst_UiDbFailures::auditLog(Workspace &workspace, const std::function<void()> &hide)
{
    hide();
    MessageBoxes boxes;
    AuditLogDialog dialog(workspace.database());
    auto *users = dialog.findChild<QComboBox *>(QStringLiteral("user"));
    [&] {
        QVERIFY(users);
        QVERIFY(!users->isEnabled());
    }();
    return boxes.texts() + QStringList {users ? users->toolTip() : QString()};
}

// The preview's invented letter is not passed off as the campaign's having none: a note says
// why it is shown.
QStringList tst_UiDbFailures::letterTemplates(Workspace &workspace,
                                              const std::function<void()> &hide)
{
    hide();
    MessageBoxes boxes;
    LetterTemplateDialog dialog(workspace.database(), workspace.campaignId());
    return boxes.texts() + labelTexts(&dialog);
}

// Two units are not offered for merging as if neither held anything: no merge dialog, a message.
QStringList tst_UiDbFailures::mergeUnits(Workspace &workspace, const std::function<void()> &hide)
{
    UnitsPage page(&workspace);
    page.show();
    hide();
    MessageBoxes boxes;
    int mergeDialogs = 0;
    QTimer closer;
    closer.setInterval(20);
    QObject::connect(&closer, &QTimer::timeout, [&mergeDialogs] {
        if (auto *d = qobject_cast<MergeUnitsDialog *>(QApplication::activeModalWidget())) {
            ++mergeDialogs;
            d->reject();
        }
    });
    closer.start();
    [&] {
        QTRY_VERIFY(page.view()->model()->rowCount() >= 2);
        QItemSelectionModel *selection = page.view()->selectionModel();
        for (int row : {0, 1})
            selection->select(page.view()->model()->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        auto *merge = page.findChild<QAction *>(QStringLiteral("mergeAction"));
        QVERIFY(merge && merge->isEnabled());
        merge->trigger();
        QTRY_VERIFY(!boxes.texts().isEmpty() || mergeDialogs > 0);
        QCOMPARE(mergeDialogs, 0);
    }();
    return boxes.texts();
}

// The mapping page names the questionnaires on the file's platform from the one read that also
// gave their link parameters: a file shown after the table became unreadable does not say the
// links may come from any questionnaire (a second read, failing, once read as none).
void tst_UiDbFailures::tallySummaryNamesTheQuestionnairesItRead()
{
    const QString location = TestSupport::copyDatabase(m_pristine, QStringLiteral("summary"));
    QVERIFY(!location.isEmpty());
    Workspace workspace;
    QVERIFY(!workspace.open(location).isValid());
    QSqlQuery q(workspace.database().connection());
    q.prepare(QStringLiteral("UPDATE questionnaires SET platform = 'wjx' WHERE campaign_id = ?"));
    q.addBindValue(workspace.campaignId());
    QVERIFY(q.exec());
    const QStringList files
        = {writeWjxFile(QStringLiteral("first.csv")), writeWjxFile(QStringLiteral("second.csv"))};
    TallyImportWizard wizard(&workspace);
    wizard.addFiles(files);
    wizard.show();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(TallyImportWizard::MappingPage));
    QComboBox *fileBox = nullptr;
    for (QComboBox *box : wizard.currentPage()->findChildren<QComboBox *>()) {
        if (box->count() == 2 && box->itemText(1) == QLatin1String("second.csv"))
            fileBox = box;
    }
    QVERIFY(fileBox);
    const QString named = QStringLiteral("questionnaire: main");
    QVERIFY2(labelTexts(wizard.currentPage()).join(u'\n').contains(named),
             qPrintable(labelTexts(wizard.currentPage()).join(u'\n')));
    QVERIFY(FailingReads::hideTable(location, QStringLiteral("questionnaires")));
    fileBox->setCurrentIndex(1);
    const QString shown = labelTexts(wizard.currentPage()).join(u'\n');
    QVERIFY2(shown.contains(named), qPrintable(shown));
    QVERIFY2(!shown.contains(QStringLiteral("questionnaire: any")), qPrintable(shown));
}

// Another manager stored other rules meanwhile; this one is asked and chooses to see theirs, but
// by then the rules cannot be read: the editor keeps what was typed and says why, rather than
// showing the default rules as theirs (and the saved rules not lost on a later save).
void tst_UiDbFailures::gradingRulesReloadedAfterAConflictSayWhyNot()
{
    const QString location = TestSupport::copyDatabase(m_pristine, QStringLiteral("reload"));
    QVERIFY(!location.isEmpty());
    Workspace workspace;
    QVERIFY(!workspace.open(location).isValid());
    ProgressCache cache(&workspace);
    cache.setAsynchronous(false);
    cache.reload();
    GradingDialog dialog(&workspace, &cache);
    const QList<GradingRule> read = dialog.editedRules();
    QVERIFY(!read.isEmpty());
    {
        const auto other = TestSupport::openMigrated(location);
        QVERIFY(other);
        QList<GradingRule> theirs = read;
        theirs.first().minSamples += 7;
        QVERIFY(
            GradingRepository(*other).saveRules(workspace.campaignId(), theirs, &read).isEmpty());
    }
    QList<GradingRule> mine = read;
    mine.first().minSamples += 3;
    dialog.setEditedRules(mine);
    bool hidden = false;
    hideAndReload(location, QStringLiteral("grading_rules"), &hidden);
    const QStringList problems = dialog.saveRules(); // the Save button shows them in a box
    QVERIFY(hidden);
    const QString said = problems.join(u'\n');
    QVERIFY2(said.contains(FailingReads::hiddenTableWords(QStringLiteral("grading_rules"))),
             qPrintable(said));
    QCOMPARE(dialog.editedRules(), mine);
}

void tst_UiDbFailures::hideAndReload(const QString &location, const QString &table, bool *hidden)
{
    QTimer::singleShot(20, [=] {
        auto *asking = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
        if (!asking)
            return hideAndReload(location, table, hidden);
        *hidden = FailingReads::hideTable(location, table);
        asking->findChild<QAbstractButton *>(QStringLiteral("reload"))->click();
    });
}

// Another desk changed the campaign meanwhile; this one asks to see their version, which by then
// cannot be read: the dialog says so, rather than leaving the fields as typed as if they were
// theirs.
void tst_UiDbFailures::campaignReloadedAfterAConflictSaysWhyNot()
{
    const QString location = TestSupport::copyDatabase(m_pristine, QStringLiteral("campaign"));
    QVERIFY(!location.isEmpty());
    Workspace workspace;
    QVERIFY(!workspace.open(location).isValid());
    const Lookup<Campaign> campaign = workspace.campaign();
    QVERIFY(campaign);
    CampaignDialog dialog(workspace.database(), *campaign);
    {
        const auto other = TestSupport::openMigrated(location);
        QVERIFY(other);
        Campaign theirs = *campaign;
        theirs.title += QStringLiteral(" (theirs)");
        QVERIFY(CampaignRepository(*other).update(theirs).isEmpty());
    }
    bool hidden = false;
    hideAndReload(location, QStringLiteral("campaigns"), &hidden);
    dialog.accept();
    QVERIFY(hidden);
    const QString shown = labelTexts(&dialog).join(u'\n');
    QVERIFY2(shown.contains(FailingReads::hiddenTableWords(QStringLiteral("campaigns"))),
             qPrintable(shown));
}

QTEST_MAIN(tst_UiDbFailures)
#include "tst_ui_db_failures.moc"
