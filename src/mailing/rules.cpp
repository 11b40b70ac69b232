#include "mailing/rules.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace pmi::mailing {

void check_email(std::vector<Error>& errors, std::string_view email)
{
    const std::string trimmed = text::trim(email);
    if (trimmed.empty()) {
        errors.push_back(invalid("email", "Write your email address."));
        return;
    }
    const bool ascii = std::all_of(trimmed.begin(), trimmed.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (!text::plausible_email(trimmed) || !ascii)
        errors.push_back(invalid("email", "This is not an email address we can write to. Check it, as in name@example.org."));
}

void check_profile(std::vector<Error>& errors, std::string_view name, std::string_view language, std::string_view organisation,
                   const Translator& translator)
{
    const std::string trimmed = text::trim(name);
    if (trimmed.empty()) errors.push_back(invalid("name", "Write your name."));
    else if (!text::valid_utf8(trimmed) || text::has_control_characters(trimmed, false) || text::length(trimmed) > kMaxName)
        errors.push_back(invalid("name", "Write your name on one line, in at most {1} characters.", {std::to_string(kMaxName)}));
    if (!translator.supports(language)) errors.push_back(invalid("language", "Choose English, French or Spanish."));
    if (!text::valid_utf8(organisation) || text::has_control_characters(organisation, false) ||
        text::length(organisation) > kMaxOrganisation)
        errors.push_back(invalid("organisation", "Write the organisation on one line, in at most {1} characters.",
                                 {std::to_string(kMaxOrganisation)}));
}

void check_topics(std::vector<Error>& errors, const std::vector<std::string>& topics, const std::vector<Topic>& all, NoTopics none)
{
    if (topics.empty() && none == NoTopics::Refused) {
        errors.push_back(invalid("topics", "Choose at least one topic."));
        return;
    }
    if (topics.size() > 50 || std::any_of(topics.begin(), topics.end(), [&](const std::string& topic) { return !known_topic(all, topic); }))
        errors.push_back(invalid("topics", "Choose topics from the list shown."));
}

std::vector<std::string> unique_codes(const std::vector<std::string>& codes)
{
    std::vector<std::string> out;
    for (const auto& code : codes)
        if (std::find(out.begin(), out.end(), code) == out.end()) out.push_back(code);
    return out;
}

}  // namespace pmi::mailing
