#pragma once

#include "progress/ProgressQuery.h"

#include <QObject>

#include <memory>

class Workspace;

// The current campaign's progress snapshot, read once and kept: it is read again only when the
// campaign or database changes or when tallies, units, grades or campaigns change
// (DataEvents::Tallies | Units | Grades | Campaigns), then changed() is emitted.
class ProgressCache : public QObject
{
    Q_OBJECT
public:
    explicit ProgressCache(Workspace *workspace, QObject *parent = nullptr);

    std::shared_ptr<const ProgressSnapshot> snapshot() const { return m_snapshot; }
    QString lastError() const { return m_error; }
    // How many times the snapshot was read from the database (for tests and the benchmark).
    int loads() const { return m_loads; }

public slots:
    void reload();

signals:
    void changed();

private:
    Workspace *m_workspace;
    std::shared_ptr<const ProgressSnapshot> m_snapshot;
    QString m_error;
    int m_loads = 0;
};
