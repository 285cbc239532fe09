#pragma once

#include "progress/ProgressQuery.h"

#include <QObject>

#include <memory>

class Workspace;

// The current campaign's progress snapshot, read once and kept: it is read again only when the
// campaign or database changes or when tallies, units, grades or campaigns change
// (DataEvents::Tallies | Units | Grades | Campaigns), then changed() is emitted.
//
// The first read (at construction) is synchronous, so a page opens with its figures. Later reads
// run on a worker thread with its own connection (asynchronous mode, the default), so an import
// never blocks the window while the figures are read again; the old snapshot stays on show
// until the new one arrives. A newer request supersedes an older one still running.
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
