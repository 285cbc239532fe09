#include "forms/FormLayout.h"

#include "domain/NameKey.h"

#include <QRegularExpression>

namespace {
QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *s : items)
        out << QString::fromUtf8(s);
    return out;
}

// "联系电话（手机或座机）" -> "联系电话": hints in brackets are not part of a label.
QString withoutHints(const QString &text)
{
    static const QRegularExpression hint(QStringLiteral("[（(][^）)]*[）)]"));
    QString t = text;
    return t.remove(hint);
}

bool sameLabel(const QString &text, const QString &label)
{
    const QString n = FormLayout::normalized(label);
    return FormLayout::normalized(text) == n || FormLayout::normalized(withoutHints(text)) == n;
}
} // namespace

const QList<FormLayout::FieldSpec> &FormLayout::fields()
{
    static const QList<FieldSpec> specs = {
        {Field::Name, QStringLiteral("name"), QStringLiteral("单位名称"),
         list({"单位全称", "发起单位名称", "单位名称（全称）"}), true},
        {Field::Region, QStringLiteral("region"), QStringLiteral("所在省份"),
         list({"省份", "省份/地区", "所在地区", "所在省市", "省/自治区/直辖市", "地区"}), true},
        {Field::City, QStringLiteral("city"), QStringLiteral("所在城市"), list({"城市", "地市"}),
         false},
        {Field::Kind, QStringLiteral("kind"), QStringLiteral("单位类型"),
         list({"参与类型", "发起单位类型"}), true},
        {Field::Sort, QStringLiteral("sort"), QStringLiteral("单位性质"),
         list({"单位类别", "机构性质", "单位属性"}), false},
        {Field::Parent, QStringLiteral("parent"), QStringLiteral("上级发起单位"),
         list({"上级单位", "邀请单位"}), false},
        {Field::Target, QStringLiteral("target"), QStringLiteral("样本量采集目标"),
         list({"样本目标", "样本量目标", "采集目标"}), false},
        {Field::Contact, QStringLiteral("contact"), QStringLiteral("联系人"), list({"联络人"}),
         true},
        {Field::Position, QStringLiteral("position"), QStringLiteral("职务"), list({"职位"}),
         false},
        {Field::Phone, QStringLiteral("phone"), QStringLiteral("联系电话"),
         list({"联系方式", "电话", "手机", "联系方式/电话"}), true},
        {Field::Email, QStringLiteral("email"), QStringLiteral("电子邮箱"),
         list({"邮箱", "e-mail", "email", "电子邮件"}), false},
    };
    return specs;
}

const FormLayout::FieldSpec &FormLayout::spec(Field field)
{
    for (const FieldSpec &s : fields()) {
        if (s.field == field)
            return s;
    }
    return fields().first();
}

