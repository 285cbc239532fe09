#include "pages/GiftsPage.h"

#include "db/Dialect.h"
#include "dialogs/FileDialog.h"
#include "pages/RegisterView.h"
#include "registers/RegisterExport.h"
#include "session/Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

GiftsPage::GiftsPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_search(new QLineEdit(this))
    , m_entries(new QStandardItemModel(this))
    , m_totals(new QStandardItemModel(this))
    , m_entriesView(RegisterView::makeView(this, m_entries, QStringLiteral("giftsView")))
    , m_totalsView(RegisterView::makeView(this, m_totals, QStringLiteral("giftTotalsView")))
    , m_status(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_search->setPlaceholderText(tr("Gift or unit"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("giftSearch"));
    auto *exportButton = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton),
                                         tr("Export for the shop…"), this);
    bar->addWidget(searchLabel);
    bar->addWidget(m_search, 1);
    bar->addWidget(exportButton);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("giftsSplitter"));
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(new QLabel(tr("Gifts offered by the units"), top));
    m_entriesView->setParent(top);
    topLayout->addWidget(m_entriesView);
    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(new QLabel(tr("Totals per gift"), bottom));
    m_totalsView->setParent(bottom);
    bottomLayout->addWidget(m_totalsView);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, this, &GiftsPage::reload);
    connect(exportButton, &QPushButton::clicked, this, &GiftsPage::exportList);
    connect(workspace, &Workspace::databaseChanged, this, &GiftsPage::reload);
    connect(workspace, &Workspace::campaignChanged, this, &GiftsPage::reload);
    connect(workspace, &Workspace::dataChanged, this, [this](DataEvents::Domains d) {
        if (d & DataEvents::Units)
            reload();
    });
    reload();
}

void GiftsPage::reload()
{
    QList<GiftEntry> entries;
    QSqlError e;
    if (m_workspace->hasDatabase() && m_workspace->campaignId() > 0)
        entries = GiftRegister(m_workspace->database())
                      .entries(m_workspace->campaignId(), m_search->text(), &e);
    const QList<TableExport::Sheet> sheets = RegisterExport::giftSheets(entries);
    m_entries->setHorizontalHeaderLabels(sheets.at(0).headers);
    RegisterView::setRows(m_entries, sheets.at(0).rows);
    m_totals->setHorizontalHeaderLabels(sheets.at(1).headers);
    RegisterView::setRows(m_totals, sheets.at(1).rows);
    qint64 quantity = 0;
    for (const GiftEntry &g : entries)
        quantity += g.quantity;
    if (e.isValid()) // an empty register because the database failed is not "0 gifts"
        return m_status->setText(Dialect::describeError(e));
    m_status->setText(tr("%n gift(s) offered", nullptr, int(entries.size())) + QLatin1String(", ")
                      + tr("%1 kind(s), %2 item(s) in all.")
                            .arg(sheets.at(1).rows.size())
                            .arg(QLocale().toString(quantity)));
}

bool GiftsPage::exportTo(const QString &path, QString *error) const
{
    if (!m_workspace->hasDatabase() || m_workspace->campaignId() <= 0)
        return false;
    QSqlError e;
    const QList<GiftEntry> entries = GiftRegister(m_workspace->database())
                                         .entries(m_workspace->campaignId(), m_search->text(), &e);
    if (e.isValid()) {
        if (error)
            *error = Dialect::describeError(e);
        return false;
    }
    return RegisterExport::writeGifts(path, entries, error);
}

void GiftsPage::exportList()
{
    const QString path
        = FileDialog::saveFileName(this, tr("Export gift register"), QString(),
                                   tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export gift register"), error);
}
