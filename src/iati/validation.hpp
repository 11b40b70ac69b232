#pragma once
// The checks an activity file passes before it is published: the official 2.03 schema
// (critical: IATI refuses the file), the code lists (error: a code IATI does not know) and
// what IATI's guidance recommends (warning). Each problem says where to fix it.
#include <string>
#include <string_view>
#include <vector>

#include "iati/activity.hpp"

namespace pmi::iati {

enum class Severity { Critical, Error, Warning };
std::string_view severity_code(Severity severity);  // "critical", "error", "warning"

struct Problem {
    Severity severity = Severity::Warning;
    std::string activity;  // its iati-identifier; empty for the file as a whole
    std::string element;   // the IATI element or attribute, "sector/@code"
    std::string message;   // an English message id; {1}, {2} are `arguments`
    std::vector<std::string> arguments;  // what was found
    std::string fix_path;  // the page where an officer fixes it; empty when none
};

// Schema validation of a whole file: one critical problem per schema error (with its line),
// or one when the file is not well-formed XML.
std::vector<Problem> schema_problems(std::string_view xml);

// Code list and recommendation checks of the activities the file was written from.
std::vector<Problem> codelist_problems(const std::vector<Activity>& activities);

// Both: the activities written as a file and checked. Critical problems first.
std::vector<Problem> validate(const std::vector<Activity>& activities, std::string_view xml);

}  // namespace pmi::iati
