#pragma once
// Result<T>: a value or an Error (std::expected is C++23; GCC 12 has none).
#include <cassert>
#include <utility>
#include <variant>

#include "core/error.hpp"

namespace pmi {

struct Ok {};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() &
    {
        assert(ok() && "value() of a failed Result");
        return std::get<0>(state_);
    }
    const T& value() const&
    {
        assert(ok() && "value() of a failed Result");
        return std::get<0>(state_);
    }
    // By value, so `for (auto& x : f().value())` on a temporary Result stays valid.
    T value() &&
    {
        assert(ok() && "value() of a failed Result");
        return std::get<0>(std::move(state_));
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const
    {
        assert(!ok() && "error() of a successful Result");
        return std::get<1>(state_);
    }
    Error&& take_error()
    {
        assert(!ok() && "take_error() of a successful Result");
        return std::get<1>(std::move(state_));
    }

private:
    std::variant<T, Error> state_;
};

using Status = Result<Ok>;

}  // namespace pmi

// Evaluates a Result; on failure returns its Error from the enclosing function, otherwise
// yields the value (SerenityOS's TRY, on the GNU statement-expression extension).
#define TRY(expression)                                   \
    ({                                                    \
        auto _try_result = (expression);                  \
        if (!_try_result.ok()) return _try_result.take_error(); \
        std::move(_try_result).value();                   \
    })
