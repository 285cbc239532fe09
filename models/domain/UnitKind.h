#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// A unit's role in one campaign.
enum class UnitKind { InitiatingFirst, InitiatingSecond, Supporting };

// A unit's sort of organization.
enum class UnitSort { Association, Media, Company, Government, School, Other };

// The field a recommended expert serves.
enum class ExpertField { Publicity, Questionnaire, Report, Data, Other };

// Codes stored in the database and files, and the names people read.
class DomainNames
{
    Q_DECLARE_TR_FUNCTIONS(DomainNames)
public:
    static QString code(UnitKind kind);
    static std::optional<UnitKind> unitKindFromText(const QString &text); // code, zh or en name
    static QString displayName(UnitKind kind);
    static QString letterSeries(UnitKind kind); // FQ for initiating, ZC for supporting
    static QList<UnitKind> unitKinds();

    static QString code(UnitSort sort);
    static std::optional<UnitSort> unitSortFromText(const QString &text);
    static QString displayName(UnitSort sort);
    static QList<UnitSort> unitSorts();

    static QString code(ExpertField field);
    static std::optional<ExpertField> expertFieldFromText(const QString &text);
    static QString displayName(ExpertField field);
    static QList<ExpertField> expertFields();
};
