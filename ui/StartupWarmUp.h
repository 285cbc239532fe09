#pragma once

class QThread;

// What the first window of a process pays once and Qt lets another thread pay instead
// (bench/README.md, "Opening the dashboard"): fontconfig's set-up and Qt's font database, the
// list of fonts that stand in for the UI font in Chinese text (QFontDatabase keeps it for every
// thread), and the image format plugins that the first icon read loads (dlopen). Font engines
// and glyph caches belong to the thread that made them, so the GUI thread still loads its own.
//
// Made early in main(), after the QApplication (so that it is destroyed first): starts
// the warm-up on a worker thread; the destructor waits for it. Nothing else waits: whatever the
// warm-up has not done yet when the GUI thread needs it, the GUI thread does as before (Qt's font
// database is locked while one thread fills it).
class StartupWarmUp
{
public:
    StartupWarmUp();
    ~StartupWarmUp();
    StartupWarmUp(const StartupWarmUp &) = delete;
    StartupWarmUp &operator=(const StartupWarmUp &) = delete;

    void wait();

private:
    QThread *m_thread;
};
