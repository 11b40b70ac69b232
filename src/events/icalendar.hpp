#pragma once
// Events as iCalendar (RFC 5545): one file per event and a feed of all of them. Moments are
// written in UTC (DTSTART:20270315T140000Z), which every calendar reads without a VTIMEZONE.
#include <string>
#include <string_view>
#include <vector>

#include "events/event.hpp"

namespace pmi::events {

struct CalendarEntry {
    std::string uid;  // stable: the event's id at the site's host
    std::string summary, description, location, url;
    Seconds starts_at = 0, ends_at = 0, stamp = 0;
    bool cancelled = false;
};

// A whole VCALENDAR with one VEVENT per entry: CRLF line ends, lines folded at 75 octets
// (never inside a UTF-8 character), text values escaped.
std::string calendar(const std::vector<CalendarEntry>& entries, std::string_view name);

// The escaping of a TEXT value: backslash, semicolon, comma and line breaks.
std::string escape_text(std::string_view text);
// One content line, folded, ending with CRLF.
std::string content_line(std::string_view line);
// 20270315T140000Z
std::string utc_stamp(Seconds at);

}  // namespace pmi::events
