#include "dialogs/GradingDialog.h"

#include "EnterStaysInTable.h"

#include "db/Dialect.h"
#include "dialogs/ConflictDialog.h"
#include "domain/Regions.h"
#include "domain/UnitKind.h"
#include "itemmodels/GradeModel.h"
#include "progress/Commendations.h"
#include "progress/GradingRepository.h"
#include "progress/ProgressExport.h"
#include "progress/ProgressCache.h"
#include "progress/TableExport.h"
#include "session/Workspace.h"
#include "dialogs/FileDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

GradingDialog::GradingDialog(Workspace *workspace, ProgressCache *cache, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_cache(cache)
    , m_tabs(new QTabWidget(this))
    , m_rulesTable(new QTableWidget(this))
    , m_rulesNote(new QLabel(this))
    , m_grades(new GradeModel(this))
    , m_gradesProxy(new QSortFilterProxyModel(this))
    , m_gradesView(new QTableView(this))
    , m_commendations(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("gradingDialog"));
    setWindowTitle(tr("Grades and commendations"));
    auto *layout = new QVBoxLayout(this);

    m_tabs->addTab(createRulesPage(), tr("Rules"));
    m_tabs->addTab(createGradesPage(), tr("Grade list"));
    m_tabs->addTab(createCommendationsPage(), tr("Commendations"));
    layout->addWidget(m_tabs, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_cache, &ProgressCache::changed, this, &GradingDialog::reload);
    reload();
}

// The grading rules, editable by managers (Permissions::Grade), read-only for others.
QWidget *GradingDialog::createRulesPage()
{
    auto *rulesPage = new QWidget(this);
    auto *rulesLayout = new QVBoxLayout(rulesPage);
    auto *explain = new QLabel(
        tr("A unit earns the first grade, in rank order, whose three thresholds it reaches: share "
           "of its "
           "sample target, valid samples, and the support score the committee gives it."),
        rulesPage);
    explain->setWordWrap(true);
    rulesLayout->addWidget(explain);
    m_rulesTable->setObjectName(QStringLiteral("rulesTable"));
    m_rulesTable->setColumnCount(5);
    m_rulesTable->setHorizontalHeaderLabels({tr("Grade"), tr("Rank"),
                                             tr("Min. share of target (%)"),
                                             tr("Min. valid samples"), tr("Min. support score")});
    m_rulesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_rulesTable->verticalHeader()->hide();
    EnterStaysInTable::install(m_rulesTable);
    rulesLayout->addWidget(m_rulesTable, 1);
    auto *ruleButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add rule"), rulesPage);
    auto *remove = new QPushButton(tr("Remove rule"), rulesPage);
    auto *defaults = new QPushButton(tr("Default rules"), rulesPage);
    auto *save = new QPushButton(tr("Save rules"), rulesPage);
    save->setObjectName(QStringLiteral("saveRules"));
    ruleButtons->addWidget(add);
    ruleButtons->addWidget(remove);
    ruleButtons->addWidget(defaults);
    ruleButtons->addStretch(1);
    ruleButtons->addWidget(m_rulesNote);
    ruleButtons->addWidget(save);
    rulesLayout->addLayout(ruleButtons);
    // Everyone may read and export grades and commendations; only managers change them.
    const bool mayGrade = m_workspace->may(Permissions::Grade);
    for (QPushButton *b : {add, remove, defaults, save})
        b->setVisible(mayGrade);
    if (!mayGrade)
        m_rulesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(add, &QPushButton::clicked, this, [this] {
        QList<GradingRule> rules = editedRules();
        rules.append({QStringLiteral("?"), int(rules.size()) + 1, 0, 0, 0});
        setEditedRules(rules);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_rulesTable->currentRow() >= 0)
            m_rulesTable->removeRow(m_rulesTable->currentRow());
    });
    connect(defaults, &QPushButton::clicked, this,
            [this] { setEditedRules(Grading::defaultRules()); });
    connect(save, &QPushButton::clicked, this, [this] {
        const QStringList problems = saveRules();
        if (!problems.isEmpty())
            QMessageBox::warning(this, tr("Grading rules"), problems.join(QLatin1Char('\n')));
    });
    return rulesPage;
}

