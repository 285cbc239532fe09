#include "pages/LettersPage.h"

#include "RowSelection.h"
#include "ScreenFit.h"

#include "dialogs/RevokeLetterDialog.h"

#include "db/Database.h"
#include "dialogs/IssueLettersDialog.h"
#include "dialogs/LetterTemplateDialog.h"
#include "dialogs/LookupFailure.h"
#include "dialogs/VerifyLetterDialog.h"
#include "domain/UnitKind.h"
#include "itemmodels/LetterFilterModel.h"
#include "itemmodels/LetterTableModel.h"
#include "letters/LetterRepository.h"
#include "letters/LetterTemplateRepository.h"
#include "session/Workspace.h"
#include "dialogs/PdfRenderJob.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <atomic>
#include <memory>

LettersPage::LettersPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new LetterTableModel(workspace, this))
    , m_filter(new LetterFilterModel(this))
    , m_view(new QTableView(this))
    , m_statusBox(new QComboBox(this))
    , m_kindBox(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
{
    sayLoadFailures();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createToolbar());
    layout->addLayout(createFilters());
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("lettersNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("color: #0a5d00;"));
    m_notice->hide();
    layout->addWidget(m_notice);
    setUpView();
    layout->addWidget(m_view, 1);
    connectSignals();
    updateActions();
}

// The letters list could not be read: said in a message box, not shown as no letters.
void LettersPage::sayLoadFailures()
{
    connect(m_model, &LetterTableModel::loadFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Letters"), message); });
    // The model read before this page listened: its failure is said once the window is up.
    if (!m_model->loadError().isEmpty())
        QTimer::singleShot(
            0, this, [this] { QMessageBox::warning(this, tr("Letters"), m_model->loadError()); });
}

// Issue, reissue and revoke (hidden to roles that may not); print, preview and save as PDF;
// verify a code; the campaign's templates.
QToolBar *LettersPage::createToolbar()
{
    auto *toolbar = new QToolBar(tr("Letters"), this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QStyle *s = style();
    m_issueSelected = toolbar->addAction(s->standardIcon(QStyle::SP_FileDialogNewFolder),
                                         tr("Issue…"), this, &LettersPage::issueSelected);
    m_issueSelected->setToolTip(tr("Issue letters to units you choose"));
    m_issueAll
        = toolbar->addAction(tr("Issue to all without a letter"), this, &LettersPage::issueAll);
    m_reissue = toolbar->addAction(s->standardIcon(QStyle::SP_BrowserReload), tr("Reissue"), this,
                                   &LettersPage::reissue);
    m_reissue->setToolTip(
        tr("A new version of the selected letter with a new code; the old one is superseded"));
    m_revoke = toolbar->addAction(s->standardIcon(QStyle::SP_DialogCancelButton), tr("Revoke…"),
                                  this, &LettersPage::revoke);
    m_issueSelected->setObjectName(QStringLiteral("issueSelectedLetters"));
    m_issueAll->setObjectName(QStringLiteral("issueAllLetters"));
    m_reissue->setObjectName(QStringLiteral("reissueLetter"));
    m_revoke->setObjectName(QStringLiteral("revokeLetter"));
    m_writeSeparator = toolbar->addSeparator();
    m_preview = toolbar->addAction(s->standardIcon(QStyle::SP_FileDialogContentsView),
                                   tr("Print preview…"), this, &LettersPage::printPreview);
    m_preview->setObjectName(QStringLiteral("printPreview"));
    m_print = toolbar->addAction(tr("Print…"), this, &LettersPage::print);
    m_saveSelected
        = toolbar->addAction(s->standardIcon(QStyle::SP_DialogSaveButton),
                             tr("Save selected as PDF…"), this, [this] { savePdf(false); });
    m_saveAll = toolbar->addAction(tr("Save all as PDF…"), this, [this] { savePdf(true); });
    toolbar->addSeparator();
    m_verify = toolbar->addAction(s->standardIcon(QStyle::SP_DialogApplyButton), tr("Verify…"),
                                  this, &LettersPage::verify);
    m_templates = toolbar->addAction(tr("Templates…"), this, &LettersPage::editTemplates);
    m_templates->setObjectName(QStringLiteral("letterTemplates"));
    return toolbar;
}

// State, kind (a series) and a search over number, unit and code; the count of letters shown.
QHBoxLayout *LettersPage::createFilters()
{
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("State:"), this));
    m_statusBox->addItem(tr("All"), QString());
    m_statusBox->addItem(LetterRepository::statusDisplayName(LetterStatus::Issued),
                         QStringLiteral("issued"));
    m_statusBox->addItem(LetterRepository::statusDisplayName(LetterStatus::Superseded),
                         QStringLiteral("superseded"));
    m_statusBox->addItem(LetterRepository::statusDisplayName(LetterStatus::Revoked),
                         QStringLiteral("revoked"));
    filters->addWidget(m_statusBox);
    filters->addWidget(new QLabel(tr("Kind:"), this));
    m_kindBox->addItem(tr("All"), QString());
    m_kindBox->addItem(tr("Initiating units (FQ)"), QStringLiteral("initiating"));
    m_kindBox->addItem(DomainNames::displayName(UnitKind::InitiatingFirst),
                       QStringLiteral("initiating-1"));
    m_kindBox->addItem(DomainNames::displayName(UnitKind::InitiatingSecond),
                       QStringLiteral("initiating-2"));
    m_kindBox->addItem(DomainNames::displayName(UnitKind::Supporting),
                       QStringLiteral("supporting"));
    filters->addWidget(m_kindBox);
    m_search->setPlaceholderText(tr("Search number, unit or code"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    return filters;
}

void LettersPage::setUpView()
{
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setObjectName(QStringLiteral("lettersView"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(LetterTableModel::NumberColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setWordWrap(false);
    m_view->setColumnWidth(LetterTableModel::NumberColumn, 120);
    m_view->setColumnWidth(LetterTableModel::VersionColumn, 50);
    m_view->setColumnWidth(LetterTableModel::UnitColumn, 260);
    m_view->setColumnWidth(LetterTableModel::KindColumn, 130);
    m_view->setColumnWidth(LetterTableModel::ParentColumn, 200);
    m_view->setColumnWidth(LetterTableModel::StatusColumn, 80);
    m_view->setColumnWidth(LetterTableModel::VerifyCodeColumn, 110);
    m_view->setColumnWidth(LetterTableModel::IssuedAtColumn, 130);
}

void LettersPage::connectSignals()
{
    connect(m_statusBox, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatusFilter(m_statusBox->currentData().toString()); });
    connect(m_kindBox, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setKindFilter(m_kindBox->currentData().toString()); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &LetterFilterModel::setSearchText);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LettersPage::updateActions);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &LettersPage::updateActions);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &LettersPage::updateActions);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &LettersPage::updateActions);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &LettersPage::updateActions);
    connect(m_view, &QTableView::doubleClicked, this, &LettersPage::printPreview);
    connect(m_workspace, &Workspace::permissionsChanged, this, &LettersPage::updateActions);
}

