// The information form (信息表) as a document: written as .docx and .xlsx, read back as Word,
// WPS and LibreOffice save it, reviewed in the form dialog, imported from a folder and through
// secretariat-cli. Real files on disk, real SQLite files and the real PostgreSQL test server.
#include "TestSupport.h"

#include "checklist/Checklist.h"
#include "checklist/ChecklistRepository.h"

#include "db/Database.h"
#include "demo/DemoDataGenerator.h"
#include "dialogs/ReturnedFormsDialog.h"
#include "dialogs/UnitFormDialog.h"
#include "forms/DocxFormReader.h"
#include "forms/DocxFormWriter.h"
#include "forms/FormFile.h"
#include "forms/FormImporter.h"
#include "forms/FormInterpreter.h"
#include "forms/FormLayout.h"
#include "repo/CampaignRepository.h"
#include "repo/UnitRepository.h"

#include <QSqlQuery>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>
#include <QUndoStack>

using TestSupport::runCli;

namespace {
QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The unit the hand-made WPS document (tests/data/forms/wps-edited) was made from.
UnitRecord qingheRecord(qint64 campaignId)
{
    UnitRecord r;
    r.unit.name = QStringLiteral("青禾网络安全协会");
    r.unit.sort = UnitSort::Association;
    r.unit.province = QStringLiteral("44");
    r.unit.city = QStringLiteral("深圳市");
    r.unit.contact = QStringLiteral("王晓明");
    r.unit.position = QStringLiteral("秘书长");
    r.unit.phone = QStringLiteral("13800138000");
    r.unit.email = QStringLiteral("contact@example.org");
    r.participation.campaignId = campaignId;
    r.participation.kind = UnitKind::InitiatingFirst;
    r.participation.sampleTarget = 3000;
    RecommendedUnit init;
    init.role = RecommendedUnit::Role::Initiating;
    init.name = QStringLiteral("星河网络安全协会");
    init.contact = QStringLiteral("赵子涵");
    init.phone = QStringLiteral("13900139000");
    init.position = QStringLiteral("副秘书长");
    r.form.recommendedInitiating = {init};
    RecommendedUnit media;
    media.role = RecommendedUnit::Role::Supporting;
    media.name = QStringLiteral("云帆融媒体中心");
    media.sort = UnitSort::Media;
    media.core = true;
    media.contact = QStringLiteral("陈思远");
    media.phone = QStringLiteral("13800138001");
    media.position = QStringLiteral("编辑部主任");
    r.form.recommendedSupporting = {media};
    r.form.giftGoods = {{QStringLiteral("网络安全主题帆布袋"), 100, false},
                        {QStringLiteral("防诈骗宣传台历"), 50, true}};
    r.form.experts = {{ExpertField::Publicity, QStringLiteral("黄文博"), QStringLiteral("黄文博"),
                       QStringLiteral("13800138002"), QStringLiteral("网络安全宣传")}};
    return r;
}
// The form of a unit not registered yet, as the unit fills it in (a form made from a record
// without a participation leaves the kind unticked).
FormData newUnitForm(const UnitRecord &record)
{
    FormData d = FormFile::fromRecord(record, 2024, QString());
    d.fields.insert(QStringLiteral("kind"), FormLayout::kindOptions().first());
    d.fields.insert(QStringLiteral("sort"), FormLayout::sortOptions().first());
    return d;
}
} // namespace

class tst_FormsDocument : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void demoFormsReadBackUnchanged_data();
    void demoFormsReadBackUnchanged();
    void blankFormRegistersNewUnit();
    void libreOfficeSavedForm();
    void wpsEditedForm();
    void readerDetails();
    void malformedForms_data();
    void malformedForms();
    void targetsReadAsTheImportsReadThem_data();
    void targetsReadAsTheImportsReadThem();
    void reviewDialogMarksDifferences();
    void returnedFormsFolder();
    void cliBlankAndImport();

private:
    QString wpsForm(qint64 unitId);
    QTemporaryDir m_tmp;
    QString m_location;
    std::unique_ptr<Database> m_db;
    QUndoStack m_undo; // where the dialogs' saves go, as the workspace's stack in the program
    qint64 m_campaignId = 0;
    qint64 m_qingheId = 0;
};

void tst_FormsDocument::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_location = TestSupport::newDatabaseLocation(QStringLiteral("forms"));
    m_db = TestSupport::openMigrated(m_location);
    QVERIFY(DemoDataGenerator(*m_db).generate(2024).isEmpty());
    m_campaignId = CampaignRepository(*m_db).byYear(2024)->id;
    UnitRecord q = qingheRecord(m_campaignId);
    QVERIFY(UnitRepository(*m_db).save(q).isEmpty());
    m_qingheId = q.unit.id;
}

void tst_FormsDocument::demoFormsReadBackUnchanged_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("docx") << QStringLiteral("docx");
    QTest::newRow("xlsx") << QStringLiteral("xlsx");
}

// A snapshot without the checklist's ticks (which a returned form adds).
static QString withoutChecklist(const QString &snapshot)
{
    QStringList kept;
    bool skipping = false;
    for (const QString &line : snapshot.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('[')))
            skipping = line == QLatin1String("[checklist_ticks]");
        if (!skipping)
            kept << line;
    }
    return kept.join(QLatin1Char('\n'));
}

