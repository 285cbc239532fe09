#include "dialogs/MergeUnitsDialog.h"

#include "dialogs/DestructiveQuestion.h"

#include "domain/Regions.h"
#include "domain/UnitKind.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Row {
    Name,
    Sort,
    Region,
    Contact,
    Phone,
    Email,
    Kind,
    Target,
    Links,
    Letters,
    FormRows,
    Rows
};

QString region(const UnitListRow &r)
{
    const QString province = Regions::displayName(r.province);
    return r.city.isEmpty() ? province : province + QStringLiteral(" · ") + r.city;
}

QStringList column(const UnitListRow &r, const UnitMergePreview::Counts &c)
{
    const QLocale l;
    return {r.name,
            DomainNames::displayName(r.sort),
            region(r),
            r.contact,
            r.phone,
            r.email,
            DomainNames::displayName(r.kind),
            l.toString(r.target),
            l.toString(c.links),
            l.toString(c.letters),
            l.toString(c.formRows)};
}

} // namespace

MergeUnitsDialog::MergeUnitsDialog(const UnitListRow &a, const UnitMergePreview::Counts &countsA,
                                   const UnitListRow &b, const UnitMergePreview::Counts &countsB,
                                   QWidget *parent)
    : QDialog(parent)
    , m_rows {a, b}
    , m_counts {countsA, countsB}
    , m_table(new QTableWidget(Rows, 3, this))
    , m_choice(new QButtonGroup(this))
{
    setWindowTitle(tr("Merge units"));
    setObjectName(QStringLiteral("mergeUnitsDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("The same organization entered twice? Choose the record to keep. Everything of the "
           "other one (its forms, participations, links, letters and history) moves to it; "
           "where both take part in a campaign their targets are added together. The other "
           "stays on record as merged. Undo (Ctrl+Z) takes the merge back."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table->setObjectName(QStringLiteral("mergeComparison"));
    m_table->setHorizontalHeaderLabels({tr("A"), tr("B"), tr("After the merge")});
    m_table->setVerticalHeaderLabels({tr("Name"), tr("Type"), tr("Region"), tr("Contact"),
                                      tr("Phone"), tr("E-mail"), tr("Kind"), tr("Target"),
                                      tr("Links"), tr("Letters"), tr("Form rows")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int side = 0; side < 2; ++side) {
        const QStringList values = column(m_rows[side], m_counts[side]);
        for (int row = 0; row < Rows; ++row) {
            auto *item = new QTableWidgetItem(values.at(row));
            item->setToolTip(values.at(row));
            m_table->setItem(row, side, item);
        }
    }
    layout->addWidget(m_table, 1);

    auto *keepA = new QRadioButton(tr("Keep A: %1").arg(a.name), this);
    auto *keepB = new QRadioButton(tr("Keep B: %1").arg(b.name), this);
    keepA->setObjectName(QStringLiteral("keepA"));
    keepB->setObjectName(QStringLiteral("keepB"));
    m_choice->addButton(keepA, 0);
    m_choice->addButton(keepB, 1);
    layout->addWidget(keepA);
    layout->addWidget(keepB);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_merge = buttons->addButton(tr("Merge…"), QDialogButtonBox::ActionRole);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_merge->setEnabled(false);
    m_merge->setAutoDefault(false);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_merge, &QPushButton::clicked, this, &MergeUnitsDialog::confirm);
    connect(m_choice, &QButtonGroup::idClicked, this, [this] {
        m_merge->setEnabled(true);
        fillResult();
    });
    fillResult();
    cancel->setFocus();
    resize(760, 520);
}

qint64 MergeUnitsDialog::keepId() const
{
    const int kept = m_choice->checkedId();
    return kept < 0 ? 0 : m_rows[kept].unitId;
}

qint64 MergeUnitsDialog::otherId() const
{
    const int kept = m_choice->checkedId();
    return kept < 0 ? 0 : m_rows[1 - kept].unitId;
}

// The kept record's fields; targets, links, letters and form rows of both.
void MergeUnitsDialog::fillResult()
{
    const int kept = m_choice->checkedId();
    for (int row = 0; row < Rows; ++row) {
        QString text;
        if (kept < 0) {
            text = row == Name ? tr("(choose the record to keep)") : QString();
        } else {
            const UnitListRow &k = m_rows[kept];
            UnitListRow sum = k;
            sum.target = m_rows[0].target + m_rows[1].target;
            const UnitMergePreview::Counts both {m_counts[0].links + m_counts[1].links,
                                                 m_counts[0].letters + m_counts[1].letters,
                                                 m_counts[0].formRows + m_counts[1].formRows};
            text = column(sum, both).at(row);
        }
        auto *item = new QTableWidgetItem(text);
        item->setToolTip(text);
        QFont f = item->font();
        f.setBold(true);
        item->setFont(f);
        m_table->setItem(row, 2, item);
    }
    m_table->resizeRowsToContents();
}

void MergeUnitsDialog::confirm()
{
    const int kept = m_choice->checkedId();
    if (kept < 0)
        return;
    if (DestructiveQuestion::ask(
            this, QMessageBox::Question, windowTitle(),
            tr("Merge %1 into %2?").arg(m_rows[1 - kept].name, m_rows[kept].name),
            tr("%1 stays on record as merged; Undo (Ctrl+Z) on the Units page takes the merge "
               "back.")
                .arg(m_rows[1 - kept].name),
            tr("Merge"), QStringLiteral("confirmMerge")))
        accept();
}
