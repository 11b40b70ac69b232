#pragma once
// One request in flight, as the handlers see it: the request, who sent it, in which
// language to answer, and the CSRF token to put in forms.
#include <string>

#include "core/actor.hpp"
#include "web/http.hpp"

namespace pmi::web {

struct Exchange {
    const Request& request;
    Actor actor;
    std::string language = "en";
    std::string csrf_token;
    std::string request_id;
    std::vector<Cookie> cookies;  // added to whatever response the handler returns
};

}  // namespace pmi::web
