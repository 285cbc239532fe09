#pragma once

#include "letters/LetterRenderer.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QWidget;

// Letters and certificates written as PDF: where to (one file, or a folder for one file per
// document) and the writing itself off the GUI thread, behind a progress dialog with Cancel
// (BackgroundJob::start). Each job draws on a thread of its own that ends with it: Qt 6.4 may
// crash drawing fonts added by QFontDatabase::addApplicationFont on a thread that drew before.
class PdfRenderJob
{
    Q_DECLARE_TR_FUNCTIONS(PdfRenderJob)
public:
    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        QStringList written; // one file per document: the files written (also when cancelled)
        QString error; // why it failed
    };
    using Done = std::function<void(const Outcome &)>;

    // Asks for a PDF file (single; suggested: a path or file name, ".pdf" added when the
    // answer lacks it) or a folder (starting in folderStart). Empty when the clerk cancels.
    static QString chooseTarget(QWidget *parent, bool single, const QString &fileTitle,
                                const QString &suggested, const QString &folderTitle,
                                const QString &folderStart = {});

    // Starts writing documents to target: one PDF (single) or one per document in the folder
    // target (LetterRenderer). label: the progress dialog's text; title: its window title.
    // done is called on the GUI thread when it has finished, unless owner is gone by then.
    static void start(QWidget *owner, const QList<LetterDocument> &documents, const QString &target,
                      bool single, const QString &label, const QString &title, Done done);
};
