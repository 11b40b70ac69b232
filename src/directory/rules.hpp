#pragma once
// What a directory profile must be before it is saved, checked without I/O. Each error
// names the field as the edit form and the import files name it.
#include <string>
#include <vector>

#include "core/error.hpp"
#include "directory/directory.hpp"

namespace pmi::directory {

std::vector<Error> check_partner(const PartnerGovernment& partner);
std::vector<Error> check_team(const MunicipalTeam& team);

// Adds the errors of `more` whose field has no error yet: reading problems first, then the
// rules for the fields that did read, so a form or a row reports everything at once.
void add_new_fields(std::vector<Error>& errors, std::vector<Error> more);

// "fr; EN ;es" → {"fr", "en", "es"}; the unknown ones are reported on `field`.
std::vector<std::string> parse_languages(std::string_view text, const std::string& field, std::vector<Error>& errors);
std::string join_codes(const std::vector<std::string>& codes);
// A key made from a name: "Commune de Réo" → "commune-de-reo".
std::string key_from_name(std::string_view name);
std::string_view area_field(std::string_view prefix, std::size_t area);  // "need_" + code with underscores

}  // namespace pmi::directory
