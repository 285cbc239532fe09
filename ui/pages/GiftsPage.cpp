#include "pages/GiftsPage.h"

#include "db/Dialect.h"
#include "pages/RegisterView.h"
#include "registers/RegisterExport.h"
#include "session/Workspace.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

GiftsPage::GiftsPage(Workspace *workspace, QWidget *parent)
    : RegisterPage(workspace, QStringLiteral("giftSearch"), tr("Gift or unit"),
                   tr("Export for the shop…"), tr("Export gift register"), parent)
    , m_entries(new QStandardItemModel(this))
    , m_totals(new QStandardItemModel(this))
    , m_entriesView(RegisterView::makeView(this, m_entries, QStringLiteral("giftsView")))
    , m_totalsView(RegisterView::makeView(this, m_totals, QStringLiteral("giftTotalsView")))
{
    setBody(makeTables());
    connect(workspace, &Workspace::campaignChanged, this, &GiftsPage::reload);
    reload();
}

QWidget *GiftsPage::makeTables()
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("giftsSplitter"));
    const auto titled = [splitter](const QString &title, QTableView *view) {
        auto *part = new QWidget(splitter);
        auto *layout = new QVBoxLayout(part);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(new QLabel(title, part));
        view->setParent(part);
        layout->addWidget(view);
        splitter->addWidget(part);
    };
    titled(tr("Gifts offered by the units"), m_entriesView);
    titled(tr("Totals per gift"), m_totalsView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    return splitter;
}

void GiftsPage::reload()
{
    QList<GiftEntry> entries;
    QSqlError e;
    if (workspace()->hasDatabase() && workspace()->campaignId() > 0)
        entries = GiftRegister(workspace()->database())
                      .entries(workspace()->campaignId(), searchBox()->text(), &e);
    const QList<TableExport::Sheet> sheets = RegisterExport::giftSheets(entries);
    m_entries->setHorizontalHeaderLabels(sheets.at(0).headers);
    RegisterView::setRows(m_entries, sheets.at(0).rows);
    m_totals->setHorizontalHeaderLabels(sheets.at(1).headers);
    RegisterView::setRows(m_totals, sheets.at(1).rows);
    qint64 quantity = 0;
    for (const GiftEntry &g : entries)
        quantity += g.quantity;
    if (e.isValid()) // an empty register because the database failed is not "0 gifts"
        return setStatus(Dialect::describeError(e));
    setStatus(tr("%n gift(s) offered", nullptr, int(entries.size())) + QLatin1String(", ")
              + tr("%1 kind(s), %2 item(s) in all.")
                    .arg(sheets.at(1).rows.size())
                    .arg(QLocale().toString(quantity)));
}

bool GiftsPage::exportTo(const QString &path, QString *error) const
{
    if (!workspace()->hasDatabase() || workspace()->campaignId() <= 0)
        return false;
    QSqlError e;
    const QList<GiftEntry> entries = GiftRegister(workspace()->database())
                                         .entries(workspace()->campaignId(), searchBox()->text(), &e);
    if (e.isValid()) {
        if (error)
            *error = Dialect::describeError(e);
        return false;
    }
    return RegisterExport::writeGifts(path, entries, error);
}
