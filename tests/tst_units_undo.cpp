// A units import and accepted returned forms are commands on the one undo stack, as every
// other edit: undo puts the units back as they were (the units added gone with their form rows,
// the units updated with their old values), redo makes the change again, and neither empties
// the stack. Undo and redo are refused when another desk changed those units meanwhile.
#include "TestSupport.h"
#include "WhenModal.h"

#include "checklist/ChecklistRepository.h"
#include "db/Database.h"
#include "dialogs/ReturnedFormsDialog.h"
#include "dialogs/UnitFormDialog.h"
#include "dialogs/UnitImportWizard.h"
#include "forms/FormFile.h"
#include "forms/FormLayout.h"
#include "pages/UnitsPage.h"
#include "repo/CampaignRepository.h"
#include "repo/UnitRepository.h"
#include "session/Workspace.h"
#include "undo/UnitCommands.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace {
// The rows a batch of units touches, every column but the bookkeeping a restore writes anew
// (row_version counts up and updated_at/updated_by name the undo, so that a form opened before
// cannot save over it): what "the same as before" means for an undone import.
QString dump(Database &db)
{
    QString text;
    for (const char *table : {"units", "participations", "recommended_units", "gift_goods",
                              "experts", "checklist_ticks"}) {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table))))
            return q.lastError().text();
        text += QStringLiteral("[%1]\n").arg(QLatin1String(table));
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i) {
                const QString name = q.record().fieldName(i);
                if (name != QLatin1String("row_version") && name != QLatin1String("updated_at")
                    && name != QLatin1String("updated_by"))
                    cells << name + QLatin1Char('=') + q.value(i).toString();
            }
            text += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return text;
}

QString importStatus(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT status FROM imports WHERE kind = 'units' ORDER BY id DESC"));
    return q.next() ? q.value(0).toString() : QString();
}

UnitRecord newUnit(const QString &name, const QString &phone, qint64 campaignId)
{
    UnitRecord r;
    Unit &u = r.unit;
    u.name = name;
    u.province = QStringLiteral("44");
    u.city = QStringLiteral("广州市");
    u.contact = QStringLiteral("陈晓明");
    u.phone = phone;
    Participation &p = r.participation;
    p.campaignId = campaignId;
    p.kind = UnitKind::InitiatingFirst;
    p.sampleTarget = 1000;
    return r;
}
} // namespace

class tst_UnitsUndo : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void importUndoRedoKeepsEarlierEdits();
    void acceptedFormsUndoRedo();
    void undoRefusedAfterAnotherDeskChangedAUnit();
    void undoRefusedWhenAnAddedUnitGotRecords();
    void redoRefusedWhenANamesakeWasRegistered();
    void eachDialogSavesOntoTheWorkspaceStack();

private:
    // Writes a units file updating 广东省网络安全协会 and adding two units, one the other's
    // parent; returns its path.
    QString writeImportFile();
    // Writes a returned form of 广东省网络安全协会 with a new phone into a folder of its own;
    // returns the folder.
    QString writeReturnedForm();
    // Imports writeImportFile() through the wizard onto m_stack.
    void importThroughWizard();

    QTemporaryDir m_tmp;
    QString m_location;
    std::unique_ptr<Database> m_db;
    qint64 m_campaign = 0;
    qint64 m_existing = 0; // 广东省网络安全协会, with gift goods, updated by the import
    QUndoStack m_stack;
    QStringList m_errors;
};

void tst_UnitsUndo::init()
{
    m_stack.clear();
    m_errors.clear();
    m_location
        = TestSupport::newDatabaseLocation(QString::fromLatin1(QTest::currentTestFunction()));
    m_db = TestSupport::openMigrated(m_location);
    QVERIFY(m_db);
    Campaign c;
    c.year = 2024;
    c.startDate = QDate(c.year, 7, 17);
    c.endDate = c.startDate.addDays(9); // a ten-day window
    QVERIFY(CampaignRepository(*m_db).add(c).isEmpty());
    m_campaign = c.id;
    UnitRecord existing
        = newUnit(QStringLiteral("广东省网络安全协会"), QStringLiteral("13800138000"), m_campaign);
    existing.form.giftGoods = {{QStringLiteral("帆布袋"), 300, true}};
    QVERIFY(UnitRepository(*m_db).save(existing).isEmpty());
    m_existing = existing.unit.id;
    UnitRecord other
        = newUnit(QStringLiteral("深圳市互联网协会"), QStringLiteral("13800138001"), m_campaign);
    QVERIFY(UnitRepository(*m_db).save(other).isEmpty());
}

