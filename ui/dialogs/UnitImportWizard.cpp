#include "dialogs/UnitImportWizard.h"
#include "dialogs/ImportFilePage.h"
#include "dialogs/ImportProblemList.h"

#include "db/Database.h"
#include "dialogs/BackgroundJob.h"
#include "undo/UnitBatchCommand.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWizardPage>

namespace {
enum PageId { FilePage, MappingPage, CheckPage };
}

UnitImportWizard::UnitImportWizard(Database &db, qint64 campaignId, QUndoStack &undoStack,
                                   DatabaseCommand::ErrorHandler onUndoError, QWidget *parent)
    : QWizard(parent)
    , m_db(db)
    , m_campaignId(campaignId)
    , m_preview(new QTableWidget(this))
    , m_problems(new ImportProblemList(this))
    , m_summary(new QLabel(this))
    , m_skipInvalid(new QCheckBox(
          tr("Import the good rows and write the rejected ones, with reasons, beside the file"),
          this))
    , m_undoStack(&undoStack)
    , m_onUndoError(std::move(onUndoError))
{
    setWindowTitle(tr("Import units"));
    setWizardStyle(QWizard::ClassicStyle);
    resize(900, 640);

    auto *filePage = new ImportFilePage(
        tr("Choose the file"),
        tr("A CSV file (UTF-8 or GB18030, as Excel saves it) or an Excel workbook (.xlsx). "
           "The first row names the columns."),
        tr("Import units"), this);
    m_file = filePage;
    connect(filePage, &ImportFilePage::browsed, this, &UnitImportWizard::loadPreview);
    setPage(FilePage, filePage);

    auto *mappingPage = new QWizardPage(this);
    mappingPage->setTitle(tr("Match the columns"));
    mappingPage->setSubTitle(
        tr("Which column of the file holds each field. Name, kind and region are required."));
    auto *mappingLayout = new QHBoxLayout(mappingPage);
    auto *form = new QFormLayout;
    for (int f = 0; f < UnitImporter::FieldCount; ++f) {
        auto *combo = new QComboBox(mappingPage);
        combo->setMinimumContentsLength(14);
        m_columnCombos.append(combo);
        form->addRow(UnitImporter::fieldLabel(f) + QLatin1Char(':'), combo);
    }
    mappingLayout->addLayout(form);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAlternatingRowColors(true);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);
    mappingLayout->addWidget(m_preview, 1);
    setPage(MappingPage, mappingPage);

    auto *checkPage = new QWizardPage(this);
    checkPage->setTitle(tr("Check and import"));
    checkPage->setSubTitle(
        tr("Every problem is listed by line. With problems nothing is imported unless you "
           "choose to skip the rows concerned."));
    auto *checkLayout = new QVBoxLayout(checkPage);
    checkLayout->addWidget(m_summary);
    checkLayout->addWidget(m_problems, 1);
    checkLayout->addWidget(m_skipInvalid);
    setPage(CheckPage, checkPage);
    setButtonText(QWizard::FinishButton, tr("Import"));
}

void UnitImportWizard::setFile(const QString &path)
{
    m_file->setPath(path);
    loadPreview();
}

QString UnitImportWizard::file() const
{
    return m_file->path();
}

void UnitImportWizard::loadPreview()
{
    QList<QStringList> rows;
    QString error;
    QString encoding;
    m_header.clear();
    if (!UnitImporter::preview(file(), &m_header, &rows, 20, &error, &encoding)) {
        m_file->setInfo(error);
        return;
    }
    m_file->setInfo(tr("%1 columns; read as %2").arg(m_header.size()).arg(encoding));
    m_preview->clear();
    m_preview->setColumnCount(int(m_header.size()));
    m_preview->setRowCount(int(rows.size()));
    m_preview->setHorizontalHeaderLabels(m_header);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size() && c < m_header.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(rows[r][c]));
    }
    for (int f = 0; f < UnitImporter::FieldCount; ++f) {
        QComboBox *combo = m_columnCombos[f];
        combo->clear();
        combo->addItem(tr("(not in the file)"), -1);
        int guess = -1;
        for (int c = 0; c < m_header.size(); ++c) {
            combo->addItem(m_header[c], c);
            if (guess < 0 && UnitImporter::fieldForHeader(m_header[c]) == f)
                guess = c;
        }
        combo->setCurrentIndex(combo->findData(guess));
    }
}

