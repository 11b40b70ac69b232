#include "app/ops.hpp"

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "web/json.hpp"

namespace pmi::app {
namespace {

using nlohmann::json;

json error_schema()
{
    return {{"type", "object"},
            {"properties",
             {{"error",
               {{"type", "object"},
                {"required", {"code", "message"}},
                {"properties",
                 {{"code", {{"type", "string"}}},
                  {"field", {{"type", "string"}}},
                  {"message", {{"type", "string"}}},
                  {"errors", {{"type", "array"}}}}}}}}}};
}

json body_of(std::initializer_list<std::pair<const char*, const char*>> fields)
{
    json properties = json::object();
    json required = json::array();
    for (const auto& [name, description] : fields) {
        properties[name] = {{"type", "string"}, {"description", description}};
        required.push_back(name);
    }
    return {{"required", true},
            {"content", {{"application/json", {{"schema", {{"type", "object"}, {"required", required}, {"properties", properties}}}}}}}};
}

// What each API route does; a route of the router under /api/v1/ without an entry here
// still appears, marked undocumented, so the document never hides a route.
json describe(const std::string& method, const std::string& pattern)
{
    const json errors = {{"$ref", "#/components/responses/Error"}};
    const json csrf = {{"name", "X-CSRF-Token"}, {"in", "header"}, {"required", true}, {"schema", {{"type", "string"}}}};
    if (pattern == "/api/v1/csrf")
        return {{"summary", "Get a CSRF token (and its cookie) for the calls that change data"},
                {"responses", {{"200", {{"description", "{\"csrf_token\": ...}"}}}}}};
    if (pattern == "/api/v1/sign-up")
        return {{"summary", "Create an account; a verification link is mailed"},
                {"parameters", {csrf}},
                {"requestBody", body_of({{"name", "Full name"}, {"email", "Email address"}, {"password", "12 to 128 characters"}, {"language", "en, fr or es"}})},
                {"responses", {{"201", {{"description", "Check your email"}}}, {"400", errors}, {"422", errors}, {"403", errors}}}};
    if (pattern == "/api/v1/verify")
        return {{"summary", "Confirm an email address with the token from the link"},
                {"parameters", {csrf}},
                {"requestBody", body_of({{"token", "The token from the verification link"}})},
                {"responses", {{"200", {{"description", "Verified"}}}, {"422", errors}}}};
    if (pattern == "/api/v1/sign-in")
        return {{"summary", "Sign in: sets the session cookie and returns a new CSRF token"},
                {"parameters", {csrf}},
                {"requestBody", body_of({{"email", "Email address"}, {"password", "Password"}})},
                {"responses", {{"200", {{"description", "{\"csrf_token\", \"user\"}"}}}, {"401", errors}, {"403", errors}, {"429", errors}}}};
    if (pattern == "/api/v1/sign-out")
        return {{"summary", "Sign out: ends the session"}, {"parameters", {csrf}}, {"responses", {{"204", {{"description", "Signed out"}}}}}};
    if (pattern == "/api/v1/me")
        return {{"summary", "The signed-in user, with roles"},
                {"responses", {{"200", {{"description", "The user"}}}, {"401", errors}}}};
    return {{"summary", "Undocumented " + method + " route"}, {"responses", {{"default", {{"description", "See the route's module"}}}}}};
}

}  // namespace

web::Response Ops::health(web::Exchange&)
{
    try {
        auto connection = database_.acquire();
        if (connection->healthy()) return web::Response::text(200, "ok\n");
    } catch (const std::exception& error) {
        spdlog::warn("health check: {}", error.what());
    }
    return web::Response::text(503, "database unavailable\n");
}

web::Response Ops::metrics(web::Exchange&)
{
    auto response = web::Response::text(200, metrics_.render(database_.stats()));
    response.content_type = "text/plain; version=0.0.4; charset=utf-8";
    return response;
}

web::Response Ops::openapi(web::Exchange&)
{
    std::call_once(openapi_once_, [this] { openapi_ = openapi_document(); });
    return web::Response::json(200, openapi_);
}

std::string Ops::openapi_document() const
{
    json paths = json::object();
    for (const auto& route : router_.routes()) {
        if (route.pattern.rfind("/api/v1/", 0) != 0) continue;
        std::string method = web::method_name(route.method).data();
        std::string lower;
        for (char c : method) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        paths[route.pattern][lower] = describe(method, route.pattern);
    }
    json document = {{"openapi", "3.0.3"},
                     {"info", {{"title", "pmi API"}, {"version", PMI_VERSION},
                               {"description", "Accounts of the partnership program platform. Calls that change data need the "
                                               "X-CSRF-Token header from GET /api/v1/csrf or from sign-in."}}},
                     {"paths", paths},
                     {"components", {{"responses", {{"Error", {{"description", "An error naming the field and the fix"},
                                                               {"content", {{"application/json", {{"schema", error_schema()}}}}}}}}}}}};
    return web::json_response(200, document).body;
}

}  // namespace pmi::app
