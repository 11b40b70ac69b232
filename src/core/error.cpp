#include "core/error.hpp"

namespace pmi {

std::string_view error_code_name(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Invalid: return "invalid";
    case ErrorCode::NotFound: return "not_found";
    case ErrorCode::Forbidden: return "forbidden";
    case ErrorCode::Unauthenticated: return "unauthenticated";
    case ErrorCode::Conflict: return "conflict";
    case ErrorCode::TooManyRequests: return "too_many_requests";
    case ErrorCode::DeadlinePassed: return "deadline_passed";
    case ErrorCode::PayloadTooLarge: return "payload_too_large";
    }
    return "invalid";
}

int error_code_http_status(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Invalid: return 422;
    case ErrorCode::NotFound: return 404;
    case ErrorCode::Forbidden: return 403;
    case ErrorCode::Unauthenticated: return 401;
    case ErrorCode::Conflict: return 409;
    case ErrorCode::TooManyRequests: return 429;
    case ErrorCode::DeadlinePassed: return 409;
    case ErrorCode::PayloadTooLarge: return 413;
    }
    return 400;
}

}  // namespace pmi
