#pragma once
// Use cases of the resource library: everyone browses what they may see (published public
// resources; members-only ones too for signed-in members of the program); program officers
// create, edit, publish and withdraw resources. The search index follows each change in the
// transaction that makes it.
#include <optional>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "files/file_store.hpp"
#include "library/resource.hpp"
#include "search/search_index.hpp"

namespace pmi::library {

struct ResourceDownload {
    ResourceFile file;
    std::string path;
};

class ResourceService {
public:
    ResourceService(db::Database& database, const Clock& clock, files::FileStore& files, const search::SearchIndex* search_index = nullptr)
        : database_(database), clock_(clock), files_(files), search_index_(search_index) {}

    // What the actor may see under `filter`, with facet counts over the same resources.
    ResourcePage list(const Actor& actor, const ResourceFilter& filter);
    // NotFound unless the actor may see it (officers see every resource).
    Result<Resource> resource(const Actor& actor, ResourceId id);
    // The resource's file; NotFound unless the actor may see the resource and it has a file.
    Result<ResourceDownload> download(const Actor& actor, ResourceId id);

    // Unauthenticated for visitors, Forbidden unless the actor runs the program.
    Status can_manage(const Actor& actor) const;
    // Officers: every resource, drafts and withdrawn ones included.
    Result<std::vector<Resource>> all(const Actor& actor);
    // Officers. A new resource is a draft. The document, when given, is checked as uploads are
    // (type by content, size) and stored; without one the link is required.
    Result<ResourceId> create(const Actor& actor, const ResourceEdit& edit, const std::optional<UploadedDocument>& document);
    // Officers. A document given replaces the resource's file; none keeps it.
    Status update(const Actor& actor, ResourceId id, const ResourceEdit& edit, const std::optional<UploadedDocument>& document);
    // Officers. Publishing shows the resource to its readers; withdrawing hides it again.
    Status publish(const Actor& actor, ResourceId id);
    Status withdraw(const Actor& actor, ResourceId id);

private:
    Result<std::optional<ResourceFile>> store_document(const std::optional<UploadedDocument>& document);
    Status change_status(const Actor& actor, ResourceId id, ResourceStatus status);
    void index(db::Connection& connection, ResourceId id) const;

    db::Database& database_;
    const Clock& clock_;
    files::FileStore& files_;
    const search::SearchIndex* search_index_;
};

}  // namespace pmi::library
