// Edit forms for directory profiles, the officers' lists, and import and export.
#include <algorithm>
#include <functional>
#include <map>

#include "core/csv.hpp"
#include "core/text.hpp"
#include "core/translator.hpp"
#include "directory/pages.hpp"
#include "directory/profile_form.hpp"
#include "directory/rules.hpp"
#include "directory/table_rows.hpp"
#include "files/table_upload.hpp"
#include "files/xlsx_writer.hpp"
#include "web/multipart.hpp"

namespace pmi::directory {
namespace {

// Who may save a profile is settled before its form is read, so that anyone else gets a
// refusal rather than the form's errors: officers for a new profile, and for an edit those
// the profile named in the address lets edit (the service checks the saved one again).
Status may_save(const web::Exchange& exchange, const std::function<Status(std::string_view key)>& may_edit)
{
    const auto key = exchange.request.path_parameter("key");
    if (!key.empty()) return may_edit(key);
    if (exchange.actor.runs_program()) return Ok{};
    return exchange.actor.signed_in() ? forbidden() : unauthenticated();
}

web::Response spreadsheet_download(std::string body, std::string_view type, const std::string& file_name)
{
    web::Response response;
    response.content_type = std::string(type);
    response.body = std::move(body);
    response.compressible = type == "text/csv; charset=utf-8";
    response.headers.add("Content-Disposition", "attachment; filename=\"" + file_name + "\"");
    return response;
}

template <typename Profile, typename Row>
std::string csv_of(const std::vector<std::string>& columns, const std::vector<Profile>& profiles, Row row)
{
    std::string out = csv::row(columns);
    for (const auto& profile : profiles) out += csv::row(row(profile));
    return out;
}

template <typename Profile, typename Row>
std::string xlsx_of(const std::string& sheet, const std::vector<std::string>& columns, const std::vector<Profile>& profiles, Row row)
{
    std::vector<std::vector<std::string>> rows;
    for (const auto& profile : profiles) rows.push_back(row(profile));
    return files::write_xlsx(sheet, columns, rows);
}

constexpr std::string_view kXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

std::string_view kind_of(const web::Fields& form)
{
    return form.get("kind") == "teams" ? "teams" : "partners";
}

}  // namespace

web::Response DirectoryPages::partner_form(web::Exchange& exchange, const web::Fields& fields, const Error* error)
{
    const bool officer = exchange.actor.runs_program();
    return web::form_page(views_, exchange, "directory/views/partner_edit.tpl", N_("Partner local government"), fields, error, [&](auto& body) {
        const bool creating = fields.get("id").empty() || fields.get("id") == "0";
        body.SetValue("ACTION", creating ? std::string("/directory/partners/new")
                                         : "/directory/partners/" + web::percent_encode(std::string(fields.get("key"))) + "/edit");
        if (officer) body.ShowSection("OFFICER");
        else body.ShowSection("STAFF");
        for (auto code : kCountries) {
            auto* option = body.AddSectionDictionary("COUNTRY_OPTION");
            option->SetValue("CODE", std::string(code));
            if (auto country = site_.country(code); country.ok()) option->SetValue("NAME", country->name.pick(exchange.language).text);
            if (fields.get("country") == code) option->ShowSection("SELECTED");
        }
        for (auto level : {Level::Commune, Level::Municipality, Level::District}) {
            auto* option = body.AddSectionDictionary("LEVEL_OPTION");
            option->SetValue("CODE", std::string(level_code(level)));
            option->SetValue("NAME", views_.i18n.translate(exchange.language, level_label(level)));
            if (fields.get("level") == level_code(level)) option->ShowSection("SELECTED");
        }
        language_choices(body, views_.i18n, exchange.language, fields);
        area_level_fields(body, views_.i18n, exchange.language, fields, "need_", area_names(exchange));
        if (fields.get("interpretation") == "yes") body.ShowSection("INTERPRETATION_CHECKED");
        if (fields.get("wanted_partners") == "2") body.ShowSection("WANTS_TWO");
        for (const auto& organisation : directory_.organisations(exchange.actor, accounts::OrganisationKind::PartnerLocalGovernment)) {
            auto* option = body.AddSectionDictionary("ORGANISATION_OPTION");
            option->SetIntValue("ID", static_cast<long>(organisation.id.value));
            option->SetValue("NAME", organisation.name);
            if (fields.get("organisation") == std::to_string(organisation.id.value)) option->ShowSection("SELECTED");
        }
        if (!creating && officer) body.ShowSection("REMOVABLE");
    });
}

web::Response DirectoryPages::team_form(web::Exchange& exchange, const web::Fields& fields, const Error* error)
{
    const bool officer = exchange.actor.runs_program();
    return web::form_page(views_, exchange, "directory/views/team_edit.tpl", N_("Canadian municipal team"), fields, error, [&](auto& body) {
        const bool creating = fields.get("id").empty() || fields.get("id") == "0";
        body.SetValue("ACTION", creating ? std::string("/directory/teams/new")
                                         : "/directory/teams/" + web::percent_encode(std::string(fields.get("key"))) + "/edit");
        if (officer) body.ShowSection("OFFICER");
        else body.ShowSection("STAFF");
        for (auto code : kProvinces) {
            auto* option = body.AddSectionDictionary("PROVINCE_OPTION");
            option->SetValue("CODE", std::string(code));
            if (fields.get("province") == code) option->ShowSection("SELECTED");
        }
        language_choices(body, views_.i18n, exchange.language, fields);
        area_level_fields(body, views_.i18n, exchange.language, fields, "expertise_", area_names(exchange));
        for (const auto& organisation : directory_.organisations(exchange.actor, accounts::OrganisationKind::CanadianMunicipality)) {
            auto* option = body.AddSectionDictionary("ORGANISATION_OPTION");
            option->SetIntValue("ID", static_cast<long>(organisation.id.value));
            option->SetValue("NAME", organisation.name);
            if (fields.get("organisation") == std::to_string(organisation.id.value)) option->ShowSection("SELECTED");
        }
        if (!creating && officer) body.ShowSection("REMOVABLE");
    });
}

web::Response DirectoryPages::new_partner(web::Exchange& exchange)
{
    if (!exchange.actor.runs_program()) return refuse(exchange, exchange.actor.signed_in() ? forbidden() : unauthenticated());
    PartnerGovernment blank;
    blank.languages = {"fr"};
    return partner_form(exchange, partner_fields(blank), nullptr);
}

web::Response DirectoryPages::edit_partner(web::Exchange& exchange)
{
    auto found = directory_.partner(exchange.request.path_parameter("key"));
    if (!found.ok()) return refuse(exchange, found.error());
    if (!directory_.may_edit(exchange.actor, *found)) return refuse(exchange, exchange.actor.signed_in() ? forbidden() : unauthenticated());
    return partner_form(exchange, partner_fields(*found), nullptr);
}

web::Response DirectoryPages::save_partner(web::Exchange& exchange)
{
    auto allowed = may_save(exchange, [&](std::string_view key) -> Status {
        auto found = TRY(directory_.partner(key));
        if (directory_.may_edit(exchange.actor, found)) return Ok{};
        return exchange.actor.signed_in() ? forbidden() : unauthenticated();
    });
    if (!allowed.ok()) return refuse(exchange, allowed.error());
    const auto form = exchange.request.form();
    std::vector<Error> errors;
    auto partner = partner_from_form(form, errors);
    if (!errors.empty()) {
        add_new_fields(errors, check_partner(partner));
        auto error = combine(std::move(errors));
        return partner_form(exchange, form, &error);
    }
    auto saved = directory_.save_partner(exchange.actor, partner);
    if (!saved.ok()) {
        if (saved.error().code == ErrorCode::Invalid || saved.error().code == ErrorCode::Conflict) return partner_form(exchange, form, &saved.error());
        return refuse(exchange, saved.error());
    }
    auto stored = directory_.partner(exchange.actor.runs_program() ? partner.key : std::string(exchange.request.path_parameter("key")));
    return web::Response::redirect("/partners/" + web::percent_encode(stored.ok() ? stored->key : partner.key) + "?notice=saved");
}

web::Response DirectoryPages::remove_partner(web::Exchange& exchange)
{
    auto removed = directory_.remove_partner(exchange.actor, exchange.request.path_parameter("key"));
    if (!removed.ok()) return refuse(exchange, removed.error());
    return web::Response::redirect("/manage/directory?notice=saved");
}

web::Response DirectoryPages::new_team(web::Exchange& exchange)
{
    if (!exchange.actor.runs_program()) return refuse(exchange, exchange.actor.signed_in() ? forbidden() : unauthenticated());
    MunicipalTeam blank;
    blank.languages = {"en"};
    return team_form(exchange, team_fields(blank), nullptr);
}

web::Response DirectoryPages::edit_team(web::Exchange& exchange)
{
    auto found = directory_.team(exchange.actor, exchange.request.path_parameter("key"));
    if (!found.ok()) return refuse(exchange, found.error());
    return team_form(exchange, team_fields(*found), nullptr);
}

web::Response DirectoryPages::save_team(web::Exchange& exchange)
{
    auto allowed = may_save(exchange, [&](std::string_view key) -> Status {
        TRY(directory_.team(exchange.actor, key));
        return Ok{};
    });
    if (!allowed.ok()) return refuse(exchange, allowed.error());
    const auto form = exchange.request.form();
    std::vector<Error> errors;
    auto team = team_from_form(form, errors);
    if (!errors.empty()) {
        add_new_fields(errors, check_team(team));
        auto error = combine(std::move(errors));
        return team_form(exchange, form, &error);
    }
    auto saved = directory_.save_team(exchange.actor, team);
    if (!saved.ok()) {
        if (saved.error().code == ErrorCode::Invalid || saved.error().code == ErrorCode::Conflict) return team_form(exchange, form, &saved.error());
        return refuse(exchange, saved.error());
    }
    if (!exchange.actor.runs_program()) return web::Response::redirect("/account?notice=saved");
    return web::Response::redirect("/manage/directory?notice=saved");
}

web::Response DirectoryPages::remove_team(web::Exchange& exchange)
{
    auto removed = directory_.remove_team(exchange.actor, exchange.request.path_parameter("key"));
    if (!removed.ok()) return refuse(exchange, removed.error());
    return web::Response::redirect("/manage/directory?notice=saved");
}

web::Response DirectoryPages::my_profile(web::Exchange& exchange)
{
    if (!exchange.actor.signed_in()) return refuse(exchange, unauthenticated());
    if (auto partner = directory_.my_partner(exchange.actor))
        return web::Response::redirect("/directory/partners/" + web::percent_encode(partner->key) + "/edit");
    if (auto team = directory_.my_team(exchange.actor)) return web::Response::redirect("/directory/teams/" + web::percent_encode(team->key) + "/edit");
    return web::error_page(views_, exchange, not_found("Your organisation has no directory profile yet; a program officer creates it."));
}

web::Response DirectoryPages::manage(web::Exchange& exchange)
{
    auto teams = directory_.teams(exchange.actor);
    if (!teams.ok()) return refuse(exchange, teams.error());
    auto partners = directory_.export_partners(exchange.actor).value();
    web::Page page(views_, exchange, "directory/views/manage.tpl");
    page.title(page.t("Partner directory"));
    auto& body = page.body();
    std::map<std::string, int> by_country;
    for (const auto& partner : partners) ++by_country[partner.country];
    int most = 1;
    for (const auto& [code, count] : by_country) most = std::max(most, count);
    int position = 0;
    for (auto code : kCountries) {
        auto* bar = body.AddSectionDictionary("COUNTRY_BAR");
        const int count = by_country[std::string(code)];
        auto country = site_.country(code);
        bar->SetValue("NAME", country.ok() ? country->name.pick(exchange.language).text : std::string(code));
        bar->SetIntValue("COUNT", count);
        bar->SetIntValue("WIDTH", count * 380 / most);
        bar->SetIntValue("Y", position * 26 + 4);
        bar->SetIntValue("TEXT_Y", position * 26 + 18);
        bar->SetIntValue("VALUE_X", 200 + count * 380 / most + 6);
        ++position;
    }
    body.SetIntValue("CHART_HEIGHT", position * 26 + 8);
    for (const auto& partner : partners) {
        auto* row = body.AddSectionDictionary("PARTNER");
        row->SetValue("KEY", partner.key);
        row->SetValue("NAME", partner.name);
        row->SetValue("COUNTRY", partner.country);
        row->SetValue("LANGUAGES", join_codes(partner.languages));
        row->SetValue("NEEDS", std::to_string(partner.needs[0]) + " / " + std::to_string(partner.needs[1]) + " / " + std::to_string(partner.needs[2]));
        row->SetIntValue("WANTED", partner.wanted_partners);
    }
    for (const auto& team : *teams) {
        auto* row = body.AddSectionDictionary("TEAM");
        row->SetValue("KEY", team.key);
        row->SetValue("NAME", team.name);
        row->SetValue("PROVINCE", team.province);
        row->SetValue("LANGUAGES", join_codes(team.languages));
        row->SetValue("EXPERTISE", std::to_string(team.expertise[0]) + " / " + std::to_string(team.expertise[1]) + " / " + std::to_string(team.expertise[2]));
        row->SetIntValue("CAPACITY", team.capacity);
    }
    body.SetIntValue("PARTNER_COUNT", static_cast<long>(partners.size()));
    body.SetIntValue("TEAM_COUNT", static_cast<long>(teams->size()));
    return page.render();
}

web::Response DirectoryPages::import_page(web::Exchange& exchange, const web::Fields& fields, const Error* error, const ImportReport* report,
                                          const std::string& kept_file)
{
    const int status = error ? error_code_http_status(error->code) : (report && !report->written ? 422 : 200);
    auto response = web::form_page(views_, exchange, "directory/views/import.tpl", N_("Import the directory"), fields, error, [&](auto& body) {
        body.ShowSection(kind_of(fields) == "teams" ? "KIND_TEAMS" : "KIND_PARTNERS");
        body.ShowSection(fields.get("mode") == "update" ? "MODE_UPDATE" : "MODE_ADD");
        if (!report) return;
        auto* result = body.AddSectionDictionary("REPORT");
        result->SetIntValue("ROWS", static_cast<long>(report->rows));
        result->SetIntValue("ADDED", static_cast<long>(report->added));
        result->SetIntValue("UPDATED", static_cast<long>(report->updated));
        result->SetIntValue("SKIPPED", static_cast<long>(report->skipped));
        result->SetIntValue("INVALID", static_cast<long>(report->invalid_rows));
        result->SetIntValue("VALID", static_cast<long>(report->rows - report->invalid_rows));
        if (report->written) result->ShowSection("WRITTEN");
        else result->ShowSection("NOT_WRITTEN");
        for (const auto& problem : report->problems) {
            auto* row = result->AddSectionDictionary("PROBLEM");
            row->SetIntValue("ROW", static_cast<long>(problem.row));
            row->SetValue("COLUMN", problem.error.field);
            row->SetValue("MESSAGE", views_.i18n.error_text(exchange.language, problem.error));
        }
        if (!report->written && report->rows > report->invalid_rows) {
            auto* again = result->AddSectionDictionary("VALID_ROWS_FORM");
            again->SetValue("FILE", kept_file);
            again->SetValue("KIND", std::string(kind_of(fields)));
            again->SetValue("MODE", fields.get("mode") == "update" ? "update" : "add");
        }
    });
    if (status != response.status && !error) response.status = status;
    return response;
}

web::Response DirectoryPages::import_form(web::Exchange& exchange)
{
    if (!exchange.actor.runs_program()) return refuse(exchange, exchange.actor.signed_in() ? forbidden() : unauthenticated());
    return import_page(exchange, {}, nullptr, nullptr, "");
}

// The first post carries the file; a second one, to write the valid rows after problems,
// names the file kept from the first by its SHA-256.
web::Response DirectoryPages::import_file(web::Exchange& exchange)
{
    if (!exchange.actor.runs_program()) return refuse(exchange, exchange.actor.signed_in() ? forbidden() : unauthenticated());
    auto parts = web::parse_multipart(exchange.request.body, exchange.request.headers.get("Content-Type").value_or(""));
    web::Fields fields;
    std::string data;
    std::string kept = "";
    if (parts.ok()) {
        for (const auto& part : *parts) {
            if (part.name == "file") data = std::string(part.data);
            else fields.add(part.name, std::string(part.data.substr(0, 200)));
        }
    } else {
        fields = exchange.request.form();
    }
    const bool valid_rows = fields.get("when_problems") == "valid_rows";
    if (valid_rows) {
        kept = std::string(fields.get("kept_file"));
        auto stored = kept.size() == 64 ? files_.read(kept) : std::nullopt;
        if (!stored) {
            auto error = invalid("file", "The file to import is no longer available; choose it again.");
            return import_page(exchange, fields, &error, nullptr, "");
        }
        data = std::move(*stored);
    }
    if (data.empty()) {
        auto error = invalid("file", "Choose a CSV or Excel (XLSX) file to import; this one is empty.");
        return import_page(exchange, fields, &error, nullptr, "");
    }
    auto table = files::read_table_upload(data, "file");
    if (!table.ok()) return import_page(exchange, fields, &table.error(), nullptr, "");
    const ImportMode mode = fields.get("mode") == "update" ? ImportMode::UpdateExisting : ImportMode::AddNewOnly;
    const WhenProblems when = valid_rows ? WhenProblems::WriteValidRows : WhenProblems::WriteNothing;
    auto report = kind_of(fields) == "teams" ? directory_.import_teams(exchange.actor, *table, mode, when)
                                             : directory_.import_partners(exchange.actor, *table, mode, when);
    if (!report.ok()) return import_page(exchange, fields, &report.error(), nullptr, "");
    if (!report->written && kept.empty()) kept = files_.put(data).sha256;
    return import_page(exchange, fields, nullptr, &*report, kept);
}

web::Response DirectoryPages::export_partners_csv(web::Exchange& exchange)
{
    auto partners = directory_.export_partners(exchange.actor);
    if (!partners.ok()) return refuse(exchange, partners.error());
    return spreadsheet_download(csv_of(partner_columns(), *partners, partner_row), "text/csv; charset=utf-8", "partners.csv");
}

web::Response DirectoryPages::export_teams_csv(web::Exchange& exchange)
{
    auto teams = directory_.export_teams(exchange.actor);
    if (!teams.ok()) return refuse(exchange, teams.error());
    return spreadsheet_download(csv_of(team_columns(), *teams, team_row), "text/csv; charset=utf-8", "teams.csv");
}

web::Response DirectoryPages::export_partners_xlsx(web::Exchange& exchange)
{
    auto partners = directory_.export_partners(exchange.actor);
    if (!partners.ok()) return refuse(exchange, partners.error());
    return spreadsheet_download(xlsx_of("partners", partner_columns(), *partners, partner_row), kXlsx, "partners.xlsx");
}

web::Response DirectoryPages::export_teams_xlsx(web::Exchange& exchange)
{
    auto teams = directory_.export_teams(exchange.actor);
    if (!teams.ok()) return refuse(exchange, teams.error());
    return spreadsheet_download(xlsx_of("teams", team_columns(), *teams, team_row), kXlsx, "teams.xlsx");
}

}  // namespace pmi::directory
