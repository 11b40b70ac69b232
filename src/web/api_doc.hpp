#pragma once
// The description of a JSON API operation, kept by the module that serves it and gathered
// into /api/openapi.json. Calls that change data need the X-CSRF-Token header.
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "web/http.hpp"

namespace pmi::web {

struct ApiField {
    std::string name;
    std::string type;  // an OpenAPI type: string, integer, number, boolean, object, array
    std::string description;
    bool required = true;
};

struct ApiOperation {
    Method method = Method::Get;
    std::string pattern;  // as in the route table: /api/v1/calls/:slug
    std::string summary;
    std::vector<ApiField> body;   // fields of the JSON request body
    std::vector<ApiField> query;  // query-string parameters
    std::vector<std::pair<int, std::string>> responses;  // status → what it means; 4xx use the error schema
};

// "/api/v1/calls/:slug" → "/api/v1/calls/{slug}"
std::string openapi_path(const std::string& pattern);
nlohmann::json openapi_operation(const ApiOperation& operation);

}  // namespace pmi::web
