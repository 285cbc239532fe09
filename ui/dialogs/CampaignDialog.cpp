#include "dialogs/CampaignDialog.h"

#include "dialogs/ConflictDialog.h"
#include "dialogs/QuestionnairesDialog.h"
#include "domain/SurveyPlatform.h"
#include "repo/CampaignRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace {
QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    return edit;
}
} // namespace

CampaignDialog::CampaignDialog(Database &db, const Campaign &campaign, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_campaign(campaign)
    , m_year(new QSpinBox(this))
    , m_title(new QLineEdit(this))
    , m_start(dateEdit(this))
    , m_end(dateEdit(this))
    , m_baseUrl(new QLineEdit(this))
    , m_linkDue(dateEdit(this))
    , m_giftDue(dateEdit(this))
    , m_formDue(dateEdit(this))
    , m_problems(new QLabel(this))
{
    setWindowTitle(campaign.id ? tr("Edit Campaign") : tr("New Campaign"));
    m_year->setRange(2000, 2100);
    const int year = campaign.year ? campaign.year : QDate::currentDate().year();
    m_year->setValue(year);
    m_title->setPlaceholderText(
        tr("e.g. %1 Netizen Cybersecurity Sense Satisfaction Survey").arg(year));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://survey.example.org/q"));
    load(campaign);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problems->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Collection &starts:"), m_start);
    form->addRow(tr("Collection &ends:"), m_end);
    form->addRow(tr("Questionnaire &base URL:"), m_baseUrl);
    if (campaign.id == 0) {
        // The first questionnaire's platform; more questionnaires once the campaign exists.
        m_platform = new QComboBox(this);
        for (SurveyPlatform::Id id : SurveyPlatform::all())
            m_platform->addItem(SurveyPlatform::label(id), SurveyPlatform::key(id));
        m_platform->setCurrentIndex(m_platform->findData(QStringLiteral("other")));
        m_parameter = new QLineEdit(QStringLiteral("src"), this);
        form->addRow(tr("Survey &platform:"), m_platform);
        form->addRow(tr("Link &parameter:"), m_parameter);
        connect(m_platform, &QComboBox::currentIndexChanged, this, [this] {
            SurveyPlatform::Id id;
            if (SurveyPlatform::fromKey(m_platform->currentData().toString(), &id))
                m_parameter->setText(SurveyPlatform::defaultParameter(id));
        });
    } else {
        auto *questionnaires = new QPushButton(tr("&Questionnaires…"), this);
        questionnaires->setObjectName(QStringLiteral("questionnaires"));
        connect(questionnaires, &QPushButton::clicked, this,
                [this] { QuestionnairesDialog(m_db, m_campaign.id, this).exec(); });
        form->addRow(tr("Questionnaires:"), questionnaires);
    }
    form->addRow(tr("&Information forms due:"), m_formDue);
    form->addRow(tr("&Link requests due:"), m_linkDue);
    form->addRow(tr("&Gift lists due:"), m_giftDue);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CampaignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CampaignDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    for (QDateEdit *e : {m_start, m_end})
        connect(e, &QDateEdit::dateChanged, this, &CampaignDialog::showProblems);
    connect(m_baseUrl, &QLineEdit::textChanged, this, &CampaignDialog::showProblems);
    // The window and due dates follow the year: a new campaign keeps last year's calendar.
    connect(m_year, &QSpinBox::valueChanged, this, [this](int year) {
        for (QDateEdit *e : {m_start, m_end, m_formDue, m_linkDue, m_giftDue}) {
            const QDate d = e->date();
            e->setDate(QDate(year, d.month(), d.day()));
        }
        showProblems();
    });
    showProblems();
}

void CampaignDialog::load(const Campaign &campaign)
{
    const int year = campaign.year ? campaign.year : QDate::currentDate().year();
    const QSignalBlocker blocker(m_year); // the year's handler would shift the dates
    m_year->setValue(year);
    m_title->setText(campaign.title);
    m_start->setDate(campaign.startDate.isValid() ? campaign.startDate : QDate(year, 7, 17));
    m_end->setDate(campaign.endDate.isValid() ? campaign.endDate : QDate(year, 7, 26));
    m_baseUrl->setText(campaign.baseUrl);
    m_linkDue->setDate(campaign.linkRequestDue.isValid() ? campaign.linkRequestDue
                                                         : QDate(year, 7, 10));
    m_giftDue->setDate(campaign.giftListDue.isValid() ? campaign.giftListDue : QDate(year, 7, 15));
    m_formDue->setDate(campaign.formDue.isValid() ? campaign.formDue : QDate(year, 7, 5));
}

Campaign CampaignDialog::fromFields() const
{
    Campaign c = m_campaign;
    c.year = m_year->value();
    c.title = m_title->text().trimmed();
    if (c.title.isEmpty())
        c.title = tr("%1 Netizen Cybersecurity Sense Satisfaction Survey").arg(c.year);
    c.startDate = m_start->date();
    c.endDate = m_end->date();
    c.baseUrl = m_baseUrl->text().trimmed();
    if (m_platform) {
        c.surveyPlatform = m_platform->currentData().toString();
        c.linkParameter = m_parameter->text().trimmed();
    }
    c.linkRequestDue = m_linkDue->date();
    c.giftListDue = m_giftDue->date();
    c.formDue = m_formDue->date();
    return c;
}

void CampaignDialog::showProblems()
{
    QStringList lines;
    for (const Problem &p : CampaignRepository::validate(fromFields()))
        lines << p.message;
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
}

void CampaignDialog::accept()
{
    Campaign c = fromFields();
    CampaignRepository repo(m_db);
    Problems problems;
    // Someone else may have saved this campaign since the dialog opened: who, what, and their
    // choice.
    const ConflictDialog::Outcome outcome = ConflictDialog::saveOrAsk(
        this, tr("the %1 campaign").arg(c.year),
        [&](const ConflictError &overwriting, ConflictError *conflict) {
            if (overwriting.isValid())
                c.rowVersion = overwriting.currentVersion;
            problems = c.id ? repo.update(c, nullptr, conflict) : repo.add(c);
            return problems.isEmpty();
        },
        [&] {
            // Their version, or why it is not shown: the fields kept as typed are not theirs.
            const Lookup<Campaign> theirs = repo.byId(c.id);
            if (theirs) {
                m_campaign = *theirs;
                load(*theirs);
                return;
            }
            m_problems->setText(
                theirs.error().isDatabase()
                    ? tr("The stored campaign could not be read: %1").arg(theirs.error().message())
                    : tr("The campaign has been deleted meanwhile."));
            m_problems->setVisible(true);
        });
    if (outcome == ConflictDialog::Outcome::Reloaded
        || outcome == ConflictDialog::Outcome::Cancelled)
        return;
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const Problem &p : problems)
            lines << p.message;
        m_problems->setText(lines.join(QLatin1Char('\n')));
        m_problems->setVisible(true);
        return;
    }
    m_campaign = c;
    QDialog::accept();
}
