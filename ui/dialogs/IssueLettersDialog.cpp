#include "dialogs/IssueLettersDialog.h"

#include "domain/UnitKind.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

IssueLettersDialog::IssueLettersDialog(const QList<LetterRepository::Candidate> &candidates,
                                       QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_count(new QLabel(this))
{
    setWindowTitle(tr("Issue authorization letters"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Units of this campaign without a valid letter. Each checked unit "
                      "gets the next number of its series."),
                   this));
    m_filter->setPlaceholderText(tr("Filter by name"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    for (const LetterRepository::Candidate &c : candidates) {
        const std::optional<UnitKind> kind = DomainNames::unitKindFromText(c.kind);
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  (%2)").arg(c.name, kind ? DomainNames::displayName(*kind) : c.kind),
            m_list);
        item->setData(Qt::UserRole, c.unitId);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    layout->addWidget(m_list, 1);
    auto *row = new QHBoxLayout;
    auto *all = new QPushButton(tr("Check all shown"), this);
    auto *none = new QPushButton(tr("Uncheck all shown"), this);
    row->addWidget(all);
    row->addWidget(none);
    row->addStretch();
    row->addWidget(m_count);
    layout->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Issue"));
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &IssueLettersDialog::applyFilter);
    connect(all, &QPushButton::clicked, this, [this] { setAllVisibleChecked(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAllVisibleChecked(false); });
    connect(m_list, &QListWidget::itemChanged, this, &IssueLettersDialog::updateCount);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 520);
    updateCount();
}

QList<qint64> IssueLettersDialog::selectedUnitIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids.append(m_list->item(i)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

void IssueLettersDialog::applyFilter(const QString &text)
{
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setHidden(
            !m_list->item(i)->text().contains(text.trimmed(), Qt::CaseInsensitive));
}

void IssueLettersDialog::setAllVisibleChecked(bool checked)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (!m_list->item(i)->isHidden())
            m_list->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void IssueLettersDialog::updateCount()
{
    m_count->setText(tr("%n unit(s) checked", nullptr, int(selectedUnitIds().size())));
}
