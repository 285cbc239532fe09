#include "dialogs/TallyImportWizard.h"

#include "db/Dialect.h"
#include "imports/ColumnMapping.h"

#include "dialogs/TallyFileList.h"
#include "imports/MappingMemory.h"
#include "imports/formats/TallyFormats.h"
#include "repo/QuestionnaireRepository.h"
#include "session/Workspace.h"
#include "dialogs/BackgroundJob.h"
#include "dialogs/FileDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

using Kind = ColumnMapping::Kind;

// A wizard page whose Next button follows a condition.
class CheckedPage : public QWizardPage
{
public:
    std::function<bool()> complete;
    std::function<void()> initialize;
    bool isComplete() const override { return complete ? complete() : true; }
    void initializePage() override
    {
        if (initialize)
            initialize();
    }
    void changed() { emit completeChanged(); }
};

QString columnName(int column)
{
    QString name;
    int c = column + 1;
    while (c > 0) {
        name.prepend(QChar(u'A' + (c - 1) % 26));
        c = (c - 1) / 26;
    }
    return name;
}

QString delimiterText(QChar d)
{
    if (d.isNull())
        return TallyImportWizard::tr("none (workbook)");
    if (d == QLatin1Char(','))
        return TallyImportWizard::tr("comma");
    if (d == QLatin1Char('\t'))
        return TallyImportWizard::tr("tab");
    if (d == QLatin1Char(';'))
        return TallyImportWizard::tr("semicolon");
    return QStringLiteral("'%1'").arg(d);
}

} // namespace

TallyImportWizard::TallyImportWizard(Workspace *workspace, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Import sample tallies"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilesPage, createFilesPage());
    setPage(MappingPage, createMappingPage());
    setPage(RunPage, createRunPage());
    setPage(SummaryPage, createSummaryPage());
    setButtonText(QWizard::CommitButton, tr("Import"));
    resize(900, 640);
}

TallyImportWizard::~TallyImportWizard()
{
    // Now, while the members the worker writes still exist: the job cancels and waits.
    delete m_job.data();
}

void TallyImportWizard::reject()
{
    if (m_job) {
        // Cancel the running import first: it rolls back and nothing changes.
        m_runLabel->setText(tr("Cancelling…"));
        m_job->cancel();
        m_job->wait();
    }
    QWizard::reject();
}

void TallyImportWizard::addFiles(const QStringList &paths)
{
    m_fileList->addFiles(paths);
}

