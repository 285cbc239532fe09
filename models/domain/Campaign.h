#pragma once

#include <QDate>
#include <QString>

// One year's survey: its collection window, the base URL tracking links are built on, and the
// due dates the committee sets.
struct Campaign
{
    qint64 id = 0;
    int year = 0;
    QString title;
    QDate startDate;
    QDate endDate;
    QString baseUrl;
    // The first questionnaire's platform and link parameter, used when the campaign is added
    // (empty parameter: the platform's own).
    QString surveyPlatform = QStringLiteral("other");
    QString linkParameter;
    QDate linkRequestDue;
    QDate giftListDue;
    QDate formDue; // information forms (信息表) returned by
    int rowVersion = 1;

    int days() const { return startDate.isValid() ? int(startDate.daysTo(endDate)) + 1 : 0; }
    bool contains(const QDate &day) const { return day >= startDate && day <= endDate; }
};
