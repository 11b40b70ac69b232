#pragma once
// Expected failures, carried as values: the caller decides what each one means to its user.
#include <string>
#include <string_view>
#include <iterator>
#include <vector>

namespace pmi {

// Stable codes: the JSON API returns them, tests match on them, they never change meaning.
enum class ErrorCode {
    Invalid,          // a field is missing or malformed; `field` names it
    NotFound,
    Forbidden,        // signed in, but not allowed
    Unauthenticated,  // must sign in first
    Conflict,         // e.g. email already registered, stale edit
    TooManyRequests,  // lockout or rate limit
    DeadlinePassed,
    PayloadTooLarge,
};

std::string_view error_code_name(ErrorCode code);
int error_code_http_status(ErrorCode code);

// `message` is an English message id, translated when shown; `{1}`, `{2}` in it are
// replaced by `arguments`. It says what is wrong and how to fix it.
struct Error {
    Error() = default;
    Error(ErrorCode code_, std::string field_, std::string message_, std::vector<std::string> arguments_ = {})
        : code(code_), field(std::move(field_)), message(std::move(message_)), arguments(std::move(arguments_)) {}

    ErrorCode code = ErrorCode::Invalid;
    std::string field;
    std::string message;
    std::vector<std::string> arguments;
    std::vector<Error> more;  // further problems found in the same pass (form validation)
    int retry_after_seconds = 0;  // TooManyRequests: how long until trying again can work
};

// Several field errors as one Error: the first, with the rest in `more`.
inline Error combine(std::vector<Error> errors)
{
    Error first = std::move(errors.front());
    first.more.assign(std::make_move_iterator(errors.begin() + 1), std::make_move_iterator(errors.end()));
    return first;
}

// The error and every error in `more`, in order.
inline std::vector<Error> flatten(const Error& error)
{
    std::vector<Error> all{error};
    all.front().more.clear();
    all.insert(all.end(), error.more.begin(), error.more.end());
    return all;
}

inline Error invalid(std::string field, std::string message, std::vector<std::string> arguments = {})
{
    return Error{ErrorCode::Invalid, std::move(field), std::move(message), std::move(arguments)};
}
inline Error not_found(std::string message = "This page does not exist or was removed.")
{
    return Error{ErrorCode::NotFound, {}, std::move(message), {}};
}
inline Error forbidden(std::string message = "Your account is not allowed to do this.")
{
    return Error{ErrorCode::Forbidden, {}, std::move(message), {}};
}
inline Error unauthenticated()
{
    return Error{ErrorCode::Unauthenticated, {}, "Please sign in to continue.", {}};
}
inline Error conflict(std::string field, std::string message)
{
    return Error{ErrorCode::Conflict, std::move(field), std::move(message), {}};
}


}  // namespace pmi
