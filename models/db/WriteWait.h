#pragma once

#include <QString>

#include <functional>

// How long a write waits for the write lock that another desk (another program on the same
// SQLite file) holds, and who hears about the wait.
//
// Transaction tries BEGIN IMMEDIATE in short attempts (at most a second each, SQLite's busy
// handler sleeping inside) until it gets the lock, the limit passes or the observer gives up;
// between attempts it tells this thread's observer how long it has waited. Nothing has been
// written while waiting, so giving up loses nothing. On PostgreSQL write transactions take turns
// the same way through an advisory lock, and holder() names who goes first (LockHolder).
class WriteWait
{
public:
    // Called between attempts with the whole seconds waited so far; return false to give up
    // (the user pressed Cancel). Called with -1 once the lock is taken after a wait, so an
    // indicator can hide.
    using Observer = std::function<bool(int secondsWaited)>;

    // The longest wait before a write gives up, in seconds (default 300; the CLI's --wait).
    static void setLimitSeconds(int seconds);
    static int limitSeconds();

    // The observer of the calling thread (the GUI thread shows a "waiting for another desk"
    // indicator; the CLI prints to stderr). Worker threads have none unless they set one.
    static void setObserver(Observer observer);
    static Observer observer();
    // For Transaction: tells this thread's observer; true to go on waiting.
    static bool report(int secondsWaited);
    // Who holds the lock this thread waits for, as known when report() is called (PostgreSQL:
    // LockHolder::describe; empty on SQLite, which cannot tell).
    static QString holder();
    static void setHolder(const QString &holder);
};
