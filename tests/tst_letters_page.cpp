// The letters page on a real database: the table lists every version with its state, the
// filters narrow it, the verify dialog answers, the template editor previews, and a batch render
// runs in a worker thread and writes real PDFs. In Chinese, every string is translated.
#include "LetterFixture.h"
#include "TestSupport.h"
#include "WhenModal.h"

#include "db/Database.h"
#include "dialogs/LetterTemplateDialog.h"
#include "dialogs/RevokeLetterDialog.h"
#include "dialogs/VerifyLetterDialog.h"
#include "itemmodels/LetterFilterModel.h"
#include "itemmodels/LetterTableModel.h"
#include "letters/LetterRepository.h"
#include "letters/LetterTemplateRepository.h"
#include "pages/LettersPage.h"
#include "session/Workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTranslator>

class tst_LettersPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void tableAndFilters();
    void verifyDialog();
    void templateDialogPreviews();
    void backgroundRenderWritesPdfs();
    void printPreviewPaintsEveryLetter();
    void chineseScreens();
    void revokeAsksForAReasonInItsDialog();

private:
    QTemporaryDir m_dir;
    QString m_location;
    QList<Letter> m_letters;
};

void tst_LettersPage::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SecretariatTests"));
    m_location = TestSupport::newDatabaseLocation(QStringLiteral("page"));
    auto db = TestSupport::openMigrated(m_location);
    const qint64 c = LetterFixture::addCampaign(*db, 2024);
    const qint64 first = LetterFixture::addUnit(*db, c, QStringLiteral("北京青禾网络安全促进会"),
                                                QStringLiteral("initiating-1"));
    LetterFixture::addUnit(*db, c, QStringLiteral("北京东城网络社会组织联合会"),
                           QStringLiteral("initiating-2"), first);
    LetterFixture::addUnit(*db, c, QStringLiteral("北京云帆融媒体中心"),
                           QStringLiteral("supporting"), first);
    LetterFixture::addUnit(*db, c, QStringLiteral("北京远航信息技术有限公司"),
                           QStringLiteral("supporting"), first);
    LetterFixture::addUnit(*db, c, QStringLiteral("北京晨曦信息技术有限公司"),
                           QStringLiteral("supporting"), first);
    LetterRepository repo(*db);
    QVERIFY(repo.issueMissing(c, &m_letters).isEmpty());
    QCOMPARE(m_letters.size(), 5);
    QVERIFY(repo.reissue(QStringLiteral("2024-FQ-0002")).isEmpty());
    QVERIFY(repo.revoke(QStringLiteral("2024-ZC-0002"), QStringLiteral("单位退出")).isEmpty());
}

void tst_LettersPage::tableAndFilters()
{
    Workspace workspace;
    QVERIFY(!workspace.open(m_location).isValid());
    LettersPage page(&workspace, nullptr);
    QCOMPARE(page.model()->rowCount(), 6); // five letters, one of them in two versions
    QCOMPARE(page.model()->columnCount(), int(LetterTableModel::ColumnCount));
    auto *status = page.findChildren<QComboBox *>().at(0);
    auto *kind = page.findChildren<QComboBox *>().at(1);
    status->setCurrentIndex(status->findData(QStringLiteral("revoked")));
    QCOMPARE(page.filter()->rowCount(), 1);
    QCOMPARE(page.filter()->index(0, LetterTableModel::NumberColumn).data().toString(),
             QStringLiteral("2024-ZC-0002"));
    status->setCurrentIndex(status->findData(QStringLiteral("issued")));
    QCOMPARE(page.filter()->rowCount(), 4);
    kind->setCurrentIndex(kind->findData(QStringLiteral("supporting")));
    QCOMPARE(page.filter()->rowCount(), 2);
    kind->setCurrentIndex(kind->findData(QStringLiteral("initiating")));
    QCOMPARE(page.filter()->rowCount(), 2);
    status->setCurrentIndex(0);
    kind->setCurrentIndex(0);
    page.findChild<QLineEdit *>()->setText(m_letters.at(2).verifyCode.toLower());
    QCOMPARE(page.filter()->rowCount(), 1);
    page.findChild<QLineEdit *>()->setText(QStringLiteral("远航"));
    QCOMPARE(page.filter()->rowCount(), 1);
    page.findChild<QLineEdit *>()->clear();
    QCOMPARE(page.filter()->rowCount(), 6);

    // Nothing selected: the actions work on every valid letter shown; one valid row selected:
    // reissue and revoke are offered.
    QCOMPARE(page.chosenLetters(true).size(), 4);
    QAction *revoke = nullptr;
    for (QAction *a : page.findChild<QToolBar *>()->actions()) {
        if (a->text() == QStringLiteral("Revoke…"))
            revoke = a;
    }
    QVERIFY(revoke);
    QVERIFY(!revoke->isEnabled());
    page.view()->selectRow(0);
    QCOMPARE(page.chosenLetters(false).size(), 1);
    QCOMPARE(page.chosenLetters(false).first().number, QStringLiteral("2024-FQ-0001"));
    QVERIFY(revoke->isEnabled());

    // A change made elsewhere reaches the table.
    LetterRepository(workspace.database()).reissue(QStringLiteral("2024-FQ-0001"));
    QCOMPARE(page.model()->rowCount(), 7);
}

