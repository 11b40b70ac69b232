#pragma once
// One request in flight, as the handlers see it: the request, who sent it, in which
// language to answer, and the CSRF token to put in forms.
#include <functional>
#include <optional>
#include <string>

#include "core/actor.hpp"
#include "web/http.hpp"

namespace pmi::web {

struct Exchange {
    Exchange(const Request& request_, std::string request_id_) : request(request_), request_id(std::move(request_id_)) {}

    const Request& request;
    Actor actor;
    std::string language = "en";
    std::string csrf_token;
    std::string request_id;
    std::vector<Cookie> cookies;  // added to whatever response the handler returns

    // Set by the pipeline: start_session sets the session cookie and a fresh CSRF token
    // (csrf_token changes); end_session clears the session cookie.
    std::function<void(const std::string& session_id)> start_session;
    std::function<void()> end_session;
    // Sets the language cookie, so later visits keep the reader's choice.
    std::function<void(const std::string& language)> remember_language;
    std::optional<std::string> session_id;  // the raw id from the cookie, when signed in
};

}  // namespace pmi::web
