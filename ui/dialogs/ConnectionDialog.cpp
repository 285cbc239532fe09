#include "dialogs/ConnectionDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace {
const char kHost[] = "server/host";
const char kPort[] = "server/port";
const char kDatabase[] = "server/database";
const char kUser[] = "server/user";
const char kRemember[] = "server/remember";
} // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember these settings (not the password)"), this))
{
    setWindowTitle(tr("Connect to Server"));
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_remember->setObjectName(QStringLiteral("remember"));
    m_host->setPlaceholderText(tr("e.g. db.office.example.cn"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setPlaceholderText(tr("e.g. secretariat"));
    m_password->setEchoMode(QLineEdit::Password);

    auto *intro = new QLabel(tr("Several desks work on one shared PostgreSQL database. Ask the "
                                "office's administrator for the server and your user name."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    loadRemembered();
}

void ConnectionDialog::loadRemembered()
{
    QSettings settings;
    m_remember->setChecked(settings.value(QLatin1String(kRemember), false).toBool());
    if (!m_remember->isChecked())
        return;
    m_host->setText(settings.value(QLatin1String(kHost)).toString());
    m_port->setValue(settings.value(QLatin1String(kPort), 5432).toInt());
    m_database->setText(settings.value(QLatin1String(kDatabase)).toString());
    m_user->setText(settings.value(QLatin1String(kUser)).toString());
    if (!m_user->text().isEmpty())
        m_password->setFocus();
}

void ConnectionDialog::setLocation(const QString &location)
{
    const QUrl url(location);
    if (!url.isValid())
        return;
    m_host->setText(url.host());
    m_port->setValue(url.port(5432));
    m_database->setText(url.path(QUrl::FullyDecoded).mid(1));
    m_user->setText(url.userName(QUrl::FullyDecoded));
    m_password->clear();
    m_password->setFocus();
}

QString ConnectionDialog::locationFor(const QString &host, int port, const QString &database,
                                      const QString &user, const QString &password)
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host.trimmed());
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database.trimmed());
    url.setUserName(user.trimmed());
    if (!password.isEmpty())
        url.setPassword(password);
    return url.toString(QUrl::FullyEncoded);
}

QString ConnectionDialog::location() const
{
    return locationFor(m_host->text(), m_port->value(), m_database->text(), m_user->text(),
                       m_password->text());
}

void ConnectionDialog::accept()
{
    if (m_host->text().trimmed().isEmpty() || m_database->text().trimmed().isEmpty()
        || m_user->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Host, database and user are required."));
        return;
    }
    QSettings settings;
    settings.setValue(QLatin1String(kRemember), m_remember->isChecked());
    if (m_remember->isChecked()) {
        settings.setValue(QLatin1String(kHost), m_host->text().trimmed());
        settings.setValue(QLatin1String(kPort), m_port->value());
        settings.setValue(QLatin1String(kDatabase), m_database->text().trimmed());
        settings.setValue(QLatin1String(kUser), m_user->text().trimmed());
    } else {
        for (const char *key : {kHost, kPort, kDatabase, kUser})
            settings.remove(QLatin1String(key));
    }
    QDialog::accept();
}
