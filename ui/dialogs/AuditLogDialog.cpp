#include "dialogs/AuditLogDialog.h"

#include "common/Clock.h"
#include "db/Dialect.h"
#include "dialogs/FileDialog.h"
#include "itemmodels/AuditLogModel.h"
#include "repo/AuditLog.h"
#include "repo/AuditText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// A date edit whose lowest date reads "any": no bound on that side.
QDateEdit *dateFilter(QWidget *parent, const QString &objectName)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setSpecialValueText(AuditLogDialog::tr("any"));
    edit->setDate(edit->minimumDate());
    return edit;
}

QDate boundOf(const QDateEdit *edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}
} // namespace

AuditLogDialog::AuditLogDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_model(new AuditLogModel(db, this))
    , m_view(new QTableView(this))
    , m_table(new QComboBox(this))
    , m_recordId(new QSpinBox(this))
    , m_user(new QComboBox(this))
    , m_since(dateFilter(this, QStringLiteral("since")))
    , m_until(dateFilter(this, QStringLiteral("until")))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("History of changes"));
    m_table->setObjectName(QStringLiteral("table"));
    m_table->addItem(tr("All records"), QString());
    for (const char *t : {"units", "participations", "letters", "links", "imports", "campaigns",
                          "questionnaires", "grading_rules", "letter_templates"})
        m_table->addItem(AuditText::tableText(QLatin1String(t)), QLatin1String(t));
    m_recordId->setObjectName(QStringLiteral("recordId"));
    m_recordId->setRange(0, 999999999);
    m_recordId->setSpecialValueText(tr("any No."));
    m_user->setObjectName(QStringLiteral("user"));
    fillUsers();

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Record:"), this));
    filters->addWidget(m_table);
    filters->addWidget(m_recordId);
    filters->addWidget(new QLabel(tr("User:"), this));
    filters->addWidget(m_user);
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_since);
    filters->addWidget(new QLabel(tr("To:"), this));
    filters->addWidget(m_until);
    filters->addStretch();

    m_view->setObjectName(QStringLiteral("history"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    QPushButton *exportButton = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportCsv"));
    connect(exportButton, &QPushButton::clicked, this, &AuditLogDialog::exportCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(960, 520);

    connect(m_table, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilter);
    connect(m_recordId, &QSpinBox::valueChanged, this, &AuditLogDialog::applyFilter);
    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilter);
    connect(m_since, &QDateEdit::dateChanged, this, &AuditLogDialog::applyFilter);
    connect(m_until, &QDateEdit::dateChanged, this, &AuditLogDialog::applyFilter);
    applyFilter();
}

void AuditLogDialog::fillUsers()
{
    m_user->addItem(tr("Everyone"), QString());
    QSqlError error;
    const QStringList users = AuditLog::users(m_db, &error);
    for (const QString &u : users)
        m_user->addItem(u, u);
    // Not "Everyone" as the only choice as if nobody had changed anything: the filter is off and
    // says why, and so does the status line (applyFilter).
    if (error.isValid()) {
        m_usersError
            = tr("The list of users could not be read: %1").arg(Dialect::describeError(error));
        m_user->setEnabled(false);
        m_user->setToolTip(m_usersError);
    }
}

void AuditLogDialog::setUnit(qint64 unitId, const QString &unitName)
{
    m_unitId = unitId;
    setWindowTitle(tr("History of %1").arg(unitName));
    m_table->setCurrentIndex(0);
    m_recordId->setValue(0);
    m_table->hide();
    m_recordId->hide();
    applyFilter();
}

void AuditLogDialog::applyFilter()
{
    AuditLog::Filter f;
    f.unitId = m_unitId;
    f.table = m_table->currentData().toString();
    m_recordId->setEnabled(!f.table.isEmpty());
    f.recordId = f.table.isEmpty() ? 0 : m_recordId->value();
    f.user = m_user->currentData().toString();
    f.since = boundOf(m_since);
    f.until = boundOf(m_until);
    m_model->setFilter(f);
    m_view->resizeColumnsToContents();
    QStringList status;
    status << (m_model->errorString().isEmpty()
                   ? tr("%n change(s) shown, newest first", nullptr, m_model->rowCount())
                   : m_model->errorString());
    if (!m_usersError.isEmpty())
        status << m_usersError;
    m_status->setText(status.join(QLatin1Char('\n')));
}

QString AuditLogDialog::exportTo(const QString &path)
{
    return m_model->exportCsv(path);
}

void AuditLogDialog::exportCsv()
{
    const QString path = FileDialog::saveFileName(
        this, tr("Export history"),
        QDir::home().filePath(QStringLiteral("history-%1.csv")
                                  .arg(Clock::today().toString(QStringLiteral("yyyyMMdd")))),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportTo(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export history"),
                             tr("Could not write %1: %2").arg(path, error));
    else
        m_status->setText(
            tr("Exported %n change(s) to %1", nullptr, m_model->rowCount()).arg(path));
}
