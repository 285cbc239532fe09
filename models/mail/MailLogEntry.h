#pragma once

#include <QString>

// One message tried: sent (the server's answer in detail) or failed (the reason in detail).
struct MailLogEntry
{
    enum class Status { Sent, Failed };

    qint64 id = 0;
    qint64 campaignId = 0;
    QString mailing;
    qint64 unitId = 0;
    QString unitName; // filled when listed
    QString recipient;
    Status status = Status::Failed;
    QString detail;
    QString messageId;
    QString attachments; // file names, "; " between them
    QString at; // ISO UTC
    QString by;

    bool isSent() const { return status == Status::Sent; }
    static QString statusCode(Status s)
    {
        return s == Status::Sent ? QStringLiteral("sent") : QStringLiteral("failed");
    }
};