// Every unit's grade, sortable, with support scores to edit, storing and export.
QWidget *GradingDialog::createGradesPage()
{
    auto *gradesPage = new QWidget(this);
    auto *gradesLayout = new QVBoxLayout(gradesPage);
    m_gradesProxy->setSourceModel(m_grades);
    m_gradesProxy->setSortRole(GradeModel::SortRole);
    m_gradesView->setObjectName(QStringLiteral("gradeList"));
    m_gradesView->setModel(m_gradesProxy);
    m_gradesView->setSortingEnabled(true);
    m_gradesView->sortByColumn(GradeModel::GradeColumn, Qt::AscendingOrder);
    m_gradesView->verticalHeader()->hide();
    m_gradesView->setAlternatingRowColors(true);
    m_gradesView->setColumnWidth(GradeModel::UnitColumn, 260);
    m_gradesView->horizontalHeader()->setStretchLastSection(true);
    auto *gradesNote = new QLabel(
        tr("Double-click a support score to change it. Store the grades to make them the "
           "units' data-query tiers."),
        gradesPage);
    gradesNote->setWordWrap(true);
    gradesLayout->addWidget(gradesNote);
    gradesLayout->addWidget(m_gradesView, 1);
    auto *storeRow = new QHBoxLayout;
    auto *store = new QPushButton(tr("Store grades"), gradesPage);
    auto *exportGrades = new QPushButton(tr("Export grade list…"), gradesPage);
    storeRow->addStretch(1);
    storeRow->addWidget(exportGrades);
    storeRow->addWidget(store);
    gradesLayout->addLayout(storeRow);
    store->setObjectName(QStringLiteral("storeGrades"));
    store->setVisible(m_workspace->may(Permissions::Grade));
    connect(store, &QPushButton::clicked, this, [this] {
        QString error;
        const int changed = storeGrades(&error);
        if (changed < 0)
            QMessageBox::warning(this, tr("Store grades"), error);
        else
            QMessageBox::information(this, tr("Store grades"),
                                     tr("%n grade(s) changed.", nullptr, changed));
    });
    connect(exportGrades, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::saveFileName(this, tr("Export grade list"), QString(),
                                                      tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
        const auto s = m_grades->snapshot();
        if (path.isEmpty() || !s)
            return;
        QString error;
        if (!TableExport::write(path,
                                {tr("grades"), ProgressExport::gradeColumns(),
                                 ProgressExport::gradeRows(*s, m_grades->grades())},
                                &error))
            QMessageBox::warning(this, tr("Export grade list"), error);
    });
    return gradesPage;
}

