#include "dialogs/MailAccountDialog.h"

#include "dialogs/FileDialog.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

MailAccountDialog::MailAccountDialog(const MailAccount &account, QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(account.host, this))
    , m_port(new QSpinBox(this))
    , m_security(new QComboBox(this))
    , m_user(new QLineEdit(account.username, this))
    , m_from(new QLineEdit(account.fromAddress, this))
    , m_fromName(new QLineEdit(account.fromName, this))
    , m_pace(new QDoubleSpinBox(this))
    , m_certificate(new QLabel(this))
    , m_trusted(account.trustedCertificate)
{
    setWindowTitle(tr("Office Mail Account"));
    m_host->setPlaceholderText(QStringLiteral("smtp.163.com"));
    m_port->setRange(1, 65535);
    m_port->setValue(account.port);
    m_security->addItem(tr("TLS (port 465)"), int(MailAccount::Security::Tls));
    m_security->addItem(tr("STARTTLS (port 587 or 25)"), int(MailAccount::Security::StartTls));
    m_security->addItem(tr("None (only a relay on this computer)"),
                        int(MailAccount::Security::None));
    m_security->setCurrentIndex(m_security->findData(int(account.security)));
    m_pace->setRange(0, 600);
    m_pace->setDecimals(1);
    m_pace->setSuffix(tr(" s"));
    m_pace->setValue(account.paceSeconds);
    auto *form = new QFormLayout(this);
    form->addRow(tr("SMTP server:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Encryption:"), m_security);
    form->addRow(tr("User name:"), m_user);
    form->addRow(tr("Sender address:"), m_from);
    form->addRow(tr("Sender name:"), m_fromName);
    form->addRow(tr("Wait between messages:"), m_pace);
    auto *choose = new QPushButton(tr("Trust…"), this);
    auto *clear = new QPushButton(tr("Clear"), this);
    auto *certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_certificate, 1);
    certificateRow->addWidget(choose);
    certificateRow->addWidget(clear);
    form->addRow(tr("Server certificate:"), certificateRow);
    connect(choose, &QPushButton::clicked, this, &MailAccountDialog::chooseCertificate);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_trusted.clear();
        showCertificate();
    });
    showCertificate();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(m_security, &QComboBox::activated, this, &MailAccountDialog::securityChanged);
}

void MailAccountDialog::securityChanged(int index)
{
    // The usual port for the chosen encryption (RFC 8314 §7.3: 465; RFC 6409: 587).
    const auto s = MailAccount::Security(m_security->itemData(index).toInt());
    if (s == MailAccount::Security::Tls)
        m_port->setValue(465);
    else if (s == MailAccount::Security::StartTls)
        m_port->setValue(587);
}

void MailAccountDialog::chooseCertificate()
{
    const QString path = FileDialog::openFileName(this, tr("Server Certificate to Trust"), {},
                                                  tr("Certificates (*.pem *.crt)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    const QByteArray pem = f.open(QIODevice::ReadOnly) ? f.read(1 << 20) : QByteArray();
    if (!pem.contains("-----BEGIN CERTIFICATE-----"))
        return void(QMessageBox::warning(this, windowTitle(),
                                         tr("%1 is not a PEM certificate.").arg(path)));
    m_trusted = pem;
    showCertificate();
}

void MailAccountDialog::showCertificate()
{
    if (m_trusted.isEmpty())
        return m_certificate->setText(tr("Only those the system's authorities signed"));
    // The SHA-256 fingerprint people compare with the server's (openssl x509 -fingerprint).
    const QString body = QString::fromLatin1(m_trusted).section(QStringLiteral("-----"), 2, 2);
    const QByteArray der = QByteArray::fromBase64(body.toLatin1()); // skips line breaks
    // 32 bytes as two lines of 16, so the whole fingerprint shows and can be copied.
    const QString hex = QString::fromLatin1(
        QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex(':').toUpper());
    m_certificate->setText(tr("Also this one, SHA-256:") + QLatin1Char('\n') + hex.left(47)
                           + QLatin1Char('\n') + hex.mid(48));
    m_certificate->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

MailAccount MailAccountDialog::account() const
{
    MailAccount a;
    a.host = m_host->text().trimmed();
    a.port = m_port->value();
    a.security = MailAccount::Security(m_security->currentData().toInt());
    a.username = m_user->text().trimmed();
    a.fromAddress = m_from->text().trimmed();
    a.fromName = m_fromName->text().trimmed();
    a.paceSeconds = m_pace->value();
    a.trustedCertificate = m_trusted;
    return a;
}
