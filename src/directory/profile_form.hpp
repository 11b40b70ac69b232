#pragma once
// Directory profiles as form fields, both ways, and the parts of their forms and pages that
// the public pages and the edit pages share.
#include <ctemplate/template.h>

#include "directory/directory.hpp"
#include "web/http.hpp"
#include "web/i18n.hpp"

namespace pmi::directory {

web::Fields partner_fields(const PartnerGovernment& partner);
web::Fields team_fields(const MunicipalTeam& team);
// Reads what the form sent; the rules are the service's to check.
PartnerGovernment partner_from_form(const web::Fields& form, std::vector<Error>& errors);
MunicipalTeam team_from_form(const web::Fields& form, std::vector<Error>& errors);

// An English message id for a level 0..3 ("none", "low", "medium", "high").
std::string_view level_word(int level);

// LANGUAGE_CHOICE rows (CODE, NAME, CHECKED) from the form's "languages" values.
void language_choices(ctemplate::TemplateDictionary& body, const web::I18n& i18n, std::string_view reader, const web::Fields& form);
// AREA_LEVEL rows (FIELD, NAME, LEVEL_OPTION…) for the three area selects of `prefix`.
void area_level_fields(ctemplate::TemplateDictionary& body, const web::I18n& i18n, std::string_view reader, const web::Fields& form,
                       std::string_view prefix, const std::vector<std::string>& area_names);

}  // namespace pmi::directory
