#include "CliCommand.h"
#include "CliTable.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "links/LinkExporter.h"
#include "links/LinkFileExporter.h"
#include "links/LinkRepository.h"
#include "repo/CampaignRepository.h"

#include <QDir>

#include <functional>
#include <optional>

namespace {

const char kUsage[]
    = "secretariat-cli links\n\n"
      "Tracking links (独立链接) and their QR codes and entry posters.\n\n"
      "  links request --campaign Y --unit ID --count N [--date yyyy-MM-dd]\n"
      "  links pending [--campaign Y]\n"
      "  links issue --campaign Y --unit ID --count N [--label TEXT] [--questionnaire NAME]\n"
      "  links list [--campaign Y] [--unit ID] [--status active|revoked] [--questionnaire NAME]\n"
      "             [--format text|csv]\n"
      "  links export FILE [--campaign Y] [--questionnaire NAME]   (FILE.csv or FILE.xlsx)\n"
      "  links revoke TOKEN\n"
      "  links restore TOKEN\n"
      "  links qr --campaign Y --out DIR [--unit ID] [--size PX] [--svg] [--poster] "
      "[--poster-png]\n"
      "           [--page A4|A5] [--artwork IMAGE] [--poster-language zh|en] "
      "[--questionnaire NAME]";

class LinksCommand : public CliCommand
{
public:
    int run(CliContext &ctx, const QStringList &arguments) override
    {
        return ctx.runAction(arguments, this,
                             {{"request", &LinksCommand::request},
                              {"pending", &LinksCommand::pending},
                              {"issue", &LinksCommand::issue},
                              {"list", &LinksCommand::list},
                              {"export", &LinksCommand::exportLinks},
                              {"revoke", &LinksCommand::revoke},
                              {"restore", &LinksCommand::restore},
                              {"qr", &LinksCommand::qr}},
                             QString::fromUtf8(kUsage));
    }

private:
    // --questionnaire NAME: only that questionnaire's links (of --campaign, else the default
    // campaign). False (printed why) when there is no such questionnaire.
    static bool questionnaireFilter(CliContext &ctx, Database &db, const QCommandLineParser &parser,
                                    LinkRepository::Filter &filter)
    {
        if (!parser.isSet(QStringLiteral("questionnaire")))
            return true;
        const auto c = ctx.campaign(db, parser);
        if (!c || !ctx.questionnaire(db, c->id, parser, &filter.questionnaireId))
            return false;
        filter.campaignId = c->id;
        return true;
    }

    // The links of --campaign (without it the current, else the latest campaign; of every
    // campaign only in a database with none, and so without links) and of --questionnaire,
    // narrowed by filter. The exit status as the error (why printed on err).
    static Expected<QList<Link>, int>
    selectedLinks(CliContext &ctx, const QCommandLineParser &parser, LinkRepository::Filter filter)
    {
        const auto rejected = Unexpected(int(ExitRejected));
        auto db = ctx.openDatabase();
        if (!db)
            return rejected;
        const Lookup<Campaign> latest = CampaignRepository(*db).latest();
        if (!latest && latest.error().isDatabase())
            return Unexpected(ctx.databaseError(latest.error()));
        if (parser.isSet(QStringLiteral("campaign")) || latest) {
            const auto c = ctx.campaign(*db, parser);
            if (!c)
                return rejected;
            filter.campaignId = c->id;
        }
        if (!questionnaireFilter(ctx, *db, parser, filter))
            return rejected;
        QSqlError error;
        QList<Link> links = LinkRepository(*db).list(filter, &error);
        if (error.isValid())
            return Unexpected(ctx.databaseError(error));
        return links;
    }

    static QCommandLineOption unitOption()
    {
        return {QStringLiteral("unit"), QStringLiteral("Unit id."), QStringLiteral("ID")};
    }
    static QCommandLineOption countOption()
    {
        return {QStringLiteral("count"), QStringLiteral("Number of links."), QStringLiteral("N")};
    }

    static void describe(QCommandLineParser &parser, const QString &action, const QString &text)
    {
        CliContext::describe(parser,
                             QStringLiteral("secretariat-cli links %1\n\n%2").arg(action, text));
    }

