// Every top-level window fits the commonest small office screens, 1280×720 and 1366×768 (issue
// #21): on a screen of that size (the offscreen platform configured so, see main below) each
// dialog opens no larger than the screen less its frame and taskbar, can be no larger than
// that at least, and its buttons are inside it. The information form scrolls its fields.
#include "TestSupport.h"
#include "WhenModal.h"

#include "ScreenFit.h"
#include "db/Database.h"
#include "demo/DemoDataGenerator.h"
#include "dialogs/AuditLogDialog.h"
#include "dialogs/CampaignDialog.h"
#include "dialogs/ConnectionDialog.h"
#include "dialogs/GradingDialog.h"
#include "dialogs/LetterTemplateDialog.h"
#include "dialogs/PosterExportDialog.h"
#include "dialogs/QuestionnairesDialog.h"
#include "dialogs/ReturnedFormsDialog.h"
#include "dialogs/RevokeLetterDialog.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/TallyImportWizard.h"
#include "dialogs/UnitFormDialog.h"
#include "dialogs/UnitImportWizard.h"
#include "dialogs/UserGuideDialog.h"
#include "dialogs/VerifyLetterDialog.h"
#include "letters/LetterRepository.h"
#include "pages/LettersPage.h"
#include "progress/ProgressCache.h"
#include "repo/CampaignRepository.h"
#include "session/Workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QTimer>
#include <QMessageBox>
#include <QLineEdit>
#include <QLabel>
#include <QComboBox>
#include <QDir>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTableView>
#include <QTemporaryDir>
#include <QLibraryInfo>
#include <QTest>
#include <QTranslator>

#include <functional>
#include <memory>

class tst_ScreenFit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void screenIsSmall();
    void everyDialogFits_data();
    void everyDialogFits();
    void printPreviewFits();
    void formScrollsAndKeepsButtonsOffTables();
    void formFieldsStayPutWhenMessagesWrap();
    void regionMessageNextToRegion();
    void blankFormShowsNoWarnings();
    void languageChangeSaysRestart();

private:
    void saveScreenshot(QWidget *window, const QString &name);
    QString m_location;
    QString m_screenshots;
    QTranslator m_zh;
    QTranslator m_qtbase;
    std::unique_ptr<Workspace> m_workspace;
};

namespace {
using Factory = std::function<QDialog *(Workspace &)>;

// Where dialog fails to fit room; empty when it fits.
QString misfit(QDialog *dialog)
{
    const QSize room = ScreenFit::room(dialog);
    const QSize least = dialog->minimumSizeHint().expandedTo(dialog->minimumSize());
    QStringList problems;
    if (dialog->width() > room.width() || dialog->height() > room.height())
        problems << QStringLiteral("opens at %1×%2").arg(dialog->width()).arg(dialog->height());
    if (least.width() > room.width() || least.height() > room.height())
        problems << QStringLiteral("needs at least %1×%2").arg(least.width()).arg(least.height());
    for (QDialogButtonBox *box : dialog->findChildren<QDialogButtonBox *>()) {
        for (QAbstractButton *b : box->buttons()) {
            if (!b->isVisibleTo(dialog))
                continue;
            const QRect r(b->mapTo(dialog, QPoint(0, 0)), b->size());
            if (!dialog->rect().contains(r))
                problems << QStringLiteral("button %1 at %2,%3 outside")
                                .arg(b->text())
                                .arg(r.x())
                                .arg(r.y());
        }
    }
    return problems.join(QStringLiteral("; "));
}
} // namespace

void tst_ScreenFit::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SecretariatTests"));
    m_location = TestSupport::newDatabaseLocation(QStringLiteral("fit"));
    {
        auto db = TestSupport::openMigrated(m_location);
        QVERIFY(db);
        QVERIFY(DemoDataGenerator(*db).generate(2024).isEmpty());
    }
    m_workspace = std::make_unique<Workspace>();
    QVERIFY(!m_workspace->open(m_location).isValid());
    // SECRETARIAT_SCREENSHOTS=FOLDER: each dialog is also saved there as a PNG, in Chinese as
    // the clerks see it (for the README and the guide; look at them).
    m_screenshots = qEnvironmentVariable("SECRETARIAT_SCREENSHOTS");
    if (!m_screenshots.isEmpty()) {
        QDir().mkpath(m_screenshots);
        QVERIFY(m_zh.load(QStringLiteral(":/i18n/secretariat_zh_CN.qm")));
        QCoreApplication::installTranslator(&m_zh);
        if (m_qtbase.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"),
                          QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qtbase);
    }
}

void tst_ScreenFit::saveScreenshot(QWidget *window, const QString &name)
{
    if (m_screenshots.isEmpty())
        return;
    QString file = name;
    file.replace(QLatin1Char(' '), QLatin1Char('-')).remove(QLatin1Char(','));
    QVERIFY(window->grab().save(QDir(m_screenshots).filePath(file + QStringLiteral(".png"))));
}

