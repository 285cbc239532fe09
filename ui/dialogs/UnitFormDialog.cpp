#include "dialogs/UnitFormDialog.h"

#include "EnterStaysInTable.h"
#include "ScreenFit.h"
#include "ui_UnitFormDialog.h"

#include "db/Database.h"
#include "db/Dialect.h"
#include "dialogs/LookupFailure.h"
#include "delegates/ChoiceDelegate.h"
#include "dialogs/ChecklistBox.h"
#include "dialogs/AuditLogDialog.h"
#include "dialogs/ConflictDialog.h"
#include "domain/NameKey.h"
#include "domain/Regions.h"
#include "forms/FormImporter.h"
#include "itemmodels/FormRowsModel.h"
#include "repo/DuplicateFinder.h"
#include "repo/UnitRepository.h"
#include "undo/ChecklistCommands.h"
#include "undo/MergeUnitsCommand.h"
#include "validation/UnitValidator.h"

#include <QCompleter>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QShortcut>
#include <QStyle>
#include <QUndoStack>

namespace {
// Asks for the whole height of its fields (QScrollArea asks for at most 24 lines), so the form
// shows every field when the screen has room and scrolls them only when it has not.
class FieldsScrollArea : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;
    QSize sizeHint() const override
    {
        QSize hint = QScrollArea::sizeHint();
        if (widget())
            hint.setHeight(widget()->sizeHint().height() + 2 * frameWidth());
        return hint;
    }
};
} // namespace

UnitFormDialog::UnitFormDialog(Database &db, qint64 campaignId, QUndoStack &undoStack,
                               DatabaseCommand::ErrorHandler onUndoError, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UnitFormDialog>())
    , m_db(db)
    , m_campaignId(campaignId)
    , m_initiating(new FormRowsModel(FormRowsModel::Table::RecommendedInitiating, this))
    , m_supporting(new FormRowsModel(FormRowsModel::Table::RecommendedSupporting, this))
    , m_gifts(new FormRowsModel(FormRowsModel::Table::GiftGoods, this))
    , m_experts(new FormRowsModel(FormRowsModel::Table::Experts, this))
    , m_undoStack(&undoStack)
    , m_onUndoError(std::move(onUndoError))
{
    m_ui->setupUi(this);
    m_ui->targetSpin->setMaximum(int(UnitValidator::kMaxSampleTarget)); // the imports' limit too
    m_checklist = new ChecklistBox(db, campaignId, this);
    // Its dozen lines scroll on a small screen rather than push the fields out of view.
    auto *checklistScroll = new QScrollArea(this);
    checklistScroll->setWidgetResizable(true);
    checklistScroll->setFrameShape(QFrame::NoFrame);
    checklistScroll->setWidget(m_checklist);
    m_ui->subTabs->addTab(checklistScroll, tr("Checklist"));
    putFieldsInScrollArea();
    ScreenFit::resize(this, size()); // designed at 900×720: less on a small screen
    setupButtons();
    setupErrorLabels();
    fillCombos();
    setupSubTables();
    setupParentCompleter();
    connectValidation();
    UnitRecord fresh;
    fresh.participation.campaignId = m_campaignId;
    fresh.participation.kind = UnitKind::InitiatingFirst;
    setRecord(fresh);
    m_ui->nameEdit->setFocus();
}

// Save (Ctrl+S too), Cancel and History, and the fields lined up on one left edge.
void UnitFormDialog::setupButtons()
{
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WindowShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &UnitFormDialog::accept);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setToolTip(tr("Save the whole form (Ctrl+S)"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    // Both sections line their fields up on the same left edge.
    int labelWidth = 0;
    for (QLabel *l : findChildren<QLabel *>()) {
        if (l->buddy())
            labelWidth = std::max(labelWidth, l->sizeHint().width());
    }
    m_ui->unitGrid->setColumnMinimumWidth(0, labelWidth);
    m_ui->contactGrid->setColumnMinimumWidth(0, labelWidth);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &UnitFormDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &UnitFormDialog::reject);
    m_historyButton = m_ui->buttonBox->addButton(tr("History…"), QDialogButtonBox::HelpRole);
    m_historyButton->setObjectName(QStringLiteral("historyButton"));
    m_historyButton->setToolTip(tr("Who changed this unit and when"));
    m_historyButton->setVisible(false);
    connect(m_historyButton, &QPushButton::clicked, this, &UnitFormDialog::showHistory);
}

