#include "dialogs/MailDialog.h"

#include "checklist/ChecklistItem.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "dialogs/BackgroundJob.h"
#include "dialogs/FileDialog.h"
#include "dialogs/MailAccountDialog.h"
#include "domain/Regions.h"
#include "mail/MailAccountRepository.h"
#include "mail/MailLogRepository.h"
#include "mail/MailMessageBuilder.h"
#include "mail/MailTemplate.h"
#include "mail/MailingRepository.h"
#include "mail/SecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

MailDialog::MailDialog(Database &db, const Campaign &campaign, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_campaign(campaign)
    , m_tabs(new QTabWidget(this))
    , m_preview(new QTextBrowser(this))
    , m_log(new QTableWidget(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Mail to Units — %1").arg(campaign.title));
    m_tabs->addTab(createMailingTab(), tr("Mailing"));
    m_tabs->addTab(createUnitsTab(), tr("Units"));
    m_tabs->addTab(m_preview, tr("Preview"));
    m_tabs->addTab(m_log, tr("Send log"));
    m_preview->setObjectName(QStringLiteral("mailPreview"));
    m_log->setObjectName(QStringLiteral("mailLog"));
    m_log->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_log->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto add = [&](const QString &text, const char *name, auto slot) {
        QPushButton *b = buttons->addButton(text, QDialogButtonBox::ActionRole);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
    };
    add(tr("Account…"), "mailAccount", &MailDialog::editAccount);
    add(tr("Preview"), "mailPreviewButton", &MailDialog::preview);
    add(tr("Dry Run…"), "mailDryRun", &MailDialog::dryRun);
    add(tr("Send"), "mailSend", [this] { send(false); });
    add(tr("Resend the Failed"), "mailResend", [this] { send(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(860, 620);
    loadMailings(QStringLiteral("letters"));
    reloadLog();
}

QWidget *MailDialog::createMailingTab()
{
    auto *tab = new QWidget(this);
    m_mailing = new QComboBox(tab);
    m_subject = new QLineEdit(tab);
    m_body = new QPlainTextEdit(tab);
    m_kind = new QComboBox(tab);
    m_region = new QComboBox(tab);
    m_missing = new QComboBox(tab);
    m_missing->setObjectName(QStringLiteral("mailMissing"));
    m_missing->addItem(tr("Whatever their checklist says"), QString());
    for (ChecklistItem item : ChecklistItems::all())
        m_missing->addItem(tr("Missing: %1").arg(ChecklistItems::displayName(item)),
                           ChecklistItems::code(item));
    m_letter = new QCheckBox(tr("The unit's valid letter (PDF)"), tab);
    m_links = new QCheckBox(tr("The unit's links (.xlsx)"), tab);
    m_qr = new QCheckBox(tr("A QR code per link (PNG)"), tab);
    m_mailing->setObjectName(QStringLiteral("mailingCombo"));
    m_subject->setObjectName(QStringLiteral("mailSubject"));
    m_body->setObjectName(QStringLiteral("mailBody"));
    m_kind->addItem(tr("Every kind"), QString());
    for (UnitKind k : DomainNames::unitKinds())
        m_kind->addItem(DomainNames::displayName(k), DomainNames::code(k));
    m_region->addItem(tr("Every region"), QString());
    for (const Region &r : Regions::all())
        m_region->addItem(Regions::displayName(r.code), r.code);
    auto *save = new QPushButton(tr("Save Mailing"), tab);
    auto *saveAs = new QPushButton(tr("Save as New…"), tab);
    auto *form = new QFormLayout(tab);
    form->addRow(tr("Mailing:"), m_mailing);
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("Body (HTML):"), m_body);
    form->addRow(new QLabel(tr("Placeholders: %1")
                                .arg(QStringLiteral("{")
                                     + MailTemplate::placeholders().join(QStringLiteral("} {"))
                                     + QStringLiteral("}")),
                            tab));
    form->addRow(tr("Unit kind:"), m_kind);
    form->addRow(tr("Region:"), m_region);
    form->addRow(tr("Checklist:"), m_missing);
    form->addRow(tr("Attach:"), m_letter);
    form->addRow(QString(), m_links);
    form->addRow(QString(), m_qr);
    auto *row = new QHBoxLayout;
    row->addWidget(save);
    row->addWidget(saveAs);
    row->addStretch();
    form->addRow(row);
    connect(m_mailing, &QComboBox::activated, this, &MailDialog::showMailing);
    connect(m_kind, &QComboBox::activated, this, &MailDialog::reloadUnits);
    connect(m_region, &QComboBox::activated, this, &MailDialog::reloadUnits);
    connect(m_missing, &QComboBox::activated, this, &MailDialog::reloadUnits);
    connect(save, &QPushButton::clicked, this, &MailDialog::saveMailing);
    connect(saveAs, &QPushButton::clicked, this, [this] {
        const QString name = QInputDialog::getText(this, tr("New Mailing"), tr("Name:"));
        if (name.trimmed().isEmpty())
            return;
        Mailing m = editedMailing();
        m.id = 0;
        m.rowVersion = 0;
        m.name = name.trimmed();
        if (const Problems p = MailingRepository(m_db).save(m); !p.isEmpty())
            return void(QMessageBox::warning(this, tr("New Mailing"), formatProblems(p)));
        loadMailings(m.name);
    });
    return tab;
}

QWidget *MailDialog::createUnitsTab()
{
    auto *tab = new QWidget(this);
    m_units = new QListWidget(tab);
    m_units->setObjectName(QStringLiteral("mailUnits"));
    auto *all = new QPushButton(tr("Check All"), tab);
    auto *none = new QPushButton(tr("Check None"), tab);
    connect(all, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(m_units, &QListWidget::currentRowChanged, this, [this] {
        if (m_tabs->currentWidget() == m_preview)
            preview();
    });
    auto *row = new QHBoxLayout;
    row->addWidget(all);
    row->addWidget(none);
    row->addStretch();
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_units);
    layout->addLayout(row);
    return tab;
}

void MailDialog::loadMailings(const QString &select)
{
    QSqlError e;
    m_mailings = MailingRepository(m_db).list(m_campaign.id, &e);
    m_mailing->clear();
    for (const Mailing &m : std::as_const(m_mailings))
        m_mailing->addItem(m.name);
    const int index = std::max(0, m_mailing->findText(select));
    m_mailing->setCurrentIndex(index);
    showMailing(index);
    failedToRead(e);
}

bool MailDialog::failedToRead(const QSqlError &e)
{
    if (!e.isValid())
        return false;
    m_status->setText(Dialect::describeError(e));
    return true;
}

void MailDialog::showMailing(int index)
{
    if (index < 0 || index >= m_mailings.size())
        return;
    const Mailing &m = m_mailings.at(index);
    m_subject->setText(m.subject);
    m_body->setPlainText(m.body);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(m.unitKind)));
    m_region->setCurrentIndex(std::max(0, m_region->findData(m.province)));
    m_missing->setCurrentIndex(std::max(0, m_missing->findData(m.missingItem)));
    m_letter->setChecked(m.attachLetter);
    m_links->setChecked(m.attachLinks);
    m_qr->setChecked(m.attachQr);
    reloadUnits();
}

Mailing MailDialog::editedMailing() const
{
    Mailing m = m_mailings.value(m_mailing->currentIndex());
    m.subject = m_subject->text();
    m.body = m_body->toPlainText();
    m.unitKind = m_kind->currentData().toString();
    m.province = m_region->currentData().toString();
    m.missingItem = m_missing->currentData().toString();
    m.attachLetter = m_letter->isChecked();
    m.attachLinks = m_links->isChecked();
    m.attachQr = m_qr->isChecked();
    return m;
}

void MailDialog::saveMailing()
{
    Mailing m = editedMailing();
    if (const QStringList unknown = MailTemplate::unknown(m.subject + m.body); !unknown.isEmpty())
        m_status->setText(
            tr("Unknown placeholders kept as written: %1").arg(unknown.join(QStringLiteral(", "))));
    if (const Problems p = MailingRepository(m_db).save(m); !p.isEmpty())
        return void(QMessageBox::warning(this, tr("Save Mailing"), formatProblems(p)));
    loadMailings(m.name);
}

void MailDialog::reloadUnits()
{
    MailRun::Options o;
    o.campaign = m_campaign;
    o.mailing = editedMailing();
    QSqlError e;
    m_rows = MailRun::recipients(m_db, o, &e);
    const auto latest = MailLogRepository(m_db).latestByUnit(m_campaign.id, o.mailing.name, &e);
    m_units->clear();
    if (failedToRead(e))
        return m_rows.clear();
    for (const UnitListRow &u : std::as_const(m_rows)) {
        QString state = tr("not sent");
        if (const auto it = latest.constFind(u.unitId); it != latest.cend())
            state = it->isSent() ? tr("sent %1").arg(Clock::localTimeText(it->at))
                                 : tr("failed: %1").arg(it->detail);
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 <%2> — %3")
                .arg(u.name, u.email.isEmpty() ? tr("no e-mail") : u.email, state),
            m_units);
        item->setData(Qt::UserRole, u.unitId);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_status->setText(tr("%n unit(s) selected by the mailing", nullptr, int(m_rows.size())));
}

void MailDialog::setAllChecked(bool checked)
{
    for (int i = 0; i < m_units->count(); ++i)
        m_units->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QList<qint64> MailDialog::checkedUnits() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_units->count(); ++i) {
        if (m_units->item(i)->checkState() == Qt::Checked)
            ids.append(m_units->item(i)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

void MailDialog::preview()
{
    const int row = std::max(0, m_units->currentRow());
    if (row >= m_rows.size())
        return m_preview->setPlainText(tr("No unit to preview."));
    QSqlError e;
    const MailAccount account = MailAccountRepository(m_db).load(&e);
    const MailMessageBuilder builder(m_db, m_campaign, editedMailing(), account);
    if (!e.isValid())
        e = builder.readError();
    if (e.isValid())
        return m_preview->setPlainText(Dialect::describeError(e));
    QString problem;
    const std::optional<MailMessage> m = builder.message(m_rows.at(row), &problem);
    m_tabs->setCurrentWidget(m_preview);
    if (!m)
        return m_preview->setPlainText(
            tr("%1: no message can be made: %2").arg(m_rows.at(row).name, problem));
    QString attachments;
    for (const MailAttachment &a : m->attachments)
        attachments
            += QStringLiteral("<li>%1 (%2)</li>")
                   .arg(a.fileName.toHtmlEscaped(), locale().formattedDataSize(a.data.size()));
    m_preview->setHtml(QStringLiteral("<p><b>%1</b> %2 &lt;%3&gt;<br><b>%4</b> %5 &lt;%6&gt;<br>"
                                      "<b>%7</b> %8</p><ul>%9</ul><hr>%10")
                           .arg(tr("From:"), m->fromName.toHtmlEscaped(),
                                m->fromAddress.toHtmlEscaped(), tr("To:"),
                                m->toName.toHtmlEscaped(), m->to.toHtmlEscaped(), tr("Subject:"),
                                m->subject.toHtmlEscaped(), attachments)
                           .arg(m->html));
}

void MailDialog::dryRun()
{
    const QString dir = FileDialog::existingDirectory(this, tr("Folder for the .eml Files"));
    if (dir.isEmpty())
        return;
    MailRun::Options o;
    o.campaign = m_campaign;
    o.mailing = editedMailing();
    o.unitIds = checkedUnits();
    QSqlError e;
    o.account = MailAccountRepository(m_db).load(&e);
    if (failedToRead(e))
        return;
    o.dryRunDir = dir;
    if (o.unitIds.isEmpty())
        return m_status->setText(tr("No unit is checked."));
    report(runInBackground(o, tr("Writing messages…")), true);
}

void MailDialog::editAccount()
{
    // Never the defaults in place of an account that could not be read: saving them would
    // replace it.
    QSqlError e;
    const MailAccount stored = MailAccountRepository(m_db).load(&e);
    if (failedToRead(e))
        return void(QMessageBox::warning(this, tr("Office Mail Account"), m_status->text()));
    MailAccountDialog dialog(stored, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Problems p = MailAccountRepository(m_db).save(dialog.account()); !p.isEmpty())
        QMessageBox::warning(this, tr("Office Mail Account"), formatProblems(p));
}

bool MailDialog::askPassword(const MailAccount &account, QString *password)
{
    // Asked once a session: then from memory, or from the keyring when one keeps it.
    std::optional<QString> known = SecretStore::session(account.secretKey());
    if (!known)
        known = SecretStore::lookup(account.secretKey());
    if (known) {
        *password = *known;
        return true;
    }
    bool ok = false;
    *password = QInputDialog::getText(
        this, tr("Mail Password"),
        tr("Password or authorization code for %1 (kept for this session only):")
            .arg(account.secretKey()),
        QLineEdit::Password, QString(), &ok);
    if (!ok)
        return false;
    SecretStore::setSession(account.secretKey(), *password);
    if (SecretStore::keyringReachable()
        && QMessageBox::question(this, tr("Mail Password"),
                                 tr("Keep the password in the desktop keyring?"))
            == QMessageBox::Yes) {
        QString error;
        if (!SecretStore::store(account.secretKey(), *password, &error))
            m_status->setText(tr("The keyring refused the password: %1").arg(error));
    }
    return true;
}

void MailDialog::send(bool failedOnly)
{
    MailRun::Options o;
    o.campaign = m_campaign;
    o.mailing = editedMailing();
    o.unitIds = checkedUnits();
    o.failedOnly = failedOnly;
    QSqlError e;
    o.account = MailAccountRepository(m_db).load(&e);
    if (failedToRead(e))
        return;
    if (!o.account.isConfigured())
        editAccount();
    o.account = MailAccountRepository(m_db).load(&e);
    const int count = int(MailRun::recipients(m_db, o, &e).size());
    if (failedToRead(e))
        return;
    if (!o.account.isConfigured() || count == 0)
        return m_status->setText(tr("Nothing to send: no account or no unit."));
    if (QMessageBox::question(this, tr("Send"),
                              tr("Send the mailing '%1' to %n unit(s) from %2?", nullptr, count)
                                  .arg(o.mailing.name, o.account.fromAddress))
        != QMessageBox::Yes)
        return;
    if (!askPassword(o.account, &o.password))
        return;
    report(runInBackground(o, tr("Sending mail…")), false);
    reloadUnits();
    reloadLog();
}

MailRun::Outcome MailDialog::runInBackground(const MailRun::Options &options, const QString &label)
{
    MailRun::Outcome outcome;
    Database *source = &m_db;
    BackgroundJob::run(
        this, label, [&](const BackgroundJob::Progress &progress, const std::atomic_bool &cancel) {
            const std::unique_ptr<Database> db = source->clone();
            if (!db) {
                outcome.lines.append(tr("cannot open a second connection"));
                return;
            }
            MailRun::Options o = options;
            o.progress = [&](int done, int total) {
                progress(total > 0 ? double(done) / total : 1.0);
            };
            o.cancelled = [&] {
                return cancel.load();
            };
            outcome = MailRun::run(*db, o);
        });
    return outcome;
}

void MailDialog::report(const MailRun::Outcome &out, bool dry)
{
    if (out.error.isValid()) {
        failedToRead(out.error);
        return void(QMessageBox::warning(this, windowTitle(), m_status->text()));
    }
    const QString summary = dry ? tr("%n message(s) written.", nullptr, out.written)
                                : tr("%1 sent, %2 failed.").arg(out.sent).arg(out.failed);
    m_status->setText(out.cancelled ? tr("Cancelled. %1").arg(summary) : summary);
    QMessageBox box(out.failed > 0 ? QMessageBox::Warning : QMessageBox::Information, windowTitle(),
                    m_status->text(), QMessageBox::Ok, this);
    box.setDetailedText(out.lines.join(QLatin1Char('\n')));
    box.exec();
}

void MailDialog::reloadLog()
{
    QSqlError e;
    const QList<MailLogEntry> entries = MailLogRepository(m_db).list(m_campaign.id, {}, 0, &e);
    failedToRead(e);
    m_log->clear();
    m_log->setColumnCount(6);
    m_log->setHorizontalHeaderLabels(
        {tr("Time"), tr("Mailing"), tr("Unit"), tr("Recipient"), tr("Status"), tr("Detail")});
    m_log->setRowCount(int(entries.size()));
    for (int r = 0; r < entries.size(); ++r) {
        const MailLogEntry &e = entries.at(r);
        const QStringList cells {Clock::localTimeText(e.at),
                                 e.mailing,
                                 e.unitName,
                                 e.recipient,
                                 e.isSent() ? tr("sent") : tr("failed"),
                                 e.detail};
        for (int c = 0; c < cells.size(); ++c)
            m_log->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_log->resizeColumnsToContents();
}
