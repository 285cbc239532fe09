#include "checklist/ChecklistItem.h"

namespace {

struct ItemInfo
{
    ChecklistItem item;
    const char *code;
    const char *name;
    bool automatic;
};

const ItemInfo kItems[] = {
    {ChecklistItem::FormReceived, "form-received",
     QT_TRANSLATE_NOOP("ChecklistItems", "Information form received"), false},
    {ChecklistItem::LinksRequested, "links-requested",
     QT_TRANSLATE_NOOP("ChecklistItems", "Link count requested"), true},
    {ChecklistItem::LinksIssued, "links-issued",
     QT_TRANSLATE_NOOP("ChecklistItems", "Links issued"), true},
    {ChecklistItem::LinksSent, "links-sent", QT_TRANSLATE_NOOP("ChecklistItems", "Links sent"),
     false},
    {ChecklistItem::LetterIssued, "letter-issued",
     QT_TRANSLATE_NOOP("ChecklistItems", "Letter issued"), true},
    {ChecklistItem::LetterPrinted, "letter-printed",
     QT_TRANSLATE_NOOP("ChecklistItems", "Letter printed"), false},
    {ChecklistItem::LetterSent, "letter-sent", QT_TRANSLATE_NOOP("ChecklistItems", "Letter sent"),
     false},
    {ChecklistItem::GiftListReceived, "gift-list-received",
     QT_TRANSLATE_NOOP("ChecklistItems", "Gift list received"), false},
    {ChecklistItem::TargetAgreed, "target-agreed",
     QT_TRANSLATE_NOOP("ChecklistItems", "Sample target agreed"), false},
};

const ItemInfo &info(ChecklistItem item)
{
    return kItems[int(item)];
}

} // namespace

QList<ChecklistItem> ChecklistItems::all()
{
    QList<ChecklistItem> items;
    for (const ItemInfo &i : kItems)
        items.append(i.item);
    return items;
}

QString ChecklistItems::code(ChecklistItem item)
{
    return QLatin1String(info(item).code);
}

std::optional<ChecklistItem> ChecklistItems::fromCode(const QString &code)
{
    for (const ItemInfo &i : kItems) {
        if (code.trimmed().compare(QLatin1String(i.code), Qt::CaseInsensitive) == 0)
            return i.item;
    }
    return std::nullopt;
}

QString ChecklistItems::codeList()
{
    QStringList codes;
    for (const ItemInfo &i : kItems)
        codes << QLatin1String(i.code);
    return codes.join(QStringLiteral(", "));
}

QString ChecklistItems::displayName(ChecklistItem item)
{
    return tr(info(item).name);
}

bool ChecklistItems::isAutomatic(ChecklistItem item)
{
    return info(item).automatic;
}
