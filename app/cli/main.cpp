// secretariat-cli: every batch job of the program, for scripts, tests and benchmarks.
#include "CliCommand.h"
#include "common/Translations.h"
#include "db/LockHolder.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

namespace {
QString overview()
{
    QString text = QStringLiteral(
        "Usage: secretariat-cli [--db PATH] [--wait SECONDS] COMMAND [ARGS...]\n\n"
        "Survey Secretariat, headless. The database is PATH (an SQLite file, or\n"
        "postgresql://user[:password]@host[:port]/dbname), else $SECRETARIAT_DB, else the\n"
        "per-user default.\n\nCommands:\n");
    for (CliCommand *c : CliRegistry::all())
        text += QStringLiteral("  %1  %2\n").arg(c->name().leftJustified(13), c->summary());
    text += QStringLiteral(
        "\nRun 'secretariat-cli COMMAND --help' for a command's options.\n"
        "A write waits for another desk's write to finish, at most --wait SECONDS (300).\n"
        "Exit status: 0 success, 1 input rejected (nothing changed), 2 usage error.\n");
    return text;
}
} // namespace

namespace {
QtMessageHandler previousHandler = nullptr;

// Qt warns on every start when XDG_RUNTIME_DIR is unset (root shells, CI); that says nothing
// about the command and would mix into its FILE:LINE messages on stderr.
void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg
        && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}
} // namespace

int main(int argc, char *argv[])
{
    previousHandler = qInstallMessageHandler(messageHandler);
    // A GUI application without a window: posters and letters need fonts and painting. The
    // offscreen platform keeps it working without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SurveySecretariat"));
    QCoreApplication::setApplicationName(QStringLiteral("secretariat"));
    LockHolder::setRole(QStringLiteral("cli")); // in pg_stat_activity: "secretariat cli USER@HOST"
    QCoreApplication::setApplicationVersion(QStringLiteral(SECRETARIAT_VERSION));
    // As command-line programs do, the locale (LC_ALL, LC_MESSAGES, LANG) picks the language of
    // what the core writes: a desk with zh_CN.UTF-8 gets its commendation list, bulletin and
    // messages in Chinese, a script under C.UTF-8 gets English. The GUI's preference is not read:
    // a script's output must not change with a clerk's setting.
    Translations::install(app, QStringLiteral("system"), Translations::Scope::ProgramOnly);

    QTextStream out(stdout);
    QTextStream err(stderr);

    // Global options come before the command; everything after it belongs to the command.
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("Database location."), QStringLiteral("PATH")});
    parser.addOption(CliContext::waitOption());
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show help.")});
    parser.addOption(
        {{QStringLiteral("v"), QStringLiteral("version")}, QStringLiteral("Show the version.")});
    if (!parser.parse(app.arguments())) {
        err << "secretariat-cli: " << parser.errorText() << "\n" << overview();
        return ExitUsage;
    }
    if (!CliContext::applyWait(parser)) {
        err << "secretariat-cli: --wait needs a number of seconds\n";
        return ExitUsage;
    }
    CliContext::reportWaits(err);
    if (parser.isSet(QStringLiteral("version"))) {
        out << "secretariat-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || positional.isEmpty()
        || positional.first() == QLatin1String("help")) {
        if (positional.size() > 1 && positional.first() == QLatin1String("help")) {
            if (CliCommand *c = CliRegistry::find(positional.at(1))) {
                CliContext ctx(QString(), out, err);
                return c->run(
                    ctx,
                    {QStringLiteral("secretariat-cli ") + c->name(), QStringLiteral("--help")});
            }
        }
        (positional.isEmpty() && !parser.isSet(QStringLiteral("help")) ? err : out) << overview();
        return positional.isEmpty() && !parser.isSet(QStringLiteral("help")) ? ExitUsage : ExitOk;
    }
    CliCommand *command = CliRegistry::find(positional.first());
    if (!command) {
        err << "secretariat-cli: unknown command '" << positional.first() << "'\n" << overview();
        return ExitUsage;
    }
    CliContext context(parser.value(QStringLiteral("db")), out, err);
    QStringList arguments = positional.mid(1);
    arguments.prepend(QStringLiteral("secretariat-cli ") + command->name());
    const int status = command->run(context, arguments);
    out.flush();
    err.flush();
    return status;
}
