#include "library/resource_service.hpp"

#include "audit/audit_log.hpp"
#include "files/upload_rules.hpp"
#include "library/resource_store.hpp"
#include "library/rules.hpp"
#include "search/index_updates.hpp"

namespace pmi::library {
namespace {

Error resource_not_found()
{
    return not_found("This resource does not exist, or is not shared with you.");
}

bool may_see(const Actor& actor, const Resource& resource)
{
    return actor.runs_program() || visible_to(resource, actor.program_member());
}

Resource with_edit(Resource resource, const ResourceEdit& edit)
{
    resource.kind = edit.kind;
    resource.title = edit.title;
    resource.summary = edit.summary;
    resource.areas = edit.areas;
    resource.countries = edit.countries;
    resource.document_language = edit.document_language;
    resource.published_on = edit.published_on;
    resource.visibility = edit.visibility;
    resource.link = edit.link;
    return resource;
}

}  // namespace

ResourcePage ResourceService::list(const Actor& actor, const ResourceFilter& filter)
{
    auto connection = database_.acquire();
    db::Transaction transaction(*connection, db::TransactionKind::Read);  // the page and its counts from one snapshot
    // The office browses as members do: drafts are for its own list.
    return ResourceStore(*connection).page(filter, {actor.program_member()});
}

Result<Resource> ResourceService::resource(const Actor& actor, ResourceId id)
{
    auto connection = database_.acquire();
    auto found = ResourceStore(*connection).find(id);
    if (!found || !may_see(actor, *found)) return resource_not_found();
    return std::move(*found);
}

Result<ResourceDownload> ResourceService::download(const Actor& actor, ResourceId id)
{
    auto found = TRY(resource(actor, id));
    if (!found.file) return resource_not_found();
    auto path = files_.path_of(found.file->sha256);
    if (!path) return resource_not_found();
    return ResourceDownload{*found.file, std::move(*path)};
}

Status ResourceService::can_manage(const Actor& actor) const
{
    if (!actor.signed_in()) return unauthenticated();
    if (!actor.runs_program()) return forbidden("Only program officers manage the resource library.");
    return Ok{};
}

Result<std::vector<Resource>> ResourceService::all(const Actor& actor)
{
    TRY(can_manage(actor));
    auto connection = database_.acquire();
    return ResourceStore(*connection).all();
}

Result<std::optional<ResourceFile>> ResourceService::store_document(const std::optional<UploadedDocument>& document)
{
    if (!document) return std::optional<ResourceFile>{};
    const auto content_type = TRY(files::accepted_document(document->data, "file"));
    const auto stored = files_.put(document->data);
    return std::optional<ResourceFile>{
        ResourceFile{stored.sha256, files::display_name(document->name), content_type, static_cast<std::int64_t>(stored.size)}};
}

Result<ResourceId> ResourceService::create(const Actor& actor, const ResourceEdit& edit, const std::optional<UploadedDocument>& document)
{
    TRY(can_manage(actor));
    if (auto errors = check_resource(edit, document.has_value()); !errors.empty()) return combine(std::move(errors));
    auto file = TRY(store_document(document));
    Resource resource = with_edit({}, edit);
    resource.file = std::move(file);
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<ResourceId> {
        const auto id = ResourceStore(*connection).insert(resource, now);
        audit::AuditLog(*connection).record(now, actor, "library.create", "library_resource", std::to_string(id.value),
                                            resource.title.pick("en").text);
        index(*connection, id);
        return id;
    });
}

Status ResourceService::update(const Actor& actor, ResourceId id, const ResourceEdit& edit, const std::optional<UploadedDocument>& document)
{
    TRY(can_manage(actor));
    auto connection = database_.acquire();
    auto existing = ResourceStore(*connection).find(id);
    if (!existing) return resource_not_found();
    if (auto errors = check_resource(edit, document.has_value() || existing->file.has_value()); !errors.empty())
        return combine(std::move(errors));
    auto file = TRY(store_document(document));
    const Seconds now = clock_.now();
    return db::in_transaction(*connection, [&]() -> Status {
        ResourceStore store(*connection);
        auto current = store.find(id);
        if (!current) return resource_not_found();
        Resource resource = with_edit(*current, edit);
        if (file) resource.file = std::move(file);
        store.update(resource, now);
        audit::AuditLog(*connection).record(now, actor, "library.edit", "library_resource", std::to_string(id.value),
                                            resource.title.pick("en").text);
        index(*connection, id);
        return Ok{};
    });
}

Status ResourceService::publish(const Actor& actor, ResourceId id)
{
    return change_status(actor, id, ResourceStatus::Published);
}

Status ResourceService::withdraw(const Actor& actor, ResourceId id)
{
    return change_status(actor, id, ResourceStatus::Withdrawn);
}

Status ResourceService::change_status(const Actor& actor, ResourceId id, ResourceStatus status)
{
    TRY(can_manage(actor));
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        ResourceStore store(*connection);
        auto current = store.find(id);
        if (!current) return resource_not_found();
        if (current->status == status && status == ResourceStatus::Published) return conflict("status", "This resource is already published.");
        if (current->status == status) return conflict("status", "This resource is already withdrawn.");
        if (status == ResourceStatus::Withdrawn && current->status != ResourceStatus::Published)
            return conflict("status", "Only a published resource can be withdrawn; this one is a draft.");
        store.set_status(id, status, now);
        audit::AuditLog(*connection).record(now, actor, status == ResourceStatus::Published ? "library.publish" : "library.withdraw",
                                            "library_resource", std::to_string(id.value), current->title.pick("en").text);
        index(*connection, id);
        return Ok{};
    });
}

void ResourceService::index(db::Connection& connection, ResourceId id) const
{
    if (auto resource = ResourceStore(connection).find(id)) search::keep_current(search_index_, connection, *resource);
}

}  // namespace pmi::library
