#include "CliCommand.h"
#include "CliTable.h"

#include "db/Database.h"
#include "domain/SurveyPlatform.h"
#include "repo/QuestionnaireRepository.h"

namespace {

const char kUsage[]
    = "secretariat-cli questionnaire\n\n"
      "  questionnaire add NAME [--campaign Y] --survey-platform P [--base-url URL]\n"
      "                    [--link-parameter NAME] [--min-seconds N]\n"
      "  questionnaire list [--campaign Y] [--format text|csv]\n"
      "  questionnaire edit NAME [--campaign Y] [--name NEW] [--survey-platform P]\n"
      "                    [--base-url URL] [--link-parameter NAME] [--min-seconds N]";

// A campaign's questionnaires, each on its survey platform with the link parameter it keeps.
class QuestionnaireCommand : public CliCommand
{
public:
    int run(CliContext &ctx, const QStringList &arguments) override
    {
        return ctx.runAction(arguments, this,
                             {{"add", &QuestionnaireCommand::add},
                              {"edit", &QuestionnaireCommand::edit},
                              {"list", &QuestionnaireCommand::list}},
                             QString::fromUtf8(kUsage));
    }

private:
    static void addOptions(QCommandLineParser &parser, bool add)
    {
        CliContext::describe(parser, QString::fromUtf8(kUsage), CliContext::WithCampaign);
        parser.addOption({QStringLiteral("survey-platform"),
                          SurveyPlatform::keyList() + QStringLiteral("."), QStringLiteral("P")});
        parser.addOption({QStringLiteral("base-url"),
                          QStringLiteral("The questionnaire's address."), QStringLiteral("URL")});
        parser.addOption({QStringLiteral("link-parameter"),
                          QStringLiteral("The URL parameter that carries the token (default: "
                                         "the platform's)."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("min-seconds"),
                          QStringLiteral("Responses completed faster are invalid (0: no rule)."),
                          QStringLiteral("N")});
        if (!add)
            parser.addOption(
                {QStringLiteral("name"), QStringLiteral("A new name."), QStringLiteral("NEW")});
    }

    // Applies the options to s; false (printed) on a bad value.
    static bool apply(CliContext &ctx, const QCommandLineParser &parser, Questionnaire &s)
    {
        if (parser.isSet(QStringLiteral("survey-platform"))) {
            SurveyPlatform::Id id;
            if (!SurveyPlatform::fromKey(parser.value(QStringLiteral("survey-platform")), &id)) {
                ctx.usageError(QStringLiteral("--survey-platform is one of ")
                               + SurveyPlatform::keyList());
                return false;
            }
            s.platform = SurveyPlatform::key(id);
            if (!parser.isSet(QStringLiteral("link-parameter")))
                s.linkParameter = SurveyPlatform::defaultParameter(id);
        }
        if (parser.isSet(QStringLiteral("link-parameter")))
            s.linkParameter = parser.value(QStringLiteral("link-parameter")).trimmed();
        if (parser.isSet(QStringLiteral("base-url")))
            s.baseUrl = parser.value(QStringLiteral("base-url")).trimmed();
        if (parser.isSet(QStringLiteral("name")))
            s.name = parser.value(QStringLiteral("name")).trimmed();
        if (parser.isSet(QStringLiteral("min-seconds"))) {
            bool ok = false;
            s.minSeconds = parser.value(QStringLiteral("min-seconds")).toInt(&ok);
            if (!ok || s.minSeconds < 0) {
                ctx.usageError(QStringLiteral("--min-seconds is a number of seconds"));
                return false;
            }
        }
        return true;
    }

    int add(CliContext &ctx, const QStringList &arguments) { return write(ctx, arguments, true); }
    int edit(CliContext &ctx, const QStringList &arguments) { return write(ctx, arguments, false); }

    int write(CliContext &ctx, const QStringList &arguments, bool add)
    {
        QCommandLineParser parser;
        addOptions(parser, add);
        if (const auto status = ctx.parse(parser, arguments))
            return *status;
        if (const auto status
            = ctx.positionals(parser, 1, QStringLiteral("name one questionnaire")))
            return *status;
        if (add && !parser.isSet(QStringLiteral("survey-platform")))
            return ctx.usageError(QStringLiteral("questionnaire add needs --survey-platform"),
                                  &parser);
        std::unique_ptr<Database> db;
        const auto c = ctx.openCampaign(parser, &db);
        if (!c)
            return c.error();
        QuestionnaireRepository repo(*db);
        const QString name = parser.positionalArguments().first();
        Lookup<Questionnaire> s = add ? Questionnaire() : repo.byName(c->id, name);
        if (!s && s.error().isDatabase())
            return ctx.databaseError(s.error());
        if (!s) {
            ctx.err() << "questionnaire: the campaign has no questionnaire '" << name << "'"
                      << Qt::endl;
            return ExitRejected;
        }
        const Questionnaire before = *s;
        s->campaignId = c->id;
        if (add)
            s->name = name;
        if (!apply(ctx, parser, *s))
            return ExitUsage;
        const Problems p = add ? repo.add(*s) : repo.update(*s);
        if (!p.isEmpty()) {
            ctx.err() << formatProblems(p) << Qt::endl;
            return ExitRejected;
        }
        if (!add && before.links > 0 && QuestionnaireRepository::changesLinks(before, *s))
            ctx.err() << "warning: " << before.links
                      << " link(s) were issued before: their printed QR codes and posters still "
                         "carry the old address"
                      << Qt::endl;
        ctx.out() << "questionnaire " << s->name << (add ? " added" : " saved") << Qt::endl;
        return ExitOk;
    }

    int list(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        CliContext::describe(parser, QString::fromUtf8(kUsage), CliContext::WithCampaign);
        ctx.addFormatOption(parser, {QStringLiteral("text"), QStringLiteral("csv")});
        if (const auto status = ctx.parse(parser, arguments))
            return *status;
        const bool csv = parser.value(QStringLiteral("format")) == QLatin1String("csv");
        std::unique_ptr<Database> db;
        const auto c = ctx.openCampaign(parser, &db);
        if (!c)
            return c.error();
        QSqlError error;
        const QList<Questionnaire> questionnaires
            = QuestionnaireRepository(*db).list(c->id, &error);
        if (error.isValid())
            return ctx.databaseError(error);
        CliTable table(ctx.out(), csv ? QStringLiteral("csv") : QStringLiteral("text"),
                       {QStringLiteral("name"), QStringLiteral("platform"),
                        QStringLiteral("link_parameter"), QStringLiteral("base_url"),
                        QStringLiteral("min_seconds"), QStringLiteral("links")});
        for (const Questionnaire &s : questionnaires)
            table.add({s.name, s.platform, s.linkParameter, s.baseUrl,
                       QString::number(s.minSeconds), QString::number(s.links)});
        table.finish();
        return ExitOk;
    }
};

CliRegistration<QuestionnaireCommand>
    registration("questionnaire",
                 "A campaign's questionnaires and their platforms (add, list, edit).");

} // namespace
