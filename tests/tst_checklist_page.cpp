// The checklist, gift register and expert pool pages on a real database: several units ticked
// from the list in one step and undone with the page's undo stack, the filters (missing item,
// overdue, kind), overdue items in red, the exports read back as .xlsx; the register pages'
// search, totals and export.
#include "TestSupport.h"

#include "checklist/ChecklistRepository.h"
#include "db/Database.h"
#include "dialogs/ChecklistBox.h"
#include "dialogs/UnitFormDialog.h"
#include "io/XlsxReader.h"
#include "itemmodels/ChecklistModel.h"
#include "pages/ChecklistPage.h"
#include "pages/ExpertsPage.h"
#include "pages/GiftsPage.h"
#include "repo/CampaignRepository.h"
#include "repo/UnitRepository.h"
#include "session/Workspace.h"
#include "undo/ChecklistCommands.h"

#include <QBrush>
#include <QComboBox>
#include <QCheckBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace {

QList<QStringList> readXlsx(const QString &path)
{
    XlsxReader reader;
    QList<QStringList> rows;
    if (!reader.open(path))
        return rows;
    QStringList cells;
    while (reader.readRow(cells))
        rows << cells;
    return rows;
}

} // namespace

class tst_ChecklistPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { qunsetenv("SECRETARIAT_TODAY"); }
    void tickSeveralUnitsAndUndo();
    void filtersAndOverdueInRed();
    void exportForThePhone();
    void giftAndExpertPages();
    void tickInTheInformationForm();

private:
    QString m_location;
    qint64 m_campaign = 0;
    QList<qint64> m_units;
    QTemporaryDir m_dir;
};

void tst_ChecklistPage::initTestCase()
{
    qputenv("SECRETARIAT_TODAY", "2024-07-08"); // forms (due the 5th) are overdue
    m_location = TestSupport::newDatabaseLocation(QStringLiteral("page"));
    auto db = TestSupport::openMigrated(m_location);
    Campaign c;
    c.year = 2024;
    c.startDate = QDate(2024, 7, 17);
    c.endDate = QDate(2024, 7, 26);
    c.formDue = QDate(2024, 7, 5);
    c.linkRequestDue = QDate(2024, 7, 10);
    c.giftListDue = QDate(2024, 7, 15);
    QVERIFY(CampaignRepository(*db).add(c).isEmpty());
    m_campaign = c.id;
    const QList<QPair<QString, UnitKind>> units = {
        {QStringLiteral("广东省网络安全促进会"), UnitKind::InitiatingFirst},
        {QStringLiteral("深圳市网络与信息安全行业协会"), UnitKind::InitiatingSecond},
        {QStringLiteral("南方融媒体中心"), UnitKind::Supporting}};
    for (const auto &[name, kind] : units) {
        UnitRecord r;
        r.unit.name = name;
        r.unit.province = QStringLiteral("44");
        r.unit.contact = QStringLiteral("陈静");
        r.unit.phone = QStringLiteral("13900139000");
        r.participation.campaignId = c.id;
        r.participation.kind = kind;
        r.form.giftGoods = {{QStringLiteral("保温杯"), 40, false}};
        r.form.experts = {{ExpertField::Data, QStringLiteral("王芳"), QString(),
                           QStringLiteral("13800138000"), QStringLiteral("统计分析")}};
        QVERIFY(UnitRepository(*db).save(r).isEmpty());
        m_units << r.unit.id;
    }
    QVERIFY(m_dir.isValid());
}

void tst_ChecklistPage::tickSeveralUnitsAndUndo()
{
    Workspace workspace;
    QVERIFY(!workspace.open(m_location).isValid());
    ChecklistPage page(&workspace);
    ChecklistModel *model = page.model();
    QCOMPARE(model->rowCount(), 3);
    page.tickItemBox()->setCurrentIndex(
        page.tickItemBox()->findData(int(ChecklistItem::GiftListReceived)));
    // Only manual items can be chosen to tick.
    QCOMPARE(page.tickItemBox()->findData(int(ChecklistItem::LetterIssued)), -1);
    page.view()->selectAll();
    QVERIFY(page.tickSelected(true));
    ChecklistRepository repo(workspace.database());
    for (const ChecklistTick &t : repo.ticks(m_campaign, m_units, ChecklistItem::GiftListReceived))
        QVERIFY(t.ticked);
    // The model followed the change: every gift-list cell shows a tick.
    const int column = ChecklistModel::FirstItemColumn + int(ChecklistItem::GiftListReceived);
    for (int r = 0; r < model->rowCount(); ++r)
        QVERIFY(model->index(r, column).data().toString().startsWith(QStringLiteral("✓")));
    QCOMPARE(page.undoStack()->count(), 1);
    page.undoStack()->undo();
    for (const ChecklistTick &t : repo.ticks(m_campaign, m_units, ChecklistItem::GiftListReceived))
        QVERIFY(!t.ticked);
    for (int r = 0; r < model->rowCount(); ++r)
        QVERIFY(!model->index(r, column).data().toString().startsWith(QStringLiteral("✓")));
    page.undoStack()->redo();
    for (const ChecklistTick &t : repo.ticks(m_campaign, m_units, ChecklistItem::GiftListReceived))
        QVERIFY(t.ticked);
    page.undoStack()->undo();
}

