#pragma once

#include "undo/DatabaseCommand.h"

// One stored value of one object changed from oldValue to newValue, undoable: Tiled's
// ChangeValue<Object, Value> for a database. Object is what names the stored value (a unit in
// a campaign, a campaign's ticks), Value the value itself. redo() writes newValue where
// oldValue is still stored, undo() oldValue where newValue is: each refused (see
// DatabaseCommand) when someone else wrote another value meanwhile. A subclass says how the
// value is written, in setValue, and names the change with setText.
template<typename Object, typename Value>
class ChangeValue : public DatabaseCommand
{
public:
    ChangeValue(Database &db, const Object &object, const Value &oldValue, const Value &newValue,
                ErrorHandler onError = {})
        : DatabaseCommand(db, std::move(onError))
        , m_object(object)
        , m_old(oldValue)
        , m_new(newValue)
    {}

    const Object &object() const { return m_object; }
    const Value &oldValue() const { return m_old; }
    const Value &newValue() const { return m_new; }

protected:
    // Writes value for object in one transaction where expected is what is stored; returns the
    // problems (nothing written), with *conflict set when someone else wrote another value.
    virtual Problems setValue(const Object &object, const Value &expected, const Value &value,
                              ConflictError *conflict)
        = 0;

private:
    Problems apply(bool forward, ConflictError *conflict) final
    {
        return forward ? setValue(m_object, m_old, m_new, conflict)
                       : setValue(m_object, m_new, m_old, conflict);
    }

    Object m_object;
    Value m_old;
    Value m_new;
};