const FormLayout::FieldSpec *FormLayout::fieldForLabel(const QString &cellText, QString *rest)
{
    const QString text = cellText.trimmed();
    if (text.isEmpty())
        return nullptr;
    for (const FieldSpec &s : fields()) {
        for (const QString &label : QStringList(s.aliases) + QStringList {s.label}) {
            if (sameLabel(text, label)) {
                if (rest)
                    rest->clear();
                return &s;
            }
        }
    }
    // Text typed beside the label in the same cell: "联系人：王五", "联系人 王五".
    static const QRegularExpression split(QStringLiteral("^[*＊\\s]*([^:：\\s]+)\\s*[:：]\\s*(.*)$|"
                                                         "^[*＊\\s]*(\\S+)\\s+(.+)$"),
                                          QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = split.match(text);
    if (!m.hasMatch())
        return nullptr;
    const QString label = m.captured(1).isEmpty() ? m.captured(3) : m.captured(1);
    const QString value = m.captured(1).isEmpty() ? m.captured(4) : m.captured(2);
    for (const FieldSpec &s : fields()) {
        for (const QString &l : QStringList(s.aliases) + QStringList {s.label}) {
            if (sameLabel(label, l)) {
                if (rest)
                    *rest = value.trimmed();
                return &s;
            }
        }
    }
    return nullptr;
}

QList<FormLayout::ColumnSpec> FormLayout::columns(Table table)
{
    const ColumnSpec contact {QStringLiteral("contact"), QStringLiteral("联系人"),
                              list({"联络人"})};
    const ColumnSpec phone {QStringLiteral("phone"), QStringLiteral("联系方式"),
                            list({"联系电话", "电话", "手机"})};
    const ColumnSpec position {QStringLiteral("position"), QStringLiteral("职务"), list({"职位"})};
    switch (table) {
    case Table::Initiating:
        return {{QStringLiteral("name"), QStringLiteral("联系单位"),
                 list({"单位名称", "单位", "发起单位"})},
                contact,
                phone,
                position};
    case Table::Supporting:
        return {{QStringLiteral("name"), QStringLiteral("单位名称"), list({"单位", "支持单位"})},
                {QStringLiteral("sort"), QStringLiteral("类别"),
                 list({"单位类别", "单位性质", "媒体/企业"})},
                {QStringLiteral("core"), QStringLiteral("核心合作"),
                 list({"是否核心合作", "核心合作单位", "是否核心合作单位"})},
                contact,
                phone,
                position};
    case Table::Gifts:
        return {{QStringLiteral("name"), QStringLiteral("礼品名称"),
                 list({"商品名称", "礼品", "名称"})},
                {QStringLiteral("quantity"), QStringLiteral("数量"), list({"礼品数量", "份数"})},
                {QStringLiteral("local_only"), QStringLiteral("仅限本地"),
                 list({"仅限本地网民", "是否仅限本地", "仅限本地兑换"})}};
    case Table::Experts:
        return {
            {QStringLiteral("field"), QStringLiteral("专家类别"),
             list({"类别", "领域", "专家类型"})},
            {QStringLiteral("name"), QStringLiteral("专家姓名"), list({"姓名", "专家"})},
            contact,
            phone,
            {QStringLiteral("specialty"), QStringLiteral("专长领域"), list({"专长", "擅长领域"})}};
    case Table::None:
        break;
    }
    return {};
}

QString FormLayout::tableTitle(Table table)
{
    switch (table) {
    case Table::Initiating:
        return QStringLiteral("推荐发起单位（联系单位，可增删行）");
    case Table::Supporting:
        return QStringLiteral("推荐支持单位（核心合作媒体1–2家、企业2–3家，可增删行）");
    case Table::Gifts:
        return QStringLiteral("推荐商品作为公益商店兑换礼品（可增删行）");
    case Table::Experts:
        return QStringLiteral("推荐专家（宣传策划、问卷设计、报告撰写、数据处理、其他，可增删行）");
    case Table::None:
        break;
    }
    return {};
}

QString FormLayout::tableKey(Table table)
{
    switch (table) {
    case Table::Initiating:
        return QStringLiteral("initiating");
    case Table::Supporting:
        return QStringLiteral("supporting");
    case Table::Gifts:
        return QStringLiteral("gifts");
    case Table::Experts:
        return QStringLiteral("experts");
    case Table::None:
        break;
    }
    return {};
}

FormLayout::Table FormLayout::tableForTitle(const QString &text)
{
    const QString n = normalized(text);
    if (!n.contains(QStringLiteral("推荐")) || n.contains(QStringLiteral("信息表")))
        return Table::None;
    if (n.contains(QStringLiteral("专家")))
        return Table::Experts;
    if (n.contains(QStringLiteral("礼品")) || n.contains(QStringLiteral("商品")))
        return Table::Gifts;
    if (n.contains(QStringLiteral("支持单位")))
        return Table::Supporting;
    if (n.contains(QStringLiteral("发起单位")))
        return Table::Initiating;
    return Table::None;
}

int FormLayout::columnForHeader(Table table, const QString &text)
{
    const QList<ColumnSpec> specs = columns(table);
    for (int i = 0; i < specs.size(); ++i) {
        for (const QString &label : specs[i].aliases + QStringList {specs[i].label}) {
            if (sameLabel(text, label))
                return i;
        }
    }
    return -1;
}

QString FormLayout::formTitle(int year)
{
    return QStringLiteral("%1网民网络安全感满意度调查活动").arg(year);
}

QString FormLayout::formSubtitle()
{
    return QStringLiteral("调查活动发起单位信息表");
}

QString FormLayout::normalized(const QString &text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isSpace() || c == QLatin1Char(':') || c == QLatin1Char('*')
            || NameKey::isInvisible(c.unicode()))
            continue;
        out += c.toLower();
    }
    return out;
}

