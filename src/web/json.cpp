#include "web/json.hpp"

#include "web/json_texts.hpp"

namespace pmi::web {

Result<nlohmann::json> json_object(const Request& request)
{
    auto parsed = nlohmann::json::parse(request.body, nullptr, false);
    if (parsed.is_discarded())
        return Error(ErrorCode::Invalid, "body", "The request body is not valid JSON.");
    if (!parsed.is_object())
        return Error(ErrorCode::Invalid, "body", "The request body must be a JSON object.");
    return parsed;
}

Result<std::string> json_string(const nlohmann::json& object, const std::string& name)
{
    auto found = object.find(name);
    if (found == object.end() || found->is_null()) return std::string{};
    if (!found->is_string()) return invalid(name, "The field {1} must be a string.", {name});
    return found->get<std::string>();
}

Response json_response(int status, const nlohmann::json& body)
{
    return Response::json(status, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

Response json_error(const I18n& i18n, const Exchange& exchange, const Error& error)
{
    auto describe = [&](const Error& item) {
        nlohmann::json json = {{"code", error_code_name(item.code)}, {"message", i18n.error_text(exchange.language, item)}};
        if (!item.field.empty()) json["field"] = item.field;
        return json;
    };
    nlohmann::json body = describe(error);
    if (!error.more.empty()) {
        body["errors"] = nlohmann::json::array();
        for (const auto& item : flatten(error)) body["errors"].push_back(describe(item));
    }
    int status = error_code_http_status(error.code);
    if (error.code == ErrorCode::Invalid && error.field == "body") status = 400;
    auto response = json_response(status, {{"error", body}});
    response.retry_after(error.retry_after_seconds);
    return response;
}

}  // namespace pmi::web

namespace pmi::web {

Result<std::map<std::string, std::string>> json_texts(const nlohmann::json& object, const std::string& name)
{
    std::map<std::string, std::string> texts;
    auto found = object.find(name);
    if (found == object.end() || found->is_null()) return texts;
    const auto malformed = invalid(name, "The field {1} must map language codes to text.", {name});
    if (!found->is_object() || found->size() > 10) return malformed;
    for (const auto& [language, text] : found->items()) {
        if (!text.is_string() || language.size() != 2) return malformed;
        texts[language] = text.get<std::string>();
    }
    return texts;
}

}  // namespace pmi::web
