// Deadlines typed in a call's time zone become exact UTC moments, and back.
#include <gtest/gtest.h>

#include "calls/time_zone.hpp"

namespace pmi::calls {
namespace {

TEST(TimeZones, ALocalDeadlineBecomesItsUtcMoment)
{
    // 23:59 on January 24 in Toronto (UTC−5 in winter) is 04:59 UTC the next day.
    EXPECT_EQ(local_to_utc("2027-01-24T23:59", "America/Toronto", "deadline").value(), 1800853140);
    EXPECT_EQ(local_to_utc("2027-01-24 23:59", "America/Toronto", "deadline").value(), 1800853140);
    EXPECT_EQ(local_to_utc("2027-01-25T04:59", "UTC", "deadline").value(), 1800853140);
    // Bamako and Ouagadougou keep UTC all year; Managua is UTC−6.
    EXPECT_EQ(local_to_utc("2027-01-25T04:59", "Africa/Bamako", "deadline").value(), 1800853140);
    EXPECT_EQ(local_to_utc("2027-01-24T22:59", "America/Managua", "deadline").value(), 1800853140);
}

TEST(TimeZones, ATimeTheClockSkipsMovesToTheEndOfTheGap)
{
    // On 2027-03-14 Toronto's clocks jump from 02:00 to 03:00: 02:30 does not exist.
    EXPECT_EQ(local_to_utc("2027-03-14T02:30", "America/Toronto", "opens").value(), 1805007600);
}

TEST(TimeZones, RoundTripForForms)
{
    EXPECT_EQ(utc_to_local(1800853140, "America/Toronto"), "2027-01-24T23:59");
    EXPECT_EQ(utc_to_local(1800853140, "Asia/Ho_Chi_Minh"), "2027-01-25T11:59");
}

TEST(TimeZones, BadInputNamesItsField)
{
    for (const char* text : {"", "tomorrow", "2027-02-30T10:00", "2027-01-24T24:00", "2027-13-01T00:00", "1999-01-01T00:00"}) {
        auto result = local_to_utc(text, "America/Toronto", "deadline");
        ASSERT_FALSE(result.ok()) << text;
        EXPECT_EQ(result.error().field, "deadline") << text;
    }
    auto zone = local_to_utc("2027-01-24T23:59", "Mars/Olympus", "deadline");
    ASSERT_FALSE(zone.ok());
    EXPECT_EQ(zone.error().field, "time_zone");
    EXPECT_FALSE(valid_time_zone(""));
    EXPECT_TRUE(valid_time_zone("America/La_Paz"));
}

}  // namespace
}  // namespace pmi::calls
