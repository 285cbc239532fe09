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

int CliContext::parse(QCommandLineParser &parser, const QStringList &arguments)
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
    return -1;
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

int CliContext::usageError(const QString &message, const QCommandLineParser *parser)
{
    m_err << "secretariat-cli: " << message << Qt::endl;
    if (parser)
        m_err << "Try '" << parser->applicationDescription().section(QLatin1Char('\n'), 0, 0)
              << " --help'." << Qt::endl;
    return ExitUsage;
}

QCommandLineOption CliContext::campaignOption()
{
    return {QStringLiteral("campaign"),
            QStringLiteral("Campaign year (default: the one under way, else the newest)."),
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
    if (!q) {
        m_err << "questionnaire: the campaign has no questionnaire '" << name
              << "'; see: questionnaire list" << Qt::endl;
        return false;
    }
    *id = q->id;
    return true;
}

std::optional<Campaign> CliContext::campaign(Database &db, const QCommandLineParser &parser)
{
    CampaignRepository repo(db);
    if (parser.isSet(QStringLiteral("campaign"))) {
        const QString text = parser.value(QStringLiteral("campaign"));
        bool ok = false;
        const int year = text.toInt(&ok);
        std::optional<Campaign> c = ok ? repo.byYear(year) : std::nullopt;
        if (!c)
            m_err << "campaign: there is no campaign " << text
                  << "; add it with: campaign add --year Y --start DATE --end DATE" << Qt::endl;
        return c;
    }
    const QDate today = QDate::currentDate();
    for (const Campaign &c : repo.all()) {
        if (c.contains(today))
            return c;
    }
    std::optional<Campaign> c = repo.latest();
    if (!c)
        m_err << "campaign: there is no campaign yet; add one with: campaign add --year Y --start "
                 "DATE --end DATE"
              << Qt::endl;
    return c;
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
    const QString list = names.size() > 1 ? names.mid(0, names.size() - 1).join(QLatin1String(", "))
            + QLatin1String(" or ") + names.last()
                                          : names.join(QString());
    return usageError(action.isEmpty()
                          ? QStringLiteral("%1 needs an action: %2").arg(command, list)
                          : QStringLiteral("unknown %1 action '%2'").arg(command, action),
                      &parser);
}
