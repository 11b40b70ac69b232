#include "library/resource_store.hpp"

#include <algorithm>
#include <map>

#include "library/rules.hpp"

namespace pmi::library {
namespace {

constexpr std::string_view kColumns =
    "SELECT r.id, r.kind, r.title, r.summary, r.document_language, r.published_on, r.visibility, r.status, r.link,"
    " r.file_sha256, r.file_name, r.file_type, r.file_size, r.updated_at FROM library_resources r";

constexpr std::string_view kOrder = " ORDER BY r.published_on DESC, r.id DESC";

Resource read(const db::Row& row)
{
    Resource resource;
    resource.id = ResourceId{row.integer(0)};
    resource.kind = kind_from_code(row.text(1)).value_or(ResourceKind::Guide);
    resource.title = LocalizedText::from_json(row.text(2));
    resource.summary = LocalizedText::from_json(row.text(3));
    resource.document_language = row.text(4);
    resource.published_on = row.text(5);
    resource.visibility = visibility_from_code(row.text(6)).value_or(Visibility::Members);
    resource.status = status_from_code(row.text(7)).value_or(ResourceStatus::Draft);
    resource.link = row.text(8);
    if (auto sha256 = row.optional_text(9)) resource.file = ResourceFile{*sha256, row.text(10), row.text(11), row.integer(12)};
    resource.updated_at = row.integer(13);
    return resource;
}

// The WHERE clause of a listing: what the reader may see, then each filter but `except` (a facet is
// counted under the other facets' filters, so that choosing one value shows the others').
std::string where(const ResourceFilter& filter, ReaderScope scope, std::string_view except, db::Parameters& parameters)
{
    std::string clause = " WHERE r.status = 'published' AND (r.visibility = 'public' OR ? = 1)";
    parameters.emplace_back(scope.member);
    if (!filter.kind.empty() && except != "kind") {
        clause += " AND r.kind = ?";
        parameters.emplace_back(filter.kind);
    }
    if (!filter.language.empty() && except != "language") {
        clause += " AND r.document_language = ?";
        parameters.emplace_back(filter.language);
    }
    if (!filter.area.empty() && except != "area") {
        clause += " AND EXISTS (SELECT 1 FROM library_resource_areas a WHERE a.resource_id = r.id AND a.area = ?)";
        parameters.emplace_back(filter.area);
    }
    if (!filter.country.empty() && except != "country") {
        clause += " AND EXISTS (SELECT 1 FROM library_resource_countries c WHERE c.resource_id = r.id AND c.country = ?)";
        parameters.emplace_back(filter.country);
    }
    return clause;
}

db::Value optional_text(const std::optional<ResourceFile>& file, std::string ResourceFile::*member)
{
    return file ? db::Value((*file).*member) : db::Value();
}

}  // namespace

std::vector<FacetCount> ResourceStore::facet(std::string_view facet, const ResourceFilter& filter, ReaderScope scope)
{
    static const std::map<std::string_view, std::string_view> kFrom = {
        {"kind", "SELECT r.kind, COUNT(*) FROM library_resources r"},
        {"language", "SELECT r.document_language, COUNT(*) FROM library_resources r"},
        {"area", "SELECT f.area, COUNT(*) FROM library_resource_areas f JOIN library_resources r ON r.id = f.resource_id"},
        {"country", "SELECT f.country, COUNT(*) FROM library_resource_countries f JOIN library_resources r ON r.id = f.resource_id"},
    };
    db::Parameters parameters;
    const std::string sql = std::string(kFrom.at(facet)) + where(filter, scope, facet, parameters) + " GROUP BY 1 ORDER BY 1";
    std::vector<FacetCount> counts;
    for (const auto& row : connection_.query(sql, parameters)) counts.push_back({row.text(0), row.integer(1)});
    return counts;
}

ResourcePage ResourceStore::page(const ResourceFilter& filter, ReaderScope scope)
{
    ResourcePage page;
    db::Parameters parameters;
    const std::string clause = where(filter, scope, "", parameters);
    page.total = connection_.query_one("SELECT COUNT(*) FROM library_resources r" + clause, parameters)->integer(0);
    parameters.emplace_back(kResourcesPerPage);
    parameters.emplace_back(static_cast<std::int64_t>(std::max(filter.page, 1) - 1) * kResourcesPerPage);
    for (const auto& row : connection_.query(std::string(kColumns) + clause + std::string(kOrder) + " LIMIT ? OFFSET ?", parameters))
        page.resources.push_back(read(row));
    complete(page.resources);
    page.areas = facet("area", filter, scope);
    page.countries = facet("country", filter, scope);
    page.kinds = facet("kind", filter, scope);
    page.languages = facet("language", filter, scope);
    return page;
}

std::vector<Resource> ResourceStore::all()
{
    std::vector<Resource> resources;
    for (const auto& row : connection_.query(std::string(kColumns) + std::string(kOrder))) resources.push_back(read(row));
    complete(resources);
    return resources;
}

std::optional<Resource> ResourceStore::find(ResourceId id)
{
    auto row = connection_.query_one(std::string(kColumns) + " WHERE r.id = ?", {id.value});
    if (!row) return std::nullopt;
    std::vector<Resource> one{read(*row)};
    complete(one);
    return std::move(one.front());
}

void ResourceStore::complete(std::vector<Resource>& resources)
{
    if (resources.empty()) return;
    std::map<std::int64_t, Resource*> by_id;
    std::string ids;
    db::Parameters parameters;
    for (auto& resource : resources) {
        by_id[resource.id.value] = &resource;
        ids += ids.empty() ? "?" : ", ?";
        parameters.emplace_back(resource.id.value);
    }
    for (const auto& row : connection_.query("SELECT resource_id, area FROM library_resource_areas WHERE resource_id IN (" + ids + ") ORDER BY area", parameters))
        by_id.at(row.integer(0))->areas.push_back(row.text(1));
    for (const auto& row :
         connection_.query("SELECT resource_id, country FROM library_resource_countries WHERE resource_id IN (" + ids + ") ORDER BY country", parameters))
        by_id.at(row.integer(0))->countries.push_back(row.text(1));
}

ResourceId ResourceStore::insert(const Resource& r, Seconds now)
{
    auto row = connection_.query_one(
        "INSERT INTO library_resources (kind, title, summary, document_language, published_on, visibility, status, link, file_sha256,"
        " file_name, file_type, file_size, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {std::string(kind_code(r.kind)), r.title.to_json(), r.summary.to_json(), r.document_language, r.published_on,
         std::string(visibility_code(r.visibility)), std::string(status_code(r.status)), r.link, optional_text(r.file, &ResourceFile::sha256),
         optional_text(r.file, &ResourceFile::name), optional_text(r.file, &ResourceFile::content_type),
         r.file ? db::Value(r.file->size) : db::Value(), now, now});
    Resource saved = r;
    saved.id = ResourceId{row->integer(0)};
    save_lists(saved);
    return saved.id;
}

