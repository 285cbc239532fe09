#pragma once

#include "progress/ProgressQuery.h"

#include <QObject>

#include <memory>

class Workspace;

// The current campaign's progress snapshot, read once and kept: it is read again only when the
// campaign or database changes or when tallies, units, grades or campaigns change
// (DataEvents::Tallies | Units | Grades | Campaigns), then changed() is emitted.
//
// Every read, the first at construction included, runs on a worker thread with its own connection
// (asynchronous mode, the default), so neither opening the dashboard nor an import blocks the
// window while the figures are read (about 85 ms of CPU for 5,000 units, bench/README.md); the
// old snapshot (none at first) stays on show until the new one arrives, then changed() is
// emitted. A newer request supersedes an older one still running. In synchronous mode (tests,
// the benchmark's peer) reads happen on the calling thread.
class ProgressCache : public QObject
{
    Q_OBJECT
public:
    explicit ProgressCache(Workspace *workspace, QObject *parent = nullptr);
    ~ProgressCache() override;

    std::shared_ptr<const ProgressSnapshot> snapshot() const { return m_snapshot; }
    QString lastError() const { return m_error; }
    // How many snapshots were read from the database and applied (for tests and the benchmark).
    int loads() const { return m_loads; }
    bool isLoading() const { return m_pending > 0; }

    void setAsynchronous(bool asynchronous) { m_asynchronous = asynchronous; }
    // Counts only the links of one questionnaire (0: every questionnaire); reads again.
    void setQuestionnaireId(qint64 id);
    qint64 questionnaireId() const { return m_questionnaireId; }
    bool isAsynchronous() const { return m_asynchronous; }

public slots:
    void reload();

signals:
    void changed();

private:
    void loadNow();

    Workspace *m_workspace;
    std::shared_ptr<const ProgressSnapshot> m_snapshot;
    QString m_error;
    int m_loads = 0;
    int m_generation = 0;
    int m_pending = 0;
    bool m_asynchronous = true;
    qint64 m_questionnaireId = 0;
};
