#include "CliCommand.h"

#include "db/Database.h"
#include "db/Migrations.h"
#include "db/WriteWait.h"
#include "repo/CampaignRepository.h"
#include "repo/QuestionnaireRepository.h"

#include <QCoreApplication>
#include <QMap>

namespace {
QMap<QString, CliCommand *> &registry()
{
    static QMap<QString, CliCommand *> commands;
    return commands;
}
} // namespace

void CliRegistry::add(CliCommand *command)
{
    registry().insert(command->name(), command);
}

CliCommand *CliRegistry::find(const QString &name)
{
    return registry().value(name, nullptr);
}

QList<CliCommand *> CliRegistry::all()
{
    return registry().values();
}

void CliContext::describe(QCommandLineParser &parser, const QString &description,
                          CampaignOption campaign)
{
    parser.setApplicationDescription(description);
    addCommonOptions(parser);
    if (campaign != NoCampaign)
        parser.addOption(campaignOption(campaign == NamedCampaign));
}

void CliContext::addCommonOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("Database: an SQLite file or postgresql://user@host/db."),
                      QStringLiteral("PATH")});
    parser.addOption(waitOption());
    parser.addHelpOption();
}

QCommandLineOption CliContext::waitOption()
{
    return {QStringLiteral("wait"),
            QStringLiteral("Wait at most SECONDS for another desk's write to finish before giving "
                           "up with nothing written (default 300)."),
            QStringLiteral("SECONDS")};
}

bool CliContext::applyWait(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("wait")))
        return true;
    bool ok = false;
    const int seconds = parser.value(QStringLiteral("wait")).toInt(&ok);
    if (!ok || seconds < 0)
        return false;
    WriteWait::setLimitSeconds(seconds);
    return true;
}

void CliContext::reportWaits(QTextStream &err)
{
    // On stderr at the first wait and then every ten seconds, so a script's log shows why a
    // command takes long; the output on stdout stays clean.
    WriteWait::setObserver([&err, lastShown = -100](int seconds) mutable {
        if (seconds >= 0 && seconds - lastShown >= 10) {
            lastShown = seconds;
            err << "secretariat-cli: "
                << QCoreApplication::translate(
                       "CliContext",
                       "waiting for another desk to finish writing (%1 s; giving up after %2 s)")
                       .arg(seconds)
                       .arg(WriteWait::limitSeconds());
            if (const QString holder = WriteWait::holder(); !holder.isEmpty())
                err << "; " << QCoreApplication::translate("CliContext", "held by %1").arg(holder);
            err << Qt::endl;
        }
        return true;
    });
}

std::optional<int> CliContext::parse(QCommandLineParser &parser, const QStringList &arguments,
                                     Arguments positional)
{
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), &parser);
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("db")))
        m_dbOption = parser.value(QStringLiteral("db"));
    if (!applyWait(parser))
        return usageError(QStringLiteral("--wait needs a number of seconds"), &parser);
    if (!m_formats.isEmpty()) {
        if (const auto format = choice(parser, QStringLiteral("format"), m_formats); !format)
            return format.error();
    }
    if (positional == Arguments::None && !parser.positionalArguments().isEmpty())
        return usageError(
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()),
            &parser);
    return std::nullopt;
}

std::optional<int> CliContext::positionals(const QCommandLineParser &parser, int expected,
                                           const QString &missing)
{
    const QStringList given = parser.positionalArguments();
    if (given.size() == expected)
        return std::nullopt;
    return usageError(given.size() > expected
                          ? QStringLiteral("unexpected argument '%1'").arg(given.at(expected))
                          : missing,
                      &parser);
}

Expected<qint64, int> CliContext::wholeNumber(const QCommandLineParser &parser,
                                              const QString &option, qint64 absent)
{
    if (!parser.isSet(option)) {
        if (absent >= 0)
            return absent;
        return Unexpected(usageError(QStringLiteral("--%1 is required").arg(option), &parser));
    }
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value < 0)
        return Unexpected(usageError(
            QStringLiteral("--%1 needs a whole number, not '%2'").arg(option, parser.value(option)),
            &parser));
    return value;
}

Expected<QList<qint64>, int> CliContext::ids(const QCommandLineParser &parser,
                                             const QString &option)
{
    QList<qint64> out;
    for (const QString &value : parser.values(option)) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0)
                return Unexpected(usageError(
                    QStringLiteral("--%1 takes ids such as 12, not '%2'").arg(option, part),
                    &parser));
            out.append(id);
        }
    }
    return out;
}

int CliContext::rejected(const Problems &problems)
{
    m_err << formatProblems(problems) << Qt::endl;
    return ExitRejected;
}

namespace {
// "a", "a or b", "a, b or c".
QString alternatives(const QStringList &words)
{
    if (words.size() < 2)
        return words.join(QString());
    return words.mid(0, words.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" or ")
        + words.last();
}
} // namespace

void CliContext::addFormatOption(QCommandLineParser &parser, const QStringList &formats)
{
    const QString text = formats.size() == 1
        ? QStringLiteral("%1 (the only format).").arg(formats.first())
        : QStringLiteral("%1 (default) or %2.").arg(formats.first(), alternatives(formats.mid(1)));
    parser.addOption({QStringLiteral("format"), text, QStringLiteral("FORMAT"), formats.first()});
    m_formats = formats;
}

Expected<QString, int> CliContext::choice(const QCommandLineParser &parser, const QString &option,
                                          const QStringList &allowed)
{
    const QString value = parser.value(option);
    if (allowed.contains(value))
        return value;
    return Unexpected(
        usageError(QStringLiteral("--%1 is %2").arg(option, alternatives(allowed)), &parser));
}

