#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include "domain/Campaign.h"

#include <functional>
#include <memory>
#include <optional>

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
    // --wait SECONDS: how long a write waits for another desk (WriteWait).
    static QCommandLineOption waitOption();
    // Applies --wait if given; false when its value is not a number of seconds.
    static bool applyWait(const QCommandLineParser &parser);
    // Makes this thread's waits for another desk print a line on err now and then.
    static void reportWaits(QTextStream &err);
    // Parses a command's arguments; on a usage error prints it and returns ExitUsage, on --help
    // prints help and returns ExitOk; returns -1 when the command should go on.
    int parse(QCommandLineParser &parser, const QStringList &arguments);

    QString databaseLocation() const;
    // Opens and migrates the database, or prints why not and returns null.
    std::unique_ptr<Database> openDatabase();

    int usageError(const QString &message, const QCommandLineParser *parser = nullptr);

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

    static QCommandLineOption campaignOption();
    static void addCampaignOption(QCommandLineParser &parser);
    // The campaign named by --campaign; without it the one whose window holds today, else the
    // newest. Prints why not and returns nullopt when there is none.
    std::optional<Campaign> campaign(Database &db, const QCommandLineParser &parser);

    // --questionnaire NAME: *id is 0 when not given, else the campaign's questionnaire of that
    // name; false (printed why) when the campaign has none of that name.
    static QCommandLineOption questionnaireOption();
    bool questionnaire(Database &db, qint64 campaignId, const QCommandLineParser &parser,
                       qint64 *id);

private:
    QString m_dbOption;
    QTextStream &m_out;
    QTextStream &m_err;
};

// One command of secretariat-cli ("init", "campaign", ...). Each lives in commands/ and
// registers itself with CliRegistration.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // arguments[0] is "secretariat-cli <name>", the rest follow the command name.
    virtual int run(CliContext &context, const QStringList &arguments) = 0;
};

class CliRegistry
{
public:
    static void add(CliCommand *command);
    static CliCommand *find(const QString &name);
    static QList<CliCommand *> all();
};

template<typename T>
struct CliRegistration
{
    CliRegistration() { CliRegistry::add(new T); }
};
