#include "dialogs/CertificatesDialog.h"

#include "certificates/CertificateRepository.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "dialogs/LetterTemplateDialog.h"
#include "dialogs/PdfRenderJob.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

CertificatesDialog::CertificatesDialog(Database &db, const Campaign &campaign, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_campaign(campaign)
    , m_table(new QTableWidget(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Commendation Certificates — %1").arg(campaign.title));
    m_table->setObjectName(QStringLiteral("certificatesTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    const bool writable = !db.isReadOnly();
    auto add = [&](const QString &text, const char *name, auto slot, bool enabled = true) {
        QPushButton *b = buttons->addButton(text, QDialogButtonBox::ActionRole);
        b->setObjectName(QLatin1String(name));
        b->setEnabled(enabled);
        connect(b, &QPushButton::clicked, this, slot);
    };
    add(tr("Issue to the Commendation List"), "certificatesIssue", &CertificatesDialog::issue,
        writable);
    add(tr("Template…"), "certificatesTemplate", &CertificatesDialog::editTemplate, writable);
    add(tr("PDF per Unit…"), "certificatesRenderEach", [this] { render(false); });
    add(tr("One PDF…"), "certificatesRenderOne", [this] { render(true); });
    add(
        tr("Revoke…"), "certificatesRevoke", [this] { revokeSelected(); }, writable);
    add(tr("Verify…"), "certificatesVerify", &CertificatesDialog::verify);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 560);
    reload();
}

void CertificatesDialog::reload()
{
    QSqlError e;
    m_certificates = CertificateRepository(m_db).list(m_campaign.id, &e);
    m_table->clear();
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Number"), tr("Unit"), tr("Grade"), tr("Check code"), tr("Issued"), tr("State")});
    m_table->setRowCount(int(m_certificates.size()));
    int revoked = 0;
    for (int r = 0; r < m_certificates.size(); ++r) {
        const Certificate &c = m_certificates.at(r);
        revoked += c.isRevoked() ? 1 : 0;
        const QString state = c.isRevoked()
            ? tr("revoked %1 by %2: %3")
                  .arg(Clock::localTimeText(c.revokedAt), c.revokedBy, c.revokeReason)
            : tr("valid");
        const QStringList cells {
            c.number, c.unitName, c.grade, c.verifyCode, Clock::localTimeText(c.issuedAt), state};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(r, col, new QTableWidgetItem(cells.at(col)));
    }
    m_table->resizeColumnsToContents();
    // An empty table because the database failed is said as such, not as "0 certificate(s)".
    if (e.isValid())
        return m_status->setText(Dialect::describeError(e));
    m_status->setText(tr("%n certificate(s)", nullptr, int(m_certificates.size()))
                      + (revoked > 0 ? tr(", %n revoked", nullptr, revoked) : QString()));
}

const Certificate *CertificatesDialog::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_certificates.size() ? &m_certificates.at(row) : nullptr;
}

void CertificatesDialog::issue()
{
    QList<Certificate> issued;
    const Problems p = CertificateRepository(m_db).issueCommended(m_campaign.id, &issued);
    reload();
    if (!p.isEmpty())
        return void(QMessageBox::warning(this, windowTitle(), formatProblems(p)));
    m_status->setText(tr("%n certificate(s) issued.", nullptr, int(issued.size())));
}

void CertificatesDialog::editTemplate()
{
    LetterTemplateDialog dialog(m_db, m_campaign.id, this);
    dialog.setSeries(QStringLiteral("RY"));
    dialog.exec();
}

void CertificatesDialog::render(bool single)
{
    QList<Certificate> valid = m_certificates;
    valid.removeIf([](const Certificate &c) { return c.isRevoked(); });
    if (valid.isEmpty())
        return m_status->setText(tr("No valid certificate to write."));
    const QString target = PdfRenderJob::chooseTarget(
        this, single, tr("Certificates as One PDF"), tr("certificates-%1.pdf").arg(m_campaign.year),
        tr("Folder for the Certificates"));
    if (target.isEmpty())
        return;
    QSqlError e;
    const QList<LetterDocument> docs = CertificateRepository(m_db).documents(valid, &e);
    if (e.isValid())
        return void(QMessageBox::warning(this, windowTitle(), Dialect::describeError(e)));
    const auto done = [this, target, count = int(docs.size())](const PdfRenderJob::Outcome &o) {
        if (o.ok)
            m_status->setText(tr("%n certificate(s) written to %1", nullptr, count).arg(target));
        else if (!o.cancelled)
            QMessageBox::warning(this, windowTitle(), o.error);
    };
    PdfRenderJob::start(this, docs, target, single,
                        tr("Writing %n certificate(s)…", nullptr, int(docs.size())), windowTitle(),
                        done);
}

bool CertificatesDialog::revokeSelected(QString reason)
{
    const Certificate *c = selected();
    if (!c) {
        m_status->setText(tr("Select the certificate to revoke."));
        return false;
    }
    const QString number = c->number;
    if (reason.isEmpty()) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Revoke Certificate"),
                                       tr("Why is %1 (%2) revoked?").arg(number, c->unitName),
                                       QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return false;
    }
    Certificate revoked;
    const Problems p = CertificateRepository(m_db).revoke(number, reason, &revoked);
    reload();
    if (!p.isEmpty()) {
        m_status->setText(formatProblems(p));
        return false;
    }
    m_status->setText(tr("%1 revoked.").arg(number));
    return true;
}

QString CertificatesDialog::verdict(const QString &code) const
{
    const Lookup<Certificate> c = CertificateRepository(m_db).verify(code);
    if (!c && c.error().isDatabase())
        return c.error().message();
    if (!c)
        return tr("Unknown: no certificate carries this code.");
    if (c->isRevoked())
        return tr("Revoked: %1, %2 — revoked %3 by %4: %5")
            .arg(c->number, c->unitName, Clock::localTimeText(c->revokedAt), c->revokedBy,
                 c->revokeReason);
    return tr("Valid: %1, %2 (%3)").arg(c->number, c->unitName, c->grade);
}

void CertificatesDialog::verify()
{
    bool ok = false;
    const QString code
        = QInputDialog::getText(this, tr("Verify Certificate"), tr("Check code (typed or pasted):"),
                                QLineEdit::Normal, QString(), &ok);
    if (ok && !code.trimmed().isEmpty())
        QMessageBox::information(this, tr("Verify Certificate"), verdict(code));
}
