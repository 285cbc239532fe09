#include "pages/ExpertsPage.h"

#include "db/Dialect.h"
#include "pages/RegisterView.h"
#include "registers/RegisterExport.h"
#include "session/Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTableView>

ExpertsPage::ExpertsPage(Workspace *workspace, QWidget *parent)
    : RegisterPage(workspace, QStringLiteral("expertSearch"),
                   tr("Name, phone, specialty or recommending unit"), tr("Export…"),
                   tr("Export expert pool"), parent)
    , m_field(new QComboBox(this))
    , m_model(new QStandardItemModel(this))
    , m_view(RegisterView::makeView(this, m_model, QStringLiteral("expertsView")))
{
    auto *fieldLabel = new QLabel(tr("&Field:"), this);
    fieldLabel->setBuddy(m_field);
    m_field->addItem(tr("All fields"), QString());
    for (ExpertField f : DomainNames::expertFields())
        m_field->addItem(DomainNames::displayName(f), DomainNames::code(f));
    bar()->addWidget(fieldLabel);
    bar()->addWidget(m_field);
    setBody(m_view);
    connect(m_field, &QComboBox::currentIndexChanged, this, &ExpertsPage::reload);
    reload();
}

void ExpertsPage::reload()
{
    QList<PooledExpert> pool;
    QSqlError e;
    if (workspace()->hasDatabase())
        pool = ExpertPool(workspace()->database())
                   .list(searchBox()->text(),
                         DomainNames::expertFieldFromText(m_field->currentData().toString()), &e);
    const TableExport::Sheet sheet = RegisterExport::expertSheet(pool);
    m_model->setHorizontalHeaderLabels(sheet.headers);
    RegisterView::setRows(m_model, sheet.rows);
    int twice = 0;
    for (const PooledExpert &expert : pool)
        twice += expert.sources.size() > 1 ? 1 : 0;
    if (e.isValid()) // an empty pool because the database failed is not "0 experts"
        return setStatus(Dialect::describeError(e));
    setStatus(tr("%n expert(s)", nullptr, int(pool.size())) + QLatin1String(", ")
              + tr("%1 recommended more than once (by several units or years).").arg(twice));
}

bool ExpertsPage::exportTo(const QString &path, QString *error) const
{
    if (!workspace()->hasDatabase())
        return false;
    QSqlError e;
    const QList<PooledExpert> pool
        = ExpertPool(workspace()->database())
              .list(searchBox()->text(),
                    DomainNames::expertFieldFromText(m_field->currentData().toString()), &e);
    if (e.isValid()) {
        if (error)
            *error = Dialect::describeError(e);
        return false;
    }
    return RegisterExport::writeExperts(path, pool, error);
}