QString tst_UnitsUndo::writeImportFile()
{
    const QString path = m_tmp.filePath(QStringLiteral("units.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(QStringLiteral("单位名称,单位类型,省份,联系人,电话,上级单位,样本目标\n"
                              "广东省网络安全协会,一级发起单位,广东,李新,13900139000,,2500\n"
                              "佛山市网络安全协会,二级发起单位,广东,王芳,13900139001,"
                              "广东省网络安全协会,800\n"
                              "佛山日报,支持单位,广东,赵强,13900139002,佛山市网络安全协会,0\n")
                   .toUtf8());
    return path;
}

QString tst_UnitsUndo::writeReturnedForm()
{
    const QDir dir(m_tmp.filePath(QStringLiteral("returned-one")));
    if (!dir.mkpath(QStringLiteral(".")))
        return {};
    UnitRecord changed = *UnitRepository(*m_db).load(m_existing, m_campaign);
    changed.unit.phone = QStringLiteral("13700137000");
    const QString error = FormFile::write(dir.filePath(QStringLiteral("a.xlsx")),
                                          FormFile::fromRecord(changed, 2024, QString()));
    return error.isEmpty() ? dir.path() : QString();
}

void tst_UnitsUndo::importThroughWizard()
{
    UnitImportWizard wizard(*m_db, m_campaign, m_stack,
                            [this](const QString &m) { m_errors << m; });
    wizard.setFile(writeImportFile());
    const ImportReport report = wizard.importFile(false);
    QCOMPARE(report.outcome, ImportReport::Outcome::Imported);
    QCOMPARE(report.created, qint64(2));
    QCOMPARE(report.updated, qint64(1));
}

void tst_UnitsUndo::importUndoRedoKeepsEarlierEdits()
{
    // An edit before the import: still undoable after it.
    const qint64 other = *UnitRepository(*m_db).idByName(QStringLiteral("深圳市互联网协会"));
    QVERIFY(DatabaseCommand::push(
                &m_stack,
                new ChangeTarget(*m_db, {other, m_campaign}, 1000, 1200, QStringLiteral("深圳")))
                .done());
    const QString before = dump(*m_db);
    importThroughWizard();
    const QString after = dump(*m_db);
    QVERIFY(after != before);
    QCOMPARE(m_stack.count(), 2);
    QCOMPARE(m_stack.undoText(), QStringLiteral("import units.csv"));
    QCOMPARE(importStatus(*m_db), QStringLiteral("imported"));

    m_stack.undo();
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    QCOMPARE(dump(*m_db), before);
    QCOMPARE(importStatus(*m_db), QStringLiteral("withdrawn"));
    const UnitRecord restored = *UnitRepository(*m_db).load(m_existing, m_campaign);
    QCOMPARE(restored.unit.contact, QStringLiteral("陈晓明"));
    QCOMPARE(restored.participation.sampleTarget, qint64(1000));
    QCOMPARE(restored.form.giftGoods.size(), 1);
    QVERIFY(!UnitRepository(*m_db).idByName(QStringLiteral("佛山日报")));

    m_stack.redo();
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    QCOMPARE(dump(*m_db), after);
    QCOMPARE(importStatus(*m_db), QStringLiteral("imported"));

    // Both steps back: the import, then the target edit made before it.
    m_stack.undo();
    m_stack.undo();
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    QCOMPARE(UnitRepository(*m_db).load(other, m_campaign)->participation.sampleTarget,
             qint64(1000));
    QCOMPARE(m_stack.index(), 0);
    QCOMPARE(m_stack.count(), 2);
}

