#pragma once
// Matching problems made up from a seed, for the tests and the benchmark (not part of pmi):
// small random ones that exercise every rule, and ones shaped like the real program (the
// seven countries' commune counts and languages, Canada's municipalities by province).
#include <cstdint>
#include <random>

#include "matching/problem.hpp"

namespace pmi::matching::testing {

// Small and varied: 1 to `most_teams` teams, 1 to `most_partners` partners, random
// languages, capacities (0 included), pins and forbidden pairs that the rules allow,
// past partners, and coverage wanted or not. The same seed gives the same problem.
struct RandomShape {
    int most_teams = 7;
    int most_partners = 9;
    int pin_percent = 30;     // chance that the problem has a pin at all
    int forbid_percent = 10;  // chance that a pair sharing a language is forbidden
};
Problem random_problem(std::mt19937_64& random, const RandomShape& shape = {});

// `teams` Canadian municipalities and `partners` local governments, drawn country by
// country in the proportions of the real program: Vietnam 10,599 communes, Cambodia 1,652,
// Mali 703, Burkina Faso 351, Bolivia 339, Côte d'Ivoire 201, Nicaragua 153; French in
// West Africa, Spanish in Latin America, Khmer or Vietnamese with English or interpretation
// in Asia; Canadian teams by province, French in Quebec, English elsewhere, some bilingual,
// a few speaking Spanish. Capacities 0 to 3, wanted 1 or 2, needs and expertise 0 to 3, a
// few pins, forbidden pairs and past partnerships.
Problem shaped_problem(int teams, int partners, std::uint64_t seed);

}  // namespace pmi::matching::testing
