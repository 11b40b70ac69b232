#pragma once
// What one can subscribe to: calls for partnership, news, and each region of the program
// ("region-africa"). Codes are stored in the ledger and never change meaning.
#include <string>
#include <string_view>
#include <vector>

#include "core/localized_text.hpp"
#include "core/translator.hpp"
#include "site/content.hpp"

namespace pmi::mailing {

inline constexpr std::string_view kCallsTopic = "calls";
inline constexpr std::string_view kNewsTopic = "news";

struct Topic {
    std::string code;
    std::string message;     // English message id of the name (calls, news)
    LocalizedText name;      // the region's own name (regions)
};

// The list's topics for the program's regions, in the order the form shows them.
std::vector<Topic> topics(const std::vector<site::Region>& regions);
// "region-" + the region's code.
std::string region_topic(std::string_view region_code);
// The topic's name in `language`.
std::string topic_name(const Topic& topic, const Translator& translator, std::string_view language);
// "Calls for partnership, Africa": the names of `codes` that are topics, in the list's order.
std::string topic_names(const std::vector<Topic>& all, const std::vector<std::string>& codes, const Translator& translator,
                        std::string_view language);
bool known_topic(const std::vector<Topic>& all, std::string_view code);

}  // namespace pmi::mailing
