#include "db/WriteWait.h"

#include <atomic>

namespace {
std::atomic<int> limit {300};

WriteWait::Observer &observer()
{
    thread_local WriteWait::Observer current;
    return current;
}
} // namespace

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
    observer() = std::move(o);
}

bool WriteWait::report(int secondsWaited)
{
    const Observer &o = observer();
    return !o || o(secondsWaited);
}
