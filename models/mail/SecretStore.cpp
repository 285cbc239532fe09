#include "mail/SecretStore.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <unistd.h>

// GLib's headers name struct fields "signals", which Qt defines as a macro.
#pragma push_macro("signals")
#undef signals
#include <libsecret/secret.h>
#pragma pop_macro("signals")

namespace {

const SecretSchema *schema()
{
    static const SecretSchema s
        = {"org.surveysecretariat.Smtp",
           SECRET_SCHEMA_NONE,
           {{"account", SECRET_SCHEMA_ATTRIBUTE_STRING}, {nullptr, SECRET_SCHEMA_ATTRIBUTE_STRING}},
           0,
           nullptr,
           nullptr,
           nullptr,
           nullptr,
           nullptr,
           nullptr,
           nullptr};
    return &s;
}

bool takeError(GError *e, QString *error)
{
    if (!e)
        return false;
    if (error)
        *error = QString::fromUtf8(e->message);
    g_error_free(e);
    return true;
}

QMutex &sessionMutex()
{
    static QMutex m;
    return m;
}

QHash<QString, QString> &sessionPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

} // namespace

bool SecretStore::keyringReachable()
{
    // Asking GLib for the session bus without one may try to launch one (dbus-launch on X11)
    // and hang a headless run: look for its address first.
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    return QFileInfo::exists(QStringLiteral("/run/user/%1/bus").arg(getuid()));
}

std::optional<QString> SecretStore::lookup(const QString &key, QString *error)
{
    if (!keyringReachable()) {
        if (error)
            *error = tr("no desktop keyring (no D-Bus session)");
        return std::nullopt;
    }
    GError *e = nullptr;
    gchar *password = secret_password_lookup_sync(schema(), nullptr, &e, "account",
                                                  key.toUtf8().constData(), nullptr);
    if (takeError(e, error) || !password)
        return std::nullopt;
    const QString result = QString::fromUtf8(password);
    secret_password_free(password);
    return result;
}

bool SecretStore::store(const QString &key, const QString &password, QString *error)
{
    if (!keyringReachable()) {
        if (error)
            *error = tr("no desktop keyring (no D-Bus session)");
        return false;
    }
    GError *e = nullptr;
    const QByteArray label = tr("Survey Secretariat mail: %1").arg(key).toUtf8();
    const gboolean ok = secret_password_store_sync(
        schema(), SECRET_COLLECTION_DEFAULT, label.constData(), password.toUtf8().constData(),
        nullptr, &e, "account", key.toUtf8().constData(), nullptr);
    return !takeError(e, error) && ok;
}

bool SecretStore::remove(const QString &key, QString *error)
{
    if (!keyringReachable())
        return false;
    GError *e = nullptr;
    const gboolean ok = secret_password_clear_sync(schema(), nullptr, &e, "account",
                                                   key.toUtf8().constData(), nullptr);
    return !takeError(e, error) && ok;
}

std::optional<QString> SecretStore::session(const QString &key)
{
    QMutexLocker lock(&sessionMutex());
    const auto it = sessionPasswords().constFind(key);
    return it == sessionPasswords().cend() ? std::nullopt : std::optional<QString>(*it);
}

void SecretStore::setSession(const QString &key, const QString &password)
{
    QMutexLocker lock(&sessionMutex());
    sessionPasswords().insert(key, password);
}
