#pragma once

#include "imports/ImportColumns.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Which column of a tally file holds which field. Every tally format describes its columns as an
// ImportField table (key, aliases, required, label) built with required() and optional(); the
// header is mapped by the importers' one column mapper, ImportColumns. The project's own daily
// and responses files have the tables fields(Kind) (链接/链接编号/link/token/url, 日期/date,
// 有效样本数/valid samples, ...), the platforms theirs (formats/). The import wizard lets a
// person change the mapping. Also tells the file's kind from the fields found.
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)
public:
    enum Field {
        Link,
        Day,
        ValidSamples,
        InvalidSamples,
        Suggestions,
        ResponseId,
        SubmittedAt,
        ValidFlag,
        Region,
        Duration, // completion time (所用时间, 答题时长, Duration)
        Status, // the platform's own state of a response (Qualtrics Status)
        FieldCount
    };
    enum class Kind { Unknown, Daily, Responses };

    ColumnMapping();

    // An entry of a tally field table: field's key and label, the header texts that name it
    // (UTF-8; in order of preference, see ImportColumns::match), required or not.
    static ImportField required(Field field, std::initializer_list<const char *> aliases);
    static ImportField optional(Field field, std::initializer_list<const char *> aliases = {});
    // The field table of the project's own daily or responses file; for Unknown, every field one
    // of the two has except the responses file's validity flag ("valid" is the daily count
    // there), none required: what tells the kind.
    static const ImportFields &fields(Kind kind);
    // The field a table entry is for (by its key), or FieldCount.
    static Field fieldOf(const ImportField &entry);

    // Maps the header with fields (a tally field table) through ImportColumns::match.
    static ColumnMapping
    fromHeader(const ImportFields &fields, const QStringList &header, Kind kind,
               ImportColumns::Names names = ImportColumns::Names::KeyAndAliases);
    // Maps header cells with fields(kind). With kind Unknown the kind is detected first from the
    // fields only one kind has (答卷编号/提交时间 -> responses; 日期 + 有效样本数 -> daily).
    static ColumnMapping fromHeader(const QStringList &header, Kind kind = Kind::Unknown);

    Kind kind() const { return m_kind; }
    void setKind(Kind kind) { m_kind = kind; }
    int column(Field field) const { return m_columns.at(field); }
    void setColumn(Field field, int column);
    bool isMapped(Field field) const { return m_columns.at(field) >= 0; }
    int headerSize() const { return m_headerSize; }
    void setHeaderSize(int size) { m_headerSize = size; }

    // The fields a table needs and those it may use, in table order.
    static QList<Field> requiredFields(const ImportFields &fields);
    static QList<Field> optionalFields(const ImportFields &fields);
    // The same of fields(kind).
    static QList<Field> requiredFields(Kind kind);
    static QList<Field> optionalFields(Kind kind);
    // The columns of the fields of a table, as the mapper holds them (missingRequired ...).
    ImportColumns columnsOf(const ImportFields &fields) const;
    // Required fields of the current kind that no column holds.
    QList<Field> missingFields() const;
    // Header columns no field of the current kind uses.
    QList<int> ignoredColumns() const;

    // "link", "day", ... as used in FILE:LINE: field: messages.
    static QString fieldKey(Field field);
    // The field's name for people, translated.
    static QString fieldLabel(Field field);
    // The label of the field whose key is key ("submitted_at" -> 提交时间); key itself when no
    // field has it.
    static QString labelForKey(const QString &key);
    static QString kindKey(Kind kind); // "daily", "responses", ""
    static QString kindLabel(Kind kind);
    static Kind kindFromKey(const QString &key);

    // The header text normalised for alias matching, as every importer's (ImportColumns).
    static QString normalise(const QString &header);

private:
    QList<int> m_columns;
    Kind m_kind = Kind::Unknown;
    int m_headerSize = 0;
};
