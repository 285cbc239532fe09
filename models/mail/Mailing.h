#pragma once

#include <QString>

// One mailing of a campaign: which units get it, the subject and body templates (placeholders
// listed in MailTemplate) and what each unit's message carries. 'letters' and 'links' are built
// in and can be edited like any other (then stored).
struct Mailing
{
    qint64 id = 0; // 0: a built-in mailing not stored yet
    qint64 campaignId = 0;
    QString name;
    QString subject; // plain text template
    QString body; // HTML template
    QString unitKind; // a participation kind code (initiating-1 ...), empty: every kind
    QString province; // a GB/T 2260 region code, empty: every region
    // A checklist item code (ChecklistItems::code): only the units that have not done it, e.g.
    // "gift-list-received" for a reminder. Empty: whatever their checklist says.
    QString missingItem;
    bool attachLetter = false; // the unit's valid authorization letter as PDF
    bool attachLinks = false; // the unit's active links as .xlsx
    bool attachQr = false; // a QR code PNG per active link
    int rowVersion = 0;
};