void tst_LettersPage::verifyDialog()
{
    Workspace workspace;
    QVERIFY(!workspace.open(m_location).isValid());
    VerifyLetterDialog dialog(workspace.database());
    dialog.setCode(m_letters.at(0).verifyCode);
    QVERIFY2(dialog.resultText().contains(QStringLiteral("Superseded")),
             qPrintable(dialog.resultText()));
    dialog.setCode(m_letters.at(2).verifyCode);
    QVERIFY(dialog.resultText().startsWith(QStringLiteral("Valid")));
    QVERIFY(dialog.resultText().contains(QStringLiteral("2024-ZC-0001")));
    QVERIFY(dialog.resultText().contains(QStringLiteral("北京云帆融媒体中心")));
    dialog.setCode(m_letters.at(3).verifyCode);
    QVERIFY(dialog.resultText().startsWith(QStringLiteral("Revoked")));
    QVERIFY(dialog.resultText().contains(QStringLiteral("单位退出")));
    dialog.setCode(QStringLiteral("ZZZZZZZZZZ"));
    QVERIFY(dialog.resultText().startsWith(QStringLiteral("Unknown")));
    // While a code is being typed there is no verdict yet, only how far it is.
    auto *edit = dialog.findChild<QLineEdit *>();
    edit->clear();
    QTest::keyClicks(edit, m_letters.at(2).verifyCode.left(4));
    QVERIFY2(!dialog.resultText().contains(QStringLiteral("Unknown")),
             qPrintable(dialog.resultText()));
    QVERIFY(dialog.resultText().contains(QStringLiteral("10-character code (4 so far)")));
    QTest::keyClicks(edit, m_letters.at(2).verifyCode.mid(4));
    QVERIFY(dialog.resultText().startsWith(QStringLiteral("Valid")));
    // The letter number, the most visible identifier on a letter, finds it too.
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("2024-zc-0001"));
    QVERIFY2(dialog.resultText().contains(QStringLiteral("北京云帆融媒体中心"))
                 && dialog.resultText().contains(QStringLiteral("is valid")),
             qPrintable(dialog.resultText()));
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("2024-ZC-0999"));
    QVERIFY(dialog.resultText().contains(QStringLiteral("No letter has the number")));
}

void tst_LettersPage::templateDialogPreviews()
{
    Workspace workspace;
    QVERIFY(!workspace.open(m_location).isValid());
    LetterTemplateDialog dialog(workspace.database(), workspace.campaignId());
    const QImage before = dialog.previewImage();
    QVERIFY(!before.isNull());
    QVERIFY(before.width() > 500 && before.height() > 800); // A4 at 72 dpi
    dialog.setHtml(
        QStringLiteral("<p style=\"font-size: 40pt\">{{unit}} {{number}} {{verify_code}}</p>"));
    dialog.updatePreview();
    QVERIFY(dialog.previewImage() != before);
    dialog.setSeries(QStringLiteral("ZC"));
    QVERIFY(!dialog.previewImage().isNull());
}

