#pragma once
// Exports as Excel workbooks: one sheet, a header row, the rows as text and numbers.
#include <string>
#include <vector>

namespace pmi::files {

// The bytes of a workbook with one sheet named `sheet_name` (cut to the 31 characters a sheet
// name may have, the characters it may not hold replaced; "Sheet1" when nothing is left):
// `header` in bold on the first row, kept in view while scrolling, then `rows`. A value that
// is a plain decimal number (no sign but '-', no leading zero, at most 15 significant digits)
// becomes a number shown with the decimals it was written with ("62.0" stays "62.0" on screen);
// any other value is text, never a formula, cut to the 32,767 characters a cell holds.
// Throws std::runtime_error when the workbook cannot be written (no disk space), and
// std::invalid_argument for more rows or columns than a sheet holds.
std::string write_xlsx(const std::string& sheet_name, const std::vector<std::string>& header,
                       const std::vector<std::vector<std::string>>& rows);

}  // namespace pmi::files
