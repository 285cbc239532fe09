// The information form and the unit list driven as a clerk drives them: typing into fields,
// adding sub-rows, saving, cancelling, duplicates, undo/redo, search, copy. Also renders both in
// Chinese to PNG (into $UNITS_SCREENSHOT_DIR when set) for a look.
#include "TestSupport.h"
#include "WhenModal.h"

#include "db/Database.h"
#include "demo/DemoDataGenerator.h"
#include "dialogs/ConflictDialog.h"
#include "dialogs/MergeUnitsDialog.h"
#include "dialogs/UnitFormDialog.h"
#include "dialogs/UnitImportWizard.h"
#include "imports/UnitExporter.h"
#include "itemmodels/UnitFilterProxyModel.h"
#include "itemmodels/UnitTableModel.h"
#include "pages/UnitsPage.h"
#include "repo/AuditLog.h"
#include "repo/CampaignRepository.h"
#include "repo/UnitRepository.h"
#include "session/Workspace.h"
#include "undo/UnitCommands.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QToolBar>
#include <QUndoStack>

using TestSupport::whenModal;

namespace {
qint64 addCampaign(Database &db, int year)
{
    Campaign c;
    c.year = year;
    c.startDate = QDate(year, 7, 17);
    c.endDate = QDate(year, 7, 26);
    CampaignRepository(db).add(c);
    return c.id;
}

// QTest::keyClicks takes Latin-1 only; clerks type Chinese through an input method, which
// delivers key events carrying the text.
void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

template<typename T>
T *child(QWidget *w, const char *name)
{
    T *c = w->findChild<T *>(QLatin1String(name));
    if (!c)
        qWarning() << "no child" << name;
    return c;
}

// The toolbar button that shows the action objectName of page.
QWidget *widgetOf(QWidget &page, const char *objectName)
{
    auto *action = page.findChild<QAction *>(QLatin1String(objectName));
    if (!action)
        qWarning() << "no action" << objectName;
    for (QToolBar *bar : page.findChildren<QToolBar *>()) {
        if (QWidget *w = action ? bar->widgetForAction(action) : nullptr)
            return w;
    }
    return nullptr;
}

// Types text into a sub-table cell the way a clerk does: the editor opens, keys go in, Enter.
void typeIntoCell(QTableView *view, int row, int column, const QString &text)
{
    const QModelIndex index = view->model()->index(row, column);
    view->setCurrentIndex(index);
    if (!view->indexWidget(index))
        view->edit(index);
    auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(index));
    QVERIFY(editor);
    editor->selectAll();
    type(editor, text);
    QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next event-loop turn
    QTRY_COMPARE(view->model()->index(row, column).data(Qt::EditRole).toString(), text);
}

void fillRequired(UnitFormDialog &dialog, const QString &name, const QString &phone)
{
    type(child<QLineEdit>(&dialog, "nameEdit"), name);
    auto *region = child<QComboBox>(&dialog, "regionCombo");
    region->setCurrentIndex(region->findData(QStringLiteral("44")));
    type(child<QLineEdit>(&dialog, "cityEdit"), QStringLiteral("广州市"));
    type(child<QLineEdit>(&dialog, "contactEdit"), QStringLiteral("陈晓明"));
    type(child<QLineEdit>(&dialog, "phoneEdit"), phone);
}
} // namespace

class tst_UnitsForm : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void typeSaveAndReadBack();
    void validationAsYouType();
    void incompleteFormSavesNothing();
    void cancelLeavesNothing();
    void duplicateOnSaveCanMerge();
    void editExistingKeepsFormAndAudits();
    void registerRecommendedUnitInOneStep();
    void pageSearchCountAndCopy();
    void pageUndoRedoTargetEdit();
    void pageUndoRedoFormSave();
    void enterAfterF2CommitsTheCellOnly();
    void enterInASubTableKeepsTheFormOpen();
    void pageTargetConflictAsks();
    void pageExportsOffGuiThreadAndCancels();
    void formConflictReloadOrOverwrite();
    void undoRefusedWhenChangedMeanwhile();
    void importWizardMapsChecksAndImports();
    void pageMergeKeepsTheChosenUnit();
    void renderedInChinese();

private:
    std::unique_ptr<Database> m_db;
    QUndoStack m_undo; // where the forms' saves go, as the workspace's stack in the program
    qint64 m_campaign = 0;
    QString m_location;
};

void tst_UnitsForm::initTestCase()
{
    m_location = TestSupport::newDatabaseLocation(QStringLiteral("form"));
    m_db = TestSupport::openMigrated(m_location);
    QVERIFY(m_db);
    m_campaign = addCampaign(*m_db, 2024);
}

