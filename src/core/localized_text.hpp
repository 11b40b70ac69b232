#pragma once
// A text with one version per language, stored as a JSON object {"en": "...", "fr": "..."}.
#include <map>
#include <string>
#include <string_view>

namespace pmi {

class LocalizedText {
public:
    struct Choice {
        std::string text;
        std::string language;  // the language of `text`, which may differ from the one asked for
        bool fallback = false;
    };

    // Accepts an empty string as "no text"; throws nlohmann::json::exception on malformed JSON
    // (the database only ever holds what to_json wrote).
    static LocalizedText from_json(std::string_view json);
    std::string to_json() const;

    void set(const std::string& language, std::string text);
    std::string get(std::string_view language) const;  // "" when missing
    bool empty() const;
    // The version in `language`, else English, French, Spanish, else any.
    Choice pick(std::string_view language) const;
    const std::map<std::string, std::string, std::less<>>& versions() const { return versions_; }

private:
    std::map<std::string, std::string, std::less<>> versions_;
};

}  // namespace pmi