QWizardPage *TallyImportWizard::createFilesPage()
{
    auto *page = new CheckedPage;
    page->setTitle(tr("Choose tally files"));
    page->setSubTitle(
        tr("Daily-count or per-response files exported by the survey platform, as CSV "
           "or Excel .xlsx. Several files can be imported at once; drop them on the "
           "list or use Add files."));
    auto *layout = new QVBoxLayout(page);
    m_fileList = new TallyFileList(page);
    layout->addWidget(m_fileList, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add files…"), page);
    auto *remove = new QPushButton(tr("Remove"), page);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    auto *form = new QFormLayout;
    m_encodingBox = new QComboBox(page);
    m_encodingBox->addItem(tr("Detect automatically"), int(TableReader::Encoding::Auto));
    m_encodingBox->addItem(QStringLiteral("UTF-8"), int(TableReader::Encoding::Utf8));
    m_encodingBox->addItem(tr("GB18030 (Excel on Chinese Windows)"),
                           int(TableReader::Encoding::Gb18030));
    form->addRow(tr("Text encoding of CSV files:"), m_encodingBox);
    m_kindBox = new QComboBox(page);
    m_kindBox->addItem(tr("Detect from the headers"), int(Kind::Unknown));
    m_kindBox->addItem(ColumnMapping::kindLabel(Kind::Daily), int(Kind::Daily));
    m_kindBox->addItem(ColumnMapping::kindLabel(Kind::Responses), int(Kind::Responses));
    form->addRow(tr("Kind of file:"), m_kindBox);
    m_skipInvalid
        = new QCheckBox(tr("Import the good rows of a file with malformed rows (the others are "
                           "listed at the end)"),
                        page);
    form->addRow(QString(), m_skipInvalid);
    layout->addLayout(form);
    if (const auto c = m_workspace->campaign())
        layout->addWidget(new QLabel(tr("Into campaign %1 (window %2 – %3).")
                                         .arg(c->year)
                                         .arg(c->startDate.toString(QStringLiteral("yyyy-MM-dd")),
                                              c->endDate.toString(QStringLiteral("yyyy-MM-dd"))),
                                     page));

    page->complete = [this] {
        return m_fileList->count() > 0 && m_workspace->campaignId() > 0;
    };
    connect(m_fileList, &TallyFileList::filesChanged, page, &CheckedPage::changed);
    connect(add, &QPushButton::clicked, this, [this] {
        const QStringList paths = FileDialog::openFileNames(
            this, tr("Choose tally files"), QString(),
            tr("Tally files (*.csv *.txt *.tsv *.xlsx);;All files (*)"));
        m_fileList->addFiles(paths);
    });
    connect(remove, &QPushButton::clicked, this, [this, page] {
        qDeleteAll(m_fileList->selectedItems());
        page->changed();
    });
    return page;
}

TableReader::Options TallyImportWizard::readerOptions() const
{
    TableReader::Options options;
    options.encoding = TableReader::Encoding(m_encodingBox->currentData().toInt());
    return options;
}

QWizardPage *TallyImportWizard::createMappingPage()
{
    auto *page = new CheckedPage;
    page->setTitle(tr("Check the columns"));
    page->setSubTitle(tr("What was detected in each file, and which column holds which field. "
                         "Change a column where the detection is wrong."));
    page->setCommitPage(true);
    auto *layout = new QVBoxLayout(page);
    auto *top = new QFormLayout;
    m_fileBox = new QComboBox(page);
    top->addRow(tr("File:"), m_fileBox);
    m_detected = new QLabel(page);
    top->addRow(tr("Detected:"), m_detected);
    m_fileKindBox = new QComboBox(page);
    for (const TallyFormat *format : TallyFormats::all())
        m_fileKindBox->addItem(format->label(), format->key());
    top->addRow(tr("Read as:"), m_fileKindBox);
    layout->addLayout(top);
    m_fieldPanel = new QWidget(page);
    m_fieldGrid = new QGridLayout(m_fieldPanel);
    m_fieldGrid->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fieldPanel);
    m_warnings = new QLabel(page);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);
    layout->addWidget(m_warnings);
    layout->addWidget(new QLabel(tr("First rows:"), page));
    m_preview = new QTableWidget(page);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_preview, 1);

    page->initialize = [this] {
        loadPreviews();
    };
    page->complete = [this] {
        return allMapped();
    };
    connect(m_fileBox, &QComboBox::currentIndexChanged, this, [this](int i) { showFile(i); });
    connect(m_fileKindBox, &QComboBox::currentIndexChanged, this, [this, page] {
        if (m_updating || m_current < 0)
            return;
        FileState &f = m_files[m_current];
        chooseFormat(f, TallyFormats::byKey(m_fileKindBox->currentData().toString()));
        showFile(m_current);
        page->changed();
    });
    return page;
}

void TallyImportWizard::loadPreviews()
{
    m_files.clear();
    const Kind kind = Kind(m_kindBox->currentData().toInt());
    for (const QString &path : m_fileList->files()) {
        FileState f;
        f.path = path;
        f.preview = TallyImporter::preview(path, readerOptions(), kind);
        f.mapping = f.preview.mapping;
        f.kindChoice = f.mapping.kind();
        if (f.preview.format)
            chooseFormat(f, f.preview.format);
        m_files.append(f);
    }
    m_updating = true;
    m_fileBox->clear();
    for (const FileState &f : std::as_const(m_files))
        m_fileBox->addItem(QFileInfo(f.path).fileName());
    m_updating = false;
    m_current = -1;
    showFile(0);
}

