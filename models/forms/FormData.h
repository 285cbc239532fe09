#pragma once

#include "forms/FormLayout.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

// What an information form says, as text, before it is checked against the stored units:
// the unit's fields by key ("name", "region", ...) and the sub-tables' rows by column key.
// Written by forms/FormFile from a stored unit, and read back from a filled-in file.
struct FormData
{
    int year = 0; // the campaign the form was made for (0: unknown)
    qint64 unitId = 0; // the unit a pre-filled form was made for (0: blank or unknown)
    QHash<QString, QString> fields; // only the labels found on the form
    QHash<FormLayout::Table, QList<QHash<QString, QString>>> tables; // only the tables found
    QList<QPair<QString, QString>> notes; // field key, what the reader chose and why (warnings)
};
