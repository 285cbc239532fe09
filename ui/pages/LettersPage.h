#pragma once

#include "letters/LetterRenderer.h"

#include <QWidget>

class LetterFilterModel;
class LetterTableModel;
class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTableView;
class QToolBar;
class Workspace;

// The register of authorization letters of the chosen campaign: every letter and version with
// its state, filtered by state, kind and a search text. Issues letters to chosen units or to
// all without one, reissues and revokes, previews and prints, saves PDFs (one file or one per
// letter, off the GUI thread with progress and Cancel), verifies codes and edits the templates.
class LettersPage : public QWidget
{
    Q_OBJECT
public:
    explicit LettersPage(Workspace *workspace, QWidget *parent = nullptr);

    LetterTableModel *model() const { return m_model; }
    LetterFilterModel *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }

    // The letters the actions work on: the selected rows, else (when allIfNone) every valid
    // letter shown.
    QList<Letter> chosenLetters(bool allIfNone) const;

    // Writes the letters' PDFs in a worker thread with a progress dialog; one file when
    // singleFile, else one per letter in target (a folder). Returns at once.
    void renderInBackground(const QList<LetterDocument> &documents, const QString &target,
                            bool singleFile);

signals:
    // Emitted when a background render ends (ok false when cancelled or failed).
    void renderFinished(bool ok, const QString &message);

private:
    void sayLoadFailures();
    QToolBar *createToolbar();
    QHBoxLayout *createFilters();
    void setUpView();
    void connectSignals();
    // Selects the letters just issued, scrolls to them and says which they are.
    void showIssued(const QList<Letter> &issued);
    void updateActions();
    void issueSelected();
    void issueAll();
    void reissue();
    void revoke();
    void printPreview();
    void print();
    void savePdf(bool all);
    void verify();
    void editTemplates();
    bool checkWritable();
    // What printing the letters needs; none, with the database's error shown, when it failed.
    QList<LetterDocument> documents(const QList<Letter> &letters);

    Workspace *m_workspace;
    LetterTableModel *m_model;
    LetterFilterModel *m_filter;
    QTableView *m_view;
    QComboBox *m_statusBox;
    QComboBox *m_kindBox;
    QLineEdit *m_search;
    QLabel *m_count;
    QLabel *m_notice = nullptr; // what the last action did
    QAction *m_issueSelected;
    QAction *m_issueAll;
    QAction *m_reissue;
    QAction *m_revoke;
    QAction *m_writeSeparator = nullptr; // after the actions that write, hidden with them
    QAction *m_preview;
    QAction *m_print;
    QAction *m_saveSelected;
    QAction *m_saveAll;
    QAction *m_verify;
    QAction *m_templates;
    bool m_rendering = false;
};
