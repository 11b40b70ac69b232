#include "calls/time_zone.hpp"

#include <date/tz.h>

#include <cstdio>

namespace pmi::calls {

const std::vector<std::string_view>& program_time_zones()
{
    static const std::vector<std::string_view> zones = {
        "America/St_Johns", "America/Halifax", "America/Toronto", "America/Winnipeg", "America/Regina",
        "America/Edmonton", "America/Vancouver", "Africa/Ouagadougou", "Africa/Abidjan", "Africa/Bamako",
        "Asia/Phnom_Penh", "Asia/Ho_Chi_Minh", "America/Managua", "America/La_Paz", "UTC"};
    return zones;
}

bool valid_time_zone(std::string_view zone)
{
    if (zone.empty() || zone.size() > 64) return false;
    try {
        return date::locate_zone(std::string(zone)) != nullptr;
    } catch (const std::exception&) {
        return false;
    }
}

Result<Seconds> local_to_utc(std::string_view local, std::string_view zone, const std::string& field)
{
    if (!valid_time_zone(zone)) return invalid("time_zone", "Choose a time zone from the list, for example America/Toronto.");
    int year = 0;
    unsigned month = 0, day = 0, hour = 0, minute = 0;
    char separator = 0;
    std::string text(local.substr(0, 32));
    int read = std::sscanf(text.c_str(), "%4d-%2u-%2u%c%2u:%2u", &year, &month, &day, &separator, &hour, &minute);
    date::year_month_day ymd{date::year{year}, date::month{month}, date::day{day}};
    if (read != 6 || (separator != 'T' && separator != ' ') || !ymd.ok() || hour > 23 || minute > 59 || year < 2000 || year > 2100)
        return invalid(field, "Enter a date and time like 2027-01-24 23:59.");
    auto local_time = date::local_days{ymd} + std::chrono::hours{hour} + std::chrono::minutes{minute};
    const auto* time_zone = date::locate_zone(std::string(zone));
    auto info = time_zone->get_info(local_time);
    std::chrono::sys_seconds utc;
    if (info.result == date::local_info::nonexistent) utc = info.first.end;  // the clock jumped over it
    else utc = date::sys_seconds{std::chrono::duration_cast<std::chrono::seconds>(local_time.time_since_epoch() - info.first.offset)};
    return static_cast<Seconds>(utc.time_since_epoch().count());
}

std::string utc_to_local(Seconds at, std::string_view zone)
{
    const auto* time_zone = valid_time_zone(zone) ? date::locate_zone(std::string(zone)) : date::locate_zone("UTC");
    auto zoned = date::make_zoned(time_zone, date::sys_seconds{std::chrono::seconds{at}});
    return date::format("%Y-%m-%dT%H:%M", date::floor<std::chrono::minutes>(zoned.get_local_time()));
}

}  // namespace pmi::calls