void tst_UnitsUndo::acceptedFormsUndoRedo()
{
    const QDir dir(m_tmp.filePath(QStringLiteral("returned")));
    QVERIFY(dir.mkpath(QStringLiteral(".")));
    UnitRecord changed = *UnitRepository(*m_db).load(m_existing, m_campaign);
    changed.unit.phone = QStringLiteral("13700137000");
    changed.form.giftGoods.append({QStringLiteral("保温杯"), 50, false});
    changed.form.experts.append({ExpertField::Report, QStringLiteral("刘专家"), QString(),
                                 QStringLiteral("13700137001"), QStringLiteral("报告撰写")});
    QCOMPARE(FormFile::write(dir.filePath(QStringLiteral("a.xlsx")),
                             FormFile::fromRecord(changed, 2024, QString())),
             QString());
    const UnitRecord fresh
        = newUnit(QStringLiteral("恒信网络安全协会"), QStringLiteral("13800138077"), m_campaign);
    // A blank form filled in by a new unit: its kind and sort ticked.
    FormData blank = FormFile::fromRecord(fresh, 2024, QString());
    blank.fields.insert(QStringLiteral("kind"), FormLayout::kindOptions().first());
    blank.fields.insert(QStringLiteral("sort"), FormLayout::sortOptions().first());
    QCOMPARE(FormFile::write(dir.filePath(QStringLiteral("b.xlsx")), blank), QString());

    const QString before = dump(*m_db);
    ReturnedFormsDialog dialog(*m_db, m_campaign, m_stack,
                               [this](const QString &m) { m_errors << m; });
    dialog.readFolder(dir.path());
    QCOMPARE(dialog.count(), 2);
    QString error;
    QVERIFY2(dialog.acceptRow(0, &error), qPrintable(error));
    const QString afterFirst = dump(*m_db);
    QVERIFY2(dialog.acceptRow(1, &error), qPrintable(error));
    const QString after = dump(*m_db);
    QCOMPARE(m_stack.count(), 2);
    const qint64 added = *UnitRepository(*m_db).idByName(QStringLiteral("恒信网络安全协会"));
    QCOMPARE(ChecklistRepository(*m_db)
                 .ticks(m_campaign, {m_existing, added}, ChecklistItem::FormReceived)
                 .at(1)
                 .ticked,
             true);

    m_stack.undo();
    QCOMPARE(dump(*m_db), afterFirst);
    m_stack.undo();
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    QCOMPARE(dump(*m_db), before);
    QVERIFY(!ChecklistRepository(*m_db)
                 .ticks(m_campaign, {m_existing}, ChecklistItem::FormReceived)
                 .first()
                 .ticked);
    m_stack.redo();
    m_stack.redo();
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    QCOMPARE(dump(*m_db), after);
}

void tst_UnitsUndo::undoRefusedAfterAnotherDeskChangedAUnit()
{
    importThroughWizard();
    // Another desk edits the unit the import updated: undoing would drop their edit.
    auto theirs = TestSupport::openMigrated(m_location);
    QVERIFY(theirs);
    UnitRecord edit = *UnitRepository(*theirs).load(m_existing, m_campaign);
    edit.unit.email = QStringLiteral("their@example.cn");
    QVERIFY(UnitRepository(*theirs).save(edit).isEmpty());
    const QString stored = dump(*m_db);
    m_stack.undo();
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(m_errors.first().contains(QStringLiteral("广东省网络安全协会"))
                 && m_errors.first().contains(theirs->userName()),
             qPrintable(m_errors.first()));
    QCOMPARE(dump(*m_db), stored); // nothing taken back, theirs kept
    QCOMPARE(importStatus(*m_db), QStringLiteral("imported"));
    QCOMPARE(m_stack.count(), 0); // the refused command is dropped
}

void tst_UnitsUndo::undoRefusedWhenAnAddedUnitGotRecords()
{
    importThroughWizard();
    // Another desk registers a unit under one the import added: removing it would orphan theirs.
    auto theirs = TestSupport::openMigrated(m_location);
    QVERIFY(theirs);
    UnitRecord child
        = newUnit(QStringLiteral("顺德区网络协会"), QStringLiteral("13600136000"), m_campaign);
    child.participation.kind = UnitKind::InitiatingSecond;
    child.participation.parentUnitId
        = *UnitRepository(*theirs).idByName(QStringLiteral("佛山市网络安全协会"));
    QVERIFY(UnitRepository(*theirs).save(child).isEmpty());
    const QString stored = dump(*m_db);
    m_stack.undo();
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(m_errors.first().contains(QStringLiteral("佛山市网络安全协会")),
             qPrintable(m_errors.first()));
    QCOMPARE(dump(*m_db), stored);
}

