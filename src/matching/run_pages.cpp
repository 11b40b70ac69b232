#include "matching/run_pages.hpp"

#include <algorithm>
#include <map>

#include "core/text.hpp"
#include "core/translator.hpp"

namespace pmi::matching {
namespace {

RunId run_of(const web::Exchange& exchange)
{
    return RunId{std::atoll(std::string(exchange.request.path_parameter("id")).c_str())};
}

std::string run_address(RunId id)
{
    return "/manage/matching/runs/" + std::to_string(id.value);
}

int weight_field(const web::Fields& form, const std::string& name, int fallback)
{
    auto text = text::trim(form.get(name));
    if (text.empty() || text.size() > 6 || text.find_first_not_of("0123456789-") != std::string::npos) return text.empty() ? fallback : -1;
    return std::atoi(text.c_str());
}

const std::array<const char*, 6> kWeightFields = {"weight_enabling_environment", "weight_inclusive_led", "weight_trade_regional",
                                                  "weight_review", "weight_continuity", "weight_size"};

std::array<int*, 6> weight_slots(Weights& w)
{
    return {&w.area[0], &w.area[1], &w.area[2], &w.review, &w.continuity, &w.size};
}

RunSettings settings_of(const web::Fields& form)
{
    RunSettings settings;
    settings.label = text::trim(form.get("label").substr(0, 300));
    if (auto call = std::atoll(std::string(form.get("call").substr(0, 18)).c_str()); call > 0) settings.call = calls::CallId{call};
    auto slots = weight_slots(settings.weights);
    for (std::size_t i = 0; i < kWeightFields.size(); ++i) *slots[i] = weight_field(form, kWeightFields[i], *slots[i]);
    settings.coverage = form.get("coverage") == "yes" ? CountryCoverage::Wanted : CountryCoverage::NotWanted;
    return settings;
}

web::Fields fields_of(const Run& run)
{
    web::Fields fields;
    fields.add("label", run.summary.label);
    if (run.summary.call) fields.add("call", std::to_string(run.summary.call->value));
    Weights weights = run.problem.weights;
    auto slots = weight_slots(weights);
    for (std::size_t i = 0; i < kWeightFields.size(); ++i) fields.add(kWeightFields[i], std::to_string(*slots[i]));
    if (run.problem.coverage == CountryCoverage::Wanted) fields.add("coverage", "yes");
    return fields;
}

template <typename Items>
std::map<std::string, const typename Items::value_type*> by_key(const Items& items)
{
    std::map<std::string, const typename Items::value_type*> map;
    for (const auto& item : items) map[item.key] = &item;
    return map;
}

}  // namespace

std::string RunPages::country_name(const web::Exchange& exchange, std::string_view code)
{
    auto country = site_.country(code);
    return country.ok() ? country->name.pick(exchange.language).text : std::string(code);
}

web::Response RunPages::overview_page(web::Exchange& exchange, const web::Fields& given, const Error* error)
{
    auto runs = matching_.runs(exchange.actor);
    if (!runs.ok()) return web::refusal(views_, exchange, runs.error());
    auto rules = matching_.rules(exchange.actor).value();
    web::Fields fields = given;
    if (fields.size() == 0) {
        Weights defaults;
        auto slots = weight_slots(defaults);
        for (std::size_t i = 0; i < kWeightFields.size(); ++i) fields.add(kWeightFields[i], std::to_string(*slots[i]));
        fields.add("coverage", "yes");
    }
    return web::form_page(views_, exchange, "matching/views/matching.tpl", N_("Matching"), fields, error, [&](auto& body) {
        for (const auto& call : calls_.calls()) {
            auto* option = body.AddSectionDictionary("CALL_OPTION");
            option->SetIntValue("ID", static_cast<long>(call.id.value));
            option->SetValue("NAME", call.title.pick(exchange.language).text);
            if (fields.get("call") == std::to_string(call.id.value)) option->ShowSection("SELECTED");
        }
        if (fields.get("coverage") == "yes") body.ShowSection("COVERAGE_CHECKED");
        for (const auto& run : *runs) {
            for (const char* section : {"RUN", "RUN_OPTION"}) {
                auto* row = body.AddSectionDictionary(section);
                row->SetIntValue("ID", static_cast<long>(run.id.value));
                row->SetValue("LABEL", run.label.empty() ? "#" + std::to_string(run.id.value) : run.label);
                row->SetValue("WHEN", views_.i18n.date_time(exchange.language, run.created_at));
                row->SetValue("BY", run.created_by);
                row->SetIntValue("PAIRS", run.pairs);
                row->SetValue("FIT", views_.i18n.number(exchange.language, static_cast<double>(run.total_fit)));
                row->SetIntValue("COUNTRIES", run.countries_served);
                row->SetIntValue("MS", static_cast<long>(run.milliseconds));
                if (run.accepted_at) row->ShowSection("ACCEPTED");
            }
        }
        if (runs->size() >= 2) body.ShowSection("CAN_COMPARE");
        for (const auto& [rule, at] : rules) {
            auto* row = body.AddSectionDictionary("RULE");
            row->SetValue("TEAM", rule.team);
            row->SetValue("PARTNER", rule.partner);
            row->SetValue("RULE", views_.i18n.translate(exchange.language, rule.rule == PairRule::Pin ? N_("kept (pinned)") : N_("never (forbidden)")));
        }
    });
}

web::Response RunPages::overview(web::Exchange& exchange)
{
    return overview_page(exchange, {}, nullptr);
}

web::Response RunPages::after(web::Exchange& exchange, const Result<RunId>& run, const web::Fields& fields)
{
    if (run.ok()) return web::Response::redirect(run_address(*run));
    if (run.error().code == ErrorCode::Forbidden || run.error().code == ErrorCode::Unauthenticated || run.error().code == ErrorCode::NotFound)
        return web::refusal(views_, exchange, run.error());
    return overview_page(exchange, fields, &run.error());
}

web::Response RunPages::start(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    return after(exchange, matching_.run(exchange.actor, settings_of(form)), form);
}

web::Response RunPages::rerun(web::Exchange& exchange)
{
    auto run = matching_.find(exchange.actor, run_of(exchange));
    if (!run.ok()) return web::refusal(views_, exchange, run.error());
    const auto fields = fields_of(*run);
    return after(exchange, matching_.run(exchange.actor, settings_of(fields)), fields);
}

web::Response RunPages::reproduce(web::Exchange& exchange)
{
    return after(exchange, matching_.run_again(exchange.actor, run_of(exchange)), {});
}

web::Response RunPages::accept(web::Exchange& exchange)
{
    const RunId id = run_of(exchange);
    auto accepted = matching_.accept(exchange.actor, id);
    if (!accepted.ok() && accepted.error().code != ErrorCode::Conflict) return web::refusal(views_, exchange, accepted.error());
    return web::Response::redirect(run_address(id) + "?notice=saved");
}

web::Response RunPages::set_rule(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    auto rule = pair_rule_from_code(form.get("rule"));
    RuledPair pair{text::trim(form.get("team").substr(0, 64)), text::trim(form.get("partner").substr(0, 64)), rule.value_or(PairRule::Pin)};
    Status result = rule ? matching_.set_rule(exchange.actor, pair) : Status(invalid("rule", "Choose pin or forbid."));
    if (!result.ok()) {
        if (result.error().code != ErrorCode::Invalid) return web::refusal(views_, exchange, result.error());
        return overview_page(exchange, form, &result.error());
    }
    return web::Response::redirect(web::safe_return_path(form.get("return_to"), "/manage/matching") + "?notice=saved");
}

web::Response RunPages::remove_rule(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    auto removed = matching_.remove_rule(exchange.actor, std::string(form.get("team").substr(0, 64)), std::string(form.get("partner").substr(0, 64)));
    if (!removed.ok()) return web::refusal(views_, exchange, removed.error());
    return web::Response::redirect("/manage/matching?notice=saved");
}

web::Response RunPages::show(web::Exchange& exchange)
{
    auto found = matching_.find(exchange.actor, run_of(exchange));
    if (!found.ok()) return web::refusal(views_, exchange, found.error());
    const Run& run = *found;
    const auto teams = by_key(run.problem.teams);
    const auto partners = by_key(run.problem.partners);
    auto name = [](const auto& map, const nlohmann::json& key) {
        if (!key.is_string()) return std::string();
        auto found = map.find(key.get<std::string>());
        return found == map.end() ? key.get<std::string>() : found->second->name;
    };
    const auto& result = run.result;
    web::Page page(views_, exchange, "matching/views/run.tpl");
    page.title(page.t("Matching run") + " " + std::to_string(run.summary.id.value));
    auto& body = page.body();
    body.SetIntValue("ID", static_cast<long>(run.summary.id.value));
    body.SetValue("LABEL", run.summary.label);
    body.SetValue("WHEN", views_.i18n.date_time(exchange.language, run.summary.created_at));
    body.SetValue("FIT", views_.i18n.number(exchange.language, static_cast<double>(run.summary.total_fit)));
    body.SetIntValue("PAIRS", run.summary.pairs);
    body.SetIntValue("COUNTRIES_SERVED", run.summary.countries_served);
    body.SetIntValue("MS", static_cast<long>(run.summary.milliseconds));
    const auto& statistics = result.at("statistics");
    body.SetIntValue("ROUNDS", statistics.value("rounds", 0));
    body.SetValue("CHECKED", views_.i18n.number(exchange.language, statistics.value("pairs_checked", 0.0)));
    if (result.value("proven_optimal", false)) body.ShowSection("PROVEN");
    if (run.summary.accepted_at) body.SetValueAndShowSection("ACCEPTED_AT", views_.i18n.date_time(exchange.language, *run.summary.accepted_at), "ACCEPTED");
    else body.ShowSection("NOT_ACCEPTED");
    if (run.problem.coverage == CountryCoverage::Wanted) body.ShowSection("COVERAGE");
    const auto& weights = run.problem.weights;
    body.SetIntValue("W_ENABLING", weights.area[0]);
    body.SetIntValue("W_INCLUSIVE", weights.area[1]);
    body.SetIntValue("W_TRADE", weights.area[2]);
    body.SetIntValue("W_REVIEW", weights.review);
    body.SetIntValue("W_CONTINUITY", weights.continuity);
    body.SetIntValue("W_SIZE", weights.size);
    const std::string here = run_address(run.summary.id);
    for (const auto& pair : result.at("pairs")) {
        auto* row = body.AddSectionDictionary("PAIR");
        const auto partner = partners.find(pair.at("partner").get<std::string>());
        row->SetValue("TEAM_KEY", pair.at("team").get<std::string>());
        row->SetValue("PARTNER_KEY", pair.at("partner").get<std::string>());
        row->SetValue("TEAM", name(teams, pair.at("team")));
        row->SetValue("PARTNER", name(partners, pair.at("partner")));
        row->SetValue("COUNTRY", partner == partners.end() ? "" : country_name(exchange, country_code(partner->second->country)));
        row->SetIntValue("SCORE", pair.at("score").get<int>());
        const auto& terms = pair.at("terms");
        row->SetIntValue("T_ENABLING", terms.value("enabling-environment", 0));
        row->SetIntValue("T_INCLUSIVE", terms.value("inclusive-led", 0));
        row->SetIntValue("T_TRADE", terms.value("trade-regional", 0));
        row->SetIntValue("T_REVIEW", terms.value("review", 0));
        row->SetIntValue("T_CONTINUITY", terms.value("continuity", 0));
        row->SetIntValue("T_SIZE", terms.value("size", 0));
        row->SetValue("RETURN_TO", here);
        if (pair.value("pinned", false)) row->ShowSection("PINNED");
        else row->ShowSection("NOT_PINNED");
        if (auto without = pair.find("without_this_pair"); without != pair.end()) {
            auto* explanation = row->AddSectionDictionary("EXPLANATION");
            explanation->SetIntValue("FIT_LOST", without->value("fit_lost", 0));
            std::string team_takes = name(partners, without->at("team_takes"));
            std::string partner_takes = name(teams, without->at("partner_takes"));
            explanation->SetValue("TEAM_TAKES", team_takes.empty() ? page.t("no one") : team_takes + " (" + std::to_string(without->value("team_takes_score", 0)) + ")");
            explanation->SetValue("PARTNER_TAKES", partner_takes.empty() ? page.t("no one") : partner_takes + " (" + std::to_string(without->value("partner_takes_score", 0)) + ")");
            if (without->value("countries_lost", 0) > 0) explanation->ShowSection("COUNTRY_LOST");
        }
    }
    for (const auto& [section, side, list, names_of] : {std::tuple{"UNFILLED_TEAM", "team", "unfilled_teams", 0}, {"UNFILLED_PARTNER", "partner", "unfilled_partners", 1}}) {
        for (const auto& item : result.at(list)) {
            auto* row = body.AddSectionDictionary(section);
            row->SetValue("NAME", names_of == 0 ? name(teams, item.at(side)) : name(partners, item.at(side)));
            row->SetIntValue("PLACES", item.value("places_left", 0));
            row->SetValue("REASON", views_.i18n.translate(exchange.language, item.value("message", "")));
        }
    }
    int position = 0;
    for (const auto& country : result.at("countries")) {
        auto* row = body.AddSectionDictionary("COUNTRY");
        row->SetValue("NAME", country_name(exchange, country.at("country").get<std::string>()));
        row->SetIntValue("PARTNERS", country.value("partners", 0));
        const int pairs = country.value("pairs", 0);
        row->SetIntValue("PAIRS", pairs);
        row->SetValue("OUTCOME", views_.i18n.translate(exchange.language, country.value("message", "")));
        row->SetIntValue("WIDTH", pairs * 40);
        row->SetIntValue("Y", position * 26 + 4);
        row->SetIntValue("TEXT_Y", position * 26 + 18);
        row->SetIntValue("VALUE_X", 200 + pairs * 40 + 6);
        ++position;
    }
    body.SetIntValue("CHART_HEIGHT", position * 26 + 8);
    return page.render();
}

web::Response RunPages::compare(web::Exchange& exchange)
{
    const auto query = exchange.request.query();
    RunId first{std::atoll(std::string(query.get("first").substr(0, 18)).c_str())};
    RunId second{std::atoll(std::string(query.get("second").substr(0, 18)).c_str())};
    auto comparison = matching_.compare(exchange.actor, first, second);
    if (!comparison.ok()) return web::refusal(views_, exchange, comparison.error());
    auto a = matching_.find(exchange.actor, first).value();
    auto b = matching_.find(exchange.actor, second).value();
    auto teams = by_key(a.problem.teams);
    auto partners = by_key(a.problem.partners);
    for (const auto& team : b.problem.teams) teams.emplace(team.key, &team);
    for (const auto& partner : b.problem.partners) partners.emplace(partner.key, &partner);
    web::Page page(views_, exchange, "matching/views/compare.tpl");
    page.title(page.t("Two runs side by side"));
    auto& body = page.body();
    body.SetIntValue("FIRST", static_cast<long>(first.value));
    body.SetIntValue("SECOND", static_cast<long>(second.value));
    body.SetValue("FIRST_FIT", views_.i18n.number(exchange.language, static_cast<double>(comparison->first_fit)));
    body.SetValue("SECOND_FIT", views_.i18n.number(exchange.language, static_cast<double>(comparison->second_fit)));
    body.SetIntValue("FIRST_COUNTRIES", comparison->first_countries);
    body.SetIntValue("SECOND_COUNTRIES", comparison->second_countries);
    for (const auto& [section, list] : {std::pair{"ONLY_FIRST", &comparison->only_first}, {"ONLY_SECOND", &comparison->only_second}, {"BOTH", &comparison->both}}) {
        for (const auto& [team, partner] : *list) {
            auto* row = body.AddSectionDictionary(section);
            row->SetValue("TEAM", teams.count(team) ? teams.at(team)->name : team);
            row->SetValue("PARTNER", partners.count(partner) ? partners.at(partner)->name : partner);
        }
        body.SetIntValue(std::string(section) + "_COUNT", static_cast<long>(list->size()));
    }
    return page.render();
}

}  // namespace pmi::matching
