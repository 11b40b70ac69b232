#include "iati/api.hpp"

#include "web/json.hpp"

namespace pmi::iati {
namespace {

nlohmann::json publication_json(const Publication& p)
{
    return {{"id", p.id},       {"published_at", p.published_at}, {"published_by", p.published_by}, {"activities", p.activity_count},
            {"warnings", p.warning_count}, {"etag", p.etag},      {"url", "/iati/activities.xml"}};
}

nlohmann::json report_json(const ImportReport& report, const web::I18n& i18n, const std::string& language)
{
    nlohmann::json partners = nlohmann::json::array(), results = nlohmann::json::array(), unmapped = nlohmann::json::array();
    for (const auto& p : report.partners)
        partners.push_back({{"activity", p.activity}, {"key", p.key}, {"name", p.name}, {"country", p.country}, {"added", p.added}});
    for (const auto& r : report.results)
        results.push_back({{"activity", r.activity}, {"partnership", r.partnership == 0 ? nlohmann::json() : nlohmann::json(r.partnership)},
                           {"nodes_added", r.nodes_added}, {"indicators_added", r.indicators_added}, {"targets_added", r.targets_added},
                           {"values_added", r.values_added}, {"values_kept", r.values_kept}});
    for (const auto& u : report.unmapped)
        unmapped.push_back({{"activity", u.activity}, {"element", u.element}, {"value", u.value}, {"reason", i18n.format(language, u.message, {u.value})}});
    return {{"activities", report.activities}, {"partners", partners}, {"results", results}, {"unmapped", unmapped}};
}

}  // namespace

web::Response IatiApi::import(web::Exchange& exchange)
{
    auto report = import_.import(exchange.actor, exchange.request.body);
    if (!report.ok()) return web::json_error(i18n_, exchange, report.error());
    return web::json_response(200, report_json(*report, i18n_, exchange.language));
}

web::Response IatiApi::problems(web::Exchange& exchange)
{
    auto file = iati_.preview(exchange.actor);
    if (!file.ok()) return web::json_error(i18n_, exchange, file.error());
    nlohmann::json list = nlohmann::json::array();
    for (const auto& p : file->problems)
        list.push_back({{"severity", severity_code(p.severity)}, {"activity", p.activity}, {"element", p.element},
                        {"message", i18n_.format(exchange.language, p.message, p.arguments)}, {"fix", p.fix_path}});
    nlohmann::json reply = {{"activities", file->activities.size()},
                            {"counts", {{"critical", file->count(Severity::Critical)}, {"error", file->count(Severity::Error)},
                                        {"warning", file->count(Severity::Warning)}}},
                            {"problems", list}};
    if (auto published = iati_.published(IatiStore::WithFile::No)) reply["published"] = publication_json(*published);
    return web::json_response(200, reply);
}

web::Response IatiApi::publish(web::Exchange& exchange)
{
    auto published = iati_.publish(exchange.actor);
    if (!published.ok()) return web::json_error(i18n_, exchange, published.error());
    return web::json_response(201, publication_json(*published));
}

std::vector<web::ApiOperation> IatiApi::operations()
{
    using web::Method;
    return {
        {Method::Get, "/api/v1/iati/problems", "Officers: the problems of the IATI activity file as it would be published now (critical, error, warning, each with where to fix it) and the last publication",
         {}, {}, {{200, "{activities, counts, problems: [...], published}"}, {401, ""}, {403, ""}}},
        {Method::Post, "/api/v1/iati/publish", "Officers: publish the IATI activity file at /iati/activities.xml; refused while it has critical problems or errors",
         {}, {}, {{201, "The publication"}, {401, ""}, {403, ""}, {409, "The file has critical problems or errors"}}},
        {Method::Post, "/api/v1/iati/import", "Officers: import an IATI 2.0x activity file (the request body, application/xml, at most 20 MB): partner local governments into the directory, results into the logic model and approved values of the program's partnerships; reports what was added and every element left out with the reason. Importing the same file again adds nothing",
         {}, {}, {{200, "{activities, partners: [...], results: [{activity, partnership, nodes_added, indicators_added, targets_added, values_added, values_kept}], unmapped: [{activity, element, value, reason}]}"}, {422, "The file cannot be read (not IATI 2.0x, not well-formed, declares a document type)"}, {401, ""}, {403, ""}, {413, "The file is larger than 20 MB"}}},
    };
}

}  // namespace pmi::iati
