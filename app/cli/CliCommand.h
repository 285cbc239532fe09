#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include "common/Expected.h"
#include "common/Problem.h"
#include "db/LookupError.h"
#include "domain/Campaign.h"

#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <utility>

class Database;

// Exit statuses shared by every command.
enum ExitStatus { ExitOk = 0, ExitRejected = 1, ExitUsage = 2 };

// What a command gets: its arguments, the database location and the two output streams.
class CliContext
{
public:
    CliContext(QString dbOption, QTextStream &out, QTextStream &err)
        : m_dbOption(std::move(dbOption))
        , m_out(out)
        , m_err(err)
    {}

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Adds --db, --wait and --help to a command's parser, so they may also follow the command
    // name.
    static void addCommonOptions(QCommandLineParser &parser);
    // What begins every command's parser: its description (the text --help prints first), the
    // common options and, WithCampaign, --campaign; NamedCampaign: --campaign described as
    // required, for actions that issue or send something (a letter, links, mail) and so must not
    // fall to the year under way by default. The action still checks that it was given.
    enum CampaignOption { NoCampaign, WithCampaign, NamedCampaign };
    static void describe(QCommandLineParser &parser, const QString &description,
                         CampaignOption campaign = NoCampaign);
    // --wait SECONDS: how long a write waits for another desk (WriteWait).
    static QCommandLineOption waitOption();
    // Applies --wait if given; false when its value is not a number of seconds.
    static bool applyWait(const QCommandLineParser &parser);
    // Makes this thread's waits for another desk print a line on err now and then.
    static void reportWaits(QTextStream &err);
    // What a command takes besides its options.
    enum class Arguments { Any, None };
    // Parses a command's arguments: the status to exit with when the command is done (a usage
    // error printed: ExitUsage; --help printed: ExitOk), nullopt when it should go on. With
    // Arguments::None a positional argument is a usage error ("unexpected argument 'X'"); a
    // --format declared with addFormatOption() that is not one of its formats is one too.
    //   if (const auto status = ctx.parse(parser, arguments)) return *status;
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments,
                             Arguments positional = Arguments::Any);
    // Exactly `expected` positional arguments, else a usage error naming the first extra one or
    // saying `missing` (e.g. "a TOKEN or FILE argument is missing"); nullopt when they are there.
    std::optional<int> positionals(const QCommandLineParser &parser, int expected,
                                   const QString &missing);

    // A whole number option (--unit ID, --count N): its value; when it is not given `absent`,
    // or with absent < 0 a usage error "--unit is required". A value that is not a whole
    // number >= 0 is a usage error. Usage errors are printed and their ExitUsage is the error.
    Expected<qint64, int> wholeNumber(const QCommandLineParser &parser, const QString &option,
                                      qint64 absent = -1);
    // The record ids of a repeatable option, each given once or several separated by commas
    // (--unit 12 --unit 14,15), in that order; none when it is not given. A part that is not a
    // whole number above 0 is a usage error ("--unit takes ids such as 12, not 'x'").
    Expected<QList<qint64>, int> ids(const QCommandLineParser &parser, const QString &option);
    // Prints problems (FILE:LINE: field: message) on err and returns ExitRejected.
    int rejected(const Problems &problems);

    // --format FORMAT with formats.first() the default ("text (default) or csv.", "csv (the
    // only format)."); parse() refuses any other ("--format is text or csv"), so the command
    // reads parser.value("format") knowing it is one of them.
    void addFormatOption(QCommandLineParser &parser, const QStringList &formats);
    // The value of an option that takes one of allowed (e.g. --format: text or csv); else a
    // usage error "--format is text or csv" and its ExitUsage as the error.
    Expected<QString, int> choice(const QCommandLineParser &parser, const QString &option,
                                  const QStringList &allowed);

    QString databaseLocation() const;
    // Opens and migrates the database, or prints why not and returns null.
    std::unique_ptr<Database> openDatabase();

    int usageError(const QString &message, const QCommandLineParser *parser = nullptr);
    // Prints a failed database's error ("database: " and Dialect::describeError) and returns
    // ExitRejected. A look-up that failed this way is never reported as "there is no ...".
    int databaseError(const QSqlError &error);
    int databaseError(const LookupError &error) { return databaseError(error.sqlError); }

    // --campaign Y, shared by every command that works on one campaign.
    // A command with actions ("links issue", "links list" ...): arguments[1] names the action,
    // which runs with "secretariat-cli <command> <action>" and the rest. No action or an unknown
    // one prints the usage and returns ExitUsage; --help prints it and returns ExitOk.
    struct Action
    {
        const char *name;
        std::function<int(CliContext &, const QStringList &)> run;
    };
    int runAction(const QStringList &arguments, const QList<Action> &actions, const QString &usage);
    // The same with a table of the command's member functions, one row an action:
    //   return ctx.runAction(arguments, this, {{"list", &GiftsCommand::list}}, usage);
    template<class Command>
    using ActionMember
        = std::pair<const char *, int (Command::*)(CliContext &, const QStringList &)>;
    template<class Command>
    int runAction(const QStringList &arguments, Command *command,
                  std::initializer_list<ActionMember<Command>> actions, const QString &usage)
    {
        QList<Action> table;
        for (const auto &[name, member] : actions)
            table.append({name, [command, member = member](CliContext &c, const QStringList &a) {
                              return (command->*member)(c, a);
                          }});
        return runAction(arguments, table, usage);
    }

    // --campaign Y: with required false "default: the one under way, else the newest".
    static QCommandLineOption campaignOption(bool required = false);
    static void addCampaignOption(QCommandLineParser &parser);
    // The campaign named by --campaign; without it the one whose window holds today, else the
    // newest. Prints why not (there is none, or the database's error) and returns nullopt.
    std::optional<Campaign> campaign(Database &db, const QCommandLineParser &parser);
    // Opens the database into *db and finds the campaign of --campaign (as campaign()); the
    // exit status as the error when either fails (why printed on err).
    //   std::unique_ptr<Database> db;
    //   const auto c = ctx.openCampaign(parser, &db);
    //   if (!c) return c.error();
    Expected<Campaign, int> openCampaign(const QCommandLineParser &parser,
                                         std::unique_ptr<Database> *db);
    // parse() and then openCampaign() in one step, for a command that has nothing to check in
    // between: the exit status as the error when parsing ends the command (--help, a usage
    // error) or either fails.
    Expected<Campaign, int> openCampaign(QCommandLineParser &parser, const QStringList &arguments,
                                         std::unique_ptr<Database> *db,
                                         Arguments positional = Arguments::Any);

    // --questionnaire NAME: *id is 0 when not given, else the campaign's questionnaire of that
    // name; false (printed why) when the campaign has none of that name or the database failed.
    static QCommandLineOption questionnaireOption();
    bool questionnaire(Database &db, qint64 campaignId, const QCommandLineParser &parser,
                       qint64 *id);