void TallyImportWizard::showFile(int index)
{
    if (m_updating || index < 0 || index >= m_files.size())
        return;
    m_current = index;
    const FileState &f = m_files.at(index);
    m_detected->setText(detectedText(f));
    m_updating = true;
    m_fileKindBox->setCurrentIndex(f.format ? m_fileKindBox->findData(f.format->key()) : -1);
    m_updating = false;

    m_preview->clear();
    m_preview->setColumnCount(int(f.preview.header.size()));
    m_preview->setRowCount(int(f.preview.rows.size()));
    QStringList headers;
    for (int c = 0; c < f.preview.header.size(); ++c)
        headers << QStringLiteral("%1: %2").arg(columnName(c), f.preview.header.at(c));
    m_preview->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < f.preview.rows.size(); ++r) {
        const QStringList &row = f.preview.rows.at(r);
        for (int c = 0; c < row.size() && c < f.preview.header.size(); ++c)
            m_preview->setItem(
                r, c,
                new QTableWidgetItem(QString(row.at(c)).replace(QLatin1Char('\n'), QChar(0x21B5))));
    }
    rebuildFieldEditors();
    updateWarnings();
}

void TallyImportWizard::rebuildFieldEditors()
{
    while (QLayoutItem *item = m_fieldGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_fieldBoxes.clear();
    if (m_current < 0)
        return;
    const FileState &f = m_files.at(m_current);
    if (!f.format)
        return;
    const QList<ColumnMapping::Field> required = f.format->requiredFields();
    const QList<ColumnMapping::Field> fields = required + f.format->optionalFields();
    int i = 0;
    for (ColumnMapping::Field field : fields) {
        const bool isRequired = required.contains(field);
        auto *label
            = new QLabel(isRequired ? tr("%1 (required):").arg(ColumnMapping::fieldLabel(field))
                                    : tr("%1 (optional):").arg(ColumnMapping::fieldLabel(field)),
                         m_fieldPanel);
        auto *box = new QComboBox(m_fieldPanel);
        box->addItem(tr("— not in the file —"), -1);
        for (int c = 0; c < f.preview.header.size(); ++c)
            box->addItem(QStringLiteral("%1: %2").arg(columnName(c), f.preview.header.at(c)), c);
        box->setCurrentIndex(box->findData(f.mapping.column(field)));
        m_fieldGrid->addWidget(label, i / 2, (i % 2) * 2);
        m_fieldGrid->addWidget(box, i / 2, (i % 2) * 2 + 1);
        label->show();
        box->show();
        m_fieldBoxes.append({field, box});
        connect(box, &QComboBox::currentIndexChanged, this, [this, field, box] {
            if (m_updating || m_current < 0)
                return;
            m_files[m_current].mapping.setColumn(field, box->currentData().toInt());
            // Another field may have lost its column.
            m_updating = true;
            for (const auto &[otherField, otherBox] : std::as_const(m_fieldBoxes))
                otherBox->setCurrentIndex(
                    otherBox->findData(m_files[m_current].mapping.column(otherField)));
            m_updating = false;
            updateWarnings();
            if (auto *p = dynamic_cast<CheckedPage *>(page(MappingPage)))
                p->changed();
        });
        ++i;
    }
}

void TallyImportWizard::updateWarnings()
{
    if (m_current < 0)
        return;
    const FileState &f = m_files.at(m_current);
    QStringList lines;
    if (!f.preview.error.isEmpty())
        lines << QStringLiteral("<span style='color:#b00020'>%1</span>")
                     .arg(tr("This file cannot be read: %1").arg(f.preview.error).toHtmlEscaped());
    if (!f.format)
        lines << QStringLiteral("<span style='color:#b00020'>%1</span>")
                     .arg(tr("Choose whose export this is, or whether it is a daily-count or a "
                             "responses file.")
                              .toHtmlEscaped());
    QStringList missing;
    for (ColumnMapping::Field field : missingFields(f))
        missing << ColumnMapping::fieldLabel(field);
    if (!missing.isEmpty())
        lines << QStringLiteral("<span style='color:#b00020'>%1</span>")
                     .arg(tr("Missing required columns: %1")
                              .arg(missing.join(tr(", ")))
                              .toHtmlEscaped());
    QStringList ignored;
    const QList<int> ignoredList = ignoredColumns(f);
    for (int c : ignoredList) {
        if (c < f.preview.header.size())
            ignored << QStringLiteral("%1: %2").arg(columnName(c), f.preview.header.at(c));
    }
    if (!ignored.isEmpty())
        lines << QStringLiteral("<span style='color:#8a6d00'>%1</span>")
                     .arg(tr("These columns will be ignored: %1")
                              .arg(ignored.join(tr(", ")))
                              .toHtmlEscaped());
    for (int c = 0; c < m_preview->columnCount(); ++c) {
        const bool isIgnored = ignoredList.contains(c);
        if (auto *h = m_preview->horizontalHeaderItem(c))
            h->setForeground(isIgnored ? QColor(Qt::gray) : palette().color(QPalette::Text));
    }
    if (lines.isEmpty())
        lines << tr("All required columns found.");
    m_warnings->setText(lines.join(QStringLiteral("<br>")));
}

// Reads the file as format: its columns by name, then those the user chose last time.
void TallyImportWizard::chooseFormat(FileState &f, const TallyFormat *format)
{
    f.format = format;
    if (!format)
        return;
    QStringList parameters;
    QSqlError error;
    f.questionnaireNames.clear();
    for (const Questionnaire &q :
         QuestionnaireRepository(m_workspace->database()).list(m_workspace->campaignId(), &error)) {
        parameters << q.linkParameter;
        if (q.platform == format->key())
            f.questionnaireNames << q.name;
    }
    f.questionnaireError = error.isValid() ? Dialect::describeError(error) : QString();
    f.mapping = format->map(f.preview.header, parameters);
    MappingMemory::recall(*format, f.preview.header, f.mapping);
    f.kindChoice = format->kind();
}

// Encoding, delimiter, platform, the questionnaires on it and the column the links are in.
QString TallyImportWizard::detectedText(const FileState &f) const
{
    if (!f.preview.error.isEmpty())
        return tr("cannot read this file: %1").arg(f.preview.error);
    if (!f.questionnaireError.isEmpty())
        return tr("the campaign's questionnaires could not be read: %1").arg(f.questionnaireError);
    QString what = tr("format not recognised from the headers");
    if (f.format) {
        const QStringList &names = f.questionnaireNames;
        const int link = f.mapping.column(ColumnMapping::Link);
        what = tr("%1 · questionnaire: %2 · links in column %3")
                   .arg(f.format->label(), names.isEmpty() ? tr("any") : names.join(tr(", ")),
                        link >= 0 ? QStringLiteral("%1: %2").arg(columnName(link),
                                                                 f.preview.header.value(link))
                                  : tr("none"));
    }
    return tr("encoding %1 · delimiter %2 · %3")
        .arg(f.preview.encoding, delimiterText(f.preview.delimiter), what);
}

QList<ColumnMapping::Field> TallyImportWizard::missingFields(const FileState &f)
{
    return f.format ? f.format->missingFields(f.mapping) : f.mapping.missingFields();
}

QList<int> TallyImportWizard::ignoredColumns(const FileState &f)
{
    if (!f.format)
        return f.mapping.ignoredColumns();
    QList<int> ignored;
    const QList<ColumnMapping::Field> used
        = f.format->requiredFields() + f.format->optionalFields();
    for (int col = 0; col < f.preview.header.size(); ++col) {
        if (std::none_of(used.cbegin(), used.cend(),
                         [&](ColumnMapping::Field u) { return f.mapping.column(u) == col; }))
            ignored.append(col);
    }
    return ignored;
}

bool TallyImportWizard::allMapped() const
{
    if (m_files.isEmpty())
        return false;
    for (const FileState &f : m_files) {
        if (!f.preview.error.isEmpty() || !f.questionnaireError.isEmpty() || !f.format
            || !missingFields(f).isEmpty())
            return false;
    }
    return true;
}

QWizardPage *TallyImportWizard::createRunPage()
{
    auto *page = new CheckedPage;
    page->setTitle(tr("Importing"));
    page->setSubTitle(tr("Each file is imported in one transaction: a cancelled or rejected file "
                         "changes nothing. A copy of the database is taken first."));
    auto *layout = new QVBoxLayout(page);
    m_runLabel = new QLabel(page);
    layout->addWidget(m_runLabel);
    m_progress = new QProgressBar(page);
    m_progress->setRange(0, 1000);
    layout->addWidget(m_progress);
    m_cancelButton = new QPushButton(tr("Cancel import"), page);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_cancelButton);
    layout->addLayout(row);
    layout->addStretch();
    page->complete = [this] {
        return m_done;
    };
    page->initialize = [this] {
        startImport();
    };
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        m_cancelButton->setEnabled(false);
        m_runLabel->setText(tr("Cancelling…"));
    });
    return page;
}

