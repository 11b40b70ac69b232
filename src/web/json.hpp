#pragma once
// JSON in and out of the API: request bodies parsed into objects, errors and results
// written with a stable shape: {"error": {"code", "field", "message", "errors": [...]}}.
#include <nlohmann/json.hpp>

#include "core/result.hpp"
#include "web/exchange.hpp"
#include "web/i18n.hpp"

namespace pmi::web {

// The body as a JSON object. Fails (400) when it is not JSON or not an object.
Result<nlohmann::json> json_object(const Request& request);
// A string member: "" when absent; fails when present with another type.
Result<std::string> json_string(const nlohmann::json& object, const std::string& name);

Response json_response(int status, const nlohmann::json& body);
Response json_error(const I18n& i18n, const Exchange& exchange, const Error& error);
// `Ok` results become `status` with `body`; errors become json_error.
template <typename T>
Response json_result(const I18n& i18n, const Exchange& exchange, const Result<T>& result, int status,
                     const nlohmann::json& body)
{
    if (!result.ok()) return json_error(i18n, exchange, result.error());
    return json_response(status, body);
}

}  // namespace pmi::web
