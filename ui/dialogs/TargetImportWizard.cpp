#include "dialogs/TargetImportWizard.h"
#include "dialogs/ImportFilePage.h"
#include "dialogs/ImportProblemList.h"

#include "db/Database.h"
#include "db/DatabaseFiles.h"
#include "dialogs/BackgroundJob.h"
#include "io/TableReader.h"
#include "imports/TargetImporter.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizardPage>

TargetImportWizard::TargetImportWizard(Database &db, qint64 campaignId, QWidget *parent)
    : QWizard(parent)
    , m_db(db)
    , m_campaignId(campaignId)
    , m_summary(new QLabel(this))
    , m_problems(new ImportProblemList(this))
{
    setObjectName(QStringLiteral("targetImportWizard"));
    setWindowTitle(tr("Import targets"));
    setWizardStyle(QWizard::ClassicStyle);
    resize(760, 520);

    auto *filePage
        = new ImportFilePage(tr("Choose the file"),
                             tr("A CSV file or an Excel workbook (.xlsx) with the columns unit (a "
                                "unit's name or id) and target. Every row is checked first: with "
                                "any problem nothing changes."),
                             tr("Import targets"), this);
    m_file = filePage;
    connect(filePage, &ImportFilePage::browsed, this, &TargetImportWizard::describeFile);
    connect(filePage->pathEdit(), &QLineEdit::editingFinished, this,
            &TargetImportWizard::describeFile);
    setPage(FilePage, filePage);

    auto *resultPage = new QWizardPage(this);
    resultPage->setTitle(tr("Result"));
    auto *resultLayout = new QVBoxLayout(resultPage);
    m_summary->setWordWrap(true);
    resultLayout->addWidget(m_summary);
    resultLayout->addWidget(m_problems, 1);
    resultPage->setFinalPage(true);
    setPage(ResultPage, resultPage);
    setButtonText(QWizard::NextButton, tr("Import"));
}

void TargetImportWizard::setFile(const QString &path)
{
    m_file->setPath(path);
    describeFile();
}

QString TargetImportWizard::file() const
{
    return m_file->path();
}

// The file's first row, so the user sees which columns the import will look for.
void TargetImportWizard::describeFile()
{
    if (file().isEmpty()) {
        m_file->setInfo(QString());
        return;
    }
    if (const QString refusal = DatabaseFiles::refusal(file()); !refusal.isEmpty()) {
        m_file->setInfo(refusal);
        return;
    }
    QString error;
    std::unique_ptr<TableReader> reader = TableReader::open(file(), {}, &error);
    QStringList header;
    if (reader && !reader->readRow(header))
        error = reader->errorString();
    m_file->setInfo(reader && error.isEmpty()
                        ? tr("Columns: %1").arg(header.join(QStringLiteral(" · ")))
                        : error);
}

bool TargetImportWizard::validateCurrentPage()
{
    if (currentId() == FilePage && file().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose the file to import."));
        return false;
    }
    return true;
}

void TargetImportWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == ResultPage) {
        m_outcome = importInBackground(this, m_db, m_campaignId, file());
        showOutcome();
    }
}

void TargetImportWizard::showOutcome()
{
    m_problems->clear();
    for (const Problem &p : std::as_const(m_outcome.problems))
        m_problems->addProblem(p);
    m_problems->setVisible(!m_outcome.problems.isEmpty());
    m_summary->setText(m_outcome.problems.isEmpty()
                           ? tr("%n target(s) changed.", nullptr, m_outcome.changed)
                           : tr("The file was not imported; nothing was changed. Fix these rows "
                                "and import it again:"));
}

TargetImportWizard::Outcome TargetImportWizard::importInBackground(QWidget *parent, Database &db,
                                                                   qint64 campaignId,
                                                                   const QString &path)
{
    Outcome outcome;
    const Database *source = &db;
    BackgroundJob::run(
        parent, tr("Importing %1…").arg(path),
        [&](const BackgroundJob::Progress &, const std::atomic_bool &) {
            // The worker's own connection: one belongs to the thread that opened it.
            const std::unique_ptr<Database> clone = source->clone();
            if (!clone) {
                outcome.problems.append(
                    {path, 0, QString(),
                     tr("cannot open a second connection to %1").arg(source->displayLocation())});
                return;
            }
            outcome = importFile(*clone, campaignId, path);
        });
    return outcome;
}

// The one call into the core's target importer; a refused file changed nothing, so its rows
// count as problems only.
TargetImportWizard::Outcome TargetImportWizard::importFile(Database &db, qint64 campaignId,
                                                           const QString &path)
{
    Outcome outcome;
    const ImportReport report = TargetImporter(db).importFile(campaignId, path);
    outcome.rows = int(report.read);
    outcome.changed = int(report.updated);
    outcome.problems = report.changedData() ? Problems() : report.problems;
    return outcome;
}
