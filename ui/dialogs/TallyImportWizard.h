#pragma once

#include "dialogs/BackgroundJob.h"
#include "imports/ColumnMapping.h"
#include "imports/ImportReport.h"
#include "imports/TallyImporter.h"

#include <QPointer>
#include <QWizard>

#include <atomic>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

class QTimer;
class QGridLayout;
class TallyFileList;
class TallyFormat;
class Workspace;

// Imports sample tally files into the current campaign: choose files (several, or dropped),
// see each file's detected encoding, delimiter, platform (or own kind of file), questionnaire
// and token column, map its columns (remembered per platform) with a preview of the
// first rows and warnings for missing or ignored columns, run the import in a worker thread
// (own database connection) with a progress bar and Cancel, and end on a summary whose error
// list can be saved to a text file.
class TallyImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilesPage, MappingPage, RunPage, SummaryPage };

    explicit TallyImportWizard(Workspace *workspace, QWidget *parent = nullptr);
    ~TallyImportWizard() override;

    void addFiles(const QStringList &paths);
    bool isRunning() const { return m_job != nullptr; }
    QList<ImportReport> reports() const { return m_reports; }
    // The error list as shown on the summary page.
    QString errorListText() const;
    bool exportErrorList(const QString &path) const;

    void reject() override;

private:
    struct FileState
    {
        QString path;
        TallyImporter::Preview preview;
        ColumnMapping::Kind kindChoice = ColumnMapping::Kind::Unknown;
        const TallyFormat *format = nullptr; // the platform's export or own file it is read as
        ColumnMapping mapping;
        // The database's words when the campaign's questionnaires could not be read: their link
        // parameters name the link column, so the file is not mapped without them.
        QString questionnaireError;
        // The campaign's questionnaires on format's platform, from the same read: the summary
        // names them without reading again (a second read could fail and read as "any").
        QStringList questionnaireNames;
    };

    QWizardPage *createFilesPage();
    QWizardPage *createMappingPage();
    QWizardPage *createRunPage();
    QWizardPage *createSummaryPage();

    TableReader::Options readerOptions() const;
    void loadPreviews();
    void showFile(int index);
    void rebuildFieldEditors();
    void updateWarnings();
    void chooseFormat(FileState &f, const TallyFormat *format);
    QString detectedText(const FileState &f) const;
    static QList<ColumnMapping::Field> missingFields(const FileState &f);
    static QList<int> ignoredColumns(const FileState &f);
    bool allMapped() const;
    void startImport();
    void importFinished();
    void showSummary();

    Workspace *m_workspace;
    QList<FileState> m_files;
    int m_current = -1;
    bool m_updating = false;

    // Files page
    TallyFileList *m_fileList = nullptr;
    QComboBox *m_encodingBox = nullptr;
    QComboBox *m_kindBox = nullptr;
    QCheckBox *m_skipInvalid = nullptr;
    // Mapping page
    QComboBox *m_fileBox = nullptr;
    QLabel *m_detected = nullptr;
    QComboBox *m_fileKindBox = nullptr;
    QGridLayout *m_fieldGrid = nullptr;
    QWidget *m_fieldPanel = nullptr;
    QList<QPair<ColumnMapping::Field, QComboBox *>> m_fieldBoxes;
    QLabel *m_warnings = nullptr;
    QTableWidget *m_preview = nullptr;
    // Run page
    QLabel *m_runLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPointer<BackgroundJob> m_job; // the import under way, deleted when finished
    QTimer *m_pollTimer = nullptr;
    std::atomic<int> m_fileIndex {0};
    std::atomic<bool> m_waiting {false}; // another desk's import goes first
    bool m_done = false;
    // Summary page
    QTableWidget *m_resultTable = nullptr;
    QLabel *m_totals = nullptr;
    QPlainTextEdit *m_errors = nullptr;
    QList<ImportReport> m_reports;
};