void tst_UnitsForm::typeSaveAndReadBack()
{
    UnitFormDialog dialog(*m_db, m_campaign, m_undo, {});
    dialog.show();
    fillRequired(dialog, QStringLiteral("广东省网络安全协会"), QStringLiteral("13800000001"));
    type(child<QLineEdit>(&dialog, "emailEdit"), QStringLiteral("gd@example.org"));
    type(child<QLineEdit>(&dialog, "positionEdit"), QStringLiteral("秘书长"));
    auto *target = child<QSpinBox>(&dialog, "targetSpin");
    target->selectAll();
    type(target, QStringLiteral("50000"));

    // Two recommended supporting units (one core media, one core company), a gift, an expert.
    auto *supporting = child<QTableView>(&dialog, "supportingView");
    QTest::mouseClick(child<QPushButton>(&dialog, "supportingAddButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&dialog, "supportingAddButton"), Qt::LeftButton);
    QCOMPARE(supporting->model()->rowCount(), 2);
    typeIntoCell(supporting, 0, 0, QStringLiteral("南方日报"));
    typeIntoCell(supporting, 1, 0, QStringLiteral("网安科技公司"));
    supporting->model()->setData(supporting->model()->index(0, 2), Qt::Checked, Qt::CheckStateRole);
    supporting->model()->setData(supporting->model()->index(1, 1), QStringLiteral("company"));
    supporting->model()->setData(supporting->model()->index(1, 2), Qt::Checked, Qt::CheckStateRole);
    typeIntoCell(supporting, 1, 4, QStringLiteral("020-87654321"));
    // One core company only: a rule warning, not a block.
    QVERIFY(child<QLabel>(&dialog, "warningLabel")
                ->text()
                .contains(QStringLiteral("1 core partner companies")));

    auto *gifts = child<QTableView>(&dialog, "giftsView");
    QTest::mouseClick(child<QPushButton>(&dialog, "giftsAddButton"), Qt::LeftButton);
    typeIntoCell(gifts, 0, 0, QStringLiteral("帆布袋"));
    gifts->model()->setData(gifts->model()->index(0, 1), 300);
    gifts->model()->setData(gifts->model()->index(0, 2), Qt::Checked, Qt::CheckStateRole);
    auto *experts = child<QTableView>(&dialog, "expertsView");
    QTest::mouseClick(child<QPushButton>(&dialog, "expertsAddButton"), Qt::LeftButton);
    typeIntoCell(experts, 0, 1, QStringLiteral("张专家"));
    typeIntoCell(experts, 0, 4, QStringLiteral("统计分析"));
    // A row added by mistake and removed again.
    QTest::mouseClick(child<QPushButton>(&dialog, "expertsAddButton"), Qt::LeftButton);
    QCOMPARE(experts->model()->rowCount(), 2);
    experts->setCurrentIndex(experts->model()->index(1, 0));
    QTest::mouseClick(child<QPushButton>(&dialog, "expertsRemoveButton"), Qt::LeftButton);
    QCOMPARE(experts->model()->rowCount(), 1);

    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keySequence(&dialog, QKeySequence::Save); // Ctrl+S
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.lastError()));
    const qint64 id = dialog.savedRecord().unit.id;
    QVERIFY(id > 0);

    const auto r = UnitRepository(*m_db).load(id, m_campaign);
    QCOMPARE(r->unit.name, QStringLiteral("广东省网络安全协会"));
    QCOMPARE(r->unit.province, QStringLiteral("44"));
    QCOMPARE(r->unit.city, QStringLiteral("广州市"));
    QCOMPARE(r->unit.email, QStringLiteral("gd@example.org"));
    QCOMPARE(r->participation.kind, UnitKind::InitiatingFirst);
    QCOMPARE(r->participation.sampleTarget, 50000);
    QCOMPARE(r->form.recommendedSupporting.size(), 2);
    QCOMPARE(r->form.recommendedSupporting[0].sort, UnitSort::Media);
    QVERIFY(r->form.recommendedSupporting[0].core);
    QCOMPARE(r->form.recommendedSupporting[1].sort, UnitSort::Company);
    QCOMPARE(r->form.recommendedSupporting[1].phone, QStringLiteral("020-87654321"));
    QCOMPARE(r->form.giftGoods, QList<GiftGood>({{QStringLiteral("帆布袋"), 300, true}}));
    QCOMPARE(r->form.experts.size(), 1);
    QCOMPARE(r->form.experts[0].name, QStringLiteral("张专家"));
    QCOMPARE(r->form.experts[0].specialty, QStringLiteral("统计分析"));
}

void tst_UnitsForm::validationAsYouType()
{
    UnitFormDialog dialog(*m_db, m_campaign, m_undo, {});
    dialog.show();
    // A fresh form is not covered in red.
    QVERIFY(dialog.fieldProblem(QStringLiteral("name")).isEmpty());
    auto *phone = child<QLineEdit>(&dialog, "phoneEdit");
    type(phone, QStringLiteral("1380000"));
    // The reason, from validation/PhoneRule.
    QVERIFY2(dialog.fieldProblem(QStringLiteral("phone")).contains(QStringLiteral("11 digits")),
             qPrintable(dialog.fieldProblem(QStringLiteral("phone"))));
    type(phone, QStringLiteral("0002"));
    QVERIFY(dialog.fieldProblem(QStringLiteral("phone")).isEmpty());
    auto *email = child<QLineEdit>(&dialog, "emailEdit");
    type(email, QStringLiteral("a@b"));
    QVERIFY(!dialog.fieldProblem(QStringLiteral("email")).isEmpty());
    type(email, QStringLiteral(".cn"));
    QVERIFY(dialog.fieldProblem(QStringLiteral("email")).isEmpty());
    type(child<QLineEdit>(&dialog, "parentEdit"), QStringLiteral("不存在的单位"));
    QVERIFY(!dialog.fieldProblem(QStringLiteral("parent")).isEmpty());
    type(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("x"));
    QVERIFY(!dialog.fieldProblem(QStringLiteral("contact")).isEmpty()); // required, once started
}

void tst_UnitsForm::incompleteFormSavesNothing()
{
    const QString before = TestSupport::snapshot(*m_db);
    UnitFormDialog dialog(*m_db, m_campaign, m_undo, {});
    dialog.show();
    type(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("只填了名字"));
    QTest::mouseClick(child<QPushButton>(&dialog, "giftsAddButton"), Qt::LeftButton);
    QVERIFY(!dialog.saveQuietly());
    QVERIFY(dialog.lastError().contains(QStringLiteral("province")));
    QVERIFY(!dialog.fieldProblem(QStringLiteral("region")).isEmpty());
    QCOMPARE(TestSupport::snapshot(*m_db), before);
}