QList<int> UnitImportWizard::mapping() const
{
    QList<int> columns;
    for (QComboBox *combo : m_columnCombos)
        columns << (combo->count() ? combo->currentData().toInt() : -1);
    return columns;
}

bool UnitImportWizard::validateCurrentPage()
{
    if (currentId() == FilePage) {
        if (m_header.isEmpty())
            loadPreview();
        if (m_header.isEmpty()) {
            QMessageBox::warning(this, windowTitle(),
                                 tr("The file cannot be read: %1").arg(m_file->info()));
            return false;
        }
    } else if (currentId() == MappingPage) {
        const QList<int> columns = mapping();
        for (int f : {UnitImporter::Name, UnitImporter::Kind, UnitImporter::Region}) {
            if (columns[f] < 0) {
                QMessageBox::warning(
                    this, windowTitle(),
                    tr("Choose the column that holds: %1").arg(UnitImporter::fieldLabel(f)));
                return false;
            }
        }
    } else if (currentId() == CheckPage) {
        if (!m_result.problems.isEmpty() && !m_skipInvalid->isChecked()) {
            QMessageBox::warning(
                this, windowTitle(),
                tr("The file has problems; correct them, or choose to skip the rows concerned."));
            return false;
        }
        m_result = importFile(m_skipInvalid->isChecked());
        if ((m_result.outcome == ImportReport::Outcome::Cancelled))
            return false;
        if (!m_result.changedData() && !m_result.problems.isEmpty()
            && !m_skipInvalid->isChecked()) {
            showCheckResult();
            return false;
        }
        QString text = tr("%1 new, %2 updated, %3 rejected.")
                           .arg(m_result.created)
                           .arg(m_result.updated)
                           .arg(m_result.rejected);
        if (!m_result.rejectsFile.isEmpty())
            text
                += QLatin1Char('\n') + tr("The rejected rows are in %1.").arg(m_result.rejectsFile);
        QMessageBox::information(this, windowTitle(), text);
    }
    return true;
}

void UnitImportWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == CheckPage) {
        m_result = runImporter(true, false);
        showCheckResult();
    }
}

void UnitImportWizard::showCheckResult()
{
    m_problems->clear();
    for (const Problem &p : m_result.problems)
        m_problems->addProblem(p);
    for (const Problem &p : m_result.warnings)
        m_problems->addProblem(p, true);
    m_summary->setText(
        m_result.problems.isEmpty()
            ? tr("%n row(s) read, no problems. Press Import to register them.", nullptr,
                 int(m_result.read))
            : tr("%1 row(s) read; %2 with problems.").arg(m_result.read).arg(m_result.rejected));
    m_skipInvalid->setVisible(!m_result.problems.isEmpty());
}

ImportReport UnitImportWizard::importFile(bool skipInvalid)
{
    ImportReport report;
    const auto write = [this, skipInvalid, &report](UnitBatchChange *change) {
        report = runImporter(false, skipInvalid, change);
        if (report.outcome == ImportReport::Outcome::Imported)
            return Problems();
        return report.problems.isEmpty() ? Problems {{file(), 0, QString(), tr("cancelled")}}
                                         : report.problems;
    };
    DatabaseCommand::push(m_undoStack,
                          new UnitBatchCommand(m_db,
                                               tr("import %1").arg(QFileInfo(file()).fileName()),
                                               write, m_onUndoError));
    return report;
}

ImportReport UnitImportWizard::runImporter(bool dryRun, bool skipInvalid, UnitBatchChange *change)
{
    UnitImporter::Options options;
    options.campaignId = m_campaignId;
    options.dryRun = dryRun;
    options.skipInvalid = skipInvalid;
    options.columns = mapping();
    options.change = change;
    const QString path = file();
    const QString location = m_db.location();
    Database *source = &m_db;

    ImportReport result;
    BackgroundJob::run(
        this, dryRun ? tr("Checking %1…").arg(path) : tr("Importing %1…").arg(path),
        [&, source](const BackgroundJob::Progress &progress, const std::atomic_bool &cancel) {
            const std::unique_ptr<Database> db = source->clone();
            if (!db) {
                result.problems.append({path, 0, QString(),
                                        tr("cannot open a second connection to %1").arg(location)});
                return;
            }
            result = UnitImporter(*db).run(path, options, progress, &cancel);
        });
    return result;
}