QString CliContext::databaseLocation() const
{
    return Database::resolveLocation(m_dbOption);
}

std::unique_ptr<Database> CliContext::openDatabase()
{
    auto db = std::make_unique<Database>();
    const QString location = databaseLocation();
    if (QSqlError e = db->open(location); e.isValid()) {
        m_err << location << ": " << Dialect::describeError(e) << Qt::endl;
        return nullptr;
    }
    Migrations::State state;
    if (QSqlError e = Migrations::prepare(*db, &state); e.isValid()) {
        m_err << location << ": " << Dialect::describeError(e) << Qt::endl;
        return nullptr;
    }
    if (db->isReadOnly())
        m_err << db->displayLocation() << ": " << db->readOnlyReason() << Qt::endl;
    return db;
}

int CliContext::databaseError(const QSqlError &error)
{
    m_err << "database: " << Dialect::describeError(error) << Qt::endl;
    return ExitRejected;
}

int CliContext::usageError(const QString &message, const QCommandLineParser *parser)
{
    m_err << "secretariat-cli: " << message << Qt::endl;
    if (parser)
        m_err << "Try '" << parser->applicationDescription().section(QLatin1Char('\n'), 0, 0)
              << " --help'." << Qt::endl;
    return ExitUsage;
}

QCommandLineOption CliContext::campaignOption(bool required)
{
    return {QStringLiteral("campaign"),
            required
                ? QStringLiteral("Campaign year (required).")
                : QStringLiteral("Campaign year (default: the one under way, else the newest)."),
            QStringLiteral("Y")};
}

void CliContext::addCampaignOption(QCommandLineParser &parser)
{
    parser.addOption(campaignOption());
}

QCommandLineOption CliContext::questionnaireOption()
{
    return {QStringLiteral("questionnaire"),
            QStringLiteral("Questionnaire name (default: every one; new links: the first)."),
            QStringLiteral("NAME")};
}

bool CliContext::questionnaire(Database &db, qint64 campaignId, const QCommandLineParser &parser,
                               qint64 *id)
{
    *id = 0;
    if (!parser.isSet(QStringLiteral("questionnaire")))
        return true;
    const QString name = parser.value(QStringLiteral("questionnaire"));
    const auto q = QuestionnaireRepository(db).byName(campaignId, name);
    if (!q && q.error().isDatabase()) {
        databaseError(q.error());
        return false;
    }
    if (!q) {
        m_err << "questionnaire: the campaign has no questionnaire '" << name
              << "'; see: questionnaire list" << Qt::endl;
        return false;
    }
    *id = q->id;
    return true;
}

Expected<Campaign, int> CliContext::openCampaign(const QCommandLineParser &parser,
                                                 std::unique_ptr<Database> *db)
{
    *db = openDatabase();
    if (!*db)
        return Unexpected(int(ExitRejected));
    std::optional<Campaign> c = campaign(**db, parser);
    if (!c)
        return Unexpected(int(ExitRejected));
    return *c;
}

Expected<Campaign, int> CliContext::openCampaign(QCommandLineParser &parser,
                                                 const QStringList &arguments,
                                                 std::unique_ptr<Database> *db,
                                                 Arguments positional)
{
    if (const auto status = parse(parser, arguments, positional))
        return Unexpected(*status);
    return openCampaign(parser, db);
}

std::optional<Campaign> CliContext::campaign(Database &db, const QCommandLineParser &parser)
{
    CampaignRepository repo(db);
    if (parser.isSet(QStringLiteral("campaign"))) {
        const QString text = parser.value(QStringLiteral("campaign"));
        bool ok = false;
        const int year = text.toInt(&ok);
        const Lookup<Campaign> c = ok ? repo.byYear(year) : lookupNotFound();
        if (c)
            return *c;
        if (c.error().isDatabase())
            databaseError(c.error());
        else
            m_err << "campaign: there is no campaign " << text
                  << "; add it with: campaign add --year Y --start DATE --end DATE" << Qt::endl;
        return std::nullopt;
    }
    const QDate today = QDate::currentDate();
    QSqlError error;
    for (const Campaign &c : repo.all(&error)) {
        if (c.contains(today))
            return c;
    }
    if (error.isValid()) {
        databaseError(error);
        return std::nullopt;
    }
    const Lookup<Campaign> c = repo.latest();
    if (c)
        return *c;
    if (c.error().isDatabase())
        databaseError(c.error());
    else
        m_err << "campaign: there is no campaign yet; add one with: campaign add --year Y --start "
                 "DATE --end DATE"
              << Qt::endl;
    return std::nullopt;
}

int CliContext::runAction(const QStringList &arguments, const QList<Action> &actions,
                          const QString &usage)
{
    const QString action = arguments.size() > 1 ? arguments.at(1) : QString();
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.first() + QLatin1Char(' ') + action);
    QStringList names;
    for (const Action &a : actions) {
        if (action == QLatin1String(a.name))
            return a.run(*this, rest);
        names << QLatin1String(a.name);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(usage);
    addCommonOptions(parser);
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        m_out << parser.helpText();
        return ExitOk;
    }
    const QString command = arguments.first().section(QLatin1Char(' '), 1);
    const QString list = alternatives(names);
    return usageError(action.isEmpty()
                          ? QStringLiteral("%1 needs an action: %2").arg(command, list)
                          : QStringLiteral("unknown %1 action '%2'").arg(command, action),
                      &parser);
}
