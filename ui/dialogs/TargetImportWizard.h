#pragma once

#include "common/Problem.h"

#include <QWizard>

class Database;
class QLabel;
class QLineEdit;
class ImportFilePage;
class ImportProblemList;

// Sample targets from a file, in the units import's shape: choose the file (its columns are
// shown), then the import runs on a worker thread behind a progress dialog (BackgroundJob) and
// the last page says how many targets changed, or lists every problem by line (the importer
// takes all rows or none, so then nothing changed; Back lets the user choose the corrected file).
class TargetImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePage, ResultPage };

    // What one import did: rows read, targets changed, and the problems that refused the file.
    struct Outcome
    {
        int rows = 0;
        int changed = 0;
        Problems problems;
    };

    TargetImportWizard(Database &db, qint64 campaignId, QWidget *parent = nullptr);

    void setFile(const QString &path);
    QString file() const;
    const Outcome &lastOutcome() const { return m_outcome; }

    // Imports path on a worker thread with a progress dialog over parent; returns when done.
    static Outcome importInBackground(QWidget *parent, Database &db, qint64 campaignId,
                                      const QString &path);

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    static Outcome importFile(Database &db, qint64 campaignId, const QString &path);
    void describeFile();
    void showOutcome();

    Database &m_db;
    qint64 m_campaignId;
    ImportFilePage *m_file = nullptr;
    QLabel *m_summary;
    ImportProblemList *m_problems;
    Outcome m_outcome;
};