void tst_UnitsForm::cancelLeavesNothing()
{
    const QString before = TestSupport::snapshot(*m_db);
    {
        UnitFormDialog dialog(*m_db, m_campaign, m_undo, {});
        dialog.show();
        fillRequired(dialog, QStringLiteral("取消的单位"), QStringLiteral("13800000002"));
        QTest::mouseClick(child<QPushButton>(&dialog, "giftsAddButton"), Qt::LeftButton);
        QVERIFY(dialog.isModified());
        // Cancel asks before typed work is thrown away: first keep it, then discard it.
        const auto answer = [](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, [button] {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                    box->button(button)->click();
            });
        };
        answer(QMessageBox::Cancel);
        QTest::mouseClick(
            child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Cancel),
            Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        answer(QMessageBox::Discard);
        QTest::mouseClick(
            child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Cancel),
            Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
    QCOMPARE(TestSupport::snapshot(*m_db), before);
    // Editing an existing unit and cancelling keeps what was saved before.
    const qint64 id
        = UnitRepository(*m_db).idByName(QStringLiteral("广东省网络安全协会")).value_or(0);
    QVERIFY(id > 0);
    UnitFormDialog dialog(*m_db, m_campaign, m_undo, {});
    QVERIFY(dialog.loadUnit(id));
    dialog.show();
    QVERIFY(!dialog.isModified()); // a form just opened holds nothing new
    child<QLineEdit>(&dialog, "nameEdit")->clear();
    QTest::mouseClick(child<QPushButton>(&dialog, "giftsRemoveButton"), Qt::LeftButton);
    QVERIFY(dialog.isModified());
    QTimer::singleShot(0, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Discard)->click();
    });
    dialog.reject();
    QCOMPARE(TestSupport::snapshot(*m_db), before);
}

void tst_UnitsForm::duplicateOnSaveCanMerge()
{
    const qint64 existing
        = UnitRepository(*m_db).idByName(QStringLiteral("广东省网络安全协会")).value_or(0);
    UnitFormDialog dialog(*m_db, m_campaign, m_undo, {});
    dialog.setDuplicateAnswer(UnitFormDialog::DuplicateAnswer::Merge);
    dialog.show();
    fillRequired(dialog, QStringLiteral("广东省 网络安全协会"), QStringLiteral("13800000003"));
    QTest::mouseClick(child<QPushButton>(&dialog, "giftsAddButton"), Qt::LeftButton);
    typeIntoCell(child<QTableView>(&dialog, "giftsView"), 0, 0, QStringLiteral("台历"));
    QSignalSpy merged(&dialog, &UnitFormDialog::merged);
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keySequence(&dialog, QKeySequence::Save);
    QCOMPARE(merged.size(), 1);
    QCOMPARE(merged.first().at(0).toLongLong(), existing);
    const qint64 duplicate = merged.first().at(1).toLongLong();
    QCOMPARE(UnitRepository(*m_db).unit(duplicate)->mergedInto, existing);
    const auto kept = UnitRepository(*m_db).load(existing, m_campaign);
    QCOMPARE(kept->form.giftGoods.size(), 2); // the form typed here moved to the kept unit

    // "Open the other" stores nothing and names the other unit.
    const QString before = TestSupport::snapshot(*m_db);
    UnitFormDialog again(*m_db, m_campaign, m_undo, {});
    again.setDuplicateAnswer(UnitFormDialog::DuplicateAnswer::OpenOther);
    again.show();
    fillRequired(again, QStringLiteral("别的名字"), QStringLiteral("13800000001")); // same phone
    QSignalSpy open(&again, &UnitFormDialog::openUnitRequested);
    again.accept();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().at(0).toLongLong(), existing);
    QCOMPARE(TestSupport::snapshot(*m_db), before);
}