private:
    QString m_dbOption;
    QStringList m_formats; // of --format, when the command declared it
    QTextStream &m_out;
    QTextStream &m_err;
};

// One command of secretariat-cli ("init", "campaign", ...). Each lives in commands/ and
// registers itself, with its name and summary, through CliRegistration.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    const QString &name() const { return m_name; }
    // One line for the list of commands secretariat-cli prints.
    const QString &summary() const { return m_summary; }
    // arguments[0] is "secretariat-cli <name>", the rest follow the command name.
    virtual int run(CliContext &context, const QStringList &arguments) = 0;

private:
    template<typename T>
    friend struct CliRegistration;
    QString m_name;
    QString m_summary;
};

class CliRegistry
{
public:
    static void add(CliCommand *command);
    static CliCommand *find(const QString &name);
    static QList<CliCommand *> all();
};

// Registers a command (made with args) under name, with its one-line summary:
//   CliRegistration<GiftsCommand> registration("gifts", "The gift register ... (list).");
template<typename T>
struct CliRegistration
{
    template<typename... Args>
    CliRegistration(const char *name, const char *summary, Args &&...args)
    {
        T *command = new T(std::forward<Args>(args)...);
        command->m_name = QString::fromUtf8(name);
        command->m_summary = QString::fromUtf8(summary);
        CliRegistry::add(command);
    }
};