void UnitFormDialog::setupErrorLabels()
{
    m_errorLabels = {{QStringLiteral("name"), m_ui->nameError},
                     {QStringLiteral("region"), m_ui->regionError},
                     {QStringLiteral("parent"), m_ui->parentError},
                     {QStringLiteral("target"), m_ui->targetError},
                     {QStringLiteral("contact"), m_ui->contactError},
                     {QStringLiteral("phone"), m_ui->phoneError},
                     {QStringLiteral("email"), m_ui->emailError}};
    for (QLabel *l : std::as_const(m_errorLabels)) {
        // A message that wrapped made its row taller, moving every field below it away from
        // the pointer: it stays on one line (cut off where it is long; the whole message is
        // the tooltip), and its length does not widen the form.
        l->setWordWrap(false);
        l->setMinimumWidth(180);
        l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }
    // The red frame of a field with a problem is a style sheet, which changes the field's
    // height by a pixel: fix the height so marking it moves nothing.
    for (QWidget *w :
         std::initializer_list<QWidget *> {m_ui->nameEdit, m_ui->regionCombo, m_ui->parentEdit,
                                           m_ui->contactEdit, m_ui->phoneEdit, m_ui->emailEdit})
        w->setFixedHeight(w->sizeHint().height());
}

// The recommended units, gifts and experts: each tab says how many rows it holds.
void UnitFormDialog::setupSubTables()
{
    setupSubTable(m_ui->initiatingView, m_initiating, m_ui->initiatingAddButton,
                  m_ui->initiatingRemoveButton);
    setupSubTable(m_ui->supportingView, m_supporting, m_ui->supportingAddButton,
                  m_ui->supportingRemoveButton);
    setupSubTable(m_ui->giftsView, m_gifts, m_ui->giftsAddButton, m_ui->giftsRemoveButton);
    setupSubTable(m_ui->expertsView, m_experts, m_ui->expertsAddButton, m_ui->expertsRemoveButton);
    // Never less than a sub-table with its row buttons needs: squeezed below that, the buttons
    // were drawn over the table.
    m_ui->subTabs->setMinimumHeight(m_ui->subTabs->minimumSizeHint().height());
    // Each tab says how many rows it holds.
    const QList<QPair<FormRowsModel *, QString>> tabs = {{m_initiating, m_ui->subTabs->tabText(0)},
                                                         {m_supporting, m_ui->subTabs->tabText(1)},
                                                         {m_gifts, m_ui->subTabs->tabText(2)},
                                                         {m_experts, m_ui->subTabs->tabText(3)}};
    for (int i = 0; i < tabs.size(); ++i) {
        FormRowsModel *model = tabs[i].first;
        const QString title = tabs[i].second;
        const auto update = [this, i, model, title] {
            m_ui->subTabs->setTabText(
                i, model->rowCount() ? tr("%1 (%2)").arg(title).arg(model->rowCount()) : title);
        };
        connect(model, &QAbstractItemModel::modelReset, this, update);
        connect(model, &QAbstractItemModel::rowsInserted, this, update);
        connect(model, &QAbstractItemModel::rowsRemoved, this, update);
    }
    connect(m_ui->initiatingRegisterButton, &QPushButton::clicked, this,
            [this] { registerRecommended(m_initiating, m_ui->initiatingView); });
    connect(m_ui->supportingRegisterButton, &QPushButton::clicked, this,
            [this] { registerRecommended(m_supporting, m_ui->supportingView); });
}

// Parent unit: a completer over every registered unit.
void UnitFormDialog::setupParentCompleter()
{
    QStringList names;
    QSqlError namesError;
    for (const auto &[id, name] : UnitRepository(m_db).names(&namesError)) {
        m_unitIdsByName.insert(name, id);
        m_unitNamesById.insert(id, name);
        names << name;
    }
    // A parent typed in full is still looked up by name (parentIdFromText), which reports a
    // failing database itself; only the completion is missing.
    if (namesError.isValid())
        m_ui->parentEdit->setToolTip(Dialect::describeError(namesError));
    auto *completer = new QCompleter(names, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_ui->parentEdit->setCompleter(completer);
}

// The fields are checked as they are typed; the warnings follow the kind, name and supporters.
void UnitFormDialog::connectValidation()
{
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->cityEdit, m_ui->parentEdit, m_ui->contactEdit,
                            m_ui->positionEdit, m_ui->phoneEdit, m_ui->emailEdit})
        connect(edit, &QLineEdit::textChanged, this, &UnitFormDialog::validateFields);
    connect(m_ui->regionCombo, &QComboBox::currentIndexChanged, this,
            &UnitFormDialog::validateFields);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this,
            &UnitFormDialog::updateWarnings);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &UnitFormDialog::updateWarnings);
    for (FormRowsModel *m : {m_supporting}) {
        connect(m, &QAbstractItemModel::dataChanged, this, &UnitFormDialog::updateWarnings);
        connect(m, &QAbstractItemModel::rowsInserted, this, &UnitFormDialog::updateWarnings);
        connect(m, &QAbstractItemModel::rowsRemoved, this, &UnitFormDialog::updateWarnings);
    }
}