void tst_UnitsForm::editExistingKeepsFormAndAudits()
{
    const qint64 id
        = UnitRepository(*m_db).idByName(QStringLiteral("广东省网络安全协会")).value_or(0);
    UnitFormDialog dialog(*m_db, m_campaign, m_undo, {});
    QVERIFY(dialog.loadUnit(id));
    dialog.show();
    QCOMPARE(child<QTableView>(&dialog, "supportingView")->model()->rowCount(), 2);
    auto *contact = child<QLineEdit>(&dialog, "contactEdit");
    contact->selectAll();
    type(contact, QStringLiteral("'; DROP TABLE units; --"));
    auto *position = child<QLineEdit>(&dialog, "positionEdit");
    position->selectAll();
    type(position, QStringLiteral("<b>A&B \"C\"</b>"));
    QVERIFY(dialog.saveQuietly());
    const auto r = UnitRepository(*m_db).load(id, m_campaign);
    QCOMPARE(r->unit.contact, QStringLiteral("'; DROP TABLE units; --"));
    QCOMPARE(r->unit.position, QStringLiteral("<b>A&B \"C\"</b>"));
    QCOMPARE(r->form.recommendedSupporting.size(), 2);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT COUNT(*) FROM audit_log WHERE table_name = 'units' AND action = 'update'"
        " AND new_values LIKE '%DROP TABLE%'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void tst_UnitsForm::registerRecommendedUnitInOneStep()
{
    const qint64 parentId
        = UnitRepository(*m_db).idByName(QStringLiteral("广东省网络安全协会")).value_or(0);
    UnitFormDialog dialog(*m_db, m_campaign, m_undo, {});
    dialog.setDuplicateAnswer(UnitFormDialog::DuplicateAnswer::SaveAnyway);
    QVERIFY(dialog.loadUnit(parentId));
    dialog.show();
    auto *view = child<QTableView>(&dialog, "supportingView");
    auto *model = view->model();
    const int row = 0;
    const QString name = model->index(row, 0).data().toString();
    QCOMPARE(name, QStringLiteral("南方日报"));
    model->setData(model->index(row, 3), QStringLiteral("王编辑"));
    model->setData(model->index(row, 4), QStringLiteral("13800000077"));
    view->setCurrentIndex(model->index(row, 0));
    bool prefilled = false;
    QTimer::singleShot(0, this, [&] {
        auto *form = qobject_cast<UnitFormDialog *>(QApplication::activeModalWidget());
        if (!form)
            return;
        const UnitRecord r = form->record();
        prefilled = r.unit.name == name && r.unit.contact == QStringLiteral("王编辑")
            && r.unit.phone == QStringLiteral("13800000077") && r.unit.sort == UnitSort::Media
            && r.unit.province == QStringLiteral("44") && r.participation.parentUnitId == parentId
            && r.participation.kind == UnitKind::Supporting;
        form->accept();
    });
    QTest::mouseClick(child<QPushButton>(&dialog, "supportingRegisterButton"), Qt::LeftButton);
    QVERIFY(prefilled);
    const qint64 registered = UnitRepository(*m_db).idByName(name).value_or(0);
    QVERIFY(registered > 0 && registered != parentId);
    const auto registeredRecord = UnitRepository(*m_db).load(registered, m_campaign);
    QCOMPARE(registeredRecord->participation.parentUnitId, parentId);
    // The recommendation now points at the registered unit.
    const auto parent = UnitRepository(*m_db).load(parentId, m_campaign);
    QCOMPARE(parent->form.recommendedSupporting[row].registeredUnitId, registered);
}

void tst_UnitsForm::pageSearchCountAndCopy()
{
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("page"));
    {
        auto db = TestSupport::openMigrated(location);
        QVERIFY(DemoDataGenerator(*db).generate(2024).isEmpty());
    }
    Workspace workspace;
    QVERIFY(!workspace.open(location).isValid());
    UnitsPage page(&workspace);
    page.resize(1200, 700);
    page.show();
    const int total = page.model()->rowCount();
    QVERIFY(total >= 200);
    auto *count = page.findChild<QLabel *>(QStringLiteral("unitCount"));
    QVERIFY(count->text().contains(QString::number(total)));
    const UnitListRow first = page.model()->rowAt(0);
    type(page.searchEdit(), first.phone);
    QCOMPARE(page.proxy()->rowCount(), 1);
    QVERIFY(count->text().contains(QStringLiteral("1 of")));
    page.view()->selectRow(0);
    const QString tsv = page.selectionAsTsv();
    const QStringList lines = tsv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[0].startsWith(QStringLiteral("Unit\tKind\tRegion")));
    QVERIFY(lines[1].startsWith(first.name + QLatin1Char('\t')));
    QVERIFY(lines[1].contains(QLatin1Char('\t') + first.phone + QLatin1Char('\t')));
    QTest::keySequence(page.view(), QKeySequence::Copy);
    QCOMPARE(QApplication::clipboard()->text(), tsv);
    // Enter opens the information form of the current row.
    page.view()->setCurrentIndex(page.proxy()->index(0, 0));
    QString opened;
    QTimer::singleShot(0, this, [&opened] {
        if (auto *form = qobject_cast<UnitFormDialog *>(QApplication::activeModalWidget())) {
            opened = form->record().unit.name;
            form->reject();
        }
    });
    QTest::keyClick(page.view(), Qt::Key_Return);
    QCOMPARE(opened, first.name);
    page.searchEdit()->clear();
    QCOMPARE(page.proxy()->rowCount(), total);
    const QList<QComboBox *> kinds = page.findChildren<QComboBox *>();
    QVERIFY(kinds.size() >= 2);
    kinds[0]->setCurrentIndex(kinds[0]->findData(QStringLiteral("initiating-1")));
    QVERIFY(page.proxy()->rowCount() > 0 && page.proxy()->rowCount() < total);
    for (int r = 0; r < page.proxy()->rowCount(); ++r)
        QCOMPARE(page.proxy()->index(r, 0).data(UnitTableModel::KindCodeRole).toString(),
                 QStringLiteral("initiating-1"));
}

void tst_UnitsForm::pageUndoRedoTargetEdit()
{
    Workspace workspace;
    QVERIFY(!workspace.open(m_location).isValid());
    workspace.setCampaignId(m_campaign);
    UnitsPage page(&workspace);
    page.show();
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.view()->setFocus();
    const qint64 id = UnitRepository(workspace.database())
                          .idByName(QStringLiteral("广东省网络安全协会"))
                          .value_or(0);
    const int row = page.model()->rowOfUnit(id);
    QVERIFY(row >= 0);
    const qint64 before = page.model()->rowAt(row).target;
    const QModelIndex index
        = page.proxy()->mapFromSource(page.model()->index(row, UnitTableModel::TargetColumn));
    QVERIFY(page.proxy()->setData(index, before + 111));
    QCOMPARE(page.undoStack()->count(), 1);
    QCOMPARE(UnitRepository(workspace.database()).load(id, m_campaign)->participation.sampleTarget,
             before + 111);
    QTRY_COMPARE(page.model()->rowAt(page.model()->rowOfUnit(id)).target, before + 111);
    // The toolbar's Undo and Redo (the keys are the Edit menu's: tst_mainwindow).
    QTest::mouseClick(widgetOf(page, "undoAction"), Qt::LeftButton);
    QCOMPARE(UnitRepository(workspace.database()).load(id, m_campaign)->participation.sampleTarget,
             before);
    QTest::mouseClick(widgetOf(page, "redoAction"), Qt::LeftButton);
    QCOMPARE(UnitRepository(workspace.database()).load(id, m_campaign)->participation.sampleTarget,
             before + 111);
    page.undoStack()->undo();
}

