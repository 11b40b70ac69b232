#pragma once
// How well a reviewer fits an application, from the reviewer's expertise by programming
// area and the areas the application works in. The assignment minimises 100 - suitability
// summed over its pairs, so a better fit wins whenever capacities allow it.
#include <map>
#include <set>
#include <string>

#include "calls/call.hpp"

namespace pmi::review {

// Programming area code → level 0 (none) to 3 (leading practice).
using Expertise = std::map<std::string, int, std::less<>>;
constexpr int kExpertiseMax = 3;

// Neither side says anything about areas: every reviewer fits equally.
constexpr int kNeutralSuitability = 50;

// The areas an application works in: the answers to the call's choice questions whose
// options are programming areas of the call (the demo form's "strongest programming area").
std::set<std::string, std::less<>> application_areas(const calls::Call& call, const calls::Answers& answers);

// 25 + 25 × the reviewer's best level among the application's areas (25..100); neutral
// when the application names no area. A reviewer without a recorded level in an area
// counts as level 0 there.
int suitability(const Expertise& expertise, const std::set<std::string, std::less<>>& areas);

}  // namespace pmi::review
