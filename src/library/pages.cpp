#include "library/pages.hpp"

#include <algorithm>

#include "directory/directory.hpp"
#include "library/rules.hpp"
#include "site/view_helpers.hpp"
#include "web/download.hpp"
#include "web/path_id.hpp"

namespace pmi::library {
namespace {

template <typename List>
std::string known(const List& list, std::string_view value)
{
    return std::find(list.begin(), list.end(), value) != list.end() ? std::string(value) : std::string();
}

// The list's address with `filter`, one facet set to `code` (or cleared), from page 1.
std::string address(ResourceFilter filter, std::string_view facet, std::string_view code)
{
    if (facet == "area") filter.area = code;
    if (facet == "country") filter.country = code;
    if (facet == "kind") filter.kind = code;
    if (facet == "language") filter.language = code;
    std::string query;
    for (auto [name, value] : {std::pair{"area", &filter.area}, {"country", &filter.country}, {"kind", &filter.kind}, {"language", &filter.language}})
        if (!value->empty()) query += std::string(query.empty() ? "?" : "&") + name + "=" + *value;
    if (filter.page > 1) query += std::string(query.empty() ? "?" : "&") + "page=" + std::to_string(filter.page);
    return "/resources" + query;
}

// One facet: "all" and each value the reader may find, with its count, as links.
void facet(ctemplate::TemplateDictionary& body, const char* section, std::string_view name, const std::string& heading,
           const std::vector<FacetCount>& counts, const std::string& selected, const ResourceFilter& filter,
           const std::map<std::string, std::string>& names, const std::string& all_label)
{
    auto* group = body.AddSectionDictionary(section);
    group->SetValue("HEADING", heading);
    group->SetValue("FACET", std::string(name));
    auto add = [&](const std::string& code, const std::string& label, std::int64_t count, bool shown_count) {
        auto* value = group->AddSectionDictionary("VALUE");
        value->SetValue("URL", address(filter, name, code));
        value->SetValue("LABEL", label);
        if (shown_count) value->SetValueAndShowSection("COUNT", std::to_string(count), "HAS_COUNT");
        if (code == selected) value->ShowSection("CURRENT");
    };
    add("", all_label, 0, false);
    for (const auto& count : counts) {
        auto found = names.find(count.code);
        add(count.code, found == names.end() ? count.code : found->second, count.count, true);
    }
}

}  // namespace

ResourceId resource_id_of(const web::Exchange& exchange)
{
    return web::path_id<ResourceId>(exchange);
}

ResourceFilter filter_of(const web::Fields& query)
{
    ResourceFilter filter;
    filter.area = known(directory::kAreas, query.get("area"));
    filter.country = known(directory::kCountries, query.get("country"));
    filter.language = known(directory::kLanguages, query.get("language"));
    if (kind_from_code(query.get("kind"))) filter.kind = std::string(query.get("kind"));
    const auto page = std::string(query.get("page").substr(0, 6));
    const bool number = !page.empty() && std::all_of(page.begin(), page.end(), [](char c) { return c >= '0' && c <= '9'; });
    filter.page = std::clamp(number ? std::stoi(page) : 1, 1, 100000);
    return filter;
}

std::map<std::string, std::string> LibraryPages::names(const web::Exchange& exchange)
{
    std::map<std::string, std::string> names;
    for (const auto& area : site_.areas()) names[area.code] = area.name.pick(exchange.language).text;
    for (const auto& country : site_.countries().countries) names[country.code] = country.name.pick(exchange.language).text;
    for (auto kind : all_kinds()) names[std::string(kind_code(kind))] = views_.i18n.translate(exchange.language, kind_label(kind));
    for (auto language : directory::kLanguages)
        names[std::string(language)] = views_.i18n.translate(exchange.language, site::language_label(language));
    return names;
}

web::Response LibraryPages::list(web::Exchange& exchange)
{
    const auto filter = filter_of(exchange.request.query());
    const auto found = resources_.list(exchange.actor, filter);
    const auto named = names(exchange);
    web::Page page(views_, exchange, "library/views/resources.tpl");
    page.title(page.t("Resource library"));
    auto& body = page.body();
    facet(body, "FACET_GROUP", "kind", page.t("Type"), found.kinds, filter.kind, filter, named, page.t("All types"));
    facet(body, "FACET_GROUP", "area", page.t("Programming area"), found.areas, filter.area, filter, named, page.t("All areas"));
    facet(body, "FACET_GROUP", "country", page.t("Country"), found.countries, filter.country, filter, named, page.t("All countries"));
    facet(body, "FACET_GROUP", "language", page.t("Language of the document"), found.languages, filter.language, filter, named,
          page.t("All languages"));
    body.SetValue("RESULT_COUNT", views_.i18n.plural(exchange.language, "{1} resource", "{1} resources", found.total));
    for (const auto& resource : found.resources) {
        auto* row = body.AddSectionDictionary("RESOURCE");
        row->SetIntValue("ID", static_cast<long>(resource.id.value));
        site::set_localized(*row, "TITLE", resource.title, exchange, views_.i18n);
        site::set_localized(*row, "SUMMARY", resource.summary, exchange, views_.i18n);
        row->SetValue("KIND", named.at(std::string(kind_code(resource.kind))));
        row->SetValue("PUBLISHED_ON", resource.published_on);
        row->SetValue("DOCUMENT_LANGUAGE", named.count(resource.document_language) ? named.at(resource.document_language) : resource.document_language);
        if (resource.visibility == Visibility::Members) row->ShowSection("MEMBERS_ONLY");
    }
    if (found.resources.empty()) body.ShowSection("NO_RESOURCES");
    auto paged = filter;
    if (filter.page > 1) {
        paged.page = filter.page - 1;
        body.SetValueAndShowSection("PREVIOUS_URL", address(paged, "", ""), "PREVIOUS");
    }
    if (static_cast<std::int64_t>(filter.page) * kResourcesPerPage < found.total) {
        paged.page = filter.page + 1;
        body.SetValueAndShowSection("NEXT_URL", address(paged, "", ""), "NEXT");
    }
    if (exchange.actor.runs_program()) body.ShowSection("CAN_MANAGE");
    return page.render();
}

web::Response LibraryPages::show(web::Exchange& exchange)
{
    auto found = resources_.resource(exchange.actor, resource_id_of(exchange));
    if (!found.ok()) return web::error_page(views_, exchange, found.error());
    const auto& resource = *found;
    const auto named = names(exchange);
    auto name_of = [&](const std::string& code) { return named.count(code) ? named.at(code) : code; };
    web::Page page(views_, exchange, "library/views/resource.tpl");
    page.title(resource.title.pick(exchange.language).text).updated(resource.updated_at);
    auto& body = page.body();
    body.SetIntValue("ID", static_cast<long>(resource.id.value));
    site::set_localized(body, "TITLE", resource.title, exchange, views_.i18n);
    site::set_localized(body, "SUMMARY", resource.summary, exchange, views_.i18n, true);
    body.SetValue("KIND", name_of(std::string(kind_code(resource.kind))));
    body.SetValue("DOCUMENT_LANGUAGE", name_of(resource.document_language));
    body.SetValue("PUBLISHED_ON", resource.published_on);
    for (const auto& area : resource.areas) body.AddSectionDictionary("AREA")->SetValue("NAME", name_of(area));
    for (const auto& country : resource.countries) body.AddSectionDictionary("COUNTRY")->SetValue("NAME", name_of(country));
    if (resource.visibility == Visibility::Members) body.ShowSection("MEMBERS_ONLY");
    if (resource.file) {
        body.SetValue("FILE_NAME", resource.file->name);
        body.SetValueAndShowSection("FILE_SIZE", views_.i18n.format(exchange.language, "{1} kB", {std::to_string((resource.file->size + 1023) / 1024)}),
                                    "HAS_FILE");
    }
    if (!resource.link.empty()) body.SetValueAndShowSection("LINK", resource.link, "HAS_LINK");
    if (exchange.actor.runs_program()) body.SetValueAndShowSection("STATUS", page.t(status_label(resource.status)), "CAN_MANAGE");
    return page.render();
}

web::Response LibraryPages::download(web::Exchange& exchange)
{
    auto found = resources_.download(exchange.actor, resource_id_of(exchange));
    if (!found.ok()) return web::error_page(views_, exchange, found.error());
    return web::file_download(found->path, found->file.name, found->file.content_type);
}

}  // namespace pmi::library