void tst_UnitsForm::enterAfterF2CommitsTheCellOnly()
{
    Workspace workspace;
    QVERIFY(!workspace.open(m_location).isValid());
    workspace.setCampaignId(m_campaign);
    UnitsPage page(&workspace);
    page.show();
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));
    const qint64 id = UnitRepository(workspace.database())
                          .idByName(QStringLiteral("广东省网络安全协会"))
                          .value_or(0);
    const QModelIndex index = page.proxy()->mapFromSource(
        page.model()->index(page.model()->rowOfUnit(id), UnitTableModel::TargetColumn));
    page.view()->setFocus();
    page.view()->setCurrentIndex(index);
    QTest::keyClick(page.view(), Qt::Key_F2);
    auto *editor = qobject_cast<QSpinBox *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("4321"));
    // The form would open inside the key press (exec): look once, from inside its loop.
    bool formOpened = false;
    QTimer::singleShot(0, [&] {
        if (auto *form = qobject_cast<UnitFormDialog *>(QApplication::activeModalWidget())) {
            formOpened = true;
            form->reject();
        }
    });
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(
        UnitRepository(workspace.database()).load(id, m_campaign)->participation.sampleTarget,
        4321);
    QVERIFY(!formOpened);
    // Enter on the list itself still opens the form.
    QTimer::singleShot(0, [&] {
        if (auto *form = qobject_cast<UnitFormDialog *>(QApplication::activeModalWidget())) {
            formOpened = true;
            form->reject();
        }
    });
    page.view()->setFocus();
    QTest::keyClick(page.view(), Qt::Key_Return);
    QVERIFY(formOpened);
    page.undoStack()->undo();
}

void tst_UnitsForm::enterInASubTableKeepsTheFormOpen()
{
    const QString before = TestSupport::snapshot(*m_db);
    UnitFormDialog dialog(*m_db, m_campaign, m_undo, {});
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    fillRequired(dialog, QStringLiteral("回车测试协会"), QStringLiteral("13800000077"));
    QTest::mouseClick(child<QPushButton>(&dialog, "giftsAddButton"), Qt::LeftButton);
    auto *view = child<QTableView>(&dialog, "giftsView");
    const QModelIndex cell = view->model()->index(0, 0);
    view->setFocus();
    view->setCurrentIndex(cell);
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("calendar"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(cell.data(Qt::EditRole).toString(), QStringLiteral("calendar"));
    QVERIFY(dialog.isVisible()); // not saved and closed
    QCOMPARE(TestSupport::snapshot(*m_db), before);
    // Enter on the table (no editor open) does not save either.
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(TestSupport::snapshot(*m_db), before);
    QTimer::singleShot(0, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Discard)->click();
    });
    dialog.reject();
}

void tst_UnitsForm::pageUndoRedoFormSave()
{
    Workspace workspace;
    QVERIFY(!workspace.open(m_location).isValid());
    workspace.setCampaignId(m_campaign);
    UnitsPage page(&workspace);
    const QString before = TestSupport::snapshot(workspace.database());
    // What the page does after the form saved a new unit.
    UnitRecord r;
    r.unit.name = QStringLiteral("撤销测试单位");
    r.unit.province = QStringLiteral("11");
    r.unit.contact = QStringLiteral("某人");
    r.unit.phone = QStringLiteral("13800000099");
    r.participation.campaignId = m_campaign;
    r.form.giftGoods = {{QStringLiteral("台历"), 10, false}};
    const UnitRecord fresh = r;
    // The command registers the unit when pushed (its first redo), as the form pushes it.
    QVERIFY(DatabaseCommand::push(page.undoStack(),
                                  new SaveUnitCommand(workspace.database(), fresh, r))
                .done());
    QVERIFY(
        UnitRepository(workspace.database()).idByName(QStringLiteral("撤销测试单位")).value_or(0)
        > 0);
    page.undoStack()->undo();
    QCOMPARE(TestSupport::snapshot(workspace.database()), before);
    page.undoStack()->redo();
    const qint64 again
        = UnitRepository(workspace.database()).idByName(QStringLiteral("撤销测试单位")).value_or(0);
    QVERIFY(again > 0);
    QCOMPARE(UnitRepository(workspace.database()).load(again, m_campaign)->form.giftGoods.size(),
             1);
    // An edit undone goes back to the old values.
    UnitRecord edited = *UnitRepository(workspace.database()).load(again, m_campaign);
    const UnitRecord beforeEdit = edited;
    edited.unit.city = QStringLiteral("海淀区");
    edited.form.giftGoods.clear();
    QVERIFY(DatabaseCommand::push(page.undoStack(),
                                  new SaveUnitCommand(workspace.database(), beforeEdit, edited))
                .done());
    QCOMPARE(UnitRepository(workspace.database()).load(again, m_campaign)->unit.city,
             QStringLiteral("海淀区"));
    page.undoStack()->undo();
    const auto restored = UnitRepository(workspace.database()).load(again, m_campaign);
    QCOMPARE(restored->unit.city, QString());
    QCOMPARE(restored->form.giftGoods.size(), 1);
}

