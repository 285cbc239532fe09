// secretariat: the desktop program.
#include "AppSettings.h"
#include "MainWindow.h"
#include "StartupWarmUp.h"
#include "progress/ProgressCache.h"
#include "common/Translations.h"
#include "dialogs/ConnectionDialog.h"
#include "db/Database.h"
#include "session/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

namespace {
void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QApplication::translate("main", "Survey Secretariat"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("db"),
         QApplication::translate("main", "Database: an SQLite file or postgresql://user@host/db."),
         QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("page"),
                      QApplication::translate(
                          "main",
                          "Page to open: units, letters, links, tallies, dashboard, checklist, "
                          "gifts or experts."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("screenshot"),
         QApplication::translate("main",
                                 "Show the main window at 1280×720 (or its smallest size), "
                                 "save a picture of it as FILE (PNG) and quit."),
         QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("size"),
                      QApplication::translate("main",
                                              "With --screenshot: the window's size instead of "
                                              "1280×720, e.g. 1600x1000."),
                      QStringLiteral("WxH")});
    parser.addPositionalArgument(
        QStringLiteral("database"),
        QApplication::translate("main", "An SQLite database file to open (same as --db)."),
        QStringLiteral("[FILE]"));
}

// --db, else the file named on the command line, else SECRETARIAT_DB, else the last one opened.
QString databaseLocation(const QCommandLineParser &parser)
{
    QString location = parser.value(QStringLiteral("db"));
    if (location.isEmpty() && !parser.positionalArguments().isEmpty())
        location = parser.positionalArguments().constFirst();
    if (location.isEmpty() && qEnvironmentVariableIsEmpty("SECRETARIAT_DB"))
        location = AppSettings::lastDatabase();
    location = Database::resolveLocation(location);
    return location;
}

// Opens location in workspace; a server that wants a password (never stored) or is
// unreachable asks for the connection, and *location is the one that opened. False when none
// did (the user was told why, or gave up).
bool openDatabase(Workspace &workspace, QString *location)
{
    QSqlError e = workspace.open(*location);
    if (!e.isValid())
        return true;
    if (!Database::isPostgresLocation(*location)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Survey Secretariat"),
                              QApplication::translate("main", "Could not open the database %1:\n%2")
                                  .arg(*location, Dialect::describeError(e)));
        return false;
    }
    ConnectionDialog dialog;
    dialog.setLocation(*location);
    while (dialog.exec() == QDialog::Accepted) {
        *location = dialog.location();
        e = workspace.open(*location);
        if (!e.isValid())
            return true;
        QMessageBox::critical(&dialog, dialog.windowTitle(), Dialect::describeError(e));
    }
    return false;
}

// --screenshot: shows window at --size (or 1280×720), saves a picture of it once the figures
// read on worker threads are shown, and quits; the exit status.
int takeScreenshot(QApplication &app, MainWindow &window, const QCommandLineParser &parser)
{
    const QString screenshot = parser.value(QStringLiteral("screenshot"));
    // Same size every time, so pictures for the guide and the tests stay comparable.
    QSize size(1280, 720);
    if (const QStringList wh = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
        wh.size() == 2 && wh.at(0).toInt() > 0 && wh.at(1).toInt() > 0)
        size = QSize(wh.at(0).toInt(), wh.at(1).toInt());
    window.resize(size);
    window.show();
    int status = 1;
    // After 800 ms, and once the figures read on worker threads (the dashboard's) are shown.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &window, [&] {
        for (const ProgressCache *cache : window.findChildren<ProgressCache *>()) {
            if (cache->isLoading())
                return;
        }
        poll.stop();
        QApplication::processEvents();
        if (window.grab().save(screenshot, "PNG"))
            status = 0;
        else
            qWarning("could not write %s", qPrintable(screenshot));
        app.quit();
    });
    QTimer::singleShot(800, &window, [&] { poll.start(50); });
    app.exec();
    return status;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SurveySecretariat"));
    QCoreApplication::setApplicationName(QStringLiteral("secretariat"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SECRETARIAT_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/secretariat.png")));

    Translations::install(app, AppSettings::language());
    QGuiApplication::setApplicationDisplayName(
        QApplication::translate("MainWindow", "Survey Secretariat"));

    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);
    // Fonts and image plugins made ready on a worker while the database opens and the window is
    // built; after the parser, whose --help and --version exit() at once.
    const StartupWarmUp warmUp;

    QString location = databaseLocation(parser);
    Workspace workspace;
    if (!openDatabase(workspace, &location))
        return 1;
    AppSettings::setLastDatabase(location);

    MainWindow window(&workspace);
    if (parser.isSet(QStringLiteral("page"))
        && !window.showPage(parser.value(QStringLiteral("page"))))
        qWarning("unknown page %s", qPrintable(parser.value(QStringLiteral("page"))));
    if (!parser.value(QStringLiteral("screenshot")).isEmpty())
        return takeScreenshot(app, window, parser);
    window.show();
    return app.exec();
}
