// The office's library pages: every resource with its status, the editor (a file or a link),
// publishing and withdrawing.
#include <algorithm>

#include "core/text.hpp"
#include "directory/directory.hpp"
#include "library/pages.hpp"
#include "library/rules.hpp"
#include "site/view_helpers.hpp"
#include "web/multipart.hpp"

namespace pmi::library {
namespace {

ResourceEdit edit_of(const web::Fields& form, const web::I18n& i18n)
{
    ResourceEdit edit;
    edit.kind = kind_from_code(form.get("kind")).value_or(ResourceKind::Guide);
    for (const auto& language : i18n.languages()) {
        if (auto title = text::trim(form.get("title_" + language.code)); !title.empty()) edit.title.set(language.code, title);
        if (auto summary = text::trim(form.get("summary_" + language.code)); !summary.empty()) edit.summary.set(language.code, summary);
    }
    for (auto area : form.all("areas")) edit.areas.emplace_back(area.substr(0, 40));
    for (auto country : form.all("countries")) edit.countries.emplace_back(country.substr(0, 10));
    edit.document_language = text::trim(form.get("document_language"));
    edit.published_on = text::trim(form.get("published_on"));
    edit.link = text::trim(form.get("link"));
    edit.visibility = visibility_from_code(form.get("visibility")).value_or(Visibility::Members);
    return edit;
}

web::Fields fields_of(const Resource& resource)
{
    web::Fields fields;
    fields.add("kind", std::string(kind_code(resource.kind)));
    for (const auto& [language, text] : resource.title.versions()) fields.add("title_" + language, text);
    for (const auto& [language, text] : resource.summary.versions()) fields.add("summary_" + language, text);
    for (const auto& area : resource.areas) fields.add("areas", area);
    for (const auto& country : resource.countries) fields.add("countries", country);
    fields.add("document_language", resource.document_language);
    fields.add("published_on", resource.published_on);
    fields.add("link", resource.link);
    fields.add("visibility", std::string(visibility_code(resource.visibility)));
    return fields;
}

// Checkbox or option rows (CODE, NAME, CHECKED) for `codes`, checked as in `fields`.
template <typename Codes>
void choices(ctemplate::TemplateDictionary& body, const char* section, const Codes& codes, const web::Fields& fields, std::string_view field,
             const std::map<std::string, std::string>& names)
{
    const auto chosen = fields.all(field);
    for (const auto& code : codes) {
        auto* row = body.AddSectionDictionary(section);
        row->SetValue("CODE", std::string(code));
        row->SetValue("NAME", names.count(std::string(code)) ? names.at(std::string(code)) : std::string(code));
        if (std::find(chosen.begin(), chosen.end(), code) != chosen.end()) row->ShowSection("CHECKED");
    }
}

}  // namespace

web::Response LibraryPages::manage(web::Exchange& exchange)
{
    auto all = resources_.all(exchange.actor);
    if (!all.ok()) return web::refusal(views_, exchange, all.error());
    web::Page page(views_, exchange, "library/views/manage.tpl");
    page.title(page.t("Manage the resource library"));
    for (const auto& resource : *all) {
        auto* row = page.body().AddSectionDictionary("RESOURCE");
        row->SetIntValue("ID", static_cast<long>(resource.id.value));
        site::set_localized(*row, "TITLE", resource.title, exchange, views_.i18n);
        row->SetValue("KIND", page.t(kind_label(resource.kind)));
        row->SetValue("STATUS", page.t(status_label(resource.status)));
        row->SetValue("VISIBILITY", page.t(resource.visibility == Visibility::Public ? "Public" : "Members only"));
        row->SetValue("PUBLISHED_ON", resource.published_on);
        row->SetValue("CSRF_TOKEN", exchange.csrf_token);
        if (resource.status != ResourceStatus::Published) row->ShowSection("CAN_PUBLISH");
        if (resource.status == ResourceStatus::Published) row->ShowSection("CAN_WITHDRAW");
    }
    if (all->empty()) page.body().ShowSection("NO_RESOURCES");
    return page.render();
}

web::Response LibraryPages::editor(web::Exchange& exchange, const web::Fields& fields, const Error* error, std::optional<ResourceId> id)
{
    const auto named = names(exchange);
    std::optional<Resource> current;
    if (id) current = resources_.resource(exchange.actor, *id).value();
    return web::form_page(views_, exchange, "library/views/resource_edit.tpl", id ? "Edit the resource" : "New resource", fields, error, [&](auto& body) {
        body.SetValue("HEADING", views_.i18n.translate(exchange.language, id ? "Edit the resource" : "New resource"));
        body.SetValue("ACTION", id ? "/manage/resources/" + std::to_string(id->value) + "/edit" : std::string("/manage/resources/new"));
        if (current && current->file) body.SetValueAndShowSection("CURRENT_FILE", current->file->name, "HAS_FILE");
        for (auto kind : all_kinds()) {
            auto* option = body.AddSectionDictionary("KIND_OPTION");
            option->SetValue("CODE", std::string(kind_code(kind)));
            option->SetValue("NAME", views_.i18n.translate(exchange.language, kind_label(kind)));
            if (fields.get("kind") == kind_code(kind)) option->ShowSection("SELECTED");
        }
        choices(body, "AREA_CHOICE", directory::kAreas, fields, "areas", named);
        choices(body, "COUNTRY_CHOICE", directory::kCountries, fields, "countries", named);
        choices(body, "DOCUMENT_LANGUAGE_OPTION", directory::kLanguages, fields, "document_language", named);
        if (fields.get("visibility") == "public") body.ShowSection("PUBLIC_CHECKED");
        else body.ShowSection("MEMBERS_CHECKED");
        for (const auto& language : views_.i18n.languages()) {
            auto* section = body.AddSectionDictionary("LANGUAGE");
            section->SetValue("CODE", language.code);
            section->SetValue("NAME", language.name);
            section->SetValue("TITLE", std::string(fields.get("title_" + language.code)));
            section->SetValue("SUMMARY", std::string(fields.get("summary_" + language.code)));
        }
    });
}

web::Response LibraryPages::new_form(web::Exchange& exchange)
{
    if (auto allowed = resources_.can_manage(exchange.actor); !allowed.ok()) return web::refusal(views_, exchange, allowed.error());
    web::Fields fields;
    fields.add("visibility", "public");
    fields.add("document_language", exchange.language);
    return editor(exchange, fields, nullptr, std::nullopt);
}

web::Response LibraryPages::edit_form(web::Exchange& exchange)
{
    if (auto allowed = resources_.can_manage(exchange.actor); !allowed.ok()) return web::refusal(views_, exchange, allowed.error());
    auto found = resources_.resource(exchange.actor, resource_id_of(exchange));
    if (!found.ok()) return web::error_page(views_, exchange, found.error());
    return editor(exchange, fields_of(*found), nullptr, found->id);
}

web::Response LibraryPages::create(web::Exchange& exchange) { return save(exchange, std::nullopt); }
web::Response LibraryPages::update(web::Exchange& exchange) { return save(exchange, resource_id_of(exchange)); }

web::Response LibraryPages::save(web::Exchange& exchange, std::optional<ResourceId> id)
{
    auto form = web::form_with_file(exchange.request, "file");
    if (!form.ok()) return web::refusal(views_, exchange, form.error());
    std::optional<UploadedDocument> document;
    if (form->file) document = UploadedDocument{form->file->filename, form->file->data};
    const auto edit = edit_of(form->fields, views_.i18n);
    Result<ResourceId> saved = id ? Result<ResourceId>(*id) : resources_.create(exchange.actor, edit, document);
    if (id)
        if (auto updated = resources_.update(exchange.actor, *id, edit, document); !updated.ok()) saved = updated.take_error();
    if (saved.ok()) return web::Response::redirect("/resources/" + std::to_string(saved->value) + "?notice=saved");
    if (saved.error().code != ErrorCode::Invalid && saved.error().code != ErrorCode::PayloadTooLarge)
        return web::refusal(views_, exchange, saved.error());
    return editor(exchange, form->fields, &saved.error(), id);
}

web::Response LibraryPages::publish(web::Exchange& exchange) { return change_status(exchange, &ResourceService::publish); }
web::Response LibraryPages::withdraw(web::Exchange& exchange) { return change_status(exchange, &ResourceService::withdraw); }

web::Response LibraryPages::change_status(web::Exchange& exchange, Status (ResourceService::*change)(const Actor&, ResourceId))
{
    const auto id = resource_id_of(exchange);
    auto changed = (resources_.*change)(exchange.actor, id);
    if (!changed.ok()) return web::refusal(views_, exchange, changed.error());
    return web::Response::redirect("/manage/resources?notice=saved");
}

}  // namespace pmi::library