void TallyImportWizard::startImport()
{
    if (m_job)
        return;
    m_done = false;
    m_progress->setValue(0);
    m_reports.clear();
    m_cancelButton->setEnabled(true);
    button(QWizard::BackButton)->setEnabled(false);

    struct Job
    {
        QString path;
        TallyImporter::Options options;
    };
    QList<Job> jobs;
    for (const FileState &f : std::as_const(m_files)) {
        Job job;
        job.path = f.path;
        job.options.reader = readerOptions();
        job.options.mapping = f.mapping;
        job.options.format = f.format->key();
        MappingMemory::remember(*f.format, f.preview.header, f.mapping);
        job.options.skipInvalid = m_skipInvalid->isChecked();
        job.options.waiting = [this] {
            m_waiting = true;
        };
        jobs.append(job);
    }
    const qint64 campaignId = m_workspace->campaignId();
    const Database *source = &m_workspace->database();
    const auto work = [this, jobs, campaignId, source](const BackgroundJob::Progress &progress,
                                                       const std::atomic_bool &cancel) {
        QList<ImportReport> reports;
        // The worker's own connection: a connection belongs to the thread that opened it.
        std::unique_ptr<Database> db = source->clone();
        for (int i = 0; i < jobs.size(); ++i) {
            m_fileIndex = i;
            if (!db || cancel) {
                ImportReport r;
                r.file = jobs.at(i).path;
                r.outcome = db ? ImportReport::Outcome::Cancelled : ImportReport::Outcome::Failed;
                r.message = db ? tr("not started; nothing changed")
                               : tr("cannot open the database in the import thread");
                reports.append(r);
                continue;
            }
            TallyImporter importer(*db, campaignId);
            const int n = int(jobs.size());
            reports.append(importer.importFile(jobs.at(i).path, jobs.at(i).options, &cancel,
                                               [this, i, n, &progress](double p) {
                                                   m_waiting = false;
                                                   progress((i + p) / n);
                                               }));
            m_waiting = false;
        }
        m_reports = reports; // read by the GUI thread only after the job finished
    };
    m_job = BackgroundJob::start(this, work);
    connect(m_job, &BackgroundJob::progressed, m_progress,
            [this](double fraction) { m_progress->setValue(int(fraction * 1000)); });
    connect(m_job, &BackgroundJob::finished, this, &TallyImportWizard::importFinished);
    if (!m_pollTimer) {
        m_pollTimer = new QTimer(this);
        connect(m_pollTimer, &QTimer::timeout, this, [this] {
            const int i = m_fileIndex;
            if (m_job && !m_job->isCancelled() && i < m_files.size()) {
                const QString file = tr("File %1 of %2: %3")
                                         .arg(i + 1)
                                         .arg(m_files.size())
                                         .arg(QFileInfo(m_files.at(i).path).fileName());
                m_runLabel->setText(
                    m_waiting ? tr("%1 — waiting for another desk's import to finish").arg(file)
                              : file);
            }
        });
    }
    m_pollTimer->start(100);
}