    int request(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        describe(parser, QStringLiteral("request"),
                 QStringLiteral("Record how many links a unit asked for."));
        parser.addOptions(
            {CliContext::campaignOption(true),
             unitOption(),
             countOption(),
             {QStringLiteral("date"), QStringLiteral("Day of the request (default today)."),
              QStringLiteral("DATE")}});
        if (const auto status = ctx.parse(parser, arguments, CliContext::Arguments::None))
            return *status;
        if (!parser.isSet(QStringLiteral("campaign")))
            return ctx.usageError(QStringLiteral("links request needs --campaign"), &parser);
        const auto unit = ctx.wholeNumber(parser, QStringLiteral("unit"));
        if (!unit)
            return unit.error();
        const auto count = ctx.wholeNumber(parser, QStringLiteral("count"));
        if (!count)
            return count.error();
        QDate date;
        if (parser.isSet(QStringLiteral("date"))) {
            date = Clock::parseDate(parser.value(QStringLiteral("date")));
            if (!date.isValid())
                return ctx.rejected({{{},
                                      0,
                                      QStringLiteral("date"),
                                      QStringLiteral("'%1' is not a date of the form yyyy-MM-dd")
                                          .arg(parser.value(QStringLiteral("date")))}});
        }
        std::unique_ptr<Database> db;
        const auto c = ctx.openCampaign(parser, &db);
        if (!c)
            return c.error();
        if (const Problems p = LinkRepository(*db).recordRequest(
                c->id, *unit, int(qMin<qint64>(*count, INT_MAX)), date);
            !p.isEmpty())
            return ctx.rejected(p);
        ctx.out() << "unit " << *unit << " asked for " << *count << " links for " << c->year
                  << Qt::endl;
        return ExitOk;
    }

    int pending(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        describe(parser, QStringLiteral("pending"),
                 QStringLiteral("List the units that have not said how many links they need."));
        CliContext::addCampaignOption(parser);
        std::unique_ptr<Database> db;
        const auto c = ctx.openCampaign(parser, arguments, &db, CliContext::Arguments::None);
        if (!c)
            return c.error();
        QSqlError error;
        const QList<PendingLinkRequest> units = LinkRepository(*db).pendingRequests(c->id, &error);
        if (error.isValid())
            return ctx.databaseError(error);
        ctx.out() << "# " << c->year << ": " << units.size()
                  << " units have not asked for links; due "
                  << (c->linkRequestDue.isValid() ? Clock::dateText(c->linkRequestDue)
                                                  : QStringLiteral("(not set)"))
                  << '\n';
        for (const PendingLinkRequest &u : units)
            ctx.out() << u.unitId << '\t' << u.unitName << '\n';
        ctx.out().flush();
        return ExitOk;
    }

    int issue(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        describe(parser, QStringLiteral("issue"),
                 QStringLiteral("Issue new tracking links for a unit."));
        parser.addOptions(
            {CliContext::campaignOption(true),
             unitOption(),
             countOption(),
             CliContext::questionnaireOption(),
             {QStringLiteral("label"), QStringLiteral("Where the links will be used."),
              QStringLiteral("TEXT")}});
        if (const auto status = ctx.parse(parser, arguments, CliContext::Arguments::None))
            return *status;
        if (!parser.isSet(QStringLiteral("campaign")))
            return ctx.usageError(QStringLiteral("links issue needs --campaign"), &parser);
        const auto unit = ctx.wholeNumber(parser, QStringLiteral("unit"));
        if (!unit)
            return unit.error();
        const auto count = ctx.wholeNumber(parser, QStringLiteral("count"));
        if (!count)
            return count.error();
        std::unique_ptr<Database> db;
        const auto c = ctx.openCampaign(parser, &db);
        if (!c)
            return c.error();
        qint64 questionnaireId = 0;
        if (!ctx.questionnaire(*db, c->id, parser, &questionnaireId))
            return ExitRejected;
        QList<Link> issued;
        if (const Problems p = LinkRepository(*db).issue(
                c->id, *unit, int(qMin<qint64>(*count, INT_MAX)),
                parser.value(QStringLiteral("label")), &issued, questionnaireId);
            !p.isEmpty())
            return ctx.rejected(p);
        for (const Link &l : issued)
            ctx.out() << l.token << '\t' << l.url << '\n';
        ctx.out().flush();
        return ExitOk;
    }

