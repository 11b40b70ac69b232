#include "review/suitability.hpp"

#include <algorithm>

namespace pmi::review {

std::set<std::string, std::less<>> application_areas(const calls::Call& call, const calls::Answers& answers)
{
    std::set<std::string, std::less<>> areas;
    auto is_call_area = [&](const std::string& code) { return std::find(call.areas.begin(), call.areas.end(), code) != call.areas.end(); };
    for (const auto& question : call.questions) {
        if (question.kind != calls::QuestionKind::Choice) continue;
        auto answer = answers.find(question.code);
        if (answer != answers.end() && is_call_area(answer->second)) areas.insert(answer->second);
    }
    return areas;
}

int suitability(const Expertise& expertise, const std::set<std::string, std::less<>>& areas)
{
    if (areas.empty()) return kNeutralSuitability;
    int best = 0;
    for (const auto& area : areas) {
        auto level = expertise.find(area);
        if (level != expertise.end()) best = std::max(best, std::clamp(level->second, 0, kExpertiseMax));
    }
    return 25 + 25 * best;
}

}  // namespace pmi::review