// Every demo unit's pre-filled form, written and read back, is that unit with every sub-record.
void tst_FormsDocument::demoFormsReadBackUnchanged()
{
    QFETCH(QString, suffix);
    UnitRepository repo(*m_db);
    const QDir dir(m_tmp.filePath(QStringLiteral("demo-") + suffix));
    QVERIFY(dir.mkpath(QStringLiteral(".")));
    const QList<UnitListRow> units = repo.list(m_campaignId);
    QVERIFY(units.size() > 50);
    int withSubRecords = 0;
    QStringList files;
    for (const UnitListRow &row : units) {
        const UnitRecord stored = *repo.load(row.unitId, m_campaignId);
        const QString path = dir.filePath(QStringLiteral("%1.%2").arg(row.unitId).arg(suffix));
        QCOMPARE(FormFile::write(path, FormFile::fromRecord(stored, 2024, row.parentName)),
                 QString());
        const FormImporter::Entry e = FormImporter(*m_db).read(path, m_campaignId);
        QVERIFY2(e.problems.isEmpty(), qPrintable(formatProblems(e.problems)));
        QCOMPARE(e.status, FormImporter::Status::Unchanged);
        QVERIFY(e.stored.has_value());
        QVERIFY2(e.record.unit == stored.unit, qPrintable(e.record.unit.name));
        QVERIFY2(e.record.participation == stored.participation, qPrintable(e.record.unit.name));
        for (int i = 0; i < stored.form.experts.size(); ++i)
            QVERIFY2(e.record.form.experts.value(i) == stored.form.experts.at(i),
                     qPrintable(e.record.unit.name + QStringLiteral(": ")
                                + e.record.form.experts.value(i).phone + QStringLiteral(" / ")
                                + stored.form.experts.at(i).phone));
        QCOMPARE(e.record, stored);
        withSubRecords += stored.form.experts.isEmpty() ? 0 : 1;
        files << path;
    }
    QVERIFY(withSubRecords >= 30);
    // Importing them all changes nothing in the units; each unit's checklist says its
    // information form came back (in the import's transaction, from source "form").
    FormImporter::Options options;
    options.campaignId = m_campaignId;
    QSqlQuery clear(m_db->connection());
    QVERIFY(clear.exec(QStringLiteral("DELETE FROM checklist_ticks")));
    const QString unitsBefore = withoutChecklist(TestSupport::snapshot(*m_db));
    const FormImporter::Result r = FormImporter(*m_db).run(files, options);
    QVERIFY2(r.errors.isEmpty(), qPrintable(formatProblems(r.errors)));
    QCOMPARE(r.unchanged, int(units.size()));
    QCOMPARE(r.acceptedUnitIds.size(), units.size());
    QCOMPARE(withoutChecklist(TestSupport::snapshot(*m_db)), unitsBefore);
    int received = 0;
    for (const ChecklistRow &row : ChecklistRepository(*m_db).rows(m_campaignId)) {
        const ChecklistMark &mark = row.marks.at(int(ChecklistItem::FormReceived));
        QVERIFY2(mark.done, qPrintable(row.name));
        QCOMPARE(mark.source, QStringLiteral("form"));
        ++received;
    }
    QCOMPARE(received, int(units.size()));
}

void tst_FormsDocument::blankFormRegistersNewUnit()
{
    // A blank form as a unit fills it in (in the .xlsx the values go next to the labels).
    FormData d = FormFile::fromRecord(UnitRecord(), 2024, QString());
    d.fields.insert(QStringLiteral("name"), QStringLiteral("松涛网络安全促进会"));
    d.fields.insert(QStringLiteral("region"), QStringLiteral("浙江"));
    d.fields.insert(QStringLiteral("kind"), QStringLiteral("二级发起单位"));
    d.fields.insert(QStringLiteral("contact"), QStringLiteral("徐丽华"));
    d.fields.insert(QStringLiteral("phone"), QStringLiteral("+86 138 0013 8099"));
    d.tables[FormLayout::Table::Gifts].append({{QStringLiteral("name"), QStringLiteral("保温杯")},
                                               {QStringLiteral("quantity"), QStringLiteral("30")}});
    for (const QString &suffix : {QStringLiteral("docx"), QStringLiteral("xlsx")}) {
        const QString path = m_tmp.filePath(QStringLiteral("new.") + suffix);
        QCOMPARE(FormFile::write(path, d), QString());
        const FormImporter::Entry e = FormImporter(*m_db).read(path, m_campaignId);
        QVERIFY2(e.problems.isEmpty(), qPrintable(formatProblems(e.problems)));
        QCOMPARE(e.status, FormImporter::Status::New);
        QCOMPARE(e.record.unit.province, QStringLiteral("33"));
        QCOMPARE(e.record.participation.kind, UnitKind::InitiatingSecond);
        QCOMPARE(e.record.unit.phone, QStringLiteral("13800138099"));
        QCOMPARE(e.record.form.giftGoods.size(), 1);
        QCOMPARE(e.record.form.giftGoods.first().quantity, 30);
    }
    // The city written after the region in its cell, a note after the phone.
    d.fields.insert(QStringLiteral("region"), QStringLiteral("广东省深圳市"));
    d.fields.insert(QStringLiteral("phone"), QStringLiteral("138 0013 8099（微信同号）"));
    const QString noted = m_tmp.filePath(QStringLiteral("noted.docx"));
    QCOMPARE(FormFile::write(noted, d), QString());
    const FormImporter::Entry n = FormImporter(*m_db).read(noted, m_campaignId);
    QVERIFY2(n.problems.isEmpty(), qPrintable(formatProblems(n.problems)));
    QCOMPARE(n.record.unit.province, QStringLiteral("44"));
    QCOMPARE(n.record.unit.city, QStringLiteral("深圳市"));
    QCOMPARE(n.record.unit.phone, QStringLiteral("13800138099"));
    // The blank form itself has every label and no value: it is refused, saying what is missing.
    const QString blank = m_tmp.filePath(QStringLiteral("blank.docx"));
    QCOMPARE(FormFile::write(blank, FormFile::fromRecord(UnitRecord(), 2024, QString())),
             QString());
    const FormImporter::Entry e = FormImporter(*m_db).read(blank, m_campaignId);
    QCOMPARE(e.status, FormImporter::Status::Problem);
    QVERIFY2(formatProblems(e.problems).contains(blank + QStringLiteral(": name: ")),
             qPrintable(formatProblems(e.problems)));
    QVERIFY(
        formatProblems(e.problems).contains(blank + QStringLiteral(": kind: no kind is ticked")));
}