void tst_ScreenFit::screenIsSmall()
{
    const QSize screen = QGuiApplication::primaryScreen()->size();
    QCOMPARE(screen, QSize(1280, 720));
}

void tst_ScreenFit::everyDialogFits_data()
{
    QTest::addColumn<Factory>("make");
    const auto add = [](const char *name, Factory f) {
        QTest::newRow(name) << f;
    };
    add("information form, new", [](Workspace &w) -> QDialog * {
        return new UnitFormDialog(w.database(), w.campaignId(), *w.undoStack(), {});
    });
    add("information form, loaded", [](Workspace &w) -> QDialog * {
        auto *d = new UnitFormDialog(w.database(), w.campaignId(), *w.undoStack(), {});
        d->loadUnit(1);
        return d;
    });
    add("template editor", [](Workspace &w) -> QDialog * {
        return new LetterTemplateDialog(w.database(), w.campaignId());
    });
    add("history", [](Workspace &w) -> QDialog * { return new AuditLogDialog(w.database()); });
    add("campaign",
        [](Workspace &w) -> QDialog * { return new CampaignDialog(w.database(), *w.campaign()); });
    add("connection", [](Workspace &) -> QDialog * { return new ConnectionDialog; });
    add("grading", [](Workspace &w) -> QDialog * {
        auto *cache = new ProgressCache(&w);
        auto *d = new GradingDialog(&w, cache);
        cache->setParent(d);
        return d;
    });
    add("questionnaires", [](Workspace &w) -> QDialog * {
        return new QuestionnairesDialog(w.database(), w.campaignId());
    });
    add("returned forms", [](Workspace &w) -> QDialog * {
        return new ReturnedFormsDialog(w.database(), w.campaignId(), *w.undoStack(), {});
    });
    add("revoke letter", [](Workspace &) -> QDialog * {
        return new RevokeLetterDialog(QStringLiteral("2024-FQ-0001"),
                                      QStringLiteral("广东省网络安全协会"));
    });
    add("settings", [](Workspace &) -> QDialog * { return new SettingsDialog; });
    add("tally import", [](Workspace &w) -> QDialog * { return new TallyImportWizard(&w); });
    add("units import", [](Workspace &w) -> QDialog * {
        return new UnitImportWizard(w.database(), w.campaignId(), *w.undoStack(), {});
    });
    add("user guide", [](Workspace &) -> QDialog * { return new UserGuideDialog; });
    add("verify letter",
        [](Workspace &w) -> QDialog * { return new VerifyLetterDialog(w.database()); });
    add("posters", [](Workspace &) -> QDialog * { return new PosterExportDialog(120); });
}

