#include "db/WriteWait.h"

#include <atomic>

namespace {
std::atomic<int> limit {300};

WriteWait::Observer &currentObserver()
{
    thread_local WriteWait::Observer current;
    return current;
}

QString &holderText()
{
    thread_local QString current;
    return current;
}
} // namespace

QString WriteWait::holder()
{
    return holderText();
}

void WriteWait::setHolder(const QString &holder)
{
    holderText() = holder;
}

void WriteWait::setLimitSeconds(int seconds)
{
    limit = seconds < 0 ? 0 : seconds;
}

int WriteWait::limitSeconds()
{
    return limit;
}

void WriteWait::setObserver(Observer o)
{
    currentObserver() = std::move(o);
}

WriteWait::Observer WriteWait::observer()
{
    return currentObserver();
}

bool WriteWait::report(int secondsWaited)
{
    const Observer &o = currentObserver();
    return !o || o(secondsWaited);
}