void TallyImportWizard::importFinished()
{
    m_job = nullptr; // deletes itself
    m_pollTimer->stop();
    m_progress->setValue(1000);
    m_done = true;
    if (auto *p = dynamic_cast<CheckedPage *>(page(RunPage)))
        p->changed();
    m_runLabel->setText(tr("Finished."));
    m_cancelButton->setEnabled(false);
    if (currentId() == RunPage)
        next();
}

QWizardPage *TallyImportWizard::createSummaryPage()
{
    auto *page = new CheckedPage;
    page->setTitle(tr("Summary"));
    page->setFinalPage(true);
    auto *layout = new QVBoxLayout(page);
    m_resultTable = new QTableWidget(page);
    m_resultTable->setColumnCount(7);
    m_resultTable->setHorizontalHeaderLabels({tr("File"), tr("Result"), tr("Rows read"),
                                              tr("Accepted"), tr("Duplicate"), tr("Rejected"),
                                              tr("Unknown link")});
    m_resultTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_resultTable->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_resultTable, 1);
    m_totals = new QLabel(page);
    layout->addWidget(m_totals);
    layout->addWidget(new QLabel(tr("Problems (FILE:LINE: field: message):"), page));
    m_errors = new QPlainTextEdit(page);
    m_errors->setReadOnly(true);
    m_errors->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_errors, 2);
    auto *exportButton = new QPushButton(tr("Save error list…"), page);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(exportButton);
    layout->addLayout(row);
    page->initialize = [this] {
        showSummary();
    };
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::saveFileName(
            this, tr("Save error list"), tr("import-errors.txt"), tr("Text files (*.txt)"));
        if (!path.isEmpty() && !exportErrorList(path))
            QMessageBox::warning(this, tr("Save error list"), tr("Cannot write %1.").arg(path));
    });
    return page;
}

