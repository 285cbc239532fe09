#pragma once

#include <QObject>

// Repositories announce committed changes here; item models listen and refresh. One instance is
// shared by every connection to the same database, including worker-thread clones, so a change
// committed by an import thread reaches the views through a queued signal.
class DataEvents : public QObject
{
    Q_OBJECT
public:
    enum Domain {
        Campaigns = 0x01,
        Units = 0x02,
        Letters = 0x04,
        Links = 0x08,
        Tallies = 0x10,
        Imports = 0x20,
        Grades = 0x40,
        Checklist = 0x80, // ticks ticked or unticked by hand
        Everything = 0xff
    };
    Q_DECLARE_FLAGS(Domains, Domain)
    Q_FLAG(Domains)

    using QObject::QObject;

    void notify(Domains domains) { emit changed(domains); }

signals:
    void changed(DataEvents::Domains domains);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(DataEvents::Domains)