void tst_UnitsForm::pageTargetConflictAsks()
{
    Workspace workspace;
    QVERIFY(!workspace.open(m_location).isValid());
    workspace.setCampaignId(m_campaign);
    UnitsPage page(&workspace);
    auto theirs = TestSupport::openMigrated(m_location);
    QVERIFY(theirs);
    const qint64 id = UnitRepository(workspace.database())
                          .idByName(QStringLiteral("广东省网络安全协会"))
                          .value_or(0);
    const int row = page.model()->rowOfUnit(id);
    QVERIFY(row >= 0);
    const qint64 shown = page.model()->rowAt(row).target;
    const QModelIndex index
        = page.proxy()->mapFromSource(page.model()->index(row, UnitTableModel::TargetColumn));

    // Another desk sets a target while this list still shows the old one; the clerk types
    // another: asked, and overwrites. Undo puts back theirs, not the one the list showed.
    QVERIFY(UnitRepository(*theirs).setTarget(id, m_campaign, shown + 7, shown).isEmpty());
    QString said;
    TestSupport::answerConflict(QStringLiteral("overwrite"), &said);
    QVERIFY(page.proxy()->setData(index, shown + 100));
    QVERIFY2(said.contains(theirs->userName()), qPrintable(said));
    QCOMPARE(UnitRepository(*theirs).load(id, m_campaign)->participation.sampleTarget, shown + 100);
    QCOMPARE(page.undoStack()->count(), 1);
    page.undoStack()->undo();
    QCOMPARE(UnitRepository(*theirs).load(id, m_campaign)->participation.sampleTarget, shown + 7);

    // Again, and this time reload: nothing written, the list shows theirs.
    QVERIFY(UnitRepository(*theirs).setTarget(id, m_campaign, shown + 9, shown + 7).isEmpty());
    TestSupport::answerConflict(QStringLiteral("reload"), &said);
    QVERIFY(page.proxy()->setData(index, shown + 200));
    QCOMPARE(UnitRepository(*theirs).load(id, m_campaign)->participation.sampleTarget, shown + 9);
    QTRY_COMPARE(page.model()->rowAt(page.model()->rowOfUnit(id)).target, shown + 9);
    // Put it back for the other tests.
    QVERIFY(UnitRepository(*theirs).setTarget(id, m_campaign, shown).isEmpty());
}

void tst_UnitsForm::pageExportsOffGuiThreadAndCancels()
{
    Workspace workspace;
    QVERIFY(!workspace.open(m_location).isValid());
    workspace.setCampaignId(m_campaign);
    UnitsPage page(&workspace);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("units.csv"));
    QString error;
    QVERIFY2(page.exportUnitsTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QCOMPARE(content.trimmed().split('\n').size(), page.model()->rowCount() + 1);
    for (int row = 0; row < page.model()->rowCount(); ++row)
        QVERIFY(content.contains(page.model()->rowAt(row).name.toUtf8()));
    file.close();

    // Cancelled: no half-written file is left behind, and the reason is given.
    const QString cancelled = dir.filePath(QStringLiteral("cancelled.xlsx"));
    const std::atomic_bool cancel = true;
    QVERIFY(
        !UnitExporter(workspace.database()).exportTo(cancelled, m_campaign, &error, {}, &cancel));
    QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
    QVERIFY(!QFile::exists(cancelled));
}

void tst_UnitsForm::formConflictReloadOrOverwrite()
{
    // A second desk on the same database changes the unit while the form is open.
    auto theirs = TestSupport::openMigrated(m_location);
    QVERIFY(theirs);
    const qint64 id
        = UnitRepository(*m_db).idByName(QStringLiteral("广东省网络安全协会")).value_or(0);
    UnitFormDialog dialog(*m_db, m_campaign, m_undo, {});
    QVERIFY(dialog.loadUnit(id));
    auto *contact = child<QLineEdit>(&dialog, "contactEdit");
    auto *position = child<QLineEdit>(&dialog, "positionEdit");
    UnitRecord other = *UnitRepository(*theirs).load(id, m_campaign);
    other.unit.contact = QStringLiteral("他人改的联系人");
    other.form.giftGoods.append({QStringLiteral("他人的礼品"), 5, false});
    QVERIFY(UnitRepository(*theirs).save(other).isEmpty());

    // Reload: the form shows their version and stays open; nothing of mine was stored.
    position->setText(QStringLiteral("我的职务"));
    QString said;
    TestSupport::answerConflict(QStringLiteral("reload"), &said);
    dialog.accept();
    QVERIFY2(said.contains(theirs->userName()), qPrintable(said));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(contact->text(), QStringLiteral("他人改的联系人"));
    QCOMPARE(dialog.record().form.giftGoods, other.form.giftGoods);
    QVERIFY(UnitRepository(*m_db).load(id, m_campaign)->unit.position
            != QStringLiteral("我的职务"));

    // They change it again; this time the clerk overwrites with what the form holds.
    other.unit.contact = QStringLiteral("第三次修改");
    QVERIFY(UnitRepository(*theirs).save(other).isEmpty());
    position->setText(QStringLiteral("我的职务"));
    TestSupport::answerConflict(QStringLiteral("overwrite"), &said);
    QSignalSpy saved(&dialog, &UnitFormDialog::saved);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const UnitRecord stored = *UnitRepository(*theirs).load(id, m_campaign);
    QCOMPARE(stored.unit.position, QStringLiteral("我的职务"));
    QCOMPARE(stored.unit.contact, QStringLiteral("他人改的联系人"));
    // For the undo stack, "before" is what was overwritten: their latest version.
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().at(0).value<UnitRecord>().unit.contact, QStringLiteral("第三次修改"));
}