void tst_ScreenFit::everyDialogFits()
{
    QFETCH(Factory, make);
    std::unique_ptr<QDialog> dialog(make(*m_workspace));
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    const QString problem = misfit(dialog.get());
    saveScreenshot(dialog.get(), QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_ScreenFit::printPreviewFits()
{
    // The letters page's preview, as the clerk opens it, of two letters issued for it.
    LetterRepository letters(m_workspace->database());
    const QList<qint64> units = letters.unitsWithoutLetter(m_workspace->campaignId());
    if (!units.isEmpty())
        QVERIFY(letters.issue(m_workspace->campaignId(), units.mid(0, 2)).isEmpty());
    LettersPage page(m_workspace.get());
    page.show();
    auto *preview = page.findChild<QAction *>(QStringLiteral("printPreview"));
    QVERIFY(preview && preview->isEnabled());
    QString problem = QStringLiteral("no preview opened");
    TestSupport::whenModal<QPrintPreviewDialog>([&](QPrintPreviewDialog *d) {
        problem = misfit(d);
        saveScreenshot(d, QStringLiteral("print-preview"));
        d->reject();
    });
    preview->trigger();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_ScreenFit::formScrollsAndKeepsButtonsOffTables()
{
    UnitFormDialog form(m_workspace->database(), m_workspace->campaignId(),
                        *m_workspace->undoStack(), {});
    QVERIFY(form.loadUnit(1));
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    // The fields scroll rather than push the buttons off a small screen.
    QVERIFY(form.findChild<QScrollArea *>(QStringLiteral("fieldsScroll")));
    // Squeezed to the least it allows, no sub-table's row buttons lie over its table.
    form.resize(form.minimumSizeHint());
    QApplication::processEvents();
    for (QTableView *view : form.findChildren<QTableView *>()) {
        const QString stem = view->objectName().chopped(4); // "giftsView" → "gifts"
        for (const char *suffix : {"AddButton", "RemoveButton", "RegisterButton"}) {
            auto *b = form.findChild<QPushButton *>(stem + QLatin1String(suffix));
            if (!b || !b->isVisibleTo(&form) || b->parentWidget() != view->parentWidget())
                continue;
            QVERIFY2(
                !b->geometry().intersects(view->geometry()),
                qPrintable(QStringLiteral("%1 over %2").arg(b->objectName(), view->objectName())));
        }
    }
}

// A message that wraps next to a field must not move the fields below it (the clerk's pointer
// is on one of them): at the form's narrowest, every field keeps its place.
void tst_ScreenFit::formFieldsStayPutWhenMessagesWrap()
{
    UnitFormDialog form(m_workspace->database(), m_workspace->campaignId(),
                        *m_workspace->undoStack(), {});
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    form.resize(form.minimumSizeHint());
    QApplication::processEvents();
    auto *phone = form.findChild<QLineEdit *>(QStringLiteral("phoneEdit"));
    auto *email = form.findChild<QLineEdit *>(QStringLiteral("emailEdit"));
    auto *name = form.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *parent = form.findChild<QLineEdit *>(QStringLiteral("parentEdit"));
    // Where the fields lie in the form's scrolled part (it scrolls to the field being typed in).
    QWidget *fields = form.findChild<QScrollArea *>(QStringLiteral("fieldsScroll"))->widget();
    QTest::keyClicks(name, QStringLiteral("x"));
    QApplication::processEvents();
    const QPoint emailAt = email->mapTo(fields, QPoint());
    const QPoint parentAt = parent->mapTo(fields, QPoint());
    QTest::keyClicks(phone, QStringLiteral("12345"));
    QTest::keyClicks(parent, QStringLiteral("no such unit at all, typed in full"));
    QApplication::processEvents();
    auto *phoneError = form.findChild<QLabel *>(QStringLiteral("phoneError"));
    QVERIFY(!phoneError->text().isEmpty());
    QCOMPARE(phoneError->toolTip(), phoneError->text()); // the whole message on hover
    QCOMPARE(email->mapTo(fields, QPoint()), emailAt);
    QCOMPARE(parent->mapTo(fields, QPoint()), parentAt);
    form.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->clear();
    phone->clear();
    parent->clear();
    QTimer::singleShot(0, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Discard)->click();
    });
    form.reject();
}

// The region's message stands next to the region, not after the city field.
void tst_ScreenFit::regionMessageNextToRegion()
{
    UnitFormDialog form(m_workspace->database(), m_workspace->campaignId(),
                        *m_workspace->undoStack(), {});
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    auto *region = form.findChild<QComboBox *>(QStringLiteral("regionCombo"));
    auto *city = form.findChild<QLineEdit *>(QStringLiteral("cityEdit"));
    auto *error = form.findChild<QLabel *>(QStringLiteral("regionError"));
    form.setProperty("saveTried", true);
    QTest::keyClicks(form.findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("x"));
    QApplication::processEvents();
    QVERIFY(!error->text().isEmpty());
    const QRect regionRect(region->mapTo(&form, QPoint()), region->size());
    const QRect cityRect(city->mapTo(&form, QPoint()), city->size());
    const QRect errorRect(error->mapTo(&form, QPoint()), error->size());
    QCOMPARE(errorRect.top(), regionRect.top()); // on the region's line
    QVERIFY(errorRect.left() >= regionRect.right());
    // No other field between the region and its message.
    QVERIFY(!(cityRect.top() == regionRect.top() && cityRect.left() < errorRect.left()));
    form.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->clear();
    QTimer::singleShot(0, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Discard)->click();
    });
    form.reject();
}

// A blank new form is not yet missing anything: no red, no notes about core partners.
void tst_ScreenFit::blankFormShowsNoWarnings()
{
    UnitFormDialog form(m_workspace->database(), m_workspace->campaignId(),
                        *m_workspace->undoStack(), {});
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    auto *warning = form.findChild<QLabel *>(QStringLiteral("warningLabel"));
    QVERIFY(warning);
    QCOMPARE(warning->text(), QString());
    // Once a name is typed, the notes apply.
    QTest::keyClicks(form.findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("x"));
    QVERIFY(!warning->text().isEmpty());
    form.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->clear();
    form.reject();
}

// Choosing another language says, there and then, that it shows after a restart.
void tst_ScreenFit::languageChangeSaysRestart()
{
    SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("restartNote"));
    QVERIFY(note);
    QVERIFY(!note->isVisible());
    auto *language = dialog.findChild<QComboBox *>();
    language->setFocus();
    QTest::keyClick(language, Qt::Key_Down);
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("started again"))
            || note->text().contains(QStringLiteral("重新启动")));
    dialog.reject();
}

// The offscreen platform's screen is 800×600 unless configured: this one is 1280×720.
int main(int argc, char **argv)
{
    QTemporaryDir dir;
    const QString config = QDir(dir.path()).filePath(QStringLiteral("screen.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 2;
    file.write(R"({"screens": [{"name": "office", "x": 0, "y": 0, "width": 1280,
                  "height": 720, "logicalDpi": 96, "dpr": 1}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    QApplication app(argc, argv);
    QTEST_DISABLE_KEYPAD_NAVIGATION
    tst_ScreenFit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screen_fit.moc"
