#pragma once
// The cells of one worksheet part, and the text each kind of cell gives (see read_xlsx).
#include <string>
#include <string_view>
#include <vector>

#include "core/csv.hpp"
#include "files/xml_part.hpp"

namespace pmi::files {

// The records of the worksheet `part` reads, with `shared_strings` the workbook's table.
// Fails on the part's field as read_xlsx describes.
Result<std::vector<csv::Record>> read_cells(XmlPart& part, const std::vector<std::string>& shared_strings,
                                            const csv::Limits& limits);

// Office XML writes characters XML cannot hold as _xHHHH_ (a UTF-16 unit in hex); "_x005F_"
// is a literal underscore.
std::string decode_escapes(std::string text);

// A number cell's value as a spreadsheet shows it (see read_xlsx): `written` is the <v> text.
std::string number_text(std::string_view written);

}  // namespace pmi::files
