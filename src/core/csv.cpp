#include "core/csv.hpp"

namespace pmi::csv {

std::string field(std::string_view text)
{
    std::string value = (!text.empty() && std::string_view("=+-@").find(text.front()) != std::string_view::npos)
                            ? "'" + std::string(text)
                            : std::string(text);
    if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string quoted = "\"";
    for (char c : value) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

}  // namespace pmi::csv