// The commendation list: initiating units of the best grade with the units they recommended.
QWidget *GradingDialog::createCommendationsPage()
{
    auto *commendPage = new QWidget(this);
    auto *commendLayout = new QVBoxLayout(commendPage);
    auto *commendNote = new QLabel(
        tr("Initiating units that earned the best grade, each with the supporting units it "
           "recommended."),
        commendPage);
    commendNote->setWordWrap(true);
    commendLayout->addWidget(commendNote);
    m_commendations->setObjectName(QStringLiteral("commendationTree"));
    m_commendations->setHeaderLabels({tr("Unit"), tr("Kind"), tr("Region"), tr("Grade"),
                                      tr("Valid samples"), tr("Share of target")});
    m_commendations->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_commendations->header()->setStretchLastSection(false);
    commendLayout->addWidget(m_commendations, 1);
    auto *commendRow = new QHBoxLayout;
    commendRow->addStretch(1);
    auto *exportCommend = new QPushButton(tr("Export commendation list…"), commendPage);
    commendRow->addWidget(exportCommend);
    commendLayout->addLayout(commendRow);
    connect(exportCommend, &QPushButton::clicked, this, [this] {
        const QString path
            = FileDialog::saveFileName(this, tr("Export commendation list"), QString(),
                                       tr("Excel workbook (*.xlsx);;CSV (*.csv);;PDF (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !exportCommendations(path, &error))
            QMessageBox::warning(this, tr("Export commendation list"), error);
    });
    return commendPage;
}

void GradingDialog::reload()
{
    const auto s = m_cache->snapshot();
    if (!s || !m_workspace->hasDatabase()) {
        m_grades->setData(nullptr, nullptr, {});
        m_commendations->clear();
        return;
    }
    bool stored = false;
    QSqlError e;
    const QList<GradingRule> rules
        = GradingRepository(m_workspace->database()).rules(s->campaign.id, &stored, &e);
    if (e.isValid()) {
        // Not the default rules graded as if they were the campaign's, nor taken as the rules
        // the editor is compared with (closing would ask about changes nobody made).
        m_grades->setData(nullptr, nullptr, {});
        m_commendations->clear();
        m_rulesNote->setText(Dialect::describeError(e));
        return;
    }
    m_rules = rules;
    setEditedRules(m_rules);
    m_rulesNote->setText(stored ? QString() : tr("Default rules (not stored yet)"));
    setWindowTitle(tr("Grades and commendations, %1").arg(s->campaign.year));
    m_grades->setData(m_workspace->may(Permissions::Grade) ? &m_workspace->database() : nullptr, s,
                      m_rules);
    refreshCommendations();
}

QList<GradingRule> GradingDialog::editedRules() const
{
    QList<GradingRule> rules;
    const QLocale locale;
    for (int r = 0; r < m_rulesTable->rowCount(); ++r) {
        const auto text = [&](int c) {
            return m_rulesTable->item(r, c) ? m_rulesTable->item(r, c)->text().trimmed()
                                            : QString();
        };
        GradingRule rule;
        rule.grade = text(0);
        rule.rank = text(1).toInt();
        rule.minShare = text(2).toDouble() / 100.0;
        rule.minSamples = text(3).remove(QLatin1Char(',')).toLongLong();
        rule.minSupport = text(4).toInt();
        rules.append(rule);
    }
    return rules;
}

QStringList GradingDialog::ruleCells(const GradingRule &rule)
{
    return {rule.grade, QString::number(rule.rank), QString::number(rule.minShare * 100.0, 'g', 6),
            QString::number(rule.minSamples), QString::number(rule.minSupport)};
}

void GradingDialog::setEditedRules(const QList<GradingRule> &rules)
{
    m_rulesTable->setRowCount(int(rules.size()));
    for (int r = 0; r < rules.size(); ++r) {
        const QStringList cells = ruleCells(rules.at(r));
        for (int c = 0; c < cells.size(); ++c)
            m_rulesTable->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
}

QStringList GradingDialog::saveRules()
{
    const auto s = m_cache->snapshot();
    if (!s)
        return {tr("No campaign selected")};
    // The cache reloads on DataEvents::Grades and with it this dialog.
    GradingRepository repo(m_workspace->database());
    QStringList problems;
    // Another manager may have stored other rules since this dialog read them.
    ConflictDialog::saveOrAsk(
        this, tr("the grading rules"),
        [&](const ConflictError &overwriting, ConflictError *conflict) {
            QList<GradingRule> loaded = m_rules;
            if (overwriting.isValid()) {
                // Over what is stored now; a failed read of it is no set of rules to save over.
                QSqlError e;
                loaded = repo.rules(s->campaign.id, nullptr, &e);
                if (e.isValid()) {
                    problems = {Dialect::describeError(e)};
                    return false;
                }
            }
            problems = repo.saveRules(s->campaign.id, editedRules(), &loaded, conflict);
            if (problems.isEmpty())
                m_rules = editedRules(); // stored: nothing left to lose on closing
            return problems.isEmpty();
        },
        [&] {
            // Their rules, or why they could not be read: not the default rules shown as theirs.
            QSqlError e;
            const QList<GradingRule> theirs = repo.rules(s->campaign.id, nullptr, &e);
            if (e.isValid()) {
                problems = {Dialect::describeError(e)};
                return;
            }
            m_rules = theirs;
            setEditedRules(m_rules);
            problems.clear(); // their rules are shown: nothing to report
        });
    return problems;
}

bool GradingDialog::rulesModified() const
{
    if (!m_workspace->may(Permissions::Grade))
        return false;
    // Compared as the table shows them, so a share's decimals never count as an edit.
    const auto cells = [](const QList<GradingRule> &rules) {
        QStringList list;
        for (const GradingRule &rule : rules)
            list << ruleCells(rule);
        return list;
    };
    return cells(editedRules()) != cells(m_rules);
}

void GradingDialog::reject()
{
    if (rulesModified()) {
        QMessageBox ask(QMessageBox::Question, tr("Grading rules"),
                        tr("The grading rules were changed but not saved. Save them?"),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        ask.setDefaultButton(QMessageBox::Cancel);
        const int answer = ask.exec();
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            const QStringList problems = saveRules();
            if (!problems.isEmpty()) {
                QMessageBox::warning(this, tr("Grading rules"), problems.join(QLatin1Char('\n')));
                return;
            }
        }
    }
    QDialog::reject();
}

int GradingDialog::storeGrades(QString *error)
{
    const auto s = m_grades->snapshot();
    if (!s)
        return -1;
    return GradingRepository(m_workspace->database())
        .applyGrades(s->campaign.id, m_grades->grades(), error);
}

void GradingDialog::refreshCommendations()
{
    m_commendations->clear();
    const auto s = m_cache->snapshot();
    if (!s)
        return;
    const QLocale locale;
    const auto kindName = [](const QString &code) {
        const auto k = DomainNames::unitKindFromText(code);
        return k ? DomainNames::displayName(*k) : code;
    };
    for (const Commendation &c : Commendations::build(*s, m_rules)) {
        const UnitProgress &u = s->units.at(c.row);
        auto *item = new QTreeWidgetItem(
            m_commendations,
            {u.name, kindName(u.kind), Regions::displayName(u.province), c.grade,
             locale.toString(u.valid), Percent::text(u.valid, u.target) + QLatin1Char('%')});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        for (int row : c.supporterRows) {
            const UnitProgress &sup = s->units.at(row);
            new QTreeWidgetItem(item,
                                {sup.name, kindName(sup.kind), Regions::displayName(sup.province),
                                 QString(), locale.toString(sup.valid), QString()});
        }
    }
    m_commendations->expandAll();
}

bool GradingDialog::exportCommendations(const QString &path, QString *error)
{
    const auto s = m_cache->snapshot();
    if (!s)
        return false;
    const QList<Commendation> list = Commendations::build(*s, m_rules);
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
        return TableExport::writePdf(path, Commendations::html(*s, list),
                                     tr("Commendation list, %1").arg(s->campaign.year), error);
    return TableExport::write(
        path, {tr("commendations"), Commendations::columns(), Commendations::rows(*s, list)},
        error);
}
