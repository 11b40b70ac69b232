#include "events/icalendar.hpp"

#include <algorithm>
#include <ctime>

namespace pmi::events {

std::string escape_text(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\' || c == ';' || c == ',') {
            out += '\\';
            out += c;
        } else if (c == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
            out += "\\n";
        } else if (c == '\n') {
            out += "\\n";
        } else if (static_cast<unsigned char>(c) >= 0x20 || c == '\t') {
            out += c;
        }
    }
    return out;
}

std::string content_line(std::string_view line)
{
    std::string out;
    std::size_t width = 0;  // octets on the current physical line
    for (std::size_t i = 0; i < line.size();) {
        std::size_t length = 1;
        const auto lead = static_cast<unsigned char>(line[i]);
        if (lead >= 0xF0) length = 4;
        else if (lead >= 0xE0) length = 3;
        else if (lead >= 0xC0) length = 2;
        length = std::min(length, line.size() - i);
        if (width + length > 75) {
            out += "\r\n ";
            width = 1;
        }
        out.append(line.substr(i, length));
        width += length;
        i += length;
    }
    return out + "\r\n";
}

std::string utc_stamp(Seconds at)
{
    std::time_t time = at;
    std::tm parts{};
    gmtime_r(&time, &parts);
    char buffer[20];
    std::strftime(buffer, sizeof buffer, "%Y%m%dT%H%M%SZ", &parts);
    return buffer;
}

std::string calendar(const std::vector<CalendarEntry>& entries, std::string_view name)
{
    std::string out = content_line("BEGIN:VCALENDAR") + content_line("VERSION:2.0") + content_line("PRODID:-//PMI-LED//Events//EN") +
                      content_line("CALSCALE:GREGORIAN") + content_line("METHOD:PUBLISH") +
                      content_line("X-WR-CALNAME:" + escape_text(name));
    for (const auto& entry : entries) {
        out += content_line("BEGIN:VEVENT");
        out += content_line("UID:" + escape_text(entry.uid));
        out += content_line("DTSTAMP:" + utc_stamp(entry.stamp));
        out += content_line("DTSTART:" + utc_stamp(entry.starts_at));
        out += content_line("DTEND:" + utc_stamp(entry.ends_at));
        out += content_line("SUMMARY:" + escape_text(entry.summary));
        if (!entry.description.empty()) out += content_line("DESCRIPTION:" + escape_text(entry.description));
        if (!entry.location.empty()) out += content_line("LOCATION:" + escape_text(entry.location));
        if (!entry.url.empty()) out += content_line("URL:" + entry.url);
        out += content_line(entry.cancelled ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
        out += content_line("END:VEVENT");
    }
    return out + content_line("END:VCALENDAR");
}

}  // namespace pmi::events
