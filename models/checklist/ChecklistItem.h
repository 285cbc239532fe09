#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// What a unit must have done before the survey window opens (issue #15, "Who is missing what"),
// in the order the secretariat works through them.
enum class ChecklistItem {
    FormReceived, // its information form (信息表) came back
    LinksRequested, // it said how many links it needs (ticks itself: participations)
    LinksIssued, // it holds at least one active link (ticks itself: links)
    LinksSent, // the links went out to it
    LetterIssued, // it holds a valid authorization letter (ticks itself: letters)
    LetterPrinted,
    LetterSent,
    GiftListReceived, // its list of gift goods came back
    TargetAgreed, // it agreed its sample target
};

// Codes (stored and on the command line), names people read, and which items tick themselves.
class ChecklistItems
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistItems)
public:
    static QList<ChecklistItem> all();
    // form-received, links-requested, links-issued, links-sent, letter-issued, letter-printed,
    // letter-sent, gift-list-received, target-agreed.
    static QString code(ChecklistItem item);
    static std::optional<ChecklistItem> fromCode(const QString &code);
    // The codes joined by ", ", for usage messages.
    static QString codeList();
    static QString displayName(ChecklistItem item);
    // A column header's few words (the display name is the header's tooltip).
    static QString shortName(ChecklistItem item);
    // True for what the program reads from its own tables (links requested, links issued, a
    // valid letter); those cannot be ticked by hand.
    static bool isAutomatic(ChecklistItem item);
};