void tst_ChecklistPage::filtersAndOverdueInRed()
{
    Workspace workspace;
    QVERIFY(!workspace.open(m_location).isValid());
    QVERIFY(ChecklistRepository(workspace.database())
                .tick(m_campaign, {m_units.at(0)}, ChecklistItem::FormReceived)
                .isEmpty());
    ChecklistPage page(&workspace);
    ChecklistModel *model = page.model();
    const int form = ChecklistModel::FirstItemColumn + int(ChecklistItem::FormReceived);
    int red = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex i = model->index(r, form);
        if (i.data(ChecklistModel::OverdueRole).toBool()) {
            ++red;
            QCOMPARE(i.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xc0, 0x00, 0x00));
            QVERIFY(i.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2024-07-05")));
        }
    }
    QCOMPARE(red, 2);
    page.missingFilter()->setCurrentIndex(
        page.missingFilter()->findData(int(ChecklistItem::FormReceived)));
    QCOMPARE(model->rowCount(), 2);
    page.overdueFilter()->setChecked(true);
    QCOMPARE(model->rowCount(), 2);
    // Gift lists are due the 15th: nobody is overdue with them on the 8th.
    page.missingFilter()->setCurrentIndex(
        page.missingFilter()->findData(int(ChecklistItem::GiftListReceived)));
    QCOMPARE(model->rowCount(), 0);
    page.overdueFilter()->setChecked(false);
    QCOMPARE(model->rowCount(), 0); // and none is a company, from which gift lists are expected
    page.missingFilter()->setCurrentIndex(0); // any item
    QCOMPARE(model->rowCount(), 3);
    QComboBox *kind = page.kindFilter();
    kind->setCurrentIndex(kind->findData(QStringLiteral("supporting")));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, ChecklistModel::UnitColumn).data().toString(),
             QStringLiteral("南方融媒体中心"));
    QVERIFY(ChecklistRepository(workspace.database())
                .untick(m_campaign, {m_units.at(0)}, ChecklistItem::FormReceived)
                .isEmpty());
}

void tst_ChecklistPage::exportForThePhone()
{
    Workspace workspace;
    QVERIFY(!workspace.open(m_location).isValid());
    ChecklistPage page(&workspace);
    page.missingFilter()->setCurrentIndex(
        page.missingFilter()->findData(int(ChecklistItem::FormReceived)));
    const QString path = m_dir.filePath(QStringLiteral("chase.xlsx"));
    QString error;
    QVERIFY2(page.exportTo(path, &error), qPrintable(error));
    const QList<QStringList> rows = readXlsx(path);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0).mid(0, 8),
             (QStringList {"Unit", "Kind", "Region", "Parent unit", "Contact", "Phone", "Missing",
                           "Overdue"}));
    QCOMPARE(rows.at(0).size(), 17);
    QStringList names;
    for (const QStringList &r : rows.mid(1)) {
        names << r.at(0);
        QCOMPARE(r.at(4), QStringLiteral("陈静"));
        QCOMPARE(r.at(5), QStringLiteral("13900139000"));
        QVERIFY2(r.at(7).contains(QStringLiteral("Information form received")),
                 qPrintable(r.join(',')));
        QCOMPARE(r.at(8), QStringLiteral("overdue"));
    }
    QVERIFY(names.contains(QStringLiteral("南方融媒体中心")));
}