void tst_UnitsUndo::redoRefusedWhenANamesakeWasRegistered()
{
    importThroughWizard();
    m_stack.undo();
    QVERIFY(m_errors.isEmpty());
    auto theirs = TestSupport::openMigrated(m_location);
    QVERIFY(theirs);
    UnitRecord namesake
        = newUnit(QStringLiteral("佛山日报"), QStringLiteral("13600136001"), m_campaign);
    namesake.participation.kind = UnitKind::Supporting;
    QVERIFY(UnitRepository(*theirs).save(namesake).isEmpty());
    const QString stored = dump(*m_db);
    m_stack.redo();
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(m_errors.first().contains(QStringLiteral("佛山日报")), qPrintable(m_errors.first()));
    QCOMPARE(dump(*m_db), stored);
    QCOMPARE(importStatus(*m_db), QStringLiteral("withdrawn"));
}

// The information form, the units import and the returned forms, opened from the Units page as
// the program opens them: what each saves is one more step on the open database's one undo stack
// (Workspace::undoStack), and undoing it there puts the database back as it was.
void tst_UnitsUndo::eachDialogSavesOntoTheWorkspaceStack()
{
    Workspace workspace;
    QVERIFY(!workspace.open(m_location).isValid());
    QCOMPARE(workspace.campaignId(), m_campaign);
    UnitsPage page(&workspace);
    QUndoStack *stack = workspace.undoStack();
    const QString importFile = writeImportFile();
    const QString formsFolder = writeReturnedForm();
    QVERIFY(!importFile.isEmpty() && !formsFolder.isEmpty());
    const auto undoAll = [&] {
        while (stack->canUndo())
            stack->undo();
    };
    const QString before = dump(*m_db);

    bool saved = false;
    TestSupport::whenModal<UnitFormDialog>([&](UnitFormDialog *form) {
        form->findChild<QLineEdit *>(QStringLiteral("phoneEdit"))
            ->setText(QStringLiteral("010-66668888"));
        saved = form->saveQuietly();
        form->reject();
    });
    page.openForm(m_existing);
    QVERIFY(saved);
    QCOMPARE(UnitRepository(*m_db).load(m_existing, m_campaign)->unit.phone,
             QStringLiteral("010-66668888"));
    QVERIFY(stack->count() >= 1);
    undoAll();
    QCOMPARE(dump(*m_db), before);

    ImportReport imported;
    TestSupport::whenModal<UnitImportWizard>([&](UnitImportWizard *wizard) {
        wizard->setFile(importFile);
        imported = wizard->importFile(false);
        wizard->reject();
    });
    page.findChild<QAction *>(QStringLiteral("importUnitsAction"))->trigger();
    QCOMPARE(imported.outcome, ImportReport::Outcome::Imported);
    QVERIFY(dump(*m_db) != before);
    undoAll();
    QCOMPARE(dump(*m_db), before);

    QString error = QStringLiteral("not opened");
    TestSupport::whenModal<ReturnedFormsDialog>([&](ReturnedFormsDialog *dialog) {
        dialog->readFolder(formsFolder);
        error.clear();
        if (!dialog->acceptRow(0, &error) && error.isEmpty())
            error = QStringLiteral("not accepted");
        dialog->reject();
    });
    page.findChild<QAction *>(QStringLiteral("returnedFormsAction"))->trigger();
    QCOMPARE(error, QString());
    QCOMPARE(UnitRepository(*m_db).load(m_existing, m_campaign)->unit.phone,
             QStringLiteral("13700137000"));
    undoAll();
    QCOMPARE(dump(*m_db), before);
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
}

QTEST_MAIN(tst_UnitsUndo)
#include "tst_units_undo.moc"
