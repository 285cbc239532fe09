#pragma once

#include "imports/formats/TallyFormat.h"

// A survey platform's per-response export: the columns carrying the response id, the submit
// time, the token (required) and optionally the completion time, validity flag and status, each
// known by the names the platform writes: one field table per platform (see table()). A row without
// a token is counted apart ("no link"); every submitted response is valid unless the platform marks
// it otherwise (see isValid).
class PlatformFormat : public TallyFormat
{
    Q_DECLARE_TR_FUNCTIONS(PlatformFormat)
public:
    // fields: the platform's field table (table()); signature: header texts that must all be
    // present (matched normalised) for a header to be this platform's; none: never recognised.
    PlatformFormat(QString key, ImportFields fields, QStringList signature);

    // The field table of a platform: the response id, link and submit time required, the
    // completion time, validity flag and status optional, each with the header texts the
    // platform writes for it (UTF-8, in order of preference).
    struct Names
    {
        std::initializer_list<const char *> responseId;
        std::initializer_list<const char *> submittedAt;
        std::initializer_list<const char *> link;
        std::initializer_list<const char *> duration;
        std::initializer_list<const char *> validFlag = {};
        std::initializer_list<const char *> status = {};
    };
    static ImportFields table(const Names &names);

    QString key() const override { return m_key; }
    int recognise(const QStringList &header) const override;
    const ImportFields &fields() const override { return m_fields; }
    // By the platform's names only (ImportColumns::Names::AliasesOnly); the token column may
    // also be headed by one of linkParameters, after the platform's names.
    ColumnMapping map(const QStringList &header, const QStringList &linkParameters) const override;
    void interpret(const QStringList &cells, const ColumnMapping &mapping,
                   TallyRow &row) const override;

    // Empty, N/A, 直接访问, "-": a response that came without a tracking link.
    static bool isNoLink(QStringView text);

protected:
    // Whether a submitted response counts as valid; a problem when a flag cannot be read.
    virtual bool isValid(const QStringList &cells, const ColumnMapping &mapping,
                         TallyRow &row) const;
    // True when a row without a submit time is an incomplete response, not a malformed row.
    virtual bool emptyTimeMeansIncomplete() const { return false; }

private:
    QString m_key;
    ImportFields m_fields;
    QStringList m_signature;
};
