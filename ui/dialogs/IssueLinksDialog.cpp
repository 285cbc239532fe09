#include "dialogs/IssueLinksDialog.h"

#include "links/LinkRepository.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

IssueLinksDialog::IssueLinksDialog(const QList<UnitLinkSummary> &units, qint64 selectedUnitId,
                                   QWidget *parent)
    : QDialog(parent)
    , m_units(units)
    , m_unit(new QComboBox(this))
    , m_questionnaire(new QComboBox(this))
    , m_form(new QFormLayout)
    , m_request(new QLabel(this))
    , m_count(new QSpinBox(this))
    , m_label(new QLineEdit(this))
{
    setWindowTitle(tr("Issue Links"));
    setMinimumWidth(480);
    m_unit->setEditable(true);
    m_unit->setInsertPolicy(QComboBox::NoInsert);
    m_unit->completer()->setFilterMode(Qt::MatchContains);
    m_unit->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_unit->setMinimumContentsLength(30);
    for (const UnitLinkSummary &u : units)
        m_unit->addItem(u.unitName, u.unitId);
    // The unit the clerk was looking at; none (to be typed or picked) rather than an unrelated
    // first one.
    m_unit->setCurrentIndex(m_unit->findData(selectedUnitId));
    m_unit->lineEdit()->setPlaceholderText(tr("Type or pick a unit"));
    m_count->setRange(1, LinkRepository::kMaxIssue);
    m_count->setValue(1);
    m_label->setPlaceholderText(tr("e.g. official account, poster at the city library"));
    m_label->setMaxLength(200);
    m_request->setWordWrap(true);
    m_request->setStyleSheet(QStringLiteral("color: palette(dark);"));

    QFormLayout *form = m_form;
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(QString(), m_request);
    form->addRow(tr("&Questionnaire:"), m_questionnaire);
    form->addRow(tr("&Number of links:"), m_count);
    form->addRow(tr("&Label:"), m_label);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Issue"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_issue = buttons->button(QDialogButtonBox::Ok);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    m_questionnaire->setObjectName(QStringLiteral("questionnaire"));
    form->setRowVisible(m_questionnaire, false);
    layout->addWidget(buttons);

    connect(m_unit, &QComboBox::currentIndexChanged, this, &IssueLinksDialog::unitChanged);
    unitChanged();
}

void IssueLinksDialog::unitChanged()
{
    const int row = m_unit->currentIndex();
    m_issue->setEnabled(row >= 0 && row < m_units.size());
    if (m_units.isEmpty()) {
        m_request->setText(tr("No unit takes part in this campaign yet."));
        return;
    }
    if (row < 0 || row >= m_units.size()) {
        m_request->setText(tr("Choose the unit the links are for."));
        return;
    }
    const UnitLinkSummary &u = m_units.at(row);
    if (u.requested < 0) {
        m_request->setText(
            tr("Has not asked for links yet; %n link(s) issued so far.", nullptr, int(u.issued)));
    } else {
        m_request->setText(
            tr("Asked for %1 on %2; %n link(s) issued so far.", nullptr, int(u.issued))
                .arg(u.requested)
                .arg(u.requestedAt));
        m_count->setValue(
            int(qBound(qint64(1), u.requested - u.issued, qint64(LinkRepository::kMaxIssue))));
    }
}

void IssueLinksDialog::setQuestionnaires(const QList<Questionnaire> &questionnaires)
{
    m_questionnaire->clear();
    for (const Questionnaire &q : questionnaires)
        m_questionnaire->addItem(q.name, q.id);
    m_form->setRowVisible(m_questionnaire, questionnaires.size() > 1);
}

qint64 IssueLinksDialog::questionnaireId() const
{
    return m_questionnaire->currentData().toLongLong();
}

qint64 IssueLinksDialog::unitId() const
{
    return m_unit->currentData().toLongLong();
}

int IssueLinksDialog::count() const
{
    return m_count->value();
}

QString IssueLinksDialog::label() const
{
    return m_label->text().simplified();
}
