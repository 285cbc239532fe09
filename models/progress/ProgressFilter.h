#pragma once

#include "progress/ProgressQuery.h"

#include <QString>

// The dashboard's filters, shared by its charts and its unit list: region code, kind code, the
// group of a first-level unit (the unit itself and every unit whose parent chain leads to it),
// and text in the unit's name. Empty / 0 means "any".
struct ProgressFilter
{
    QString region;
    QString kind;
    qint64 groupOf = 0;
    QString text;

    bool accepts(const UnitProgress &u) const
    {
        if (!region.isEmpty() && u.province != region)
            return false;
        if (!kind.isEmpty() && u.kind != kind)
            return false;
        if (groupOf != 0 && u.rootId != groupOf)
            return false;
        return text.isEmpty() || u.name.contains(text, Qt::CaseInsensitive);
    }
    QList<int> rows(const ProgressSnapshot &s) const
    {
        QList<int> out;
        out.reserve(s.units.size());
        for (int i = 0; i < s.units.size(); ++i) {
            if (accepts(s.units.at(i)))
                out.append(i);
        }
        return out;
    }
    bool isEmpty() const
    {
        return region.isEmpty() && kind.isEmpty() && groupOf == 0 && text.isEmpty();
    }
};
