#include "dialogs/PdfRenderJob.h"

#include "dialogs/BackgroundJob.h"
#include "dialogs/FileDialog.h"

#include <memory>

QString PdfRenderJob::chooseTarget(QWidget *parent, bool single, const QString &fileTitle,
                                   const QString &suggested, const QString &folderTitle,
                                   const QString &folderStart)
{
    if (!single)
        return FileDialog::existingDirectory(parent, folderTitle, folderStart);
    QString target
        = FileDialog::saveFileName(parent, fileTitle, suggested, tr("PDF files (*.pdf)"));
    if (!target.isEmpty() && !target.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        target += QStringLiteral(".pdf");
    return target;
}

void PdfRenderJob::start(QWidget *owner, const QList<LetterDocument> &documents,
                         const QString &target, bool single, const QString &label,
                         const QString &title, Done done)
{
    auto outcome = std::make_shared<Outcome>();
    // The renderer needs no database: the documents were read in the GUI thread.
    const auto work = [=](const BackgroundJob::Progress &progress, const std::atomic_bool &cancel) {
        const LetterRenderer::Progress report = [&](int finished, int total) {
            progress(total > 0 ? double(finished) / total : 0.0);
            return !cancel.load();
        };
        outcome->ok = single ? LetterRenderer::renderPdf(target, documents, report, &outcome->error)
                             : LetterRenderer::renderEach(target, documents, &outcome->written,
                                                          report, &outcome->error);
    };
    BackgroundJob *job = BackgroundJob::start(owner, work, label, title);
    QObject::connect(job, &BackgroundJob::finished, owner, [outcome, done](bool cancelled) {
        outcome->cancelled = cancelled;
        done(*outcome);
    });
}
