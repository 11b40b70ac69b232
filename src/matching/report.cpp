#include "matching/report.hpp"

#include <cmath>

#include "core/csv.hpp"

namespace pmi::matching {
namespace {

using nlohmann::json;

json key_or_null(const std::optional<std::size_t>& index, const auto& items)
{
    return index ? json(items[*index].key) : json(nullptr);
}

std::string key_or_empty(const std::optional<std::size_t>& index, const auto& items)
{
    return index ? items[*index].key : std::string();
}

json terms_json(const FitTerms& terms)
{
    json object;
    for (std::size_t a = 0; a < kAreaCount; ++a) object[std::string(area_code(static_cast<Area>(a)))] = terms.area[a];
    object["review"] = terms.review;
    object["continuity"] = terms.continuity;
    object["size"] = terms.size;
    return object;
}

json pair_json(const Problem& problem, const ProposedPair& pair)
{
    json object = {{"team", problem.teams[pair.team].key},
                   {"partner", problem.partners[pair.partner].key},
                   {"score", pair.score},
                   {"pinned", pair.pinned},
                   {"terms", terms_json(pair.terms)}};
    if (pair.explanation) {
        const auto& e = *pair.explanation;
        object["without_this_pair"] = {{"fit_lost", e.fit_lost},
                                       {"countries_lost", e.countries_lost},
                                       {"team_takes", key_or_null(e.team_side.other, problem.partners)},
                                       {"team_takes_score", e.team_side.score},
                                       {"partner_takes", key_or_null(e.partner_side.other, problem.teams)},
                                       {"partner_takes_score", e.partner_side.score},
                                       {"further_changes", e.further_changes}};
    }
    return object;
}

json weights_json(const Weights& weights)
{
    json object;
    for (std::size_t a = 0; a < kAreaCount; ++a) object[std::string(area_code(static_cast<Area>(a)))] = weights.area[a];
    object["review"] = weights.review;
    object["continuity"] = weights.continuity;
    object["size"] = weights.size;
    return object;
}

double rounded(double milliseconds) { return std::round(milliseconds * 10) / 10; }

json statistics_json(const Statistics& s)
{
    return {{"rounds", s.rounds},
            {"candidate_pairs", s.candidate_pairs},
            {"allowed_pairs", s.allowed_pairs},
            {"pairs_checked", s.pairs_checked},
            {"pairs_added", s.pairs_added},
            {"proven_optimal", s.proven_optimal},
            {"milliseconds",
             {{"candidates", rounded(s.candidates_ms)},
              {"solve", rounded(s.solve_ms)},
              {"pricing", rounded(s.pricing_ms)},
              {"explain", rounded(s.explain_ms)},
              {"reasons", rounded(s.reasons_ms)},
              {"total", rounded(s.total_ms)}}}};
}

std::vector<std::string> country_codes(const std::vector<Country>& countries)
{
    std::vector<std::string> codes;
    for (auto country : countries) codes.emplace_back(country_code(country));
    return codes;
}

std::string joined(const std::vector<std::string>& values)
{
    std::string text;
    for (const auto& value : values) text += (text.empty() ? "" : ";") + value;
    return text;
}

}  // namespace

json matching_to_json(const Problem& problem, const Matching& matching, const Translator& translator,
                      std::string_view language)
{
    json out = {{"total_fit", matching.total_fit},
                {"countries_served", matching.countries_served},
                {"proven_optimal", matching.statistics.proven_optimal},
                {"coverage", problem.coverage == CountryCoverage::Wanted ? "wanted" : "not_wanted"},
                {"weights", weights_json(problem.weights)},
                {"pairs", json::array()},
                {"unfilled_teams", json::array()},
                {"unfilled_partners", json::array()},
                {"countries", json::array()},
                {"statistics", statistics_json(matching.statistics)}};
    for (const auto& pair : matching.pairs) out["pairs"].push_back(pair_json(problem, pair));
    for (const auto& team : matching.unfilled_teams)
        out["unfilled_teams"].push_back({{"team", problem.teams[team.team].key},
                                         {"places_left", team.places_left},
                                         {"reason", unfilled_reason_code(team.reason)},
                                         {"message", translator.translate(language, unfilled_reason_message(team.reason))},
                                         {"best_partner", key_or_null(team.best_partner, problem.partners)},
                                         {"best_score", team.best_score}});
    for (const auto& partner : matching.unfilled_partners)
        out["unfilled_partners"].push_back(
            {{"partner", problem.partners[partner.partner].key},
             {"places_left", partner.places_left},
             {"reason", unfilled_reason_code(partner.reason)},
             {"message", translator.translate(language, unfilled_reason_message(partner.reason))},
             {"best_team", key_or_null(partner.best_team, problem.teams)},
             {"best_score", partner.best_score}});
    for (const auto& country : matching.countries)
        out["countries"].push_back({{"country", country_code(country.country)},
                                    {"partners", country.partners},
                                    {"pairs", country.pairs},
                                    {"outcome", country_outcome_code(country.outcome)},
                                    {"message", translator.translate(language, country_outcome_message(country.outcome))},
                                    {"served_instead", country_codes(country.served_instead)}});
    return out;
}

std::string matching_to_csv(const Problem& problem, const Matching& matching, const Translator& translator,
                            std::string_view language)
{
    using std::to_string;
    std::string out = csv::row({"team", "partner", "score", "pinned", "area_enabling_environment", "area_inclusive_led",
                                "area_trade_regional", "review", "continuity", "size", "fit_lost_without",
                                "countries_lost_without", "team_takes", "team_takes_score", "partner_takes",
                                "partner_takes_score", "further_changes"});
    for (const auto& pair : matching.pairs) {
        std::vector<std::string> row = {problem.teams[pair.team].key, problem.partners[pair.partner].key,
                                        to_string(pair.score), pair.pinned ? "yes" : "no",
                                        to_string(pair.terms.area[0]), to_string(pair.terms.area[1]),
                                        to_string(pair.terms.area[2]), to_string(pair.terms.review),
                                        to_string(pair.terms.continuity), to_string(pair.terms.size)};
        if (pair.explanation) {
            const auto& e = *pair.explanation;
            for (auto value : {to_string(e.fit_lost), to_string(e.countries_lost),
                               key_or_empty(e.team_side.other, problem.partners), to_string(e.team_side.score),
                               key_or_empty(e.partner_side.other, problem.teams), to_string(e.partner_side.score),
                               to_string(e.further_changes)})
                row.push_back(value);
        } else {
            row.resize(17);
        }
        out += csv::row(row);
    }
    out += "\r\n" + csv::row({"side", "key", "places_left", "reason", "message", "best_match", "best_score"});
    for (const auto& team : matching.unfilled_teams)
        out += csv::row({"team", problem.teams[team.team].key, to_string(team.places_left),
                         std::string(unfilled_reason_code(team.reason)),
                         translator.translate(language, unfilled_reason_message(team.reason)),
                         key_or_empty(team.best_partner, problem.partners), to_string(team.best_score)});
    for (const auto& partner : matching.unfilled_partners)
        out += csv::row({"partner", problem.partners[partner.partner].key, to_string(partner.places_left),
                         std::string(unfilled_reason_code(partner.reason)),
                         translator.translate(language, unfilled_reason_message(partner.reason)),
                         key_or_empty(partner.best_team, problem.teams), to_string(partner.best_score)});
    out += "\r\n" + csv::row({"country", "partners", "pairs", "outcome", "message", "served_instead"});
    for (const auto& country : matching.countries)
        out += csv::row({std::string(country_code(country.country)), to_string(country.partners), to_string(country.pairs),
                         std::string(country_outcome_code(country.outcome)),
                         translator.translate(language, country_outcome_message(country.outcome)),
                         joined(country_codes(country.served_instead))});
    const auto& s = matching.statistics;
    out += "\r\n" + csv::row({"figure", "value"});
    for (const auto& [figure, value] : std::vector<std::pair<std::string, std::string>>{
             {"total_fit", to_string(matching.total_fit)},
             {"countries_served", to_string(matching.countries_served)},
             {"proven_optimal", s.proven_optimal ? "yes" : "no"},
             {"rounds", to_string(s.rounds)},
             {"candidate_pairs", to_string(s.candidate_pairs)},
             {"allowed_pairs", to_string(s.allowed_pairs)},
             {"pairs_checked", to_string(s.pairs_checked)},
             {"pairs_added", to_string(s.pairs_added)},
             {"total_ms", to_string(static_cast<long long>(std::llround(s.total_ms)))}})
        out += csv::row({figure, value});
    return out;
}

}  // namespace pmi::matching