    int list(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        describe(parser, QStringLiteral("list"),
                 QStringLiteral("List tracking links with their samples."));
        parser.addOptions({CliContext::campaignOption(),
                           unitOption(),
                           CliContext::questionnaireOption(),
                           {QStringLiteral("status"), QStringLiteral("active or revoked."),
                            QStringLiteral("STATUS")}});
        ctx.addFormatOption(parser, {QStringLiteral("text"), QStringLiteral("csv")});
        if (const auto status = ctx.parse(parser, arguments, CliContext::Arguments::None))
            return *status;
        const QString format = parser.value(QStringLiteral("format"));
        LinkRepository::Filter filter;
        const auto unit = ctx.wholeNumber(parser, QStringLiteral("unit"), 0);
        if (!unit)
            return unit.error();
        filter.unitId = *unit;
        if (parser.isSet(QStringLiteral("status"))) {
            const auto s = ctx.choice(parser, QStringLiteral("status"),
                                      {QStringLiteral("active"), QStringLiteral("revoked")});
            if (!s)
                return s.error();
            filter.status
                = *s == QLatin1String("active") ? Link::Status::Active : Link::Status::Revoked;
        }
        const auto links = selectedLinks(ctx, parser, filter);
        if (!links)
            return links.error();
        // The text columns in their own order, for reading; the csv's for spreadsheets.
        CliTable table(ctx.out(), format,
                       {QStringLiteral("year"), QStringLiteral("unit_id"), QStringLiteral("unit"),
                        QStringLiteral("token"), QStringLiteral("url"), QStringLiteral("label"),
                        QStringLiteral("status"), QStringLiteral("samples")});
        for (const Link &l : *links) {
            const QString year = QString::number(l.campaignYear), unit = QString::number(l.unitId),
                          samples = QString::number(l.samples);
            if (table.isText())
                table.add(
                    {year, unit, l.unitName, l.token, l.statusCode(), samples, l.label, l.url});
            else
                table.add(
                    {year, unit, l.unitName, l.token, l.url, l.label, l.statusCode(), samples});
        }
        table.finish();
        return ExitOk;
    }

    int exportLinks(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        describe(
            parser, QStringLiteral("export"),
            QStringLiteral("Write the links for the survey platform: FILE.csv or FILE.xlsx with\n"
                           "unit_id,unit,token,url,label,status."));
        CliContext::addCampaignOption(parser);
        parser.addOption(CliContext::questionnaireOption());
        parser.addPositionalArgument(QStringLiteral("FILE"),
                                     QStringLiteral("Where to write (.csv or .xlsx)."));
        if (const auto status = ctx.parse(parser, arguments))
            return *status;
        if (const auto status
            = ctx.positionals(parser, 1, QStringLiteral("a TOKEN or FILE argument is missing")))
            return *status;
        const QString path = parser.positionalArguments().constFirst();
        const auto links = selectedLinks(ctx, parser, {});
        if (!links)
            return links.error();
        if (const QString e = LinkExporter::write(path, *links); !e.isEmpty()) {
            ctx.err() << path << ": " << e << Qt::endl;
            return ExitRejected;
        }
        ctx.out() << links->size() << " links written to " << path << Qt::endl;
        return ExitOk;
    }

    int revoke(CliContext &ctx, const QStringList &arguments)
    {
        return setStatus(ctx, arguments, true);
    }
    int restore(CliContext &ctx, const QStringList &arguments)
    {
        return setStatus(ctx, arguments, false);
    }

    int setStatus(CliContext &ctx, const QStringList &arguments, bool revoking)
    {
        QCommandLineParser parser;
        describe(parser, revoking ? QStringLiteral("revoke") : QStringLiteral("restore"),
                 revoking ? QStringLiteral(
                     "Revoke a link: its samples stop counting for new days. Nothing is deleted.")
                          : QStringLiteral("Make a revoked link active again."));
        parser.addPositionalArgument(QStringLiteral("TOKEN"),
                                     QStringLiteral("The link's token or full URL."));
        if (const auto status = ctx.parse(parser, arguments))
            return *status;
        if (const auto status
            = ctx.positionals(parser, 1, QStringLiteral("a TOKEN or FILE argument is missing")))
            return *status;
        auto db = ctx.openDatabase();
        if (!db)
            return ExitRejected;
        LinkRepository links(*db);
        const QString token = parser.positionalArguments().constFirst();
        const Problems p = revoking ? links.revoke(token) : links.restore(token);
        if (!p.isEmpty())
            return ctx.rejected(p);
        const Lookup<Link> link = links.byToken(token);
        if (!link)
            return ctx.databaseError(link.error());
        ctx.out() << "link " << link->token << (revoking ? " revoked" : " restored") << Qt::endl;
        return ExitOk;
    }