void tst_FormsDocument::libreOfficeSavedForm()
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        QSKIP("LibreOffice (soffice) is not installed");
    UnitRepository repo(*m_db);
    // A first-level demo unit: recommended supporting units, gifts and an expert.
    const QList<UnitListRow> units = repo.list(m_campaignId);
    const auto first = std::find_if(units.begin(), units.end(), [](const UnitListRow &r) {
        return r.kind == UnitKind::InitiatingFirst;
    });
    QVERIFY(first != units.end());
    const UnitRecord stored = *repo.load(first->unitId, m_campaignId);
    QVERIFY(!stored.form.recommendedSupporting.isEmpty());
    const QDir in(m_tmp.filePath(QStringLiteral("lo-in")));
    const QDir out(m_tmp.filePath(QStringLiteral("lo-out")));
    QVERIFY(in.mkpath(QStringLiteral(".")) && out.mkpath(QStringLiteral(".")));
    const QString ours = in.filePath(QStringLiteral("form.docx"));
    QCOMPARE(FormFile::write(ours, FormFile::fromRecord(stored, 2024, first->parentName)),
             QString());
    QProcess lo;
    lo.setProcessChannelMode(QProcess::MergedChannels);
    lo.start(soffice,
             {QStringLiteral("-env:UserInstallation=file://")
                  + m_tmp.filePath(QStringLiteral("lo-profile")),
              QStringLiteral("--headless"), QStringLiteral("--convert-to"),
              QStringLiteral("docx:MS Word 2007 XML"), QStringLiteral("--outdir"), out.path(),
              ours});
    QVERIFY(lo.waitForFinished(180000));
    const QString saved = out.filePath(QStringLiteral("form.docx"));
    QVERIFY2(QFile::exists(saved), lo.readAll().constData());
    QVERIFY(fileBytes(saved) != fileBytes(ours)); // LibreOffice wrote its own document
    const FormImporter::Entry e = FormImporter(*m_db).read(saved, m_campaignId);
    QVERIFY2(e.problems.isEmpty(), qPrintable(formatProblems(e.problems)));
    QCOMPARE(e.record, stored);
    QCOMPARE(e.status, FormImporter::Status::Unchanged);
}

QString tst_FormsDocument::wpsForm(qint64 unitId)
{
    const QString path = m_tmp.filePath(QStringLiteral("wps-edited.docx"));
    FormData properties;
    properties.year = 2024;
    properties.unitId = unitId;
    const QByteArray xml
        = fileBytes(TestSupport::dataPath(QStringLiteral("forms/wps-edited/document.xml")));
    if (xml.isEmpty() || !DocxFormWriter::writePackage(path, xml, properties).isEmpty())
        return {};
    return path;
}

