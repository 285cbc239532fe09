#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The information form (信息表, annex 2 of the committee's invitation; fields in
// shared/DOMAIN.md): the labels the .docx and .xlsx forms carry, and the spellings a unit may
// leave in their place. Writer and reader share this one definition, so a form is read by its
// label text, never by the position of a cell.
class FormLayout
{
    Q_DECLARE_TR_FUNCTIONS(FormLayout)
public:
    // The unit's own fields, in the order the form shows them. Keys are the field names of
    // validation/UnitValidator and of the import files.
    enum class Field {
        Name,
        Region,
        City,
        Kind,
        Sort,
        Parent,
        Target,
        Contact,
        Position,
        Phone,
        Email
    };
    // The four sub-tables (any number of rows each).
    enum class Table { None, Initiating, Supporting, Gifts, Experts };

    struct FieldSpec
    {
        Field field;
        QString key; // "name", "region", ... as in UnitValidator's problems
        QString label; // as printed on the form, e.g. 单位名称
        QStringList aliases; // other spellings read as this label
        bool required; // a form without this label is refused
    };
    struct ColumnSpec
    {
        QString key; // "name", "contact", "phone", "position", "sort", "core", "quantity", ...
        QString label;
        QStringList aliases;
    };

    static const QList<FieldSpec> &fields();
    static const FieldSpec &spec(Field field);
    // The field a label cell names ("联系人：", "* 单位名称", "联系电话（手机）"), or nullptr.
    // *rest gets text typed after the label in the same cell ("联系人：王五" -> "王五").
    static const FieldSpec *fieldForLabel(const QString &cellText, QString *rest = nullptr);

    static QList<ColumnSpec> columns(Table table);
    static QString tableTitle(Table table); // e.g. 推荐发起单位（联系单位）
    static QString tableKey(Table table); // "initiating", "supporting", "gifts", "experts"
    // The sub-table a title row names, or Table::None.
    static Table tableForTitle(const QString &text);
    // The column of table a header cell names, or -1.
    static int columnForHeader(Table table, const QString &text);

    static QString formTitle(int year); // 2024网民网络安全感满意度调查活动
    static QString formSubtitle(); // 调查活动发起单位信息表

    // Text compared as labels are: without spaces of any width, colons, asterisks and invisible
    // characters, NFKC-folded (full-width letters and digits to ASCII), Latin lower-cased.
    static QString normalized(const QString &text);

    // Check boxes as Word, WPS and LibreOffice users tick them: ☑ ☒ ✓ ✔ √ ■ ▣ ◼ ● and X;
    // unticked: ☐ □ ○ ◻.
    static bool isTickMark(QChar c);
    static bool isEmptyBox(QChar c);
    static QString tick(bool on); // ☑ or ☐
    // "☑一级发起单位　☐二级发起单位　☐支持单位": the options with their boxes.
    static QString choiceText(const QStringList &options, int ticked);
    // Which of options are ticked in text (boxes before or after the option's name); when the
    // text holds no box at all, the option it names. Indexes into options.
    static QList<int> tickedOptions(const QString &text, const QStringList &options);
    // A yes/no cell: 是, ☑, √, Y, yes, 1, true ... -> true; 否, ☐, ×, N, empty ... -> false.
    static bool yes(const QString &text);

    // The options of the kind and sort fields, as printed; index = enum value order of
    // DomainNames::unitKinds() / unitSorts().
    static QStringList kindOptions();
    static QStringList sortOptions();
};
