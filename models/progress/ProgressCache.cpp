#include "progress/ProgressCache.h"

#include "db/Database.h"
#include "session/Workspace.h"

#include <QThread>

ProgressCache::ProgressCache(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    connect(workspace, &Workspace::databaseChanged, this, &ProgressCache::reload);
    connect(workspace, &Workspace::campaignChanged, this, &ProgressCache::reload);
    connect(workspace, &Workspace::dataChanged, this, [this](DataEvents::Domains domains) {
        if (domains
            & (DataEvents::Tallies | DataEvents::Units | DataEvents::Grades
               | DataEvents::Campaigns))
            reload();
    });
    reload();
}

ProgressCache::~ProgressCache() = default;

void ProgressCache::loadNow()
{
    ++m_generation;
    m_error.clear();
    if (!m_workspace->hasDatabase() || m_workspace->campaignId() == 0) {
        m_snapshot.reset();
    } else {
        QSqlError error;
        m_snapshot = ProgressQuery(m_workspace->database())
                         .load(m_workspace->campaignId(), &error, m_questionnaireId);
        ++m_loads;
        if (!m_snapshot)
            m_error = Dialect::describeError(error);
    }
    emit changed();
}

namespace {
struct LoadResult
{
    std::shared_ptr<const ProgressSnapshot> snapshot;
    QString error;
};
} // namespace

void ProgressCache::setQuestionnaireId(qint64 id)
{
    if (id == m_questionnaireId)
        return;
    m_questionnaireId = id;
    reload();
}

void ProgressCache::reload()
{
    if (!m_asynchronous || !m_workspace->hasDatabase() || m_workspace->campaignId() == 0) {
        loadNow();
        return;
    }
    const int generation = ++m_generation;
    const QString location = m_workspace->database().location();
    const bool readOnly = m_workspace->database().isReadOnly();
    const qint64 campaignId = m_workspace->campaignId();
    const qint64 questionnaireId = m_questionnaireId;
    auto result = std::make_shared<LoadResult>();
    // The worker opens its own connection: a connection belongs to the thread that opened it.
    QThread *thread = QThread::create([location, readOnly, campaignId, questionnaireId, result] {
        Database db;
        if (const QSqlError e = db.open(location, readOnly); e.isValid()) {
            result->error = Dialect::describeError(e);
            return;
        }
        QSqlError error;
        result->snapshot = ProgressQuery(db).load(campaignId, &error, questionnaireId);
        if (!result->snapshot)
            result->error = Dialect::describeError(error);
    });
    ++m_pending;
    connect(thread, &QThread::finished, this, [this, result, generation] {
        --m_pending;
        if (generation != m_generation)
            return; // superseded by a newer request
        m_snapshot = result->snapshot;
        m_error = result->error;
        ++m_loads;
        emit changed();
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}