void tst_FormsDocument::wpsEditedForm()
{
    const QString path = wpsForm(m_qingheId);
    QVERIFY(!path.isEmpty());
    const QString before = TestSupport::snapshot(*m_db);
    const FormImporter::Entry e = FormImporter(*m_db).read(path, m_campaignId);
    QVERIFY2(e.problems.isEmpty(), qPrintable(formatProblems(e.problems)));
    QCOMPARE(e.status, FormImporter::Status::Changed);
    QVERIFY(e.stored.has_value());
    const UnitRecord &r = e.record;
    QCOMPARE(r.unit.id, m_qingheId);
    QCOMPARE(r.unit.name, QStringLiteral("青禾网络安全协会")); // split runs joined
    QCOMPARE(r.unit.province, QStringLiteral("44"));
    QCOMPARE(r.unit.city, QStringLiteral("深圳市")); // full-width colon after the label
    QCOMPARE(r.participation.kind, UnitKind::InitiatingFirst); // √ for ☐
    QCOMPARE(r.unit.sort, UnitSort::Media); // ■ for ☐
    QCOMPARE(r.participation.parentUnitId, 0); // placeholder text is no parent
    QCOMPARE(r.participation.sampleTarget, 5000); // full-width digits
    QCOMPARE(r.unit.contact, QStringLiteral("李海燕")); // typed beside the label
    QCOMPARE(r.unit.position, QStringLiteral("秘书长")); // in a content control
    QCOMPARE(r.unit.phone, QStringLiteral("0755-86001234")); // tracked change, split insert
    QCOMPARE(r.unit.email, QStringLiteral("contact@example.org"));
    QCOMPARE(r.form.recommendedInitiating.size(), 2);
    QCOMPARE(r.form.recommendedInitiating[1].name, QStringLiteral("锦程网络安全促进会"));
    QCOMPARE(r.form.recommendedInitiating[1].phone, QStringLiteral("13800138003"));
    QCOMPARE(r.form.recommendedSupporting.size(), 2);
    QCOMPARE(r.form.recommendedSupporting[0], e.stored->form.recommendedSupporting[0]);
    QCOMPARE(r.form.recommendedSupporting[1].name, QStringLiteral("远航信息技术有限公司"));
    QCOMPARE(r.form.recommendedSupporting[1].sort, UnitSort::Company);
    QVERIFY(r.form.recommendedSupporting[1].core); // vertically merged 是
    QCOMPARE(r.form.giftGoods.size(), 1); // the tracked-deleted row is gone
    QCOMPARE(r.form.giftGoods[0], (GiftGood {QStringLiteral("网络安全主题帆布袋"), 200, true}));
    QCOMPARE(r.form.experts.size(), 2); // added row; the empty one left out
    QCOMPARE(r.form.experts[0], e.stored->form.experts[0]);
    QCOMPARE(r.form.experts[1],
             (Expert {ExpertField::Data, QStringLiteral("孙嘉怡"), QStringLiteral("孙嘉怡"),
                      QStringLiteral("13800138005"), QStringLiteral("统计分析")}));
    QStringList keys;
    for (const FormImporter::FieldChange &c : e.changes)
        keys << c.key;
    QCOMPARE(keys,
             (QStringList {"sort", "target", "contact", "phone", "initiating[2]", "supporting[2]",
                           "gifts[1]", "gifts[2]", "experts[2]"}));
    QCOMPARE(TestSupport::snapshot(*m_db), before); // reading changes nothing
}

