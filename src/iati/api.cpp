#include "iati/api.hpp"

#include "web/json.hpp"

namespace pmi::iati {
namespace {

nlohmann::json publication_json(const Publication& p)
{
    return {{"id", p.id},       {"published_at", p.published_at}, {"published_by", p.published_by}, {"activities", p.activity_count},
            {"warnings", p.warning_count}, {"etag", p.etag},      {"url", "/iati/activities.xml"}};
}

}  // namespace

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
    };
}

}  // namespace pmi::iati
