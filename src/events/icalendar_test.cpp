// iCalendar as RFC 5545 writes it: CRLF, folding at 75 octets without cutting a character,
// escaped text. (A standard parser reads the files in tests/http/events.test.mjs.)
#include <gtest/gtest.h>

#include "events/icalendar.hpp"
#include "events/rules.hpp"

namespace pmi::events {
namespace {

TEST(ICalendar, EscapesText)
{
    EXPECT_EQ(escape_text("a,b;c\\d\r\ne\nf"), "a\\,b\\;c\\\\d\\ne\\nf");
}

TEST(ICalendar, FoldsLongLinesAt75OctetsOnCharacterBoundaries)
{
    std::string value = "SUMMARY:";
    for (int i = 0; i < 60; ++i) value += "é";  // two octets each
    auto folded = content_line(value);
    ASSERT_TRUE(folded.ends_with("\r\n"));
    std::size_t start = 0, lines = 0;
    std::string unfolded;
    while (start < folded.size()) {
        auto end = folded.find("\r\n", start);
        auto line = folded.substr(start, end - start);
        EXPECT_LE(line.size(), 75u);
        unfolded += lines == 0 ? line : line.substr(1);
        if (lines > 0) {
            EXPECT_EQ(line[0], ' ');
        }
        start = end + 2;
        ++lines;
    }
    EXPECT_EQ(lines, 2u);
    EXPECT_EQ(unfolded, value);
}

TEST(ICalendar, WritesOneEventInUtc)
{
    CalendarEntry entry{"event-7@pmi.example", "Webinar, part 1; intro", "Line one\nline two", "Online", "https://pmi.example/events/7",
                        1'804'496'400, 1'804'503'600, 1'800'000'000, false};
    auto text = calendar({entry}, "Events");
    EXPECT_TRUE(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    EXPECT_NE(text.find("\r\nDTSTART:20270308T090000Z\r\n"), std::string::npos);
    EXPECT_NE(text.find("\r\nSUMMARY:Webinar\\, part 1\\; intro\r\n"), std::string::npos);
    EXPECT_NE(text.find("\r\nDESCRIPTION:Line one\\nline two\r\n"), std::string::npos);
    EXPECT_TRUE(text.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
    EXPECT_EQ(text.find("\n\n"), std::string::npos);
}

TEST(EventRules, AdmissionAndPromotions)
{
    EXPECT_EQ(admission(9, 10), RegistrationStatus::Registered);
    EXPECT_EQ(admission(10, 10), RegistrationStatus::Waiting);
    EXPECT_EQ(promotions(8, 10, 5), 2);
    EXPECT_EQ(promotions(8, 10, 1), 1);
    EXPECT_EQ(promotions(10, 10, 5), 0);
    EXPECT_EQ(promotions(12, 10, 5), 0);  // capacity lowered below the registered
}

TEST(EventRules, ChecksTheEdit)
{
    EventEdit edit;
    edit.capacity = 0;
    edit.online_url = "javascript:alert(1)";
    std::vector<std::string> fields;
    for (const auto& error : check_event_edit(edit)) fields.push_back(error.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"title_en", "online_url", "capacity"}));
    EXPECT_EQ(check_moments(100, 100).size(), 1u);
    EXPECT_TRUE(check_moments(100, 200).empty());
}

}  // namespace
}  // namespace pmi::events