// Constructs Word writes that the hand-made WPS document does not have.
void tst_FormsDocument::readerDetails()
{
    const auto cell = [](const QString &content) {
        return QStringLiteral("<w:tc>%1</w:tc>").arg(content);
    };
    const auto text = [](const QString &t) {
        return QStringLiteral("<w:p><w:r><w:t>%1</w:t></w:r></w:p>").arg(t);
    };
    const auto formCheckBox = [](bool on) {
        return QStringLiteral(
                   "<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:checkBox>"
                   "<w:sizeAuto/><w:default w:val=\"0\"/>%1</w:checkBox></w:ffData>"
                   "</w:fldChar></w:r><w:r><w:instrText> FORMCHECKBOX </w:instrText></w:r>"
                   "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>")
            .arg(on ? QStringLiteral("<w:checked/>") : QString());
    };
    const QString rows = QStringLiteral("<w:tr>") + cell(text(QStringLiteral("单位类型")))
        + cell(QStringLiteral("<w:p>") + formCheckBox(true)
               + QStringLiteral("<w:r><w:t>一级发起单位</w:t></w:r>") + formCheckBox(false)
               + QStringLiteral("<w:r><w:t>二级发起单位</w:t></w:r><w:r><w:sym w:font=\"Wingdings "
                                "2\" w:char=\"F0A3\"/><w:t>支持单位</w:t></w:r></w:p>"))
        + QStringLiteral("</w:tr><w:tr>") + cell(text(QStringLiteral("单位性质：")))
        + cell(QStringLiteral("<w:p><w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val=\"1\"/>"
                              "</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>☒</w:t></w:r>"
                              "</w:sdtContent></w:sdt><w:r><w:t>媒体 ☐企业</w:t></w:r></w:p>"))
        + QStringLiteral("</w:tr><w:tr>") + cell(text(QStringLiteral("联系人")))
        + cell(QStringLiteral("<w:p><w:moveFrom w:id=\"7\"><w:r><w:t>张三</w:t></w:r></w:moveFrom>"
                              "<w:moveTo w:id=\"8\"><w:r><w:t>李四</w:t></w:r></w:moveTo></w:p>"))
        + QStringLiteral("</w:tr><w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>")
        + cell(text(QStringLiteral("联系电话"))) + cell(text(QStringLiteral("13800138000")))
        + QStringLiteral("</w:tr><w:tr>") + cell(text(QStringLiteral("职务")))
        + cell(text(QStringLiteral("联系人 兼 秘书长"))) + QStringLiteral("</w:tr><w:tr>")
        + cell(text(QStringLiteral("电子邮箱")))
        + cell(QStringLiteral(
            "<w:p><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:r><w:t>a@example.org</w:t>"
            "</w:r></mc:Choice><mc:Fallback><w:r><w:t>a@example.org</w:t></w:r></mc:Fallback>"
            "</mc:AlternateContent></w:p>"))
        + QStringLiteral("</w:tr>");
    const QString xml
        = QStringLiteral("<w:document "
                         "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                         "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" "
                         "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/"
                         "2006\"><w:body><w:tbl>"
                         "%1</w:tbl></w:body></w:document>")
              .arg(rows);
    FormGrid grid;
    QString error;
    QVERIFY2(DocxFormReader::readDocumentXml(xml.toUtf8(), &grid, &error), qPrintable(error));
    QCOMPARE(grid.size(), 6);
    QCOMPARE(grid[3].cells[0].column, 1); // after w:gridBefore
    const FormData d = FormInterpreter::interpret(grid);
    QCOMPARE(d.fields.value(QStringLiteral("kind")),
             QStringLiteral("☑一级发起单位☐二级发起单位☐支持单位"));
    QCOMPARE(FormLayout::tickedOptions(d.fields.value(QStringLiteral("kind")),
                                       FormLayout::kindOptions()),
             QList<int> {0});
    QCOMPARE(FormLayout::tickedOptions(d.fields.value(QStringLiteral("sort")),
                                       FormLayout::sortOptions()),
             QList<int> {1});
    QCOMPARE(d.fields.value(QStringLiteral("contact")), QStringLiteral("李四"));
    QCOMPARE(d.fields.value(QStringLiteral("phone")), QStringLiteral("13800138000"));
    QCOMPARE(d.fields.value(QStringLiteral("position")), QStringLiteral("联系人 兼 秘书长"));
    QCOMPARE(d.fields.value(QStringLiteral("email")), QStringLiteral("a@example.org"));
    // A tick after the option instead of a box before it.
    QCOMPARE(FormLayout::tickedOptions(QStringLiteral("一级发起单位  二级发起单位√  支持单位"),
                                       FormLayout::kindOptions()),
             QList<int> {1});
    QVERIFY(FormLayout::yes(QStringLiteral("√")));
    // Text beside the label and other text in the cell: the cell's, with a note.
    const FormData both = FormInterpreter::interpret({FormRow {
        {{QStringLiteral("联系人：王五"), 0, 1, false}, {QStringLiteral("赵六"), 1, 1, false}},
        0}});
    QCOMPARE(both.fields.value(QStringLiteral("contact")), QStringLiteral("赵六"));
    QCOMPARE(both.notes.size(), 1);
    QVERIFY(!FormLayout::yes(QStringLiteral("☐是 ☑否")));
    QVERIFY(FormLayout::yes(QStringLiteral("☑是 ☐否")));
    QVERIFY(!FormLayout::yes(QStringLiteral("否")));
}

void tst_FormsDocument::malformedForms_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content"); // raw bytes, or "xml:" + a document.xml
    QTest::addColumn<QString>("expected"); // after "FILE: "
    QTest::newRow("not a zip") << QStringLiteral("notes.docx") << QByteArray("联系人：王五\n")
                               << QStringLiteral("file: not a Word document (.docx): the file is "
                                                 "not a zip archive");
    QTest::newRow("old doc") << QStringLiteral("old.docx")
                             << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest", 14)
                             << QStringLiteral("file: this is an old Word 97–2003 document");
    QTest::newRow("no table")
        << QStringLiteral("letter.docx")
        << QByteArray("xml:<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                      "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>单位名称：某协会</w:t>"
                      "</w:r></w:p></w:body></w:document>")
        << QStringLiteral("file: the document has no table");
    QTest::newRow("field missing")
        << QStringLiteral("short.docx")
        << QByteArray("xml:<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                      "wordprocessingml/2006/main\"><w:body><w:tbl>"
                      "<w:tr><w:tc><w:p><w:r><w:t>单位名称</w:t></w:r></w:p></w:tc>"
                      "<w:tc><w:p><w:r><w:t>磐石网络安全协会</w:t></w:r></w:p></w:tc></w:tr>"
                      "<w:tr><w:tc><w:p><w:r><w:t>所在省份</w:t></w:r></w:p></w:tc>"
                      "<w:tc><w:p><w:r><w:t>北京</w:t></w:r></w:p></w:tc></w:tr>"
                      "<w:tr><w:tc><w:p><w:r><w:t>单位类型</w:t></w:r></w:p></w:tc>"
                      "<w:tc><w:p><w:r><w:t>☑支持单位</w:t></w:r></w:p></w:tc></w:tr>"
                      "<w:tr><w:tc><w:p><w:r><w:t>联系人</w:t></w:r></w:p></w:tc>"
                      "<w:tc><w:p><w:r><w:t>郑一</w:t></w:r></w:p></w:tc></w:tr>"
                      "</w:tbl><w:p/></w:body></w:document>")
        << QStringLiteral("phone: the form has no field 联系电话");
    QTest::newRow("bad xml") << QStringLiteral("broken.docx")
                             << QByteArray("xml:<w:document xmlns:w=\"x\"><w:body><w:tbl>")
                             << QStringLiteral("file: the document cannot be read");
}

