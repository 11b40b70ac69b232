#include "app/ops.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "core/crypto.hpp"
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

// A route under /api/v1/ that no module describes still appears, marked undocumented, so
// the document never hides a route (and a test finds it).
json undocumented(const std::string& method)
{
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

bool Ops::may_read_metrics(const web::Request& request) const
{
    if (!metrics_token_.empty()) {
        auto authorization = request.headers.get("Authorization").value_or("");
        constexpr std::string_view kBearer = "Bearer ";
        return authorization.starts_with(kBearer) && crypto::constant_time_equal(authorization.substr(kBearer.size()), metrics_token_);
    }
    const bool loopback = request.remote_address == "::1" || request.remote_address.starts_with("127.") ||
                          request.remote_address.starts_with("::ffff:127.");
    return loopback && !request.headers.get("X-Forwarded-For") && !request.headers.get("Forwarded") && !request.headers.get("X-Real-IP");
}

web::Response Ops::metrics(web::Exchange& exchange)
{
    if (!may_read_metrics(exchange.request)) return web::Response::text(404, "Not found\n");
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
        auto described = std::find_if(operations_.begin(), operations_.end(), [&](const web::ApiOperation& operation) {
            return operation.method == route.method && operation.pattern == route.pattern;
        });
        paths[web::openapi_path(route.pattern)][lower] =
            described == operations_.end() ? undocumented(method) : web::openapi_operation(*described);
    }
    json document = {{"openapi", "3.0.3"},
                     {"info", {{"title", "pmi API"}, {"version", PMI_VERSION},
                               {"description", "The partnership program platform: accounts, calls and applications, review. Calls that change data need the "
                                               "X-CSRF-Token header from GET /api/v1/csrf or from sign-in."}}},
                     {"paths", paths},
                     {"components", {{"responses", {{"Error", {{"description", "An error naming the field and the fix"},
                                                               {"content", {{"application/json", {{"schema", error_schema()}}}}}}}}}}}};
    return web::json_response(200, document).body;
}

}  // namespace pmi::app
