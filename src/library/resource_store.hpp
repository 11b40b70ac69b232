#pragma once
// Library resources in SQL, with the public list's filters and facet counts.
#include <optional>
#include <vector>

#include "db/database.hpp"
#include "library/resource.hpp"

namespace pmi::library {

// Which published resources a listing covers: public ones, and members-only ones for members.
struct ReaderScope {
    bool member = false;
};

class ResourceStore {
public:
    explicit ResourceStore(db::Connection& connection) : connection_(connection) {}

    // Newest publication first; `filter.page` of kResourcesPerPage, with every facet counted.
    ResourcePage page(const ResourceFilter& filter, ReaderScope scope);
    // Every resource, newest publication first, for the office's list and the search index.
    std::vector<Resource> all();
    std::optional<Resource> find(ResourceId id);
    ResourceId insert(const Resource& resource, Seconds now);
    void update(const Resource& resource, Seconds now);
    void set_status(ResourceId id, ResourceStatus status, Seconds now);

private:
    // Reads areas and countries of the resources in one query each.
    void complete(std::vector<Resource>& resources);
    void save_lists(const Resource& resource);
    std::vector<FacetCount> facet(std::string_view facet, const ResourceFilter& filter, ReaderScope scope);

    db::Connection& connection_;
};

}  // namespace pmi::library