void tst_LettersPage::backgroundRenderWritesPdfs()
{
    Workspace workspace;
    QVERIFY(!workspace.open(m_location).isValid());
    LettersPage page(&workspace, nullptr);
    const QList<LetterDocument> docs
        = LetterTemplateRepository(workspace.database()).documentsFor(page.chosenLetters(true));
    QVERIFY(docs.size() >= 3);
    QSignalSpy finished(&page, &LettersPage::renderFinished);
    const QString folder = m_dir.filePath(QStringLiteral("each"));
    page.renderInBackground(docs, folder, false);
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), docs.size());
    const QString single = m_dir.filePath(QStringLiteral("one.pdf"));
    page.renderInBackground(docs, single, true);
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.last().at(0).toBool());
    // Shown on screen, the page says it saved; the progress window is gone by then (it stayed
    // at 100 % with Cancel on top of the message).
    page.show();
    page.renderInBackground(docs, m_dir.filePath(QStringLiteral("again.pdf")), true);
    auto *progress = page.findChild<QProgressDialog *>();
    QVERIFY(progress);
    progress->show(); // as after its minimum duration
    bool progressShown = true;
    TestSupport::whenModal<QMessageBox>([&](QMessageBox *box) {
        progressShown = false;
        for (QProgressDialog *d : page.findChildren<QProgressDialog *>())
            progressShown = progressShown || d->isVisible();
        QTest::keyClick(box, Qt::Key_Return);
    });
    QVERIFY(finished.wait(60000));
    QVERIFY(!progressShown);
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {single, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(30000));
    QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(docs.last().letter.number));
}

void tst_LettersPage::printPreviewPaintsEveryLetter()
{
    // The widget inside QPrintPreviewDialog, fed as the page feeds the dialog.
    Workspace workspace;
    QVERIFY(!workspace.open(m_location).isValid());
    LettersPage page(&workspace, nullptr);
    const QList<LetterDocument> docs
        = LetterTemplateRepository(workspace.database()).documentsFor(page.chosenLetters(true));
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewWidget preview(&printer);
    int requests = 0;
    connect(&preview, &QPrintPreviewWidget::paintRequested, this, [&](QPrinter *p) {
        ++requests;
        QVERIFY(LetterRenderer::paint(p, docs));
    });
    preview.updatePreview();
    QCOMPARE(requests, 1);
    QCOMPARE(preview.pageCount(), docs.size());
    QCOMPARE(printer.pageLayout().pageSize().id(), QPageSize::A4);
}

void tst_LettersPage::chineseScreens()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/secretariat_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    Workspace workspace;
    QVERIFY(!workspace.open(m_location).isValid());
    {
        LettersPage page(&workspace, nullptr);
        page.resize(1280, 480);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QStringList texts;
        for (QAction *a : page.findChild<QToolBar *>()->actions()) {
            if (!a->isSeparator())
                texts << a->text();
        }
        QVERIFY2(texts.contains(QStringLiteral("吊销…"))
                     && !texts.contains(QStringLiteral("撤销…")),
                 qPrintable(texts.join(QLatin1Char('|'))));
        QCOMPARE(
            page.model()->headerData(LetterTableModel::NumberColumn, Qt::Horizontal).toString(),
            QStringLiteral("编号"));
        const QString shots = qEnvironmentVariable("LETTERS_SCREENSHOTS");
        if (!shots.isEmpty()) {
            page.grab().save(QDir(shots).filePath(QStringLiteral("letters-page.png")));
            LetterTemplateDialog dialog(workspace.database(), workspace.campaignId());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(QDir(shots).filePath(QStringLiteral("letter-template.png")));
            VerifyLetterDialog verify(workspace.database());
            verify.setCode(m_letters.at(3).verifyCode);
            verify.show();
            QVERIFY(QTest::qWaitForWindowExposed(&verify));
            verify.grab().save(QDir(shots).filePath(QStringLiteral("letter-verify.png")));
        }
    }
    QCoreApplication::removeTranslator(&translator);
}