UnitFormDialog::~UnitFormDialog() = default;

void UnitFormDialog::fillCombos()
{
    for (UnitKind k : DomainNames::unitKinds())
        m_ui->kindCombo->addItem(DomainNames::displayName(k), DomainNames::code(k));
    for (UnitSort s : DomainNames::unitSorts())
        m_ui->sortCombo->addItem(DomainNames::displayName(s), DomainNames::code(s));
    m_ui->regionCombo->addItem(tr("(choose)"), QString());
    for (const Region &r : Regions::all())
        m_ui->regionCombo->addItem(Regions::displayName(r.code), r.code);
    m_ui->regionCombo->setMaxVisibleItems(20);
}

void UnitFormDialog::setupSubTable(QTableView *view, FormRowsModel *model, QPushButton *add,
                                   QPushButton *remove)
{
    view->setModel(model);
    view->setItemDelegate(new ChoiceDelegate(FormRowsModel::ChoicesRole, view));
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
    // The fields above get their height first; the table takes what is left, three rows at
    // least (it scrolls).
    view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    view->setMinimumHeight(view->verticalHeader()->defaultSectionSize() * 4
                           + 2 * view->frameWidth());
    view->setTabKeyNavigation(true);
    EnterStaysInTable::install(view);
    for (int c = 0; c < model->columnCount(); ++c) {
        const auto type = model->columnType(c);
        const int width = type == FormRowsModel::ColumnType::Check ? 80
            : type == FormRowsModel::ColumnType::Count             ? 90
            : c == 0 && type == FormRowsModel::ColumnType::Text    ? 240
                                                                   : 130;
        view->setColumnWidth(c, width);
    }
    view->setMinimumHeight(150);
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    connect(add, &QPushButton::clicked, this, [view, model] {
        const int row = model->appendRow();
        const int column = model->columnType(0) == FormRowsModel::ColumnType::Field ? 1 : 0;
        view->setCurrentIndex(model->index(row, column));
        view->setFocus();
        view->edit(model->index(row, column));
    });
    connect(remove, &QPushButton::clicked, this, [view, model] {
        QList<int> rows;
        for (const QModelIndex &i : view->selectionModel()->selectedRows())
            rows << i.row();
        if (rows.isEmpty() && view->currentIndex().isValid())
            rows << view->currentIndex().row();
        std::sort(rows.begin(), rows.end(), std::greater<int>());
        for (int r : rows)
            model->removeRows(r, 1);
    });
}

bool UnitFormDialog::loadUnit(qint64 unitId, LookupError *why)
{
    const Lookup<UnitRecord> r = UnitRepository(m_db).load(unitId, m_campaignId);
    if (!r) {
        if (why)
            *why = r.error();
        return false;
    }
    setRecord(*r);
    return true;
}

void UnitFormDialog::showHistory()
{
    AuditLogDialog dialog(m_db, this);
    dialog.setUnit(m_original.unit.id, m_original.unit.name);
    dialog.exec();
}

void UnitFormDialog::setRecord(const UnitRecord &r)
{
    m_original = r;
    m_original.participation.campaignId = m_campaignId;
    m_checklist->load(r.unit.id);
    m_historyButton->setVisible(r.unit.id > 0);
    m_ui->nameEdit->setText(r.unit.name);
    m_ui->kindCombo->setCurrentIndex(
        std::max(0, m_ui->kindCombo->findData(DomainNames::code(r.participation.kind))));
    m_ui->sortCombo->setCurrentIndex(
        std::max(0, m_ui->sortCombo->findData(DomainNames::code(r.unit.sort))));
    m_ui->regionCombo->setCurrentIndex(std::max(0, m_ui->regionCombo->findData(r.unit.province)));
    m_ui->cityEdit->setText(r.unit.city);
    m_ui->parentEdit->setText(r.participation.parentUnitId
                                  ? m_unitNamesById.value(r.participation.parentUnitId)
                                  : QString());
    m_ui->targetSpin->setValue(int(r.participation.sampleTarget));
    m_ui->contactEdit->setText(r.unit.contact);
    m_ui->positionEdit->setText(r.unit.position);
    m_ui->phoneEdit->setText(r.unit.phone);
    m_ui->emailEdit->setText(r.unit.email);
    m_initiating->setForm(r.form);
    m_supporting->setForm(r.form);
    m_gifts->setForm(r.form);
    m_experts->setForm(r.form);
    setWindowTitle(r.unit.id ? tr("Information form — %1").arg(r.unit.name)
                             : tr("Register a unit"));
    validateFields();
    updateWarnings();
}

