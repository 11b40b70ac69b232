#pragma once
// CSV (RFC 4180) for the exports people open in a spreadsheet.
#include <string>
#include <string_view>

namespace pmi::csv {

// One field: quoted when it holds a comma, a quote or a line break; a leading = + - @ is
// prefixed with ' so that a spreadsheet never runs the cell as a formula.
std::string field(std::string_view text);

}  // namespace pmi::csv
