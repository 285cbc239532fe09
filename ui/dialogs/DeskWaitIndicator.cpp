#include "dialogs/DeskWaitIndicator.h"

#include "db/WriteWait.h"

#include <QCoreApplication>
#include <QProgressDialog>

DeskWaitIndicator::DeskWaitIndicator(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    WriteWait::setObserver([this](int seconds) { return update(seconds); });
}

DeskWaitIndicator::~DeskWaitIndicator()
{
    WriteWait::setObserver(nullptr);
    delete m_dialog;
}

bool DeskWaitIndicator::update(int secondsWaited)
{
    if (secondsWaited < 0) {
        delete m_dialog;
        return true;
    }
    if (!m_dialog) {
        m_dialog = new QProgressDialog(m_window);
        m_dialog->setObjectName(QStringLiteral("deskWait"));
        m_dialog->setWindowTitle(tr("Waiting for another desk"));
        m_dialog->setCancelButtonText(tr("Cancel"));
        m_dialog->setRange(0, 0); // no end known: a busy indicator
        m_dialog->setWindowModality(Qt::WindowModal);
        m_dialog->setMinimumDuration(0);
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
    }
    QString text = tr("Another desk is writing to the database. Waiting for it to finish (%1 s)…\n"
                      "Nothing has been changed yet; Cancel gives up this change.")
                       .arg(secondsWaited);
    if (const QString holder = WriteWait::holder(); !holder.isEmpty())
        text += QLatin1Char('\n') + tr("Held by: %1").arg(holder);
    m_dialog->setLabelText(text);
    m_dialog->show();
    QCoreApplication::processEvents();
    if (!m_dialog->wasCanceled())
        return true;
    delete m_dialog;
    return false;
}
