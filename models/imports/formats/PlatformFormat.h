#pragma once

#include "imports/formats/TallyFormat.h"

// A survey platform's per-response export: the columns carrying the response id, the submit
// time, the token and optionally the completion time, validity flag and status, each known by
// the names the platform writes. A row without a token is counted apart ("no link"); every
// submitted response is valid unless the platform marks it otherwise (see isValid).
class PlatformFormat : public TallyFormat
{
    Q_DECLARE_TR_FUNCTIONS(PlatformFormat)
public:
    // Header names (any of them; matched normalised) of each column.
    struct Columns
    {
        QStringList responseId;
        QStringList submittedAt;
        QStringList link;
        QStringList duration;
        QStringList validFlag;
        QStringList status;
        // Names that must all be present for the header to be this platform's.
        QStringList signature;
    };

    PlatformFormat(QString key, Columns columns);

    QString key() const override { return m_key; }
    int recognise(const QStringList &header) const override;
    ColumnMapping map(const QStringList &header, const QStringList &linkParameters) const override;
    QList<Field> requiredFields() const override;
    QList<Field> optionalFields() const override;
    void interpret(const QStringList &cells, const ColumnMapping &mapping,
                   TallyRow &row) const override;

    // Empty, N/A, 直接访问, "-": a response that came without a tracking link.
    static bool isNoLink(const QString &text);

protected:
    // Whether a submitted response counts as valid; a problem when a flag cannot be read.
    virtual bool isValid(const QStringList &cells, const ColumnMapping &mapping,
                         TallyRow &row) const;
    // True when a row without a submit time is an incomplete response, not a malformed row.
    virtual bool emptyTimeMeansIncomplete() const { return false; }
    const Columns &columns() const { return m_columns; }

private:
    QString m_key;
    Columns m_columns;
};