void tst_LettersPage::revokeAsksForAReasonInItsDialog()
{
    Workspace workspace;
    QVERIFY(!workspace.open(m_location).isValid());
    LettersPage page(&workspace, nullptr);
    page.resize(1280, 720);
    page.show();
    const auto select = [&](const QString &number) {
        for (int r = 0; r < page.filter()->rowCount(); ++r) {
            const QModelIndex i = page.filter()->index(r, LetterTableModel::NumberColumn);
            const Letter &l = page.model()->letterAt(page.filter()->mapToSource(i).row());
            if (l.number == number && l.isValid()) {
                page.view()->selectRow(r);
                return true;
            }
        }
        return false;
    };
    const auto statusOf = [&](const QString &number) {
        for (const Letter &l : LetterRepository(workspace.database()).list(workspace.campaignId()))
            if (l.number == number && l.isValid())
                return QStringLiteral("issued");
        return QStringLiteral("not valid");
    };
    QVERIFY(select(QStringLiteral("2024-ZC-0003")));
    auto *revoke = page.findChild<QAction *>(QStringLiteral("revokeLetter"));
    // Without a reason Revoke cannot be pressed, the dialog says why, and Enter cancels.
    bool disabled = false, hinted = false;
    TestSupport::whenModal<RevokeLetterDialog>([&](RevokeLetterDialog *d) {
        disabled = !d->findChild<QPushButton *>(QStringLiteral("confirmRevoke"))->isEnabled();
        hinted = d->findChild<QLabel *>(QStringLiteral("revokeHint"))->isVisible();
        QTest::keyClick(d, Qt::Key_Return);
    });
    revoke->trigger();
    QVERIFY(disabled);
    QVERIFY(hinted);
    QCOMPARE(statusOf(QStringLiteral("2024-ZC-0003")), QStringLiteral("issued"));
    TestSupport::whenModal<RevokeLetterDialog>([&](RevokeLetterDialog *d) {
        QTest::keyClicks(d->findChild<QPlainTextEdit *>(QStringLiteral("revokeReason")),
                         QStringLiteral("left the campaign"));
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("confirmRevoke")),
                          Qt::LeftButton);
    });
    revoke->trigger();
    QCOMPARE(statusOf(QStringLiteral("2024-ZC-0003")), QStringLiteral("not valid"));

    // Reissuing asks with No as the default, then names the new letter and selects it.
    QVERIFY(select(QStringLiteral("2024-ZC-0001")));
    auto *reissue = page.findChild<QAction *>(QStringLiteral("reissueLetter"));
    TestSupport::whenModal<QMessageBox>(
        [](QMessageBox *box) { QTest::keyClick(box, Qt::Key_Return); });
    reissue->trigger();
    QVERIFY(!page.findChild<QLabel *>(QStringLiteral("lettersNotice"))->isVisible());
    TestSupport::whenModal<QMessageBox>([](QMessageBox *box) {
        QTest::mouseClick(static_cast<QWidget *>(box->button(QMessageBox::Yes)), Qt::LeftButton);
    });
    reissue->trigger();
    auto *notice = page.findChild<QLabel *>(QStringLiteral("lettersNotice"));
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("2024-ZC-0001")), qPrintable(notice->text()));
    QVERIFY(notice->text().contains(QStringLiteral("北京云帆融媒体中心")));
    const QModelIndexList rows = page.view()->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    const Letter &shown = page.model()->letterAt(page.filter()->mapToSource(rows.first()).row());
    QCOMPARE(shown.number, QStringLiteral("2024-ZC-0001"));
    QVERIFY(shown.isValid());
}

QTEST_MAIN(tst_LettersPage)
#include "tst_letters_page.moc"
