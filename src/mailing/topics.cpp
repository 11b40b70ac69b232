#include "mailing/topics.hpp"

#include <algorithm>

namespace pmi::mailing {

std::vector<Topic> topics(const std::vector<site::Region>& regions)
{
    std::vector<Topic> all{{std::string(kCallsTopic), N_("Calls for partnership"), {}},
                           {std::string(kNewsTopic), N_("News"), {}}};
    for (const auto& region : regions) all.push_back({region_topic(region.code), {}, region.name});
    return all;
}

std::string region_topic(std::string_view region_code)
{
    return "region-" + std::string(region_code);
}

std::string topic_name(const Topic& topic, const Translator& translator, std::string_view language)
{
    if (!topic.message.empty()) return translator.translate(language, topic.message);
    return translator.format(language, "{1} region", {topic.name.pick(language).text});
}

std::string topic_names(const std::vector<Topic>& all, const std::vector<std::string>& codes, const Translator& translator,
                        std::string_view language)
{
    std::string names;
    for (const auto& topic : all)
        if (std::find(codes.begin(), codes.end(), topic.code) != codes.end())
            names += (names.empty() ? "" : ", ") + topic_name(topic, translator, language);
    return names;
}

bool known_topic(const std::vector<Topic>& all, std::string_view code)
{
    return std::any_of(all.begin(), all.end(), [&](const Topic& topic) { return topic.code == code; });
}

}  // namespace pmi::mailing
