#include "CliCommand.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "domain/SurveyPlatform.h"
#include "io/CsvWriter.h"
#include "repo/CampaignRepository.h"

namespace {

class CampaignCommand : public CliCommand
{
public:
    int run(CliContext &ctx, const QStringList &arguments) override
    {
        return ctx.runAction(
            arguments, this, {{"add", &CampaignCommand::add}, {"list", &CampaignCommand::list}},
            QStringLiteral(
                "secretariat-cli campaign\n\n"
                "  campaign add --year Y --start yyyy-MM-dd --end yyyy-MM-dd "
                "[--base-url URL] [--title TEXT] [--survey-platform P] [--link-parameter NAME]\n"
                "  campaign list [--format text|csv]"));
    }

private:
    int add(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        addOptions(parser);
        if (const auto status = ctx.parse(parser, arguments, CliContext::Arguments::None))
            return *status;
        for (const char *required : {"year", "start", "end"}) {
            if (!parser.isSet(QLatin1String(required)))
                return ctx.usageError(
                    QStringLiteral("campaign add needs --%1").arg(QLatin1String(required)),
                    &parser);
        }
        Campaign c;
        Problems problems = readCampaign(parser, c);
        if (!problems.isEmpty())
            return ctx.rejected(problems);
        auto db = ctx.openDatabase();
        if (!db)
            return ExitRejected;
        problems = CampaignRepository(*db).add(c);
        if (!problems.isEmpty())
            return ctx.rejected(problems);
        ctx.out() << "campaign " << c.year << " added: " << Clock::dateText(c.startDate) << " .. "
                  << Clock::dateText(c.endDate) << Qt::endl;
        return ExitOk;
    }

    static void addOptions(QCommandLineParser &parser)
    {
        CliContext::describe(
            parser, QStringLiteral("secretariat-cli campaign add\n\nAdd a campaign year."));
        parser.addOption(
            {QStringLiteral("year"), QStringLiteral("Campaign year."), QStringLiteral("Y")});
        parser.addOption({QStringLiteral("start"), QStringLiteral("First day of the window."),
                          QStringLiteral("DATE")});
        parser.addOption({QStringLiteral("end"), QStringLiteral("Last day of the window."),
                          QStringLiteral("DATE")});
        parser.addOption({QStringLiteral("base-url"),
                          QStringLiteral("Questionnaire base URL for links."),
                          QStringLiteral("URL")});
        parser.addOption(
            {QStringLiteral("title"), QStringLiteral("Campaign title."), QStringLiteral("TEXT")});
        parser.addOption({QStringLiteral("survey-platform"),
                          QStringLiteral("The first questionnaire's platform: ")
                              + SurveyPlatform::keyList() + QStringLiteral(" (default other)."),
                          QStringLiteral("P"), QStringLiteral("other")});
        parser.addOption({QStringLiteral("link-parameter"),
                          QStringLiteral("The URL parameter the platform keeps (default: the "
                                         "platform's, e.g. sojumpparm on wjx)."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("link-request-due"),
                          QStringLiteral("Due date for link requests."), QStringLiteral("DATE")});
        parser.addOption({QStringLiteral("gift-list-due"),
                          QStringLiteral("Due date for gift lists."), QStringLiteral("DATE")});
        parser.addOption({QStringLiteral("form-due"),
                          QStringLiteral("Due date for information forms."),
                          QStringLiteral("DATE")});
    }

    // The campaign as the options give it (the title by default from the year); what is not a
    // year or a date is a problem.
    static Problems readCampaign(const QCommandLineParser &parser, Campaign &c)
    {
        bool yearOk = false;
        c.year = parser.value(QStringLiteral("year")).toInt(&yearOk);
        Problems problems;
        if (!yearOk)
            problems.append(
                {{},
                 0,
                 QStringLiteral("year"),
                 QStringLiteral("'%1' is not a year").arg(parser.value(QStringLiteral("year")))});
        const auto date = [&](const char *option, QDate &target) {
            const QString text = parser.value(QLatin1String(option));
            if (text.isEmpty())
                return;
            target = Clock::parseDate(text);
            if (!target.isValid())
                problems.append(
                    {{},
                     0,
                     QLatin1String(option),
                     QStringLiteral("'%1' is not a date of the form yyyy-MM-dd").arg(text)});
        };
        date("start", c.startDate);
        date("end", c.endDate);
        date("link-request-due", c.linkRequestDue);
        date("gift-list-due", c.giftListDue);
        date("form-due", c.formDue);
        c.baseUrl = parser.value(QStringLiteral("base-url"));
        c.surveyPlatform = parser.value(QStringLiteral("survey-platform"));
        c.linkParameter = parser.value(QStringLiteral("link-parameter"));
        c.title = parser.value(QStringLiteral("title"));
        if (c.title.isEmpty() && yearOk)
            c.title = QStringLiteral("%1网民网络安全感满意度调查活动").arg(c.year);
        return problems;
    }

    int list(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        CliContext::describe(
            parser, QStringLiteral("secretariat-cli campaign list\n\nList campaign years."));
        ctx.addFormatOption(parser, {QStringLiteral("text"), QStringLiteral("csv")});
        if (const auto status = ctx.parse(parser, arguments))
            return *status;
        const QString format = parser.value(QStringLiteral("format"));
        auto db = ctx.openDatabase();
        if (!db)
            return ExitRejected;
        QSqlError error;
        const QList<Campaign> campaigns = CampaignRepository(*db).all(&error);
        if (error.isValid())
            return ctx.databaseError(error);
        if (format == QLatin1String("csv"))
            ctx.out() << "year,start,end,base_url\n";
        for (const Campaign &c : campaigns) {
            if (format == QLatin1String("csv"))
                ctx.out() << CsvWriter::formatRow({QString::number(c.year),
                                                   Clock::dateText(c.startDate),
                                                   Clock::dateText(c.endDate), c.baseUrl})
                          << '\n';
            else
                ctx.out() << c.year << "  " << Clock::dateText(c.startDate) << " .. "
                          << Clock::dateText(c.endDate) << "  " << c.baseUrl << '\n';
        }
        ctx.out().flush();
        return ExitOk;
    }
};

CliRegistration<CampaignCommand> registration("campaign",
                                              "Add or list campaign years (add, list).");

} // namespace