void LettersPage::updateActions()
{
    const bool hasCampaign = m_workspace->hasDatabase() && m_workspace->campaignId() > 0;
    // What the user's role does not allow is not shown; a read-only file shows it disabled.
    const bool readOnly = m_workspace->hasDatabase() && m_workspace->database().isReadOnly();
    const bool mayIssue = m_workspace->may(Permissions::IssueLetters);
    const bool mayEditTemplates = m_workspace->may(Permissions::EditTemplates);
    for (QAction *a : {m_issueSelected, m_issueAll, m_reissue, m_revoke, m_writeSeparator})
        a->setVisible(mayIssue || readOnly);
    m_templates->setVisible(mayEditTemplates || readOnly);
    const bool writable = hasCampaign && mayIssue;
    const QList<Letter> selected = chosenLetters(false);
    const bool oneValid = selected.size() == 1 && selected.first().isValid();
    bool anyValidShown = false;
    for (int r = 0; r < m_filter->rowCount() && !anyValidShown; ++r)
        anyValidShown = m_filter->index(r, 0).data(LetterTableModel::StatusRole).toString()
            == QLatin1String("issued");
    m_issueSelected->setEnabled(writable);
    m_issueAll->setEnabled(writable);
    m_reissue->setEnabled(writable && oneValid);
    m_revoke->setEnabled(writable && oneValid);
    const bool printable = !selected.isEmpty() || anyValidShown;
    m_preview->setEnabled(printable);
    m_print->setEnabled(printable);
    m_saveSelected->setEnabled(!selected.isEmpty() && !m_rendering);
    m_saveAll->setEnabled(anyValidShown && !m_rendering);
    m_verify->setEnabled(m_workspace->hasDatabase());
    m_templates->setEnabled(hasCampaign && mayEditTemplates);
    m_count->setText(tr("%1 of %2 letters").arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

QList<Letter> LettersPage::chosenLetters(bool allIfNone) const
{
    QList<Letter> letters;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        letters.append(m_model->letterAt(m_filter->mapToSource(index).row()));
    if (letters.isEmpty() && allIfNone) {
        for (int r = 0; r < m_filter->rowCount(); ++r) {
            const Letter &l = m_model->letterAt(m_filter->mapToSource(m_filter->index(r, 0)).row());
            if (l.isValid())
                letters.append(l);
        }
    }
    std::sort(letters.begin(), letters.end(), [](const Letter &a, const Letter &b) {
        return a.series != b.series ? a.series < b.series
            : a.seq != b.seq        ? a.seq < b.seq
                                    : a.version < b.version;
    });
    return letters;
}

QList<LetterDocument> LettersPage::documents(const QList<Letter> &letters)
{
    QSqlError e;
    const QList<LetterDocument> docs
        = LetterTemplateRepository(m_workspace->database()).documentsFor(letters, &e);
    LookupFailure::warn(this, tr("Letters"), e);
    return docs;
}

bool LettersPage::checkWritable()
{
    if (!m_workspace->hasDatabase() || m_workspace->campaignId() <= 0)
        return false;
    if (m_workspace->database().isReadOnly()) {
        QMessageBox::information(this, tr("Letters"), m_workspace->database().readOnlyReason());
        return false;
    }
    if (!m_workspace->may(Permissions::IssueLetters))
        return false; // the actions are hidden; a shortcut must not get round that
    return true;
}

void LettersPage::issueSelected()
{
    if (!checkWritable())
        return;
    LetterRepository repo(m_workspace->database());
    QSqlError e;
    const QList<LetterRepository::Candidate> candidates
        = repo.candidates(m_workspace->campaignId(), &e);
    if (LookupFailure::warn(this, tr("Issue letters"), e))
        return;
    if (candidates.isEmpty()) {
        QMessageBox::information(this, tr("Issue letters"),
                                 tr("Every unit of this campaign holds a valid letter."));
        return;
    }
    IssueLettersDialog dialog(candidates, this);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedUnitIds().isEmpty())
        return;
    QList<Letter> issued;
    const Problems problems
        = repo.issue(m_workspace->campaignId(), dialog.selectedUnitIds(), &issued);
    if (!problems.isEmpty()) {
        QMessageBox::warning(this, tr("Issue letters"),
                             tr("No letter was issued:\n%1").arg(formatProblems(problems)));
        return;
    }
    showIssued(issued);
}

void LettersPage::issueAll()
{
    if (!checkWritable())
        return;
    LetterRepository repo(m_workspace->database());
    QSqlError e;
    const int missing = int(repo.unitsWithoutLetter(m_workspace->campaignId(), &e).size());
    if (LookupFailure::warn(this, tr("Issue letters"), e))
        return;
    if (missing == 0) {
        QMessageBox::information(this, tr("Issue letters"),
                                 tr("Every unit of this campaign holds a valid letter."));
        return;
    }
    if (QMessageBox::question(this, tr("Issue letters"),
                              tr("Issue a letter to each of the %n unit(s) without a valid letter?",
                                 nullptr, missing),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    QList<Letter> issued;
    const Problems problems = repo.issueMissing(m_workspace->campaignId(), &issued);
    if (!problems.isEmpty()) {
        QMessageBox::warning(this, tr("Issue letters"),
                             tr("No letter was issued:\n%1").arg(formatProblems(problems)));
        return;
    }
    showIssued(issued);
}

void LettersPage::reissue()
{
    const QList<Letter> selected = chosenLetters(false);
    if (selected.size() != 1 || !checkWritable())
        return;
    const Letter &l = selected.first();
    if (QMessageBox::question(
            this, tr("Reissue"),
            tr("Reissue letter %1 for %2? The printed letter with code %3 will no longer "
               "verify.")
                .arg(l.number, l.unitName, l.verifyCode),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    Letter fresh;
    const Problems problems
        = LetterRepository(m_workspace->database()).reissue(l.number, &fresh, l.version);
    if (!problems.isEmpty()) {
        m_model->reload(); // show what someone else did meanwhile
        QMessageBox::warning(this, tr("Reissue"), formatProblems(problems));
        return;
    }
    showIssued({fresh});
}

void LettersPage::revoke()
{
    const QList<Letter> selected = chosenLetters(false);
    if (selected.size() != 1 || !checkWritable())
        return;
    const Letter &l = selected.first();
    RevokeLetterDialog dialog(l.number, l.unitName, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString reason = dialog.reason();
    const Problems problems
        = LetterRepository(m_workspace->database()).revoke(l.number, reason, nullptr, l.version);
    if (!problems.isEmpty()) {
        m_model->reload(); // show what someone else did meanwhile
        QMessageBox::warning(this, tr("Revoke"), formatProblems(problems));
    }
}

void LettersPage::printPreview()
{
    const QList<LetterDocument> docs = documents(chosenLetters(true));
    if (docs.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview: %n letter(s)", nullptr, int(docs.size())));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&docs](QPrinter *p) { LetterRenderer::paint(p, docs); });
    ScreenFit::resize(&dialog, {1000, 900});
    dialog.exec();
}

void LettersPage::print()
{
    const QList<LetterDocument> docs = documents(chosenLetters(true));
    if (docs.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print %n letter(s)", nullptr, int(docs.size())));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!LetterRenderer::paint(&printer, docs, {}, &error))
        QMessageBox::warning(this, tr("Print"), error);
}

void LettersPage::savePdf(bool all)
{
    QList<Letter> letters;
    if (all) {
        // Every valid letter shown, whatever is selected.
        for (int r = 0; r < m_filter->rowCount(); ++r) {
            const Letter &l = m_model->letterAt(m_filter->mapToSource(m_filter->index(r, 0)).row());
            if (l.isValid())
                letters.append(l);
        }
        std::sort(letters.begin(), letters.end(), [](const Letter &a, const Letter &b) {
            return a.series != b.series ? a.series < b.series : a.seq < b.seq;
        });
    } else {
        letters = chosenLetters(false);
    }
    if (letters.isEmpty())
        return;
    bool singleFile = true;
    if (letters.size() > 1) {
        QMessageBox box(QMessageBox::Question, tr("Save as PDF"),
                        tr("Save %n letter(s) as one PDF, or one PDF file per letter named "
                           "<number>_<unit>.pdf?",
                           nullptr, int(letters.size())),
                        QMessageBox::Cancel, this);
        QPushButton *one = box.addButton(tr("One PDF"), QMessageBox::AcceptRole);
        QPushButton *each = box.addButton(tr("One file per letter"), QMessageBox::AcceptRole);
        box.exec();
        if (box.clickedButton() != one && box.clickedButton() != each)
            return;
        singleFile = box.clickedButton() == one;
    }
    const QString suggested = letters.size() == 1
        ? LetterRenderer::fileNameFor(letters.first())
        : QStringLiteral("%1-letters.pdf").arg(letters.first().year);
    const QString target = PdfRenderJob::chooseTarget(
        this, singleFile, tr("Save as PDF"), QDir::home().filePath(suggested),
        tr("Folder for the letters"), QDir::homePath());
    if (target.isEmpty())
        return;
    const QList<LetterDocument> docs = documents(letters);
    if (!docs.isEmpty())
        renderInBackground(docs, target, singleFile);
}

void LettersPage::renderInBackground(const QList<LetterDocument> &docs, const QString &target,
                                     bool singleFile)
{
    if (m_rendering || docs.isEmpty())
        return;
    m_rendering = true;
    updateActions();
    const auto done = [=, this](const PdfRenderJob::Outcome &outcome) {
        m_rendering = false;
        updateActions();
        QString message;
        if (outcome.ok)
            message = singleFile
                ? tr("%n letter(s) saved to %1.", nullptr, int(docs.size()))
                      .arg(QDir::toNativeSeparators(target))
                : tr("%n file(s) saved in %1.", nullptr, int(outcome.written.size()))
                      .arg(QDir::toNativeSeparators(target));
        else if (outcome.cancelled)
            message = tr("Cancelled; %n file(s) had been written.", nullptr,
                         int(outcome.written.size()));
        else
            message = tr("The letters could not be saved: %1").arg(outcome.error);
        emit renderFinished(outcome.ok, message);
        if (isVisible())
            QMessageBox::information(this, tr("Save as PDF"), message);
    };
    PdfRenderJob::start(this, docs, target, singleFile,
                        tr("Writing %n letter(s)…", nullptr, int(docs.size())), tr("Save as PDF"),
                        done);
}

void LettersPage::verify()
{
    if (!m_workspace->hasDatabase())
        return;
    VerifyLetterDialog dialog(m_workspace->database(), this);
    dialog.exec();
}

void LettersPage::editTemplates()
{
    if (!m_workspace->hasDatabase() || m_workspace->campaignId() <= 0)
        return;
    LetterTemplateDialog dialog(m_workspace->database(), m_workspace->campaignId(), this);
    const QList<Letter> selected = chosenLetters(false);
    if (!selected.isEmpty())
        dialog.setSeries(selected.first().series);
    dialog.exec();
}

void LettersPage::showIssued(const QList<Letter> &issued)
{
    if (issued.isEmpty())
        return;
    m_model->reload();
    QModelIndexList rows;
    for (const Letter &l : issued)
        rows << m_filter->mapFromSource(m_model->index(m_model->rowOfId(l.id), 0));
    RowSelection::selectAndReveal(m_view, rows);
    const Letter &l = issued.constFirst();
    const QString text = issued.size() == 1
        ? tr("Letter %1 issued to %2; it is selected in the list.").arg(l.number, l.unitName)
        : tr("%n letter(s) issued, %1 to %2; they are selected in the list.", nullptr,
             int(issued.size()))
              .arg(l.number, issued.constLast().number);
    m_notice->setText(text);
    m_notice->show();
}
