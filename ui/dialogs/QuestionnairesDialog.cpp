#include "dialogs/QuestionnairesDialog.h"

#include "db/Dialect.h"
#include "domain/SurveyPlatform.h"
#include "repo/QuestionnaireRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

QuestionnairesDialog::QuestionnairesDialog(Database &db, qint64 campaignId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_campaignId(campaignId)
    , m_table(new QTableWidget(this))
    , m_name(new QLineEdit(this))
    , m_platform(new QComboBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_parameter(new QLineEdit(this))
    , m_minSeconds(new QSpinBox(this))
    , m_problems(new QLabel(this))
{
    setWindowTitle(tr("Questionnaires"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Platform"), tr("Link parameter"),
                                        tr("Base URL"), tr("Minimum seconds"), tr("Links")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (SurveyPlatform::Id id : SurveyPlatform::all())
        m_platform->addItem(SurveyPlatform::label(id), SurveyPlatform::key(id));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://www.wjx.cn/vm/AbCdEf.aspx"));
    m_minSeconds->setRange(0, 86400);
    m_minSeconds->setSpecialValueText(tr("no rule"));
    m_minSeconds->setSuffix(tr(" s"));
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problems->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Survey &platform:"), m_platform);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    form->addRow(tr("Link &parameter:"), m_parameter);
    form->addRow(tr("&Minimum completion time:"), m_minSeconds);
    auto *newButton = new QPushButton(tr("&New"), this);
    auto *saveButton = new QPushButton(tr("&Save"), this);
    saveButton->setObjectName(QStringLiteral("saveQuestionnaire"));
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(newButton);
    row->addWidget(saveButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addLayout(row);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(newButton, &QPushButton::clicked, this, &QuestionnairesDialog::startNew);
    connect(saveButton, &QPushButton::clicked, this, &QuestionnairesDialog::save);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &QuestionnairesDialog::showSelected);
    // A platform keeps one parameter: choosing it presets that parameter.
    connect(m_platform, &QComboBox::currentIndexChanged, this, [this] {
        SurveyPlatform::Id id;
        if (SurveyPlatform::fromKey(m_platform->currentData().toString(), &id))
            m_parameter->setText(SurveyPlatform::defaultParameter(id));
    });
    reload();
    resize(760, 480);
}

void QuestionnairesDialog::reload(qint64 selectId)
{
    QSqlError e;
    m_list = QuestionnaireRepository(m_db).list(m_campaignId, &e);
    // An empty table because the database failed is said, not taken for "none yet".
    m_problems->setText(e.isValid() ? Dialect::describeError(e) : QString());
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_list.size()));
    int selectRow = m_list.isEmpty() ? -1 : 0;
    for (int r = 0; r < m_list.size(); ++r) {
        const Questionnaire &q = m_list.at(r);
        SurveyPlatform::Id id = SurveyPlatform::Other;
        SurveyPlatform::fromKey(q.platform, &id);
        const QStringList cells {q.name,
                                 SurveyPlatform::label(id),
                                 q.linkParameter,
                                 q.baseUrl,
                                 q.minSeconds > 0 ? QString::number(q.minSeconds) : QString(),
                                 QString::number(q.links)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        if (q.id == selectId)
            selectRow = r;
    }
    m_table->selectRow(selectRow);
    showSelected();
}

void QuestionnairesDialog::showSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_list.size())
        return startNew();
    m_editing = m_list.at(row);
    m_name->setText(m_editing.name);
    {
        const QSignalBlocker blocker(m_platform); // keep the stored parameter
        m_platform->setCurrentIndex(qMax(0, m_platform->findData(m_editing.platform)));
    }
    m_baseUrl->setText(m_editing.baseUrl);
    m_parameter->setText(m_editing.linkParameter);
    m_minSeconds->setValue(m_editing.minSeconds);
    m_problems->clear();
}

void QuestionnairesDialog::startNew()
{
    m_editing = Questionnaire();
    m_editing.campaignId = m_campaignId;
    {
        const QSignalBlocker blocker(m_table);
        m_table->clearSelection();
    }
    m_name->clear();
    m_baseUrl->clear();
    m_minSeconds->setValue(0);
    m_platform->setCurrentIndex(0);
    SurveyPlatform::Id id;
    if (SurveyPlatform::fromKey(m_platform->currentData().toString(), &id))
        m_parameter->setText(SurveyPlatform::defaultParameter(id));
    m_problems->clear();
    m_name->setFocus();
}

Questionnaire QuestionnairesDialog::fromFields() const
{
    Questionnaire q = m_editing;
    q.campaignId = m_campaignId;
    q.name = m_name->text().trimmed();
    q.platform = m_platform->currentData().toString();
    q.baseUrl = m_baseUrl->text().trimmed();
    q.linkParameter = m_parameter->text().trimmed();
    q.minSeconds = m_minSeconds->value();
    return q;
}

bool QuestionnairesDialog::confirmAddressChange(const Questionnaire &before,
                                                const Questionnaire &after)
{
    if (before.id == 0 || before.links == 0
        || !QuestionnaireRepository::changesLinks(before, after))
        return true;
    return QMessageBox::warning(
               this, tr("Questionnaires"),
               tr("%n link(s) of this questionnaire were issued already. Their printed QR codes "
                  "and posters keep the old address, which no longer counts for the unit. Save "
                  "anyway?",
                  nullptr, int(qMin<qint64>(before.links, INT_MAX))),
               QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Save;
}

bool QuestionnairesDialog::save()
{
    Questionnaire q = fromFields();
    if (!confirmAddressChange(m_editing, q))
        return false;
    QuestionnaireRepository repo(m_db);
    const Problems problems = q.id ? repo.update(q) : repo.add(q);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const Problem &p : problems)
            lines << p.message;
        m_problems->setText(lines.join(QLatin1Char('\n')));
        return false;
    }
    reload(q.id);
    return true;
}