void tst_FormsDocument::malformedForms()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = m_tmp.filePath(name);
    if (content.startsWith("xml:")) {
        FormData properties;
        properties.year = 2024;
        QCOMPARE(DocxFormWriter::writePackage(path, content.mid(4), properties), QString());
    } else {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    // Imported together with a good form: nothing at all is saved.
    const QString good = m_tmp.filePath(QStringLiteral("good-%1.docx").arg(name));
    UnitRecord fresh = qingheRecord(m_campaignId);
    fresh.unit.name = QStringLiteral("知行网络安全协会");
    QCOMPARE(FormFile::write(good, newUnitForm(fresh)), QString());
    const QString before = TestSupport::snapshot(*m_db);
    FormImporter::Options options;
    options.campaignId = m_campaignId;
    const FormImporter::Result r = FormImporter(*m_db).run({good, path}, options);
    QCOMPARE(r.entries.size(), 2);
    QCOMPARE(r.entries[0].status, FormImporter::Status::New);
    QCOMPARE(r.entries[1].status, FormImporter::Status::Problem);
    const QString messages = formatProblems(r.errors);
    QVERIFY2(messages.startsWith(path + QStringLiteral(": ") + expected), qPrintable(messages));
    QVERIFY(r.acceptedUnitIds.isEmpty());
    QVERIFY(!r.changed);
    QCOMPARE(TestSupport::snapshot(*m_db), before);
}

void tst_FormsDocument::targetsReadAsTheImportsReadThem_data()
{
    QTest::addColumn<QString>("text"); // in the form's sample-target field
    QTest::addColumn<qint64>("target"); // read; -1: refused
    QTest::addColumn<QString>("message"); // why, as the units and targets imports say it
    QTest::newRow("grouped") << QStringLiteral("5,000") << qint64(5000) << QString();
    QTest::newRow("full-width comma") << QStringLiteral("5，000") << qint64(5000) << QString();
    QTest::newRow("measure word") << QStringLiteral("5 000份") << qint64(5000) << QString();
    QTest::newRow("full-width digits") << QStringLiteral("５０００") << qint64(5000) << QString();
    // Refused by the form before (its own parser), as every importer reads it now.
    QTest::newRow("zero fraction") << QStringLiteral("5000.0") << qint64(5000) << QString();
    QTest::newRow("the form's limit")
        << QStringLiteral("100000000") << qint64(100000000) << QString();
    QTest::newRow("over the form's limit")
        << QStringLiteral("200000000") << qint64(-1)
        << QStringLiteral("'200000000' is too large: the sample target cannot be more than "
                          "100000000");
    QTest::newRow("words") << QStringLiteral("很多") << qint64(-1)
                           << QStringLiteral("'很多' is not a sample target: write a whole number "
                                             "such as 5000");
    QTest::newRow("negative") << QStringLiteral("-5") << qint64(-1)
                              << QStringLiteral("'-5' is not a sample target: write a whole "
                                                "number such as 5000");
}

// A returned form's sample target is read by the imports' one parser (ImportCells), so a text
// means the same in a form, a units file and a targets file (tests/data/units, targets).
void tst_FormsDocument::targetsReadAsTheImportsReadThem()
{
    QFETCH(QString, text);
    QFETCH(qint64, target);
    QFETCH(QString, message);
    UnitRecord fresh = qingheRecord(m_campaignId);
    fresh.unit.name = QStringLiteral("知远网络安全协会");
    FormData form = newUnitForm(fresh);
    form.fields.insert(QStringLiteral("target"), text);
    const QString path = m_tmp.filePath(QStringLiteral("target.docx"));
    QCOMPARE(FormFile::write(path, form), QString());
    const FormImporter::Entry e = FormImporter(*m_db).read(path, m_campaignId);
    if (target >= 0) {
        QVERIFY2(e.problems.isEmpty(), qPrintable(formatProblems(e.problems)));
        QCOMPARE(e.record.participation.sampleTarget, target);
        return;
    }
    QCOMPARE(e.status, FormImporter::Status::Problem);
    QCOMPARE(e.problems.size(), 1);
    QCOMPARE(e.problems.first().field, QStringLiteral("target"));
    QCOMPARE(e.problems.first().message, message);
}