void UnitFormDialog::setReview(const UnitRecord &record, const UnitRecord &stored)
{
    setRecord(record);
    m_original = stored; // closing without saving throws the form's changes away: ask
    m_original.participation.campaignId = m_campaignId;
    const QList<FormImporter::FieldChange> changes = FormImporter(m_db).differences(stored, record);
    const QHash<QString, QWidget *> widgets = {{QStringLiteral("name"), m_ui->nameEdit},
                                               {QStringLiteral("region"), m_ui->regionCombo},
                                               {QStringLiteral("city"), m_ui->cityEdit},
                                               {QStringLiteral("kind"), m_ui->kindCombo},
                                               {QStringLiteral("sort"), m_ui->sortCombo},
                                               {QStringLiteral("parent"), m_ui->parentEdit},
                                               {QStringLiteral("target"), m_ui->targetSpin},
                                               {QStringLiteral("contact"), m_ui->contactEdit},
                                               {QStringLiteral("position"), m_ui->positionEdit},
                                               {QStringLiteral("phone"), m_ui->phoneEdit},
                                               {QStringLiteral("email"), m_ui->emailEdit}};
    const QList<QPair<QString, FormRowsModel *>> tables
        = {{QStringLiteral("initiating"), m_initiating},
           {QStringLiteral("supporting"), m_supporting},
           {QStringLiteral("gifts"), m_gifts},
           {QStringLiteral("experts"), m_experts}};
    QHash<QString, QHash<int, QString>> rowsByTable;
    QHash<QString, QStringList> tabTips;
    m_reviewMarks.clear();
    for (const FormImporter::FieldChange &c : changes) {
        m_reviewMarks << c.key;
        if (QWidget *w = widgets.value(c.key)) {
            w->setProperty("reviewChanged", true);
            w->setStyleSheet(QStringLiteral("background-color: #fff3b0;"));
            w->setToolTip(c.stored.isEmpty() ? tr("Stored: (empty)")
                                             : tr("Stored: %1").arg(c.stored));
            continue;
        }
        const QString table = c.key.section(QLatin1Char('['), 0, 0);
        const int row = c.key.section(QLatin1Char('['), 1).chopped(1).toInt() - 1;
        if (row < 0)
            continue;
        rowsByTable[table].insert(row, c.stored);
        tabTips[table] << (c.read.isEmpty() ? tr("row %1 removed: %2").arg(row + 1).arg(c.stored)
                               : c.stored.isEmpty()
                               ? tr("row %1 added: %2").arg(row + 1).arg(c.read)
                               : tr("row %1: %2 (stored: %3)").arg(row + 1).arg(c.read, c.stored));
    }
    for (int i = 0; i < tables.size(); ++i) {
        const QString key = tables[i].first;
        tables[i].second->setMarkedRows(rowsByTable.value(key));
        if (tabTips.contains(key)) {
            m_ui->subTabs->setTabIcon(i, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            m_ui->subTabs->setTabToolTip(i, tabTips.value(key).join(QLatin1Char('\n')));
        }
    }
    if (!m_reviewLabel) {
        m_reviewLabel = new QLabel(this);
        m_reviewLabel->setWordWrap(true);
        m_reviewLabel->setStyleSheet(
            QStringLiteral("background-color: #fff3b0; padding: 4px; border: 1px solid #e0c060;"));
        m_ui->mainLayout->insertWidget(0, m_reviewLabel);
    }
    m_reviewLabel->setText(
        changes.isEmpty()
            ? tr("The returned form says the same as the stored unit.")
            : tr("The returned form differs from the stored unit in %n field(s), marked in "
                 "yellow (the stored value shows when the pointer rests on one). Nothing is "
                 "saved until you save.",
                 nullptr, int(changes.size())));
    setWindowTitle(tr("Returned information form — %1").arg(record.unit.name));
}

qint64 UnitFormDialog::parentIdFromText(QString *problem) const
{
    const QString text = m_ui->parentEdit->text().trimmed();
    if (text.isEmpty())
        return 0;
    if (const auto it = m_unitIdsByName.constFind(text); it != m_unitIdsByName.constEnd())
        return *it;
    const Lookup<qint64> id = UnitRepository(m_db).idByName(text);
    if (!id && problem)
        *problem = id.error().isDatabase()
            ? id.error().message()
            : tr("no registered unit is called '%1'; pick one from the list").arg(text);
    return id.value_or(0);
}

UnitRecord UnitFormDialog::record() const
{
    UnitRecord r = m_original;
    r.unit.name = NameKey::cleaned(m_ui->nameEdit->text());
    r.unit.sort = DomainNames::unitSortFromText(m_ui->sortCombo->currentData().toString())
                      .value_or(UnitSort::Other);
    r.unit.province = m_ui->regionCombo->currentData().toString();
    r.unit.city = m_ui->cityEdit->text().trimmed();
    r.unit.contact = m_ui->contactEdit->text().trimmed();
    r.unit.position = m_ui->positionEdit->text().trimmed();
    r.unit.phone = UnitRepository::normalizedPhone(m_ui->phoneEdit->text());
    r.unit.email = m_ui->emailEdit->text().trimmed();
    r.participation.campaignId = m_campaignId;
    r.participation.kind = DomainNames::unitKindFromText(m_ui->kindCombo->currentData().toString())
                               .value_or(UnitKind::Supporting);
    r.participation.parentUnitId = parentIdFromText(nullptr);
    r.participation.sampleTarget = m_ui->targetSpin->value();
    m_initiating->writeTo(r.form);
    m_supporting->writeTo(r.form);
    m_gifts->writeTo(r.form);
    m_experts->writeTo(r.form);
    return r;
}

QString UnitFormDialog::fieldProblem(const QString &field) const
{
    const QLabel *l = m_errorLabels.value(field);
    return l ? l->text() : QString();
}

void UnitFormDialog::putFieldsInScrollArea()
{
    // On a 1280×720 screen the fields and the sub-tables do not all fit: the fields scroll, the
    // sub-tables keep their room and the buttons stay on the screen.
    auto *scroll = new FieldsScrollArea(this);
    scroll->setObjectName(QStringLiteral("fieldsScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *fields = new QWidget(scroll);
    auto *layout = new QVBoxLayout(fields);
    layout->setContentsMargins(0, 0, 0, 0);
    m_ui->mainLayout->removeWidget(m_ui->unitGroup);
    m_ui->mainLayout->removeWidget(m_ui->contactGroup);
    layout->addWidget(m_ui->unitGroup);
    layout->addWidget(m_ui->contactGroup);
    scroll->setWidget(fields);
    // As tall as the fields where there is room; less (scrolling) where there is not.
    scroll->setMinimumHeight(fontMetrics().height() * 8);
    scroll->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_ui->mainLayout->insertWidget(0, scroll);
    // The sub-tables (and the checklist tab) take the room the fields leave (their least
    // height is set once the tables are set up).
    m_ui->subTabs->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    m_ui->mainLayout->setStretchFactor(m_ui->subTabs, 1);
}

bool UnitFormDialog::isTouched() const
{
    return !m_ui->nameEdit->text().isEmpty() || m_original.unit.id != 0
        || property("saveTried").toBool();
}

void UnitFormDialog::validateFields()
{
    const auto show = [this](const QString &field, QWidget *widget, const QString &message) {
        QLabel *l = m_errorLabels.value(field);
        l->setText(message);
        l->setToolTip(message);
        widget->setStyleSheet(message.isEmpty() ? QString()
                                                : QStringLiteral("border: 1px solid #b00020;"));
        widget->setToolTip(message);
    };
    // Required fields are shown as missing only once something was typed or a save was tried,
    // so a fresh form is not covered in red.
    const bool touched = isTouched();
    const auto required = [touched](const QString &m) {
        return touched ? m : QString();
    };
    show(QStringLiteral("name"), m_ui->nameEdit,
         required(UnitValidator::checkName(m_ui->nameEdit->text())));
    show(QStringLiteral("region"), m_ui->regionCombo,
         required(UnitValidator::checkRegion(m_ui->regionCombo->currentData().toString())));
    QString parentProblem;
    const qint64 parentId = parentIdFromText(&parentProblem);
    if (parentId != 0 && parentId == m_original.unit.id)
        parentProblem = UnitValidator::tr("a unit cannot be its own parent");
    show(QStringLiteral("parent"), m_ui->parentEdit, parentProblem);
    show(QStringLiteral("contact"), m_ui->contactEdit,
         required(UnitValidator::checkContact(m_ui->contactEdit->text())));
    const QString phone = m_ui->phoneEdit->text();
    show(QStringLiteral("phone"), m_ui->phoneEdit,
         phone.trimmed().isEmpty() ? required(UnitValidator::checkPhone(phone))
                                   : UnitValidator::checkPhone(phone));
    show(QStringLiteral("email"), m_ui->emailEdit,
         UnitValidator::checkEmail(m_ui->emailEdit->text()));
}

void UnitFormDialog::updateWarnings()
{
    // Like the required fields: a blank new form is not yet missing its core partners.
    QStringList warnings = isTouched() ? UnitValidator::warnings(record()) : QStringList();
    const QString typedName = m_ui->nameEdit->text();
    if (NameKey::cleaned(typedName) != typedName.trimmed())
        warnings.prepend(tr("the name holds invisible characters (zero-width spaces or the like, "
                            "often pasted from web pages); they are removed when saving"));
    m_ui->warningLabel->setText(warnings.isEmpty() ? QString()
                                                   : tr("Note: %1").arg(warnings.join(tr("; "))));
}

bool UnitFormDialog::isModified() const
{
    UnitRecord now = record();
    UnitRecord before = m_original;
    // Compare what the clerk sees, not ids and versions.
    now.unit.rowVersion = before.unit.rowVersion;
    now.participation.rowVersion = before.participation.rowVersion;
    before.unit.phone = UnitRepository::normalizedPhone(before.unit.phone);
    before.unit.name = before.unit.name.trimmed();
    return !(now == before);
}

void UnitFormDialog::reject()
{
    if (isModified()
        && QMessageBox::question(
               this, tr("Discard changes?"),
               tr("The changes typed into this form have not been saved. Discard them?"),
               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Discard)
        return;
    QDialog::reject();
}

void UnitFormDialog::setEditable(bool editUnits, bool setTargets)
{
    m_editable = editUnits;
    m_checklist->setEditable(editUnits);
    for (QLineEdit *e : {m_ui->nameEdit, m_ui->cityEdit, m_ui->parentEdit, m_ui->contactEdit,
                         m_ui->positionEdit, m_ui->phoneEdit, m_ui->emailEdit})
        e->setReadOnly(!editUnits);
    for (QComboBox *c : {m_ui->kindCombo, m_ui->sortCombo, m_ui->regionCombo})
        c->setEnabled(editUnits);
    m_ui->targetSpin->setReadOnly(!(editUnits && setTargets));
    m_ui->targetSpin->setButtonSymbols(editUnits && setTargets ? QAbstractSpinBox::UpDownArrows
                                                               : QAbstractSpinBox::NoButtons);
    m_ui->targetSpin->setToolTip(
        editUnits && !setTargets ? tr("Sample targets are set by the managers") : QString());
    for (QTableView *v :
         {m_ui->initiatingView, m_ui->supportingView, m_ui->giftsView, m_ui->expertsView})
        v->setEditTriggers(editUnits ? QAbstractItemView::AllEditTriggers
                                     : QAbstractItemView::NoEditTriggers);
    for (QPushButton *b :
         {m_ui->initiatingAddButton, m_ui->initiatingRemoveButton, m_ui->initiatingRegisterButton,
          m_ui->supportingAddButton, m_ui->supportingRemoveButton, m_ui->supportingRegisterButton,
          m_ui->giftsAddButton, m_ui->giftsRemoveButton, m_ui->expertsAddButton,
          m_ui->expertsRemoveButton})
        b->setVisible(editUnits);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setVisible(editUnits);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setText(editUnits ? tr("Cancel") : tr("Close"));
    if (!editUnits) {
        m_ui->parentEdit->setPlaceholderText(QString()); // nothing to search for in a view
        setWindowTitle(tr("Information form — %1 (view only)").arg(m_original.unit.name));
    }
}

void UnitFormDialog::accept()
{
    if (!m_editable) { // Ctrl+S in a view
        QDialog::reject();
        return;
    }
    if (save(m_duplicateAnswer == DuplicateAnswer::Ask))
        QDialog::accept();
}

bool UnitFormDialog::saveQuietly()
{
    if (m_duplicateAnswer == DuplicateAnswer::Ask)
        m_duplicateAnswer = DuplicateAnswer::SaveAnyway;
    return save(false);
}

// Checks the form, looks for duplicates (asking what to do about one unless answered before),
// stores the unit and its checklist, and merges it into a duplicate when asked to.
bool UnitFormDialog::save(bool ask)
{
    setProperty("saveTried", true);
    validateFields();
    updateWarnings();
    UnitRecord r = record();
    if (!checkRecord(r, ask))
        return false;
    QList<DuplicateMatch> duplicates;
    if (!findDuplicates(r, ask, &duplicates))
        return false;
    DuplicateAnswer answer = m_duplicateAnswer;
    const qint64 otherId = duplicates.isEmpty() ? 0 : duplicates.first().unitId;
    if (!duplicates.isEmpty()) {
        if (answer == DuplicateAnswer::Ask)
            answer = askAboutDuplicates(duplicates);
        if (answer == DuplicateAnswer::Cancel)
            return false;
        if (answer == DuplicateAnswer::OpenOther) {
            emit openUnitRequested(otherId);
            QDialog::reject();
            return false;
        }
    }

    if (!store(r, ask))
        return false;
    if (m_checklist->isChanged())
        storeChecklist(r.unit.id, ask);
    if (!duplicates.isEmpty() && answer == DuplicateAnswer::Merge)
        mergeInto(otherId, duplicates.first().name, r, ask);
    return true;
}

bool UnitFormDialog::checkRecord(const UnitRecord &r, bool ask)
{
    Problems problems = UnitValidator::validate(r);
    QString parentProblem;
    parentIdFromText(&parentProblem);
    if (!parentProblem.isEmpty())
        problems.append({{}, 0, QStringLiteral("parent"), parentProblem});
    if (problems.isEmpty())
        return true;
    QStringList lines;
    for (const Problem &p : problems)
        lines << QStringLiteral("• ") + p.message;
    m_lastError = lines.join(QLatin1Char('\n'));
    focusField(problems.first().field);
    if (ask)
        QMessageBox::warning(this, tr("The form is not complete"),
                             tr("Nothing was saved. Please correct:\n%1").arg(m_lastError));
    return false;
}

void UnitFormDialog::focusField(const QString &field)
{
    QWidget *focus = field == QLatin1String("name") ? static_cast<QWidget *>(m_ui->nameEdit)
        : field == QLatin1String("region")          ? static_cast<QWidget *>(m_ui->regionCombo)
        : field == QLatin1String("parent")          ? static_cast<QWidget *>(m_ui->parentEdit)
        : field == QLatin1String("contact")         ? static_cast<QWidget *>(m_ui->contactEdit)
        : field == QLatin1String("phone")           ? static_cast<QWidget *>(m_ui->phoneEdit)
        : field == QLatin1String("email")           ? static_cast<QWidget *>(m_ui->emailEdit)
                                                    : nullptr;
    if (field.startsWith(QLatin1String("initiating")))
        m_ui->subTabs->setCurrentIndex(0);
    else if (field.startsWith(QLatin1String("supporting")))
        m_ui->subTabs->setCurrentIndex(1);
    else if (field.startsWith(QLatin1String("gifts")))
        m_ui->subTabs->setCurrentIndex(2);
    else if (field.startsWith(QLatin1String("experts")))
        m_ui->subTabs->setCurrentIndex(3);
    if (focus)
        focus->setFocus();
}

bool UnitFormDialog::findDuplicates(const UnitRecord &r, bool ask,
                                    QList<DuplicateMatch> *duplicates)
{
    // Asked for a new unit, or when what identifies it (name, phone, e-mail) changed: a clerk
    // who already chose "save anyway" is not asked again on every later edit.
    const bool identityChanged = m_original.unit.id == 0
        || NameKey::of(r.unit.name) != NameKey::of(m_original.unit.name)
        || r.unit.phone != UnitRepository::normalizedPhone(m_original.unit.phone)
        || r.unit.email.compare(m_original.unit.email, Qt::CaseInsensitive) != 0;
    if (!identityChanged)
        return true;
    QSqlError duplicatesError;
    *duplicates = DuplicateFinder(m_db).find(r.unit, &duplicatesError);
    // Not saved as "no duplicate" when nobody could look.
    if (duplicatesError.isValid()) {
        m_lastError = Dialect::describeError(duplicatesError);
        if (ask)
            LookupFailure::warn(this, tr("Possible duplicate"), duplicatesError);
        return false;
    }
    return true;
}

UnitFormDialog::DuplicateAnswer
UnitFormDialog::askAboutDuplicates(const QList<DuplicateMatch> &duplicates)
{
    QStringList lines;
    for (const DuplicateMatch &d : duplicates)
        lines << tr("• %1 (%2)").arg(d.name.toHtmlEscaped(), d.reasonText());
    QMessageBox box(
        QMessageBox::Warning, tr("Possible duplicate"),
        tr("This unit may already be registered:<br>%1").arg(lines.join(QStringLiteral("<br>"))),
        QMessageBox::NoButton, this);
    box.setTextFormat(Qt::RichText);
    QPushButton *open = box.addButton(tr("Open the other"), QMessageBox::ActionRole);
    QPushButton *merge
        = box.addButton(tr("Save and merge into the other"), QMessageBox::ActionRole);
    QPushButton *anyway = box.addButton(tr("Save anyway"), QMessageBox::AcceptRole);
    // Enter (the default) must not save a duplicate: it cancels, as Escape does.
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == open  ? DuplicateAnswer::OpenOther
        : box.clickedButton() == merge  ? DuplicateAnswer::Merge
        : box.clickedButton() == anyway ? DuplicateAnswer::SaveAnyway
                                        : DuplicateAnswer::Cancel;
}

bool UnitFormDialog::store(UnitRecord &r, bool ask)
{
    UnitRecord before = m_original;
    Problems problems;
    SaveUnitCommand *command = nullptr;
    // Someone else may have saved this unit since the form was opened: say who and what, and
    // let the clerk take their version or write over it (asked only when ask is true).
    const ConflictDialog::Outcome outcome = ConflictDialog::saveOrAsk(
        this, r.unit.name,
        [&](const ConflictError &overwriting, ConflictError *conflict) {
            if (overwriting.isValid()) {
                // Save what is typed over what is stored now; undo then restores theirs.
                const Lookup<UnitRecord> stored
                    = UnitRepository(m_db).load(r.unit.id, m_campaignId);
                if (!stored) {
                    problems = {{{},
                                 0,
                                 QString(),
                                 stored.error().isDatabase() ? stored.error().message()
                                                             : tr("the unit no longer exists")}};
                    return false;
                }
                before = *stored;
                r.unit.rowVersion = stored->unit.rowVersion;
                r.participation.id = stored->participation.id;
                r.participation.rowVersion = stored->participation.rowVersion;
            }
            command = new SaveUnitCommand(m_db, before, r, m_onUndoError);
            const DatabaseCommand::Outcome done = DatabaseCommand::push(m_undoStack, command);
            problems = done.problems;
            if (ask && conflict)
                *conflict = done.conflict;
            return done.done();
        },
        [&] { loadUnit(r.unit.id); });
    if (outcome != ConflictDialog::Outcome::Saved) {
        m_lastError = formatProblems(problems);
        // A conflict the clerk has just answered needs no second message.
        if (ask && outcome == ConflictDialog::Outcome::Failed)
            QMessageBox::critical(this, tr("Not saved"),
                                  tr("Nothing was saved: %1").arg(m_lastError));
        return false;
    }
    r = command->saved(); // on the stack: kept while the form is open
    m_saved = r;
    m_original = r;
    emit saved(before, r);
    return true;
}

void UnitFormDialog::storeChecklist(qint64 unitId, bool ask)
{
    QList<ChecklistTick> from, to;
    m_checklist->changes(unitId, &from, &to);
    const DatabaseCommand::Outcome done = DatabaseCommand::push(
        m_undoStack, new TickChecklistCommand(m_db, m_campaignId, from, to, m_onUndoError));
    if (done.done()) {
        m_checklist->load(unitId);
        emit checklistSaved(from, to);
    } else if (ask) {
        QMessageBox::warning(
            this, tr("Checklist not saved"),
            tr("The form was saved, but not the checklist: %1").arg(formatProblems(done.problems)));
    }
}

bool UnitFormDialog::mergeInto(qint64 otherId, const QString &otherName, const UnitRecord &r,
                               bool ask)
{
    const DatabaseCommand::Outcome done = DatabaseCommand::push(
        m_undoStack,
        new MergeUnitsCommand(m_db, otherId, r.unit.id, otherName, r.unit.name, m_onUndoError));
    if (!done.done()) {
        m_lastError = formatProblems(done.problems);
        if (ask)
            QMessageBox::critical(
                this, tr("Not merged"),
                tr("The form was saved but could not be merged: %1").arg(m_lastError));
        return false;
    }
    emit merged(otherId, r.unit.id);
    return true;
}

void UnitFormDialog::registerRecommended(FormRowsModel *model, QTableView *view)
{
    const QModelIndex current = view->currentIndex();
    if (!current.isValid()) {
        QMessageBox::information(this, tr("Register as unit"),
                                 tr("Select the row of the unit to register first."));
        return;
    }
    const int row = current.row();
    const RecommendedUnit rec = model->recommendedAt(row);
    if (rec.registeredUnitId != 0) {
        QMessageBox::information(this, tr("Register as unit"),
                                 tr("%1 is already registered.").arg(rec.name));
        return;
    }
    // The new unit's parent is this unit, so this one must be stored first.
    if (m_original.unit.id == 0 && !save(m_duplicateAnswer == DuplicateAnswer::Ask))
        return;
    UnitRecord fresh;
    fresh.unit.name = rec.name;
    fresh.unit.contact = rec.contact;
    fresh.unit.phone = rec.phone;
    fresh.unit.position = rec.position;
    fresh.unit.sort = rec.sort;
    fresh.unit.province = m_ui->regionCombo->currentData().toString();
    fresh.unit.city = m_ui->cityEdit->text().trimmed();
    fresh.participation.campaignId = m_campaignId;
    fresh.participation.kind = rec.role == RecommendedUnit::Role::Initiating
        ? UnitKind::InitiatingSecond
        : UnitKind::Supporting;
    fresh.participation.parentUnitId = m_original.unit.id;
    m_unitNamesById.insert(m_original.unit.id, m_original.unit.name);
    m_unitIdsByName.insert(m_original.unit.name, m_original.unit.id);

    UnitFormDialog child(m_db, m_campaignId, *m_undoStack, m_onUndoError, this);
    child.setDuplicateAnswer(m_duplicateAnswer);
    child.setRecord(fresh);
    connect(&child, &UnitFormDialog::saved, this, &UnitFormDialog::saved);
    connect(&child, &UnitFormDialog::openUnitRequested, this, &UnitFormDialog::openUnitRequested);
    if (child.exec() != QDialog::Accepted || child.savedRecord().unit.id == 0)
        return;
    model->setRegisteredUnit(row, child.savedRecord().unit.id);
    // Keep the link: the row now refers to the registered unit.
    if (m_original.unit.id != 0)
        save(false);
}