void TallyImportWizard::showSummary()
{
    m_resultTable->setRowCount(int(m_reports.size()));
    ImportReport total;
    for (int r = 0; r < m_reports.size(); ++r) {
        const ImportReport &rep = m_reports.at(r);
        total.addCounts(rep);
        const auto set = [&](int c, const QString &text, bool number = false) {
            auto *item = new QTableWidgetItem(text);
            if (number)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_resultTable->setItem(r, c, item);
        };
        set(0, QFileInfo(rep.file).fileName());
        auto *result = new QTableWidgetItem(ImportReport::outcomeLabel(rep.outcome));
        result->setToolTip(rep.message);
        if (!rep.changedData() && rep.outcome != ImportReport::Outcome::AlreadyImported)
            result->setForeground(QColor(0xb0, 0x00, 0x20));
        m_resultTable->setItem(r, 1, result);
        set(2, QLocale().toString(rep.read), true);
        set(3, QLocale().toString(rep.accepted), true);
        set(4, QLocale().toString(rep.duplicate), true);
        set(5, QLocale().toString(rep.rejected), true);
        set(6, QLocale().toString(rep.unknownLink), true);
    }
    m_totals->setText(tr("Total: read %1, accepted %2, duplicate %3, rejected %4, unknown link %5.")
                          .arg(QLocale().toString(total.read), QLocale().toString(total.accepted),
                               QLocale().toString(total.duplicate),
                               QLocale().toString(total.rejected),
                               QLocale().toString(total.unknownLink)));
    const QString text = errorListText();
    m_errors->setPlainText(text.isEmpty() ? tr("No problems.") : text);
}

// The problems only: a file imported cleanly is in the table above, not here. Fields are named
// as people call them (提交时间), not by their keys (submitted_at).
QString TallyImportWizard::errorListText() const
{
    QStringList parts;
    for (ImportReport r : m_reports) {
        const QString tokens = r.unknownTokenText();
        const bool clean = (r.outcome == ImportReport::Outcome::Imported
                            || r.outcome == ImportReport::Outcome::AlreadyImported)
            && r.noLink == 0 && r.incomplete == 0 && tokens.isEmpty() && r.problems.isEmpty()
            && r.warnings.isEmpty() && r.problemsNotListed == 0;
        if (clean)
            continue;
        QString line = QStringLiteral("%1: %2").arg(r.file, r.message);
        if (r.noLink > 0 || r.incomplete > 0)
            line += tr(" (%1 row(s) without a link, %2 incomplete response(s), not counted)")
                        .arg(r.noLink)
                        .arg(r.incomplete);
        parts << line;
        if (!tokens.isEmpty())
            parts << tokens;
        for (Problems *list : {&r.problems, &r.warnings}) {
            for (Problem &p : *list)
                p.field = ColumnMapping::labelForKey(p.field);
        }
        if (const QString problems = r.problemText(); !problems.isEmpty())
            parts << problems;
    }
    return parts.join(QLatin1Char('\n'));
}

bool TallyImportWizard::exportErrorList(const QString &path) const
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(errorListText().toUtf8() + '\n') > 0;
}
