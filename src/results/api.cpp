#include "results/api.hpp"

#include "core/localized_json.hpp"
#include "partnerships/fiscal_year.hpp"
#include "partnerships/pages.hpp"
#include "results/figures.hpp"
#include "results/pages.hpp"
#include "results/periods.hpp"
#include "web/json.hpp"

namespace pmi::results {
namespace {

nlohmann::json figure_json(std::optional<std::int64_t> scaled) { return scaled ? nlohmann::json(figure_text(*scaled)) : nlohmann::json(); }

nlohmann::json indicator_json(const Indicator& i, const std::vector<Node>& nodes)
{
    nlohmann::json targets = nlohmann::json::object();
    for (const auto& [year, value] : i.targets) targets[partnerships::fiscal_year_label(year)] = figure_text(value);
    std::string node;
    for (const auto& n : nodes)
        if (n.id == i.node) node = n.code;
    nlohmann::json cells = nlohmann::json::array({std::string(kTotal)});
    for (const auto& cell : cells_of(i.disaggregation)) cells.push_back(cell);
    return {{"id", i.id.value}, {"code", i.code}, {"result", node}, {"name", localized_json(i.name)}, {"definition", localized_json(i.definition)},
            {"unit", code_of(kUnits, i.unit)}, {"direction", code_of(kDirections, i.direction)}, {"aggregation", code_of(kAggregations, i.aggregation)},
            {"denominator", localized_json(i.denominator)}, {"disaggregation", code_of(kDisaggregations, i.disaggregation)}, {"cells", cells},
            {"frequency", code_of(kFrequencies, i.frequency)}, {"baseline", figure_json(i.baseline)}, {"baseline_date", i.baseline_date},
            {"targets", targets}, {"data_source", localized_json(i.data_source)}, {"collection_method", localized_json(i.collection_method)},
            {"responsibility", localized_json(i.responsibility)}};
}

nlohmann::json measurement_json(const Measurement& m)
{
    nlohmann::json values = nlohmann::json::object(), denominators = nlohmann::json::object();
    for (const auto& v : m.values) {
        values[v.cell] = figure_text(v.value);
        if (v.denominator) denominators[v.cell] = *v.denominator;
    }
    return {{"id", m.id.value}, {"indicator", m.indicator.value}, {"period", m.period.value}, {"revision", m.revision}, {"current", m.current},
            {"status", code_of(kStatuses, m.status)}, {"values", values}, {"denominators", denominators}, {"narrative", m.narrative},
            {"comment", m.comment}, {"return_reason", m.return_reason}, {"entered_by", m.entered_by_name}, {"entered_at", m.entered_at},
            {"decided_by", m.decided_by_name}, {"decided_at", m.decided_at ? nlohmann::json(*m.decided_at) : nlohmann::json()}};
}

Result<std::map<std::string, std::string>> figures_from_json(const nlohmann::json& body, const std::string& name)
{
    std::map<std::string, std::string> map;
    auto found = body.find(name);
    if (found == body.end() || found->is_null()) return map;
    if (!found->is_object() || found->size() > 20) return invalid(name, "The field {1} must map cells to figures written as text, such as \"12.5\".", {name});
    for (const auto& [cell, value] : found->items()) {
        if (value.is_string()) map[cell.substr(0, 40)] = value.get<std::string>().substr(0, 40);
        else if (value.is_number_integer()) map[cell.substr(0, 40)] = std::to_string(value.get<std::int64_t>());
        else return invalid(name, "The field {1} must map cells to figures written as text, such as \"12.5\".", {name});
    }
    return map;
}

}  // namespace

web::Response ResultsApi::logic_model(web::Exchange& exchange)
{
    (void)exchange;
    const auto model = results_.logic_model();
    nlohmann::json nodes = nlohmann::json::array(), indicators = nlohmann::json::array();
    for (const auto& node : model.nodes) {
        std::string parent;
        for (const auto& p : model.nodes)
            if (p.id == node.parent) parent = p.code;
        nodes.push_back({{"code", node.code}, {"level", code_of(kLevels, node.level)}, {"parent", parent.empty() ? nlohmann::json() : nlohmann::json(parent)},
                         {"area", node.area}, {"statement", localized_json(node.statement)}});
    }
    for (const auto& i : model.indicators) indicators.push_back(indicator_json(i, model.nodes));
    return web::json_response(200, {{"results", nodes}, {"indicators", indicators}});
}

web::Response ResultsApi::pmf(web::Exchange& exchange)
{
    auto found = pmfs_.pmf(exchange.actor, filter_in(exchange.request.query()));
    if (!found.ok()) return web::json_error(i18n_, exchange, found.error());
    nlohmann::json indicators = nlohmann::json::array();
    for (const auto& i : found->indicators) {
        nlohmann::json json = indicator_json(i, found->nodes), actuals = nlohmann::json::object();
        for (int year : found->years) {
            nlohmann::json cells = nlohmann::json::object();
            for (const auto& cell : json["cells"]) {
                auto actual = found->actual(i, year, cell.get<std::string>());
                if (actual) cells[cell.get<std::string>()] = figure_text(*actual);
            }
            if (!cells.empty()) actuals[partnerships::fiscal_year_label(year)] = cells;
        }
        json["actuals"] = actuals;
        indicators.push_back(json);
    }
    const auto& f = found->filter;
    return web::json_response(200, {{"filter", {{"country", f.country}, {"area", f.area}, {"partnership", f.partnership.valid() ? nlohmann::json(f.partnership.value) : nlohmann::json()}}},
                                    {"indicators", indicators}});
}

web::Response ResultsApi::partnership_results(web::Exchange& exchange)
{
    auto found = measurements_.partnership_results(exchange.actor, partnerships::partnership_in(exchange));
    if (!found.ok()) return web::json_error(i18n_, exchange, found.error());
    nlohmann::json list = nlohmann::json::array(), periods = nlohmann::json::array();
    for (const auto& m : found->measurements) list.push_back(measurement_json(m));
    for (const auto& p : found->periods)
        periods.push_back({{"id", p.id.value}, {"name", period_label(p)}, {"frequency", code_of(kFrequencies, p.frequency)}, {"starts", p.starts},
                           {"ends", p.ends}, {"locked", p.locked}});
    return web::json_response(200, {{"partnership", found->partnership.id.value}, {"measurements", list}, {"periods", periods}});
}

web::Response ResultsApi::save(web::Exchange& exchange)
{
    auto body = web::json_object(exchange.request);
    if (!body.ok()) return web::json_error(i18n_, exchange, body.error());
    MeasurementInput in;
    auto id_of = [&](const char* name) -> std::string {
        auto found = body->find(name);
        return found != body->end() && found->is_number_integer() ? std::to_string(found->get<std::int64_t>()) : std::string();
    };
    in.indicator = id_of("indicator"), in.period = id_of("period");
    auto values = figures_from_json(*body, "values");
    if (!values.ok()) return web::json_error(i18n_, exchange, values.error());
    auto denominators = figures_from_json(*body, "denominators");
    if (!denominators.ok()) return web::json_error(i18n_, exchange, denominators.error());
    in.values = std::move(*values), in.denominators = std::move(*denominators);
    auto narrative = web::json_string(*body, "narrative");
    auto comment = web::json_string(*body, "comment");
    if (!narrative.ok()) return web::json_error(i18n_, exchange, narrative.error());
    if (!comment.ok()) return web::json_error(i18n_, exchange, comment.error());
    in.narrative = narrative->substr(0, 8000), in.comment = comment->substr(0, 8000);
    auto submit = body->find("submit");
    const bool submitting = submit != body->end() && submit->is_boolean() && submit->get<bool>();
    auto saved = measurements_.save(exchange.actor, partnerships::partnership_in(exchange), in, submitting ? Submission::Submit : Submission::Draft);
    if (!saved.ok()) return web::json_error(i18n_, exchange, saved.error());
    return web::json_response(201, {{"id", saved->value}, {"status", submitting ? "submitted" : "draft"}});
}

web::Response ResultsApi::decide(web::Exchange& exchange)
{
    // Who may decide is settled before the body is read: the service refuses others first,
    // and only then finds the verdict missing.
    const MeasurementId id{std::atoll(std::string(exchange.request.path_parameter("measurement").substr(0, 18)).c_str())};
    auto body = web::json_object(exchange.request);
    Result<std::string> verdict = body.ok() ? web::json_string(*body, "verdict") : Result<std::string>(body.error());
    Result<std::string> reason = body.ok() ? web::json_string(*body, "reason") : Result<std::string>(body.error());
    const bool readable = verdict.ok() && reason.ok();
    const std::optional<Verdict> choice = !readable               ? std::nullopt
                                          : *verdict == "approve" ? std::optional(Verdict::Approve)
                                          : *verdict == "return"  ? std::optional(Verdict::Return)
                                                                  : std::nullopt;
    auto decided = measurements_.decide(exchange.actor, id, choice, readable ? reason->substr(0, 8000) : std::string());
    if (!decided.ok() && decided.error().field == "verdict") {
        if (!verdict.ok()) return web::json_error(i18n_, exchange, verdict.error());
        if (!reason.ok()) return web::json_error(i18n_, exchange, reason.error());
    }
    if (!decided.ok()) return web::json_error(i18n_, exchange, decided.error());
    return web::json_response(200, {{"verdict", *verdict}});
}

std::vector<web::ApiOperation> ResultsApi::operations()
{
    using web::Method;
    const std::vector<web::ApiField> filter = {{"country", "string", "A country code", false},
                                               {"area", "string", "A programming area code", false},
                                               {"partnership", "integer", "A partnership id (its own values)", false}};
    return {
        {Method::Get, "/api/v1/results/logic-model", "The logic model (results with codes, levels and statements) and every indicator with its baseline, targets and cells", {}, {},
         {{200, "{results, indicators}"}}},
        {Method::Get, "/api/v1/results/pmf", "The PMF: each indicator with targets and approved actuals by fiscal year and cell, for the program, a country, an area or a partnership",
         {}, filter, {{200, "{filter, indicators}"}, {404, "A partnership the caller may not see"}}},
        {Method::Get, "/api/v1/partnerships/:id/results", "The partnership's staff and officers: every reported value with its revisions and status, and the reporting periods",
         {}, {}, {{200, "{measurements, periods}"}, {401, ""}, {403, ""}, {404, ""}}},
        {Method::Post, "/api/v1/partnerships/:id/results", "Staff and officers: report the values of one indicator and period, as a draft or submitted",
         {{"indicator", "integer", "Indicator id"},
          {"period", "integer", "Reporting period id, of the indicator's frequency"},
          {"values", "object", "Cell → figure as text: total, and every cell of the indicator or none", false},
          {"denominators", "object", "Cell → whole count, for weighted averages", false},
          {"narrative", "string", "The result of a qualitative indicator", false},
          {"comment", "string", "", false},
          {"submit", "boolean", "Submit for approval (default: save a draft)", false}},
         {}, {{201, "{id, status}"}, {403, ""}, {409, "The period is locked"}, {422, ""}}},
        {Method::Post, "/api/v1/results/measurements/:measurement/decision", "Officers other than whoever entered the values: approve or return submitted values",
         {{"verdict", "string", "approve or return"}, {"reason", "string", "Required to return", false}}, {},
         {{200, "{verdict}"}, {403, ""}, {404, ""}, {409, "Not waiting for a decision"}, {422, ""}}},
    };
}

}  // namespace pmi::results