    int qr(CliContext &ctx, const QStringList &arguments)
    {
        QCommandLineParser parser;
        describe(parser, QStringLiteral("qr"),
                 QStringLiteral(
                     "Write QR codes (PNG, optionally SVG) and entry posters (PDF, PNG) for the\n"
                     "active links of a campaign or one unit, named unit_label_TOKEN."));
        parser.addOptions(
            {CliContext::campaignOption(),
             unitOption(),
             CliContext::questionnaireOption(),
             {QStringLiteral("out"), QStringLiteral("Folder to write into."),
              QStringLiteral("DIR")},
             {QStringLiteral("size"), QStringLiteral("QR PNG size in pixels (default 600)."),
              QStringLiteral("PX"), QStringLiteral("600")},
             {QStringLiteral("svg"), QStringLiteral("Also write each QR code as SVG.")},
             {QStringLiteral("poster"), QStringLiteral("Also write an entry poster as PDF.")},
             {QStringLiteral("poster-png"), QStringLiteral("Also write the entry poster as PNG.")},
             {QStringLiteral("page"), QStringLiteral("Poster page size: A4 (default) or A5."),
              QStringLiteral("SIZE"), QStringLiteral("A4")},
             {QStringLiteral("artwork"), QStringLiteral("Campaign artwork image for the posters."),
              QStringLiteral("IMAGE")},
             {QStringLiteral("poster-language"),
              QStringLiteral("Poster wording: zh (default) or en."), QStringLiteral("LANG"),
              QStringLiteral("zh")}});
        if (const auto status = ctx.parse(parser, arguments, CliContext::Arguments::None))
            return *status;
        if (!parser.isSet(QStringLiteral("out")))
            return ctx.usageError(QStringLiteral("links qr needs --out"), &parser);
        LinkFileExporter::Options options;
        options.outDir = parser.value(QStringLiteral("out"));
        options.qrSvg = parser.isSet(QStringLiteral("svg"));
        options.posterPdf = parser.isSet(QStringLiteral("poster"));
        options.posterPng = parser.isSet(QStringLiteral("poster-png"));
        options.artworkPath = parser.value(QStringLiteral("artwork"));
        if (!PosterRenderer::languageFromCode(parser.value(QStringLiteral("poster-language")),
                                              &options.language))
            return ctx.usageError(QStringLiteral("--poster-language is zh or en"), &parser);
        bool ok = false;
        options.qrPixels = parser.value(QStringLiteral("size")).toInt(&ok);
        if (!ok || options.qrPixels < 50 || options.qrPixels > 10000)
            return ctx.usageError(
                QStringLiteral("--size is a number of pixels between 50 and 10000"), &parser);
        if (!PosterRenderer::pageSizeFromCode(parser.value(QStringLiteral("page")),
                                              &options.pageSize))
            return ctx.usageError(QStringLiteral("--page is A4 or A5"), &parser);
        LinkRepository::Filter filter;
        filter.status = Link::Status::Active;
        const auto unit = ctx.wholeNumber(parser, QStringLiteral("unit"), 0);
        if (!unit)
            return unit.error();
        filter.unitId = *unit;
        std::unique_ptr<Database> db;
        const auto c = ctx.openCampaign(parser, &db);
        if (!c)
            return c.error();
        filter.campaignId = c->id;
        if (!questionnaireFilter(ctx, *db, parser, filter))
            return ExitRejected;
        QSqlError error;
        const QList<Link> links = LinkRepository(*db).list(filter, &error);
        if (error.isValid())
            return ctx.databaseError(error);
        if (links.isEmpty()) {
            ctx.err() << "unit: no active links to write" << Qt::endl;
            return ExitRejected;
        }
        const LinkFileExporter::Result result = LinkFileExporter::run(links, options);
        if (!result.error.isEmpty()) {
            ctx.err() << result.error << Qt::endl;
            return ExitRejected;
        }
        ctx.out() << result.files.size() << " files for " << links.size() << " links written to "
                  << QDir::toNativeSeparators(options.outDir) << Qt::endl;
        return ExitOk;
    }
};

CliRegistration<LinksCommand>
    registration("links",
                 "Tracking links: request, pending, issue, list, export, revoke, restore, qr.");

} // namespace
