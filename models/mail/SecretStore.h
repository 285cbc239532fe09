#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// The SMTP password in the desktop keyring (the Secret Service API via libsecret: GNOME Keyring,
// KWallet), or only in this process for the session. Without a Secret Service (no D-Bus session
// bus, as in CI or over SSH) the keyring calls fail with a message and the program asks for the
// password once a session instead. Nothing is ever written to disk by this class.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
public:
    // Whether a session bus is there to ask at all (checked without starting one).
    static bool keyringReachable();
    // The password stored for key (MailAccount::secretKey()), or nullopt (*error says why when
    // the keyring could not be asked).
    static std::optional<QString> lookup(const QString &key, QString *error = nullptr);
    // Stores it in the keyring; false with *error when there is none.
    static bool store(const QString &key, const QString &password, QString *error = nullptr);
    static bool remove(const QString &key, QString *error = nullptr);

    // The password given earlier this session (memory only), or nullopt.
    static std::optional<QString> session(const QString &key);
    static void setSession(const QString &key, const QString &password);
};
