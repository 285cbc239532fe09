#include "session/Workspace.h"

#include "common/Clock.h"
#include "db/Migrations.h"
#include "imports/DatabaseCopy.h"
#include "repo/CampaignRepository.h"

namespace {
// How often the open SQLite file's locks are checked (a read of /proc/locks: microseconds).
constexpr int kLockCheckMs = 2000;
} // namespace

Workspace::Workspace(QObject *parent)
    : QObject(parent)
{
    m_lockCheck.setInterval(kLockCheckMs);
    connect(&m_lockCheck, &QTimer::timeout, this, &Workspace::checkLocks);
}

void Workspace::checkLocks()
{
    if (!m_db)
        return;
    const int before = m_db->lockRecoveries();
    const bool retry = m_db->locksPending();
    m_db->ensureLocks();
    // After a reconnect, what the views show may be stale: have them read it again. Not after
    // one that only retries: it waits for the other readers of this process to close, and the
    // views' readers (the dashboard's) would keep it waiting.
    if (m_db->lockRecoveries() != before && !retry)
        m_db->events()->notify(DataEvents::Everything);
}

Workspace::~Workspace() = default;

QSqlError Workspace::open(const QString &location)
{
    auto db = std::make_unique<Database>();
    if (QSqlError e = db->open(location); e.isValid())
        return e;
    if (QSqlError e = Migrations::prepare(*db); e.isValid())
        return e;
    // A database that cannot say which campaigns it holds is not opened as one that holds none.
    const Lookup<Campaign> latest = CampaignRepository(*db).latest();
    if (!latest && latest.error().isDatabase())
        return latest.error().sqlError;
    // Nor one whose user's rights cannot be read as one with some default rights.
    QSqlError permissionsError;
    Permissions permissions = Permissions::query(*db, &permissionsError);
    if (permissionsError.isValid())
        return permissionsError;
    m_undoStack.clear(); // before the database its commands refer to goes
    m_db = std::move(db);
    connect(m_db->events(), &DataEvents::changed, this, &Workspace::dataChanged);
    m_campaignId = latest ? latest->id : 0;
    m_permissions = std::move(permissions);
    m_permissionsError = QSqlError();
    // The copy of the day, at the first start of each day (China Standard Time days).
    QString dailyError;
    DatabaseCopy::takeDaily(*m_db, Clock::today(), &dailyError);
    if (!dailyError.isEmpty())
        qWarning("%s", qPrintable(dailyError));
    if (m_db->dialect().isSQLite())
        m_lockCheck.start();
    else
        m_lockCheck.stop();
    emit databaseChanged();
    emit campaignChanged(m_campaignId);
    emit permissionsChanged();
    return {};
}

void Workspace::refreshPermissions()
{
    // On failure the least rights (query() grants nothing then), and permissionsError() says why.
    m_permissionsError = QSqlError();
    m_permissions = m_db ? Permissions::query(*m_db, &m_permissionsError) : Permissions();
    emit permissionsChanged();
}

Lookup<Campaign> Workspace::campaign() const
{
    if (!m_db || m_campaignId == 0)
        return lookupNotFound();
    return CampaignRepository(*m_db).byId(m_campaignId);
}

void Workspace::setCampaignId(qint64 id)
{
    if (id == m_campaignId)
        return;
    m_campaignId = id;
    emit campaignChanged(id);
}
