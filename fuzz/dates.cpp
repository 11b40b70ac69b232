// Dates as people type them: ISO dates (budgets, expenses, baselines, library resources),
// fiscal years ("2026-27"), and deadlines and event times in a named time zone. Whatever is
// read prints back as itself; the two ISO date readers agree; a fiscal year holds its dates.
// Input: the text, then optionally a newline and the time zone (else the program's zones).
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "calls/time_zone.hpp"
#include "library/rules.hpp"
#include "partnerships/fiscal_year.hpp"

namespace {

using namespace pmi::partnerships;

void check_date(std::string_view text)
{
    const auto date = parse_date(text);
    if (date.has_value() != pmi::library::valid_date(text)) std::abort();
    if (!date) return;
    if (date_text(*date) != text) std::abort();
    const int year = fiscal_year_of(*date);
    if (*date < fiscal_year_start(year) || *date > fiscal_year_end(year)) std::abort();
}

void check_fiscal_year(std::string_view text)
{
    const auto year = parse_fiscal_year(text);
    if (!year) return;
    if (*year < 2000 || *year > 2099) std::abort();
    const std::string label = fiscal_year_label(*year);
    if (parse_fiscal_year(label) != year || (text != label && text != label.substr(0, 4))) std::abort();
}

// A moment read in a zone, printed in that zone and read again, is the same moment (a time
// a clock change skips is read as the moment the clock jumped, which prints as a real time).
void check_local_time(std::string_view text, std::string_view zone)
{
    const auto utc = pmi::calls::local_to_utc(text, zone, "deadline");
    if (!utc.ok()) {
        if (utc.error().field != "deadline" && utc.error().field != "time_zone") std::abort();
        return;
    }
    const std::string local = pmi::calls::utc_to_local(*utc, zone);
    const auto again = pmi::calls::local_to_utc(local, zone, "deadline");
    if (!again.ok() || *again != *utc) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto newline = input.find('\n');
    const std::string_view text = input.substr(0, newline);
    check_date(text);
    check_fiscal_year(text);
    if (newline != std::string_view::npos) {
        check_local_time(text, input.substr(newline + 1));
    } else {
        const auto& zones = pmi::calls::program_time_zones();
        check_local_time(text, zones[size % zones.size()]);
    }
    return 0;
}