void tst_FormsDocument::reviewDialogMarksDifferences()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/secretariat_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    const FormImporter::Entry e = FormImporter(*m_db).read(wpsForm(m_qingheId), m_campaignId);
    QVERIFY(e.stored.has_value());
    const QString before = TestSupport::snapshot(*m_db);
    {
        UnitFormDialog dialog(*m_db, m_campaignId, m_undo, {});
        dialog.setReview(e.record, *e.stored);
        dialog.resize(960, 780);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *phone = dialog.findChild<QLineEdit *>(QStringLiteral("phoneEdit"));
        QCOMPARE(phone->text(), QStringLiteral("0755-86001234"));
        QVERIFY(phone->property("reviewChanged").toBool());
        QCOMPARE(phone->toolTip(), QStringLiteral("已存：13800138000"));
        auto *email = dialog.findChild<QLineEdit *>(QStringLiteral("emailEdit"));
        QVERIFY(!email->property("reviewChanged").toBool());
        QVERIFY(dialog.findChild<QComboBox *>(QStringLiteral("sortCombo"))
                    ->property("reviewChanged")
                    .toBool());
        QVERIFY(dialog.reviewMarks().contains(QStringLiteral("experts[2]")));
        auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("subTabs"));
        QVERIFY(tabs->tabToolTip(2).contains(QStringLiteral("防诈骗宣传台历")));
        QVERIFY(dialog.isModified());
        const QString shots = qEnvironmentVariable("FORMS_SCREENSHOTS");
        if (!shots.isEmpty()) {
            dialog.grab().save(QDir(shots).filePath(QStringLiteral("form-review.png")));
            tabs->setCurrentIndex(3);
            dialog.grab().save(QDir(shots).filePath(QStringLiteral("form-review-experts.png")));
        }
        QCOMPARE(TestSupport::snapshot(*m_db), before); // nothing saved while reviewing
        QVERIFY2(dialog.saveQuietly(), qPrintable(dialog.lastError()));
    }
    QCoreApplication::removeTranslator(&translator);
    const UnitRecord saved = *UnitRepository(*m_db).load(m_qingheId, m_campaignId);
    QCOMPARE(saved.unit.phone, QStringLiteral("0755-86001234"));
    QCOMPARE(saved.form.experts.size(), 2);
    // Put the unit back as the other tests expect it.
    UnitRecord back = qingheRecord(m_campaignId);
    back.unit.id = saved.unit.id;
    back.unit.rowVersion = saved.unit.rowVersion;
    back.participation.id = saved.participation.id;
    back.participation.rowVersion = saved.participation.rowVersion;
    QVERIFY(UnitRepository(*m_db).save(back).isEmpty());
}

