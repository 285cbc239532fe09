#include "checklist/ChecklistItem.h"

namespace {

struct ItemInfo
{
    ChecklistItem item;
    const char *code;
    const char *name;
    bool automatic;
    const char *shortName;
};

const ItemInfo kItems[] = {
    {ChecklistItem::FormReceived, "form-received",
     QT_TRANSLATE_NOOP("ChecklistItems", "Information form received"), false,
     QT_TRANSLATE_NOOP("ChecklistItems", "Form")},
    {ChecklistItem::LinksRequested, "links-requested",
     QT_TRANSLATE_NOOP("ChecklistItems", "Link count requested"), true,
     QT_TRANSLATE_NOOP("ChecklistItems", "Link count")},
    {ChecklistItem::LinksIssued, "links-issued",
     QT_TRANSLATE_NOOP("ChecklistItems", "Links issued"), true,
     QT_TRANSLATE_NOOP("ChecklistItems", "Links")},
    {ChecklistItem::LinksSent, "links-sent", QT_TRANSLATE_NOOP("ChecklistItems", "Links sent"),
     false,
     QT_TRANSLATE_NOOP("ChecklistItems", "Links out")},
    {ChecklistItem::LetterIssued, "letter-issued",
     QT_TRANSLATE_NOOP("ChecklistItems", "Letter issued"), true,
     QT_TRANSLATE_NOOP("ChecklistItems", "Letter")},
    {ChecklistItem::LetterPrinted, "letter-printed",
     QT_TRANSLATE_NOOP("ChecklistItems", "Letter printed"), false,
     QT_TRANSLATE_NOOP("ChecklistItems", "Printed")},
    {ChecklistItem::LetterSent, "letter-sent", QT_TRANSLATE_NOOP("ChecklistItems", "Letter sent"),
     false,
     QT_TRANSLATE_NOOP("ChecklistItems", "Letter out")},
    {ChecklistItem::GiftListReceived, "gift-list-received",
     QT_TRANSLATE_NOOP("ChecklistItems", "Gift list received"), false,
     QT_TRANSLATE_NOOP("ChecklistItems", "Gift list")},
    {ChecklistItem::TargetAgreed, "target-agreed",
     QT_TRANSLATE_NOOP("ChecklistItems", "Sample target agreed"), false,
     QT_TRANSLATE_NOOP("ChecklistItems", "Target")},
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

QString ChecklistItems::shortName(ChecklistItem item)
{
    return tr(info(item).shortName);
}
