#include "directory/profile_form.hpp"

#include <algorithm>
#include <charconv>

#include "core/text.hpp"
#include "core/translator.hpp"
#include "directory/rules.hpp"
#include "site/view_helpers.hpp"

namespace pmi::directory {
namespace {

std::int64_t number_or(std::string_view text, std::int64_t fallback, const char* field, std::vector<Error>& errors)
{
    std::string trimmed = text::trim(text);
    if (trimmed.empty()) return fallback;
    std::int64_t value = 0;
    auto [end, problem] = std::from_chars(trimmed.data(), trimmed.data() + trimmed.size(), value);
    if (problem != std::errc() || end != trimmed.data() + trimmed.size()) {
        errors.push_back(invalid(field, "Give a whole number here; \"{1}\" is not one.", {trimmed.substr(0, 40)}));
        return fallback;
    }
    return value;
}

void set_levels(web::Fields& fields, std::string_view prefix, const AreaLevels& levels)
{
    for (std::size_t i = 0; i < levels.size(); ++i) fields.add(std::string(area_field(prefix, i)), std::to_string(levels[i]));
}

AreaLevels levels_from(const web::Fields& form, std::string_view prefix, std::vector<Error>& errors)
{
    AreaLevels levels{};
    for (std::size_t i = 0; i < levels.size(); ++i) {
        const std::string field(area_field(prefix, i));
        levels[i] = static_cast<int>(std::clamp<std::int64_t>(number_or(form.get(field), 0, field.c_str(), errors), -1, 100));
    }
    return levels;
}

std::vector<std::string> languages_from(const web::Fields& form, std::vector<Error>& errors)
{
    std::string joined;
    for (auto code : form.all("languages")) joined += std::string(code.substr(0, 10)) + ";";
    return parse_languages(joined, "languages", errors);
}

}  // namespace

std::string_view level_word(int level)
{
    switch (level) {
    case 0: return N_("none");
    case 1: return N_("low");
    case 2: return N_("medium");
    default: return N_("high");
    }
}

web::Fields partner_fields(const PartnerGovernment& p)
{
    web::Fields fields;
    fields.add("id", std::to_string(p.id.value));
    fields.add("key", p.key);
    fields.add("name", p.name);
    fields.add("country", p.country);
    fields.add("region", p.region);
    fields.add("level", std::string(level_code(p.level)));
    fields.add("population", std::to_string(p.population));
    for (const auto& code : p.languages) fields.add("languages", code);
    if (p.interpretation) fields.add("interpretation", "yes");
    set_levels(fields, "need_", p.needs);
    fields.add("wanted_partners", std::to_string(p.wanted_partners));
    fields.add("contact_name", p.contact_name);
    fields.add("contact_email", p.contact_email);
    for (auto language : {"en", "fr", "es"}) fields.add(std::string("description_") + language, p.description.get(language));
    fields.add("organisation", std::to_string(p.organisation.value));
    return fields;
}

web::Fields team_fields(const MunicipalTeam& t)
{
    web::Fields fields;
    fields.add("id", std::to_string(t.id.value));
    fields.add("key", t.key);
    fields.add("name", t.name);
    fields.add("province", t.province);
    fields.add("population", std::to_string(t.population));
    for (const auto& code : t.languages) fields.add("languages", code);
    set_levels(fields, "expertise_", t.expertise);
    fields.add("capacity", std::to_string(t.capacity));
    fields.add("past_partners", join_codes(t.past_partners));
    fields.add("organisation", std::to_string(t.organisation.value));
    return fields;
}

PartnerGovernment partner_from_form(const web::Fields& form, std::vector<Error>& errors)
{
    PartnerGovernment p;
    p.id = PartnerId{number_or(form.get("id"), 0, "id", errors)};
    p.key = text::trim(form.get("key"));
    p.name = text::trim(form.get("name"));
    p.country = std::string(form.get("country").substr(0, 2));
    p.region = text::trim(form.get("region"));
    auto level = level_from_code(form.get("level"));
    if (!level) errors.push_back(invalid("level", "Give the level as commune, municipality or district."));
    p.level = level.value_or(Level::Commune);
    p.population = number_or(form.get("population"), 0, "population", errors);
    p.languages = languages_from(form, errors);
    p.interpretation = form.get("interpretation") == "yes";
    p.needs = levels_from(form, "need_", errors);
    p.wanted_partners = static_cast<int>(std::clamp<std::int64_t>(number_or(form.get("wanted_partners"), 1, "wanted_partners", errors), -1, 100));
    p.contact_name = text::trim(form.get("contact_name"));
    p.contact_email = text::trim(form.get("contact_email"));
    for (auto language : {"en", "fr", "es"})
        if (auto text = text::trim(form.get(std::string("description_") + language)); !text.empty()) p.description.set(language, text);
    p.organisation = OrganisationId{number_or(form.get("organisation"), 0, "organisation", errors)};
    return p;
}

MunicipalTeam team_from_form(const web::Fields& form, std::vector<Error>& errors)
{
    MunicipalTeam t;
    t.id = TeamId{number_or(form.get("id"), 0, "id", errors)};
    t.key = text::trim(form.get("key"));
    t.name = text::trim(form.get("name"));
    t.province = std::string(form.get("province").substr(0, 2));
    t.population = number_or(form.get("population"), 0, "population", errors);
    t.languages = languages_from(form, errors);
    t.expertise = levels_from(form, "expertise_", errors);
    t.capacity = static_cast<int>(std::clamp<std::int64_t>(number_or(form.get("capacity"), 1, "capacity", errors), -1, 1000));
    std::string past(form.get("past_partners").substr(0, 4000));
    std::vector<Error> ignored;
    for (std::size_t start = 0; start <= past.size();) {
        std::size_t end = past.find_first_of(";,", start);
        if (end == std::string::npos) end = past.size();
        if (auto key = text::trim(past.substr(start, end - start)); !key.empty()) t.past_partners.push_back(key.substr(0, 60));
        start = end + 1;
    }
    t.organisation = OrganisationId{number_or(form.get("organisation"), 0, "organisation", errors)};
    return t;
}

void language_choices(ctemplate::TemplateDictionary& body, const web::I18n& i18n, std::string_view reader, const web::Fields& form)
{
    auto chosen = form.all("languages");
    for (auto code : kLanguages) {
        auto* row = body.AddSectionDictionary("LANGUAGE_CHOICE");
        row->SetValue("CODE", std::string(code));
        row->SetValue("NAME", i18n.translate(reader, site::language_label(code)));
        if (std::find(chosen.begin(), chosen.end(), code) != chosen.end()) row->ShowSection("CHECKED");
    }
}

void area_level_fields(ctemplate::TemplateDictionary& body, const web::I18n& i18n, std::string_view reader, const web::Fields& form,
                       std::string_view prefix, const std::vector<std::string>& area_names)
{
    for (std::size_t i = 0; i < kAreas.size(); ++i) {
        auto* row = body.AddSectionDictionary("AREA_LEVEL");
        const std::string field(area_field(prefix, i));
        row->SetValue("FIELD", field);
        row->SetValue("NAME", i < area_names.size() ? area_names[i] : std::string(kAreas[i]));
        for (int level = 0; level <= kLevelMax; ++level) {
            auto* option = row->AddSectionDictionary("LEVEL_OPTION");
            option->SetIntValue("VALUE", level);
            option->SetValue("LABEL", std::to_string(level) + " — " + i18n.translate(reader, level_word(level)));
            if (form.get(field) == std::to_string(level)) option->ShowSection("SELECTED");
        }
    }
}

}  // namespace pmi::directory