void tst_FormsDocument::returnedFormsFolder()
{
    const QDir dir(m_tmp.filePath(QStringLiteral("returned")));
    QVERIFY(dir.mkpath(QStringLiteral(".")));
    QVERIFY(QFile::copy(wpsForm(m_qingheId), dir.filePath(QStringLiteral("a-qinghe.docx"))));
    UnitRecord fresh = qingheRecord(m_campaignId);
    fresh.unit.name = QStringLiteral("恒信网络安全协会");
    fresh.unit.phone = QStringLiteral("13800138077");
    fresh.unit.email = QStringLiteral("hengxin@example.org");
    QCOMPARE(FormFile::write(dir.filePath(QStringLiteral("b-hengxin.xlsx")), newUnitForm(fresh)),
             QString());
    QFile junk(dir.filePath(QStringLiteral("c-junk.docx")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a document");
    junk.close();
    QFile lock(dir.filePath(QStringLiteral("~$qinghe.docx"))); // Word's lock file: not a form
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.close();

    const QString before = TestSupport::snapshot(*m_db);
    ReturnedFormsDialog dialog(*m_db, m_campaignId, m_undo, {});
    QList<qint64> accepted;
    connect(&dialog, &ReturnedFormsDialog::formsAccepted, this,
            [&](const QList<qint64> &ids) { accepted << ids; });
    dialog.readFolder(dir.path());
    QCOMPARE(dialog.count(), 3);
    QCOMPARE(dialog.entry(0).status, FormImporter::Status::Changed);
    QCOMPARE(dialog.entry(1).status, FormImporter::Status::New);
    QCOMPARE(dialog.entry(2).status, FormImporter::Status::Problem);
    QVERIFY2(dialog.detailText(2).startsWith(QStringLiteral("c-junk.docx: file: ")),
             qPrintable(dialog.detailText(2)));
    QCOMPARE(TestSupport::snapshot(*m_db), before);
    dialog.setAsideRow(0);
    QCOMPARE(dialog.stateText(0), QStringLiteral("Set aside"));
    QString error;
    QVERIFY2(dialog.acceptRow(1, &error), qPrintable(error));
    QCOMPARE(dialog.stateText(1), QStringLiteral("Accepted"));
    QVERIFY(!dialog.acceptRow(2, &error));
    const qint64 id
        = UnitRepository(*m_db).idByName(QStringLiteral("恒信网络安全协会")).value_or(0);
    QVERIFY(id != 0);
    QCOMPARE(accepted, QList<qint64> {id});
    QCOMPARE(UnitRepository(*m_db).load(m_qingheId, m_campaignId)->unit.phone,
             QStringLiteral("13800138000")); // set aside: unchanged
    // The list as a Chinese clerk sees it.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/secretariat_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    {
        ReturnedFormsDialog zh(*m_db, m_campaignId, m_undo, {});
        zh.readFolder(dir.path());
        QCOMPARE(zh.stateText(1), QStringLiteral("与已存相同"));
        QCOMPARE(zh.stateText(0), QStringLiteral("有修改"));
        zh.show();
        QVERIFY(QTest::qWaitForWindowExposed(&zh));
        const QString shots = qEnvironmentVariable("FORMS_SCREENSHOTS");
        if (!shots.isEmpty())
            zh.grab().save(QDir(shots).filePath(QStringLiteral("returned-forms.png")));
    }
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(UnitRepository(*m_db).removeRegistration(id, m_campaignId).isEmpty());
}

void tst_FormsDocument::cliBlankAndImport()
{
    const QString location = TestSupport::newDatabaseLocation(QStringLiteral("cli"));
    auto r = runCli({QStringLiteral("--db"), location, QStringLiteral("demo"),
                     QStringLiteral("--year"), QStringLiteral("2024")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString out = m_tmp.filePath(QStringLiteral("cli-out"));
    r = runCli({QStringLiteral("--db"), location, QStringLiteral("forms"), QStringLiteral("blank"),
                QStringLiteral("--campaign"), QStringLiteral("2024"), QStringLiteral("--out"),
                out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString blank = QDir(out).filePath(QStringLiteral("信息表-2024-空白.docx"));
    QVERIFY(QFile::exists(blank));
    r = runCli({QStringLiteral("--db"), location, QStringLiteral("forms"), QStringLiteral("blank"),
                QStringLiteral("--out"), out, QStringLiteral("--unit"), QStringLiteral("1,2"),
                QStringLiteral("--unit"), QStringLiteral("3"), QStringLiteral("--format"),
                QStringLiteral("xlsx")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    for (const QString &line : lines)
        QVERIFY2(line.endsWith(QLatin1String(".xlsx")) && QFile::exists(line), qPrintable(line));
    r = runCli({QStringLiteral("--db"), location, QStringLiteral("forms"), QStringLiteral("blank"),
                QStringLiteral("--out"), out, QStringLiteral("--unit"), QStringLiteral("99999")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("no unit 99999")));

    // Unit 1 edited as a unit would (through the form's own data), and a new unit.
    std::unique_ptr<Database> db = TestSupport::openMigrated(location);
    const qint64 campaignId = CampaignRepository(*db).byYear(2024)->id;
    UnitRecord one = *UnitRepository(*db).load(1, campaignId);
    FormData edited = FormFile::fromRecord(one, 2024, QString());
    edited.fields.insert(QStringLiteral("email"), QStringLiteral("new-address@example.org"));
    const QString editedPath = m_tmp.filePath(QStringLiteral("cli-edited.docx"));
    QCOMPARE(FormFile::write(editedPath, edited), QString());
    UnitRecord fresh = qingheRecord(campaignId);
    const QString newPath = m_tmp.filePath(QStringLiteral("cli-new.xlsx"));
    QCOMPARE(FormFile::write(newPath, newUnitForm(fresh)), QString());
    const QString before = TestSupport::snapshot(*db);

    r = runCli({QStringLiteral("--db"), location, QStringLiteral("forms"), QStringLiteral("import"),
                editedPath, newPath, QStringLiteral("--dry-run")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(editedPath
                            + QStringLiteral(": changes to '%1' (1): email").arg(one.unit.name)),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(newPath + QStringLiteral(": new unit '青禾网络安全协会'")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(
        QStringLiteral("dry run: 2 form(s), 1 new, 1 updated, 0 unchanged; nothing changed")));
    QCOMPARE(TestSupport::snapshot(*db), before);

    // A bad form among them: refused as FILE: field: message, nothing written.
    const QString bad = m_tmp.filePath(QStringLiteral("cli-bad.docx"));
    FormData wrong = edited;
    wrong.fields.insert(QStringLiteral("phone"), QStringLiteral("12345"));
    QCOMPARE(FormFile::write(bad, wrong), QString());
    r = runCli({QStringLiteral("--db"), location, QStringLiteral("forms"), QStringLiteral("import"),
                newPath, bad});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(bad + QStringLiteral(": phone: '12345' is not a phone number")),
             qPrintable(r.err));
    QCOMPARE(TestSupport::snapshot(*db), before);

    r = runCli({QStringLiteral("--db"), location, QStringLiteral("forms"), QStringLiteral("import"),
                editedPath, newPath});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(
        r.out.contains(QStringLiteral("campaign 2024: 2 form(s), 1 new, 1 updated, 0 unchanged")));
    QCOMPARE(UnitRepository(*db).load(1, campaignId)->unit.email,
             QStringLiteral("new-address@example.org"));
    const qint64 newId
        = UnitRepository(*db).idByName(QStringLiteral("青禾网络安全协会")).value_or(0);
    QVERIFY(newId != 0);
    QCOMPARE(UnitRepository(*db).load(newId, campaignId)->form.experts.size(), 1);
    // The same forms again: nothing left to change.
    r = runCli({QStringLiteral("--db"), location, QStringLiteral("forms"), QStringLiteral("import"),
                editedPath, newPath});
    QVERIFY2(r.out.contains(QStringLiteral("0 new, 0 updated, 2 unchanged")), qPrintable(r.out));
}

QTEST_MAIN(tst_FormsDocument)
#include "tst_forms_document.moc"
