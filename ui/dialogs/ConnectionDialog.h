#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;

// Connect to a shared PostgreSQL server: host, port, database, user and password. "Remember"
// keeps everything except the password in the settings; the password is asked for each time
// and kept only in memory for the session.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);

    // Fills the fields from a postgresql:// URL (its password, if any, is ignored).
    void setLocation(const QString &location);
    // The URL to open, postgresql://user:password@host:port/database.
    QString location() const;

    static QString locationFor(const QString &host, int port, const QString &database,
                               const QString &user, const QString &password);

    void accept() override;

private:
    void loadRemembered();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
};