void tst_UnitsForm::undoRefusedWhenChangedMeanwhile()
{
    auto theirs = TestSupport::openMigrated(m_location);
    QVERIFY(theirs);
    const qint64 id
        = UnitRepository(*m_db).idByName(QStringLiteral("广东省网络安全协会")).value_or(0);
    QUndoStack stack;
    QStringList errors;
    const auto onError = [&errors](const QString &m) {
        errors << m;
    };

    // My edit, then theirs; undoing mine would drop theirs, so it is refused.
    UnitRecord mine = *UnitRepository(*m_db).load(id, m_campaign);
    const UnitRecord before = mine;
    mine.unit.city = QStringLiteral("越秀区");
    QVERIFY(DatabaseCommand::push(&stack, new SaveUnitCommand(*m_db, before, mine, onError))
                .done());
    UnitRecord other = *UnitRepository(*theirs).load(id, m_campaign);
    other.unit.email = QStringLiteral("their@example.cn");
    QVERIFY(UnitRepository(*theirs).save(other).isEmpty());
    stack.undo();
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(theirs->userName()), qPrintable(errors.first()));
    UnitRecord stored = *UnitRepository(*m_db).load(id, m_campaign);
    QCOMPARE(stored.unit.city, QStringLiteral("越秀区"));
    QCOMPARE(stored.unit.email, QStringLiteral("their@example.cn"));
    QCOMPARE(stack.count(), 0); // the refused command is dropped

    // A target edit undone after someone else set another target: refused too.
    const qint64 target = stored.participation.sampleTarget;
    QVERIFY(DatabaseCommand::push(&stack, new ChangeTarget(*m_db, {id, m_campaign}, target,
                                                           target + 5, stored.unit.name, onError))
                .done());
    QCOMPARE(UnitRepository(*m_db).load(id, m_campaign)->participation.sampleTarget, target + 5);
    QVERIFY(UnitRepository(*theirs).setTarget(id, m_campaign, target + 9, target + 5).isEmpty());
    stack.undo();
    QCOMPARE(errors.size(), 2);
    QCOMPARE(UnitRepository(*m_db).load(id, m_campaign)->participation.sampleTarget, target + 9);

    // Undoing a registration someone else has since edited keeps the unit.
    UnitRecord fresh;
    fresh.unit.name = QStringLiteral("撤销冲突单位");
    fresh.unit.province = QStringLiteral("11");
    fresh.participation.campaignId = m_campaign;
    auto *registration = new SaveUnitCommand(*m_db, fresh, fresh, onError);
    QVERIFY(DatabaseCommand::push(&stack, registration).done());
    const UnitRecord registered = registration->saved();
    QVERIFY(registered.unit.id > 0);
    UnitRecord edited = *UnitRepository(*theirs).load(registered.unit.id, m_campaign);
    edited.form.giftGoods = {{QStringLiteral("茶叶"), 3, true}};
    QVERIFY(UnitRepository(*theirs).save(edited).isEmpty());
    stack.undo();
    QCOMPARE(errors.size(), 3);
    QVERIFY(UnitRepository(*m_db).load(registered.unit.id, m_campaign).has_value());
    QCOMPARE(UnitRepository(*m_db).load(registered.unit.id, m_campaign)->form.giftGoods.size(), 1);
}

void tst_UnitsForm::importWizardMapsChecksAndImports()
{
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("wizard"));
    auto db = TestSupport::openMigrated(location);
    const qint64 campaign = addCampaign(*db, 2024);
    QUndoStack undo; // the workspace's stack in the program
    UnitImportWizard wizard(*db, campaign, undo, {});
    // Chinese headers, a bad row: the check lists it by line and imports nothing.
    wizard.setFile(
        TestSupport::dataPath(QStringLiteral("units/valid-bom-chinese-headers/input.csv")));
    const QList<int> mapping = wizard.mapping();
    QCOMPARE(mapping.size(), int(UnitImporter::FieldCount));
    QCOMPARE(mapping[UnitImporter::Name], 0);
    QCOMPARE(mapping[UnitImporter::Target], 9);
    QCOMPARE(mapping[UnitImporter::Parent], 8);
    ImportReport check = wizard.runImporter(true, false);
    QVERIFY(check.problems.isEmpty());
    QCOMPARE(check.read, 2);
    QCOMPARE(TestSupport::count(*db, QStringLiteral("units")), 0);
    const ImportReport done = wizard.runImporter(false, false);
    QCOMPARE(done.created, 2);
    QCOMPARE(TestSupport::count(*db, QStringLiteral("units")), 2);

    UnitImportWizard bad(*db, campaign, undo, {});
    bad.setFile(TestSupport::dataPath(QStringLiteral("units/bad-parent-row-rejected/input.csv")));
    check = bad.runImporter(true, false);
    QCOMPARE(check.problems.size(), 2);
    QCOMPARE(check.problems[0].line, 2);
    QCOMPARE(check.problems[1].field, QStringLiteral("parent"));
    QCOMPARE(TestSupport::count(*db, QStringLiteral("units")), 2);
}

