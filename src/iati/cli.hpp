#pragma once
// `pmi iati export`: the activity file as the site would publish it, written to a file or
// standard output, with progress and the count of problems on standard error.
#include <ostream>
#include <string>

#include "iati/iati_service.hpp"

namespace pmi::iati {

// Writes the file to `output` (standard output when empty) and reports on `errors`. Returns
// 0, or 2 when the file has critical problems or errors (it is written all the same, to be
// inspected), or 1 when `output` cannot be written.
int run_export(IatiService& service, const std::string& output, std::ostream& errors);

}  // namespace pmi::iati
