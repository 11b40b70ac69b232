#include "web/api_doc.hpp"

namespace pmi::web {
namespace {

using nlohmann::json;

json schema_of(const ApiField& field)
{
    return {{"type", field.type}, {"description", field.description}};
}

std::vector<std::string> path_parameters(const std::string& pattern)
{
    std::vector<std::string> names;
    for (std::size_t at = pattern.find("/:"); at != std::string::npos; at = pattern.find("/:", at + 1)) {
        std::size_t end = pattern.find('/', at + 1);
        names.push_back(pattern.substr(at + 2, end == std::string::npos ? std::string::npos : end - at - 2));
    }
    return names;
}

}  // namespace

std::string openapi_path(const std::string& pattern)
{
    std::string path;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == ':' && i > 0 && pattern[i - 1] == '/') {
            std::size_t end = pattern.find('/', i);
            path += "{" + pattern.substr(i + 1, end == std::string::npos ? std::string::npos : end - i - 1) + "}";
            if (end == std::string::npos) break;
            i = end - 1;
        } else {
            path += pattern[i];
        }
    }
    return path;
}

json openapi_operation(const ApiOperation& operation)
{
    json parameters = json::array();
    for (const auto& name : path_parameters(operation.pattern))
        parameters.push_back({{"name", name}, {"in", "path"}, {"required", true}, {"schema", {{"type", "string"}}}});
    for (const auto& field : operation.query)
        parameters.push_back({{"name", field.name}, {"in", "query"}, {"required", field.required}, {"description", field.description},
                              {"schema", {{"type", field.type}}}});
    if (operation.method != Method::Get && operation.method != Method::Head)
        parameters.push_back({{"name", "X-CSRF-Token"}, {"in", "header"}, {"required", true},
                              {"description", "From GET /api/v1/csrf or from sign-in"}, {"schema", {{"type", "string"}}}});
    json responses = json::object();
    for (const auto& [status, meaning] : operation.responses) {
        if (status >= 400) responses[std::to_string(status)] = {{"$ref", "#/components/responses/Error"}};
        else responses[std::to_string(status)] = {{"description", meaning}};
    }
    json result = {{"summary", operation.summary}, {"responses", responses}};
    if (!parameters.empty()) result["parameters"] = parameters;
    if (!operation.body.empty()) {
        json properties = json::object(), required = json::array();
        for (const auto& field : operation.body) {
            properties[field.name] = schema_of(field);
            if (field.required) required.push_back(field.name);
        }
        json schema = {{"type", "object"}, {"properties", properties}};
        if (!required.empty()) schema["required"] = required;
        result["requestBody"] = {{"required", true}, {"content", {{"application/json", {{"schema", schema}}}}}};
    }
    return result;
}

}  // namespace pmi::web