void tst_UnitsForm::pageMergeKeepsTheChosenUnit()
{
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("pagemerge"));
    auto db = TestSupport::openMigrated(location);
    const qint64 campaign = addCampaign(*db, 2024);
    UnitRepository repo(*db);
    UnitRecord a;
    a.unit = {0,
              QStringLiteral("甲协会"),
              UnitSort::Association,
              QStringLiteral("11"),
              {},
              QStringLiteral("甲"),
              QStringLiteral("13800000101"),
              {},
              {},
              {},
              0,
              1};
    a.participation.campaignId = campaign;
    a.form.giftGoods = {{QStringLiteral("甲礼品"), 1, false}};
    a.participation.sampleTarget = 30;
    UnitRecord b = a;
    b.participation.sampleTarget = 20;
    b.unit.name = QStringLiteral("甲协会（重复）");
    b.unit.phone = QStringLiteral("13800000102");
    b.form.giftGoods = {{QStringLiteral("乙礼品"), 2, true}};
    QVERIFY(repo.save(a).isEmpty() && repo.save(b).isEmpty());
    Workspace workspace;
    QVERIFY(!workspace.open(location).isValid());
    UnitsPage page(&workspace);
    page.show();
    QCOMPARE(page.model()->rowCount(), 2);
    page.view()->selectAll();
    // The two rows in the order the page lists them (by name).
    const auto row = [&](int r) {
        return page.model()->rowAt(page.proxy()->mapToSource(page.proxy()->index(r, 0)).row());
    };
    const bool bFirst = row(0).unitId == b.unit.id;
    const QString keepB = bFirst ? QStringLiteral("keepA") : QStringLiteral("keepB");

    // Enter in the merge dialog cancels: Cancel is its default, Merge is not even enabled.
    whenModal<MergeUnitsDialog>([](MergeUnitsDialog *d) {
        QVERIFY(!d->findChild<QPushButton *>(QStringLiteral("mergeButton"))->isEnabled());
        QTest::keyClick(d, Qt::Key_Return);
    });
    page.mergeSelected();
    QCOMPARE(repo.unit(a.unit.id)->mergedInto, 0);

    // Both records side by side with the result; one more question, whose default is Cancel.
    QString result, target;
    whenModal<MergeUnitsDialog>([&](MergeUnitsDialog *d) {
        auto *radio = d->findChild<QRadioButton *>(keepB);
        // On its circle: the button only takes clicks on the circle and its text.
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
        QVERIFY(radio->isChecked());
        QCOMPARE(d->comparison()->item(0, bFirst ? 0 : 1)->text(), b.unit.name);
        result = d->comparison()->item(0, 2)->text();
        target = d->comparison()->item(7, 2)->text();
        auto *merge = d->findChild<QPushButton *>(QStringLiteral("mergeButton"));
        whenModal<QMessageBox>([](QMessageBox *box) { QTest::keyClick(box, Qt::Key_Return); });
        QTest::mouseClick(merge, Qt::LeftButton);
        QVERIFY(d->isVisible()); // Enter on the question merged nothing
        whenModal<QMessageBox>([](QMessageBox *box) {
            QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmMerge")),
                              Qt::LeftButton);
        });
        QTest::mouseClick(merge, Qt::LeftButton);
    });
    page.mergeSelected();
    QCOMPARE(result, b.unit.name);
    QCOMPARE(target, QStringLiteral("50"));
    QCOMPARE(repo.unit(a.unit.id)->mergedInto, b.unit.id);
    QCOMPARE(repo.load(b.unit.id, campaign)->form.giftGoods.size(), 2);
    QCOMPARE(repo.load(b.unit.id, campaign)->participation.sampleTarget, 50);
    QTRY_COMPARE(page.model()->rowCount(), 1);

    // Undo takes the merge back: both units, their own gifts and targets, as they were.
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::mouseClick(widgetOf(page, "undoAction"), Qt::LeftButton);
    QCOMPARE(repo.unit(a.unit.id)->mergedInto, 0);
    QCOMPARE(repo.load(a.unit.id, campaign)->form.giftGoods, a.form.giftGoods);
    QCOMPARE(repo.load(b.unit.id, campaign)->form.giftGoods, b.form.giftGoods);
    QCOMPARE(repo.load(a.unit.id, campaign)->participation.sampleTarget, 30);
    QCOMPARE(repo.load(b.unit.id, campaign)->participation.sampleTarget, 20);
    QTRY_COMPARE(page.model()->rowCount(), 2);
    const QList<AuditLog::Entry> log = AuditLog::forRecord(*db, QStringLiteral("units"), a.unit.id);
    QVERIFY(std::any_of(log.cbegin(), log.cend(), [](const AuditLog::Entry &e) {
        return e.action == QLatin1String("unmerge");
    }));
    // Redo merges again.
    QTest::mouseClick(widgetOf(page, "redoAction"), Qt::LeftButton);
    QCOMPARE(repo.unit(a.unit.id)->mergedInto, b.unit.id);
    QCOMPARE(repo.load(b.unit.id, campaign)->participation.sampleTarget, 50);
}

void tst_UnitsForm::renderedInChinese()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/secretariat_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    // Qt's own strings (standard buttons) as the program loads them.
    QTranslator qtbase;
    if (qtbase.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"),
                    QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtbase);
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("render"));
    {
        auto db = TestSupport::openMigrated(location);
        QVERIFY(DemoDataGenerator(*db).generate(2024).isEmpty());
    }
    Workspace workspace;
    QVERIFY(!workspace.open(location).isValid());
    {
        UnitsPage page(&workspace);
        page.resize(1280, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("单位"));
        const QImage image = page.grab().toImage();
        QVERIFY(!image.isNull());
        const QString dir = qEnvironmentVariable("UNITS_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            image.save(dir + QStringLiteral("/units-page.png"));
        const qint64 id = page.model()->rowAt(0).unitId;
        UnitFormDialog dialog(workspace.database(), workspace.campaignId(), *workspace.undoStack(),
                              {});
        QVERIFY(dialog.loadUnit(id));
        dialog.show();
        QVERIFY(dialog.windowTitle().startsWith(QStringLiteral("信息表")));
        QCOMPARE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->text(),
                 QStringLiteral("保存"));
        if (!dir.isEmpty()) {
            dialog.grab().save(dir + QStringLiteral("/unit-form.png"));
            auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("subTabs"));
            tabs->setCurrentIndex(1);
            dialog.grab().save(dir + QStringLiteral("/unit-form-supporting.png"));
            UnitImportWizard wizard(workspace.database(), workspace.campaignId(),
                                    *workspace.undoStack(), {});
            wizard.setFile(
                TestSupport::dataPath(QStringLiteral("units/valid-skip-invalid/input.csv")));
            wizard.show();
            wizard.next();
            wizard.grab().save(dir + QStringLiteral("/import-mapping.png"));
            wizard.next();
            wizard.grab().save(dir + QStringLiteral("/import-check.png"));
            // The question asked when another desk saved the unit meanwhile.
            ConflictError conflict;
            conflict.table = QStringLiteral("units");
            conflict.recordId = id;
            conflict.changedBy = QStringLiteral("clerk_li");
            conflict.changedAt = QStringLiteral("2024-07-18T09:30:00Z");
            conflict.theirValues = {{QStringLiteral("phone"), QStringLiteral("13800000002")}};
            ConflictDialog ask(conflict, dialog.record().unit.name);
            ask.show();
            QVERIFY(QTest::qWaitForWindowExposed(&ask));
            ask.grab().save(dir + QStringLiteral("/unit-conflict.png"));
        }
    }
    QCoreApplication::removeTranslator(&qtbase);
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(tst_UnitsForm)
#include "tst_units_form.moc"
