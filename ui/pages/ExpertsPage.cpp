#include "pages/ExpertsPage.h"

#include "db/Dialect.h"
#include "dialogs/FileDialog.h"
#include "pages/RegisterView.h"
#include "registers/RegisterExport.h"
#include "session/Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

ExpertsPage::ExpertsPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_search(new QLineEdit(this))
    , m_field(new QComboBox(this))
    , m_model(new QStandardItemModel(this))
    , m_view(RegisterView::makeView(this, m_model, QStringLiteral("expertsView")))
    , m_status(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_search->setPlaceholderText(tr("Name, phone, specialty or recommending unit"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("expertSearch"));
    auto *fieldLabel = new QLabel(tr("&Field:"), this);
    fieldLabel->setBuddy(m_field);
    m_field->addItem(tr("All fields"), QString());
    for (ExpertField f : DomainNames::expertFields())
        m_field->addItem(DomainNames::displayName(f), DomainNames::code(f));
    auto *exportButton
        = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Export…"), this);
    bar->addWidget(searchLabel);
    bar->addWidget(m_search, 1);
    bar->addWidget(fieldLabel);
    bar->addWidget(m_field);
    bar->addWidget(exportButton);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, this, &ExpertsPage::reload);
    connect(m_field, &QComboBox::currentIndexChanged, this, &ExpertsPage::reload);
    connect(exportButton, &QPushButton::clicked, this, &ExpertsPage::exportList);
    connect(workspace, &Workspace::databaseChanged, this, &ExpertsPage::reload);
    connect(workspace, &Workspace::dataChanged, this, [this](DataEvents::Domains d) {
        if (d & DataEvents::Units)
            reload();
    });
    reload();
}

void ExpertsPage::reload()
{
    QList<PooledExpert> pool;
    QSqlError e;
    if (m_workspace->hasDatabase())
        pool = ExpertPool(m_workspace->database())
                   .list(m_search->text(),
                         DomainNames::expertFieldFromText(m_field->currentData().toString()), &e);
    const TableExport::Sheet sheet = RegisterExport::expertSheet(pool);
    m_model->setHorizontalHeaderLabels(sheet.headers);
    RegisterView::setRows(m_model, sheet.rows);
    int twice = 0;
    for (const PooledExpert &expert : pool)
        twice += expert.sources.size() > 1 ? 1 : 0;
    if (e.isValid()) // an empty pool because the database failed is not "0 experts"
        return m_status->setText(Dialect::describeError(e));
    m_status->setText(
        tr("%n expert(s)", nullptr, int(pool.size())) + QLatin1String(", ")
        + tr("%1 recommended more than once (by several units or years).").arg(twice));
}

bool ExpertsPage::exportTo(const QString &path, QString *error) const
{
    if (!m_workspace->hasDatabase())
        return false;
    QSqlError e;
    const QList<PooledExpert> pool
        = ExpertPool(m_workspace->database())
              .list(m_search->text(),
                    DomainNames::expertFieldFromText(m_field->currentData().toString()), &e);
    if (e.isValid()) {
        if (error)
            *error = Dialect::describeError(e);
        return false;
    }
    return RegisterExport::writeExperts(path, pool, error);
}

void ExpertsPage::exportList()
{
    const QString path
        = FileDialog::saveFileName(this, tr("Export expert pool"), QString(),
                                   tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export expert pool"), error);
}
