#pragma once
// Checks on what people type into the list's forms (subscription, preferences, import):
// each failure names its field and says how to fix it.
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/translator.hpp"
#include "mailing/topics.hpp"

namespace pmi::mailing {

inline constexpr std::size_t kMaxName = 120;
inline constexpr std::size_t kMaxOrganisation = 200;

enum class NoTopics { Refused, Allowed };

void check_email(std::vector<Error>& errors, std::string_view email);
void check_profile(std::vector<Error>& errors, std::string_view name, std::string_view language, std::string_view organisation,
                   const Translator& translator);
void check_topics(std::vector<Error>& errors, const std::vector<std::string>& topics, const std::vector<Topic>& all, NoTopics none);
// The codes once each, in their first order.
std::vector<std::string> unique_codes(const std::vector<std::string>& codes);

}  // namespace pmi::mailing