void ResourceStore::update(const Resource& r, Seconds now)
{
    connection_.execute(
        "UPDATE library_resources SET kind = ?, title = ?, summary = ?, document_language = ?, published_on = ?, visibility = ?, link = ?,"
        " file_sha256 = ?, file_name = ?, file_type = ?, file_size = ?, updated_at = ? WHERE id = ?",
        {std::string(kind_code(r.kind)), r.title.to_json(), r.summary.to_json(), r.document_language, r.published_on,
         std::string(visibility_code(r.visibility)), r.link, optional_text(r.file, &ResourceFile::sha256),
         optional_text(r.file, &ResourceFile::name), optional_text(r.file, &ResourceFile::content_type),
         r.file ? db::Value(r.file->size) : db::Value(), now, r.id.value});
    save_lists(r);
}

void ResourceStore::save_lists(const Resource& resource)
{
    connection_.execute("DELETE FROM library_resource_areas WHERE resource_id = ?", {resource.id.value});
    connection_.execute("DELETE FROM library_resource_countries WHERE resource_id = ?", {resource.id.value});
    for (const auto& area : resource.areas)
        connection_.execute("INSERT INTO library_resource_areas (resource_id, area) VALUES (?, ?)", {resource.id.value, area});
    for (const auto& country : resource.countries)
        connection_.execute("INSERT INTO library_resource_countries (resource_id, country) VALUES (?, ?)", {resource.id.value, country});
}

void ResourceStore::set_status(ResourceId id, ResourceStatus status, Seconds now)
{
    connection_.execute("UPDATE library_resources SET status = ?, updated_at = ? WHERE id = ?", {std::string(status_code(status)), now, id.value});
}

}  // namespace pmi::library
