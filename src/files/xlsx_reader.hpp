#pragma once
// Reading the first worksheet of an Excel workbook (XLSX) into the records a CSV file of the
// same sheet would give, for bulk imports. The package is opened with the ZIP limits against
// decompression bombs, and its XML is read without a DTD, entities or network access.
#include <string>
#include <string_view>
#include <vector>

#include "core/csv.hpp"
#include "core/result.hpp"

namespace pmi::files {

// The rows of the workbook's first visible worksheet, in the order xl/workbook.xml lists
// its sheets. Cells are placed by their reference ("C7" is the third field of the record
// whose row is 7); a missing cell is empty, a row without any value is skipped as blank,
// and every record is padded to the widest row, as a spreadsheet's CSV export does.
// `row` and `line` are the spreadsheet's own row number.
//
// Values are the text a CSV export of the sheet would hold:
// - strings (shared, inline, rich text, formula results) as written, `_xHHHH_` escapes decoded;
// - numbers as written when they are plain decimals of at most 15 significant digits (Excel's
//   precision); otherwise an exact integer as its digits ("1.2E3" gives "1200"), and any other
//   number rounded to 15 significant digits ("3.0000000000000004" gives "3");
// - booleans as TRUE and FALSE, and error values as shown ("#N/A"), as Excel's CSV export writes;
// - dates as their serial number (days since 1900, as Excel stores them): the cell's
//   display format is not read;
// - formulas as their cached result, and empty when the file holds none.
//
// Fails on `field`: with PayloadTooLarge when the file, or the text of the sheet, exceeds
// limits.most_bytes; with Invalid when the data is no ZIP archive, breaks the ZIP limits, is
// an old Excel file or one protected by a password, holds no workbook or worksheet, has a part
// that is not well-formed XML or holds a DTD (the message names the part), when a row has a
// value beyond limits.most_columns, when there are more than limits.most_rows rows, or a cell
// is longer than limits.most_field_bytes. Messages name rows by number and columns by their
// letters ("Row 7, column C ..."), as the spreadsheet shows them.
Result<std::vector<csv::Record>> read_xlsx(std::string_view data, const csv::Limits& limits, const std::string& field);

// The letters a spreadsheet names column `column` (from 1) by: 1 is "A", 28 is "AB".
std::string column_letters(std::size_t column);

}  // namespace pmi::files