bool FormLayout::isTickMark(QChar c)
{
    static const QString marks = QStringLiteral("☑☒✓✔√■▣◼●✅Xx");
    return marks.contains(c);
}

bool FormLayout::isEmptyBox(QChar c)
{
    static const QString boxes = QStringLiteral("☐□○◻");
    return boxes.contains(c);
}

QString FormLayout::tick(bool on)
{
    return on ? QStringLiteral("☑") : QStringLiteral("☐");
}

QString FormLayout::choiceText(const QStringList &options, int ticked)
{
    QStringList parts;
    for (int i = 0; i < options.size(); ++i)
        parts << tick(i == ticked) + options[i];
    return parts.join(QStringLiteral("　"));
}

QList<int> FormLayout::tickedOptions(const QString &text, const QStringList &options)
{
    QList<int> ticked;
    const QString t = text.normalized(QString::NormalizationForm_C);
    bool anyBox = false;
    for (const QChar c : t)
        anyBox = anyBox || (isEmptyBox(c) || (isTickMark(c) && c.toLower() != QLatin1Char('x')));
    if (!anyBox) {
        // No boxes: the cell names the option ("一级发起单位"), as the .xlsx form has it.
        const QString n = normalized(t);
        for (int i = 0; i < options.size(); ++i) {
            if (!n.isEmpty() && n == normalized(options[i]))
                ticked << i;
        }
        return ticked;
    }
    const auto markBefore = [&](qsizetype at) -> QChar {
        for (qsizetype i = at - 1; i >= 0; --i) {
            if (!t[i].isSpace())
                return t[i];
        }
        return {};
    };
    const auto markAfter = [&](qsizetype at) -> QChar {
        for (qsizetype i = at; i < t.size(); ++i) {
            if (!t[i].isSpace())
                return t[i];
        }
        return {};
    };
    // Boxes stand before the options as written ("☑一级"); some units put a tick after one
    // instead ("一级√"). Which way this text is written is seen at its first option.
    QList<qsizetype> positions;
    for (const QString &o : options)
        positions << t.indexOf(o);
    bool before = true;
    for (int i = 0; i < options.size(); ++i) {
        if (positions[i] >= 0) {
            const QChar c = markBefore(positions[i]);
            before = isTickMark(c) || isEmptyBox(c);
            break;
        }
    }
    for (int i = 0; i < options.size(); ++i) {
        if (positions[i] < 0)
            continue;
        const QChar c
            = before ? markBefore(positions[i]) : markAfter(positions[i] + options[i].size());
        if (isTickMark(c))
            ticked << i;
    }
    return ticked;
}

bool FormLayout::yes(const QString &text)
{
    const QString n = normalized(text);
    if (n.isEmpty())
        return false;
    // "☐是 ☑否": boxes in front of both answers.
    if (n.contains(QStringLiteral("是")) && n.contains(QStringLiteral("否")))
        return tickedOptions(text, list({"是", "否"})) == QList<int> {0};
    static const QStringList no
        = list({"否", "不", "无", "n", "no", "0", "false", "×", "☐", "□", "不是", "非"});
    if (no.contains(n))
        return false;
    static const QStringList yesWords
        = list({"是", "y", "yes", "1", "true", "核心", "仅限本地", "限本地", "本地"});
    if (yesWords.contains(n))
        return true;
    for (const QChar c : n) {
        if (isTickMark(c))
            return true;
    }
    return n.startsWith(QStringLiteral("是"));
}

QStringList FormLayout::kindOptions()
{
    return list({"一级发起单位", "二级发起单位", "支持单位"});
}

QStringList FormLayout::sortOptions()
{
    return list({"协会/社会组织", "媒体", "企业", "政府机关", "学校", "其他"});
}
