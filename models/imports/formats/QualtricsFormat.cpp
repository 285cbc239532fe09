#include "imports/formats/QualtricsFormat.h"

#include "domain/SurveyPlatform.h"
#include "imports/TallyValueParser.h"

QualtricsFormat::QualtricsFormat()
    : PlatformFormat(QStringLiteral("qualtrics"),
                     table({.responseId = {"ResponseId"},
                            .submittedAt = {"RecordedDate"},
                            .link = {"src"},
                            .duration = {"Duration (in seconds)", "Duration"},
                            .validFlag = {"Finished"},
                            .status = {"Status"}}),
                     {QStringLiteral("ResponseId"), QStringLiteral("RecordedDate")})
{}

QString QualtricsFormat::label() const
{
    return SurveyPlatform::label(SurveyPlatform::Qualtrics);
}

bool QualtricsFormat::isHeaderRow(const QStringList &cells, const ColumnMapping &mapping) const
{
    const QString id = cell(cells, mapping, Field::ResponseId).trimmed();
    return id.startsWith(QLatin1Char('{')) || ColumnMapping::normalise(id) == u"responseid";
}

bool QualtricsFormat::isValid(const QStringList &cells, const ColumnMapping &mapping,
                              TallyRow &row) const
{
    const bool finished = PlatformFormat::isValid(cells, mapping, row);
    const QString status = ColumnMapping::normalise(cell(cells, mapping, Field::Status));
    // Text or numeric export: IP Address (0) and Offline (16) are real responses; Survey
    // Preview (1), Survey Test (2) and Spam (8) are not.
    const bool real = status.isEmpty() || status == u"ipaddress" || status == u"0"
        || status == u"offline" || status == u"16" || status == u"imported" || status == u"4";
    return finished && real;
}