void tst_ChecklistPage::giftAndExpertPages()
{
    Workspace workspace;
    QVERIFY(!workspace.open(m_location).isValid());
    GiftsPage gifts(&workspace);
    QCOMPARE(gifts.entriesModel()->rowCount(), 3);
    QCOMPARE(gifts.totalsModel()->rowCount(), 1);
    QCOMPARE(gifts.totalsModel()->index(0, 1).data().toLongLong(), 120);
    QCOMPARE(gifts.totalsModel()->index(0, 3).data().toLongLong(), 3);
    gifts.searchBox()->setText(QStringLiteral("南方"));
    QCOMPARE(gifts.entriesModel()->rowCount(), 1);
    QCOMPARE(gifts.totalsModel()->index(0, 1).data().toLongLong(), 40);
    const QString giftPath = m_dir.filePath(QStringLiteral("gifts.xlsx"));
    QString error;
    QVERIFY2(gifts.exportTo(giftPath, &error), qPrintable(error));
    const QList<QStringList> giftRows = readXlsx(giftPath); // the first sheet: gifts by unit
    QCOMPARE(giftRows.size(), 2);
    QCOMPARE(giftRows.at(1).at(0), QStringLiteral("保温杯"));
    QCOMPARE(giftRows.at(1).at(1), QStringLiteral("南方融媒体中心"));
    QCOMPARE(giftRows.at(1).at(4), QStringLiteral("40"));

    ExpertsPage experts(&workspace);
    QCOMPARE(experts.model()->rowCount(), 1); // one person, three recommendations
    QCOMPARE(experts.model()->index(0, 4).data().toLongLong(), 3);
    experts.fieldBox()->setCurrentIndex(experts.fieldBox()->findData(QStringLiteral("report")));
    QCOMPARE(experts.model()->rowCount(), 0);
    experts.fieldBox()->setCurrentIndex(0);
    experts.searchBox()->setText(QStringLiteral("138 0013"));
    QCOMPARE(experts.model()->rowCount(), 1);
    const QString expertPath = m_dir.filePath(QStringLiteral("experts.csv"));
    QVERIFY2(experts.exportTo(expertPath, &error), qPrintable(error));
    QFile file(expertPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY2(csv.contains(QStringLiteral("王芳,13800138000")), qPrintable(csv));
}

// The form's checklist tab: shows what is done, stores the boxes ticked after the unit is saved
// (source "form"), and hands both states over for the undo stack; another desk's change in
// between is refused.
void tst_ChecklistPage::tickInTheInformationForm()
{
    auto db = TestSupport::openMigrated(m_location);
    QUndoStack undo; // the workspace's stack in the program
    const qint64 unit = m_units.at(1);
    ChecklistRepository repo(*db);
    QVERIFY(repo.tick(m_campaign, {unit}, ChecklistItem::LinksSent, QStringLiteral("manual"),
                      QStringLiteral("carol"))
                .isEmpty());
    UnitFormDialog form(*db, m_campaign, undo, {});
    QVERIFY(form.loadUnit(unit));
    auto *box = form.findChild<ChecklistBox *>();
    QVERIFY(box);
    QVERIFY(box->box(ChecklistItem::LinksSent)->isChecked());
    QVERIFY(!box->box(ChecklistItem::LetterIssued)->isEnabled()); // ticks itself
    QVERIFY(!box->isChanged());
    box->box(ChecklistItem::TargetAgreed)->setChecked(true);
    box->box(ChecklistItem::LinksSent)->setChecked(false);
    QVERIFY(box->isChanged());
    QList<ChecklistTick> before, after;
    connect(&form, &UnitFormDialog::checklistSaved, this,
            [&](const QList<ChecklistTick> &b, const QList<ChecklistTick> &a) {
                before = b;
                after = a;
            });
    QVERIFY(form.saveQuietly());
    QCOMPARE(before.size(), 2);
    QCOMPARE(after.size(), 2);
    const ChecklistTick target = repo.ticks(m_campaign, {unit}, ChecklistItem::TargetAgreed).first();
    QVERIFY(target.ticked);
    QCOMPARE(target.source, QStringLiteral("form"));
    QCOMPARE(target.by, db->userName());
    QVERIFY(!repo.ticks(m_campaign, {unit}, ChecklistItem::LinksSent).first().ticked);
    // Undo through the stack the form pushed its command onto.
    form.undoStack()->undo();
    const ChecklistTick restored = repo.ticks(m_campaign, {unit}, ChecklistItem::LinksSent).first();
    QVERIFY(restored.ticked);
    QCOMPARE(restored.by, QStringLiteral("carol"));
    QVERIFY(!repo.ticks(m_campaign, {unit}, ChecklistItem::TargetAgreed).first().ticked);

    // Another desk ticks what this form is about to tick: the unit is saved, the checklist not.
    UnitFormDialog second(*db, m_campaign, undo, {});
    QVERIFY(second.loadUnit(unit));
    second.findChild<ChecklistBox *>()->box(ChecklistItem::TargetAgreed)->setChecked(true);
    QVERIFY(repo.tick(m_campaign, {unit}, ChecklistItem::TargetAgreed, QStringLiteral("manual"),
                      QStringLiteral("dave"))
                .isEmpty());
    QVERIFY(second.saveQuietly());
    QCOMPARE(repo.ticks(m_campaign, {unit}, ChecklistItem::TargetAgreed).first().by,
             QStringLiteral("dave"));
    QVERIFY(repo.untick(m_campaign, {unit}, ChecklistItem::TargetAgreed).isEmpty());
}

QTEST_MAIN(tst_ChecklistPage)
#include "tst_checklist_page.moc"
