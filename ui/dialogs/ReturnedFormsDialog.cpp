#include "dialogs/ReturnedFormsDialog.h"

#include "dialogs/FileDialog.h"
#include "dialogs/UnitFormDialog.h"

#include "checklist/ChecklistRepository.h"
#include "undo/ChecklistCommands.h"
#include "undo/UnitBatchCommand.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

ReturnedFormsDialog::ReturnedFormsDialog(Database &db, qint64 campaignId, QUndoStack &undoStack,
                                         DatabaseCommand::ErrorHandler onUndoError, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_campaignId(campaignId)
    , m_folderLabel(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_openButton(new QPushButton(tr("&Open for review…"), this))
    , m_acceptButton(new QPushButton(tr("&Accept as read"), this))
    , m_asideButton(new QPushButton(tr("&Set aside"), this))
    , m_undoStack(&undoStack)
    , m_onUndoError(std::move(onUndoError))
{
    setWindowTitle(tr("Returned information forms"));
    resize(980, 560);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *choose = new QPushButton(tr("Read a &folder…"), this);
    top->addWidget(choose);
    top->addWidget(m_folderLabel, 1);
    layout->addLayout(top);
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("File"), tr("Result"), tr("Unit"), tr("Details")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 220);
    m_list->setColumnWidth(1, 120);
    m_list->setColumnWidth(2, 200);
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    buttons->addButton(m_openButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_acceptButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_asideButton, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    m_openButton->setToolTip(tr("Open the form in the information form dialog, every field that "
                                "differs from the stored unit marked; save there"));
    m_acceptButton->setToolTip(tr("Save what the form says without opening it"));
    m_asideButton->setToolTip(tr("Leave this form out; nothing is saved"));
    connect(choose, &QPushButton::clicked, this, &ReturnedFormsDialog::chooseFolder);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_openButton, &QPushButton::clicked, this, [this] { openRow(currentRow()); });
    connect(m_acceptButton, &QPushButton::clicked, this, [this] { acceptRow(currentRow()); });
    connect(m_asideButton, &QPushButton::clicked, this, [this] { setAsideRow(currentRow()); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ReturnedFormsDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] { openRow(currentRow()); });
    m_folderLabel->setText(
        tr("Choose the folder the returned forms (.docx, .xlsx) were saved to."));
    updateButtons();
}

void ReturnedFormsDialog::chooseFolder()
{
    const QString folder = FileDialog::existingDirectory(this, tr("Folder of returned forms"));
    if (!folder.isEmpty())
        readFolder(folder);
}

void ReturnedFormsDialog::readFolder(const QString &folder)
{
    const QStringList files = FormImporter::formFiles(folder);
    m_folderLabel->setText(
        tr("%1: %n form(s)", nullptr, int(files.size())).arg(QDir::toNativeSeparators(folder)));
    readFiles(files);
}

void ReturnedFormsDialog::readFiles(const QStringList &paths)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_entries = FormImporter(m_db).readAll(paths, m_campaignId);
    QApplication::restoreOverrideCursor();
    m_done = QList<Done>(m_entries.size(), Done::No);
    m_list->clear();
    for (int i = 0; i < m_entries.size(); ++i) {
        new QTreeWidgetItem(m_list);
        refreshRow(i);
    }
    if (!m_entries.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

QString ReturnedFormsDialog::stateText(int row) const
{
    if (m_done.value(row) == Done::Accepted)
        return tr("Accepted");
    if (m_done.value(row) == Done::SetAside)
        return tr("Set aside");
    switch (m_entries.at(row).status) {
    case FormImporter::Status::New:
        return tr("New unit");
    case FormImporter::Status::Changed:
        return tr("Changes");
    case FormImporter::Status::Unchanged:
        return tr("Same as stored");
    case FormImporter::Status::Problem:
        break;
    }
    return tr("Problem");
}

QString ReturnedFormsDialog::detailText(int row) const
{
    const FormImporter::Entry &e = m_entries.at(row);
    QStringList lines;
    const QString file = QFileInfo(e.file).fileName();
    for (const Problem &p : e.problems)
        lines << Problem {file, 0, p.field, p.message}.toString();
    if (e.status == FormImporter::Status::Changed) {
        QStringList labels;
        for (const FormImporter::FieldChange &c : e.changes)
            labels << c.label;
        lines << (labels.isEmpty() ? tr("joins this campaign")
                                   : tr("changed: %1").arg(labels.join(tr(", "))));
    }
    for (const Problem &p : e.warnings)
        lines << tr("note: %1").arg(p.message);
    return lines.join(QLatin1Char('\n'));
}

void ReturnedFormsDialog::refreshRow(int row)
{
    QTreeWidgetItem *item = m_list->topLevelItem(row);
    const FormImporter::Entry &e = m_entries.at(row);
    item->setText(0, QFileInfo(e.file).fileName());
    item->setToolTip(0, QDir::toNativeSeparators(e.file));
    item->setText(1, stateText(row));
    item->setText(2, e.record.unit.name);
    item->setText(3, detailText(row));
    item->setToolTip(3, detailText(row));
    const QColor colour = m_done.value(row) != Done::No ? QColor(0x70, 0x70, 0x70)
        : e.status == FormImporter::Status::Problem     ? QColor(0xb0, 0x00, 0x20)
        : e.status == FormImporter::Status::New         ? QColor(0x00, 0x60, 0x20)
                                                        : QColor();
    for (int c = 0; c < 4; ++c)
        item->setForeground(c, colour.isValid() ? QBrush(colour) : QBrush());
}

int ReturnedFormsDialog::currentRow() const
{
    return m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
}

void ReturnedFormsDialog::updateButtons()
{
    const int row = currentRow();
    const bool open = row >= 0 && m_done.value(row) == Done::No;
    const bool usable = open && m_entries.at(row).status != FormImporter::Status::Problem;
    m_openButton->setEnabled(usable);
    m_acceptButton->setEnabled(usable);
    m_asideButton->setEnabled(open);
}

bool ReturnedFormsDialog::acceptRow(int row, QString *error)
{
    if (row < 0 || row >= m_entries.size() || m_done.value(row) != Done::No)
        return false;
    FormImporter::Result r;
    const auto write = [this, row, &r](UnitBatchChange *change) {
        FormImporter::Options options;
        options.campaignId = m_campaignId;
        options.change = change;
        r = FormImporter(m_db).apply({m_entries.at(row)}, options);
        return r.errors;
    };
    const DatabaseCommand::Outcome done = DatabaseCommand::push(
        m_undoStack,
        new UnitBatchCommand(
            m_db, tr("accept the returned form of %1").arg(m_entries.at(row).record.unit.name),
            write, m_onUndoError));
    if (!done.done()) {
        const QString message = formatProblems(done.problems);
        if (error)
            *error = message;
        else
            QMessageBox::warning(this, tr("Not accepted"),
                                 tr("Nothing was saved:\n%1").arg(message));
        return false;
    }
    m_done[row] = Done::Accepted;
    refreshRow(row);
    updateButtons();
    emit formsAccepted(r.acceptedUnitIds);
    return true;
}

void ReturnedFormsDialog::setAsideRow(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    m_done[row] = Done::SetAside;
    refreshRow(row);
    updateButtons();
}

int ReturnedFormsDialog::openRow(int row)
{
    if (row < 0 || row >= m_entries.size()
        || m_entries.at(row).status == FormImporter::Status::Problem)
        return QDialog::Rejected;
    const FormImporter::Entry &e = m_entries.at(row);
    UnitFormDialog dialog(m_db, m_campaignId, *m_undoStack, m_onUndoError, this);
    if (e.stored)
        dialog.setReview(e.record, *e.stored);
    else
        dialog.setRecord(e.record);
    const int result = dialog.exec();
    if (result == QDialog::Accepted && dialog.savedRecord().unit.id != 0) {
        m_done[row] = Done::Accepted;
        refreshRow(row);
        updateButtons();
        // Saved through the form, not the importer: the form came back all the same.
        const qint64 unitId = dialog.savedRecord().unit.id;
        tickReceived(unitId);
        emit formsAccepted({unitId});
    }
    return result;
}

void ReturnedFormsDialog::tickReceived(qint64 unitId)
{
    QList<ChecklistTick> before, after;
    Problems p = ChecklistRepository(m_db).plan(m_campaignId, {unitId}, ChecklistItem::FormReceived,
                                                true, QStringLiteral("form"), &before, &after);
    if (p.isEmpty() && before != after)
        p = DatabaseCommand::push(
                m_undoStack,
                new TickChecklistCommand(m_db, m_campaignId, before, after, m_onUndoError))
                .problems;
    if (!p.isEmpty())
        QMessageBox::warning(this, tr("Checklist not ticked"), formatProblems(p));
}
