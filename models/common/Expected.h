#pragma once

#include <exception>
#include <type_traits>
#include <utility>
#include <variant>

// A value or the error that kept it from being had: C++23's std::expected for a C++20 compiler
// (Debian 12's GCC 12 has no <expected>). The names and behaviour follow std::expected
// ([expected] in the C++23 standard), so code reads the same when it switches over: replace
// Expected by std::expected and Unexpected by std::unexpected.
//
//   Expected<Campaign, LookupError> c = repo.byYear(2024);
//   if (!c)                      // explicit operator bool, has_value()
//       return show(c.error());  // error(): only when there is no value
//   use(*c, c->year);            // operator*, operator->: only when there is a value
//   c.value();                   // the value, or throws BadExpectedAccess<E>
//   c.value_or(fallback);
//
// A function returns its error as `return Unexpected(error);` and its value as `return value;`.

// The error side of an Expected, as std::unexpected.
template<class E>
class Unexpected
{
public:
    constexpr explicit Unexpected(const E &error)
        : m_error(error)
    {}
    constexpr explicit Unexpected(E &&error)
        : m_error(std::move(error))
    {}

    constexpr const E &error() const &noexcept { return m_error; }
    constexpr E &error() &noexcept { return m_error; }
    constexpr E &&error() &&noexcept { return std::move(m_error); }

private:
    E m_error;
};

template<class E>
Unexpected(E) -> Unexpected<E>;

// Thrown by Expected::value() when there is no value, as std::bad_expected_access.
template<class E>
class BadExpectedAccess : public std::exception
{
public:
    explicit BadExpectedAccess(E error)
        : m_error(std::move(error))
    {}
    const char *what() const noexcept override { return "bad Expected access"; }
    const E &error() const &noexcept { return m_error; }

private:
    E m_error;
};

template<class T, class E>
class Expected
{
    static_assert(!std::is_reference_v<T> && !std::is_void_v<T>,
                  "Expected<T&> and <void> unsupported");

public:
    using value_type = T;
    using error_type = E;
    using unexpected_type = Unexpected<E>;

    // A default-constructed Expected holds a default-constructed value, as std::expected.
    constexpr Expected() requires std::is_default_constructible_v<T>
        : m_state(std::in_place_index<0>)
    {}

    template<class U = T>
    requires(
        !std::is_same_v<
            std::remove_cvref_t<U>,
            Expected> && !std::is_same_v<std::remove_cvref_t<U>, std::in_place_t> && std::is_constructible_v<T, U>) constexpr explicit(!std::
                                                                                                                                           is_convertible_v<
                                                                                                                                               U,
                                                                                                                                               T>)
        Expected(U &&value)
        : m_state(std::in_place_index<0>, std::forward<U>(value))
    {}

    template<class G>
    constexpr Expected(const Unexpected<G> &unexpected)
        : m_state(std::in_place_index<1>, unexpected.error())
    {}
    template<class G>
    constexpr Expected(Unexpected<G> &&unexpected)
        : m_state(std::in_place_index<1>, std::move(unexpected).error())
    {}

    constexpr bool has_value() const noexcept { return m_state.index() == 0; }
    constexpr explicit operator bool() const noexcept { return has_value(); }

    // The value; only when has_value() (undefined otherwise, as std::expected).
    constexpr const T &operator*() const &noexcept { return *std::get_if<0>(&m_state); }
    constexpr T &operator*() &noexcept { return *std::get_if<0>(&m_state); }
    constexpr T &&operator*() &&noexcept { return std::move(*std::get_if<0>(&m_state)); }
    constexpr const T *operator->() const noexcept { return std::get_if<0>(&m_state); }
    constexpr T *operator->() noexcept { return std::get_if<0>(&m_state); }

    // The value, or throws BadExpectedAccess<E> with the error.
    constexpr const T &value() const &
    {
        if (!has_value())
            throw BadExpectedAccess<E>(error());
        return **this;
    }
    constexpr T &value() &
    {
        if (!has_value())
            throw BadExpectedAccess<E>(error());
        return **this;
    }
    constexpr T &&value() &&
    {
        if (!has_value())
            throw BadExpectedAccess<E>(error());
        return std::move(**this);
    }

    // The error; only when !has_value() (undefined otherwise, as std::expected).
    constexpr const E &error() const &noexcept { return *std::get_if<1>(&m_state); }
    constexpr E &error() &noexcept { return *std::get_if<1>(&m_state); }
    constexpr E &&error() &&noexcept { return std::move(*std::get_if<1>(&m_state)); }

    template<class U>
    constexpr T value_or(U &&fallback) const &
    {
        return has_value() ? **this : static_cast<T>(std::forward<U>(fallback));
    }
    template<class U>
    constexpr T value_or(U &&fallback) &&
    {
        return has_value() ? std::move(**this) : static_cast<T>(std::forward<U>(fallback));
    }

private:
    std::variant<T, E> m_state;
};
