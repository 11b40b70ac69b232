#include "core/localized_text.hpp"

#include <nlohmann/json.hpp>

namespace pmi {

LocalizedText LocalizedText::from_json(std::string_view json)
{
    LocalizedText text;
    if (json.empty()) return text;
    const auto parsed = nlohmann::json::parse(json);
    for (const auto& [language, value] : parsed.items())
        if (value.is_string() && !value.get_ref<const std::string&>().empty()) text.versions_[language] = value.get<std::string>();
    return text;
}

std::string LocalizedText::to_json() const
{
    nlohmann::json json = nlohmann::json::object();
    for (const auto& [language, value] : versions_) json[language] = value;
    return json.dump();
}

void LocalizedText::set(const std::string& language, std::string text)
{
    if (text.empty()) versions_.erase(language);
    else versions_[language] = std::move(text);
}

std::string LocalizedText::get(std::string_view language) const
{
    auto found = versions_.find(language);
    return found == versions_.end() ? std::string{} : found->second;
}

bool LocalizedText::empty() const
{
    return versions_.empty();
}

LocalizedText::Choice LocalizedText::pick(std::string_view language) const
{
    if (auto found = versions_.find(language); found != versions_.end()) return {found->second, found->first, false};
    for (std::string_view preferred : {"en", "fr", "es"})
        if (auto found = versions_.find(preferred); found != versions_.end()) return {found->second, found->first, true};
    if (!versions_.empty()) return {versions_.begin()->second, versions_.begin()->first, true};
    return {};
}

}  // namespace pmi
