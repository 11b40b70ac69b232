// The list's pure rules: signed links, the identification and links every message carries
// in every language, the growth chart's arithmetic and the import format.
#include <gtest/gtest.h>

#include <set>

#include "mailing/growth.hpp"
#include "mailing/link_token.hpp"
#include "mailing/message_composer.hpp"
#include "mailing/subscriber_admin.hpp"
#include "mailing/wording.hpp"
#include "web/i18n.hpp"

namespace pmi::mailing {
namespace {

constexpr Seconds kNow = 1'800'000'000;  // 2027-01-15 08:00 UTC
constexpr std::string_view kSecret = "the list's secret";

TEST(LinkToken, RoundTripsAndNamesItsScope)
{
    const std::string token = sign_link(kSecret, {SubscriberId{42}, {"calls", "region-africa"}, kNow, CampaignId{7}});
    auto parsed = verify_link(kSecret, token, kNow + 10);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->subscriber, SubscriberId{42});
    EXPECT_EQ(parsed->topics, (std::vector<std::string>{"calls", "region-africa"}));
    EXPECT_EQ(parsed->campaign, std::optional<CampaignId>(CampaignId{7}));
    auto every = verify_link(kSecret, sign_link(kSecret, {SubscriberId{42}, {}, kNow, std::nullopt}), kNow);
    ASSERT_TRUE(every.ok());
    EXPECT_TRUE(every->topics.empty());
    EXPECT_FALSE(every->campaign);
}

TEST(LinkToken, WorksForAtLeast60DaysAndExpiresAfter180)
{
    const std::string token = sign_link(kSecret, {SubscriberId{1}, {}, kNow, std::nullopt});
    EXPECT_TRUE(verify_link(kSecret, token, kNow + 61 * 86400).ok());
    EXPECT_TRUE(verify_link(kSecret, token, kNow + kLinkLifetime).ok());
    auto expired = verify_link(kSecret, token, kNow + kLinkLifetime + 1);
    ASSERT_FALSE(expired.ok());
    EXPECT_EQ(expired.error().field, "token");
}

TEST(LinkToken, RefusesAlteredForgedAndMalformedTokens)
{
    const std::string token = sign_link(kSecret, {SubscriberId{1}, {"calls"}, kNow, std::nullopt});
    std::string other_topic = token;
    other_topic.replace(other_topic.find("calls"), 5, "newss");
    for (const std::string& bad : {other_topic, sign_link("another secret", {SubscriberId{1}, {}, kNow, std::nullopt}), std::string(""),
                                   std::string("v1.1.all.1800000000.0"), token + "x", std::string(700, 'a'), std::string("....")})
        EXPECT_FALSE(verify_link(kSecret, bad, kNow).ok()) << bad;
}

class MessageLint : public ::testing::TestWithParam<std::string> {
protected:
    web::I18n i18n;
    SenderIdentity sender{"PMI-LED program office", "24 Clarence Street, Ottawa ON K1N 5P3", "pmi@fcm.example", "", ""};
    ListLinks links{"https://pmi.example/mailing/unsubscribe?token=a", "https://pmi.example/mailing/one-click?token=a",
                    "https://pmi.example/mailing/preferences?token=b"};
};

// CASL s.6(2): the sender's name, a mailing address and a contact in every message; s.11 an
// unsubscribe link in every list message; in every language, in both parts.
TEST_P(MessageLint, EveryMessageIdentifiesItsSenderAndListMailCanBeLeft)
{
    const std::string language = GetParam();
    CampaignContent content{"<Subject & more>", "Body", "<p>Body</p>"};
    const std::vector<ComposedMessage> messages = {
        compose_campaign(i18n, language, content, sender, "News", links),
        compose_confirmation(i18n, language, "Awa", sender, "News", "https://pmi.example/mailing/confirm?token=c"),
        compose_already_subscribed(i18n, language, "Awa", sender, "News", links.preferences),
    };
    for (const auto& message : messages) {
        for (const std::string* part : {&message.text, &message.html}) {
            EXPECT_NE(part->find(sender.name), std::string::npos);
            EXPECT_NE(part->find(sender.postal_address), std::string::npos);
            EXPECT_NE(part->find(sender.email), std::string::npos);
        }
        EXPECT_EQ(message.html.find("<Subject"), std::string::npos) << "text is escaped in HTML";
    }
    for (const std::string* part : {&messages[0].text, &messages[0].html}) {
        EXPECT_NE(part->find(links.unsubscribe), std::string::npos);
        EXPECT_NE(part->find(links.preferences), std::string::npos);
    }
    EXPECT_NE(messages[1].html.find("<a href=\"https://pmi.example/mailing/confirm?token=c\">"), std::string::npos);
    EXPECT_NE(messages[0].html.find("lang=\"" + language + "\""), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Languages, MessageLint, ::testing::Values("en", "fr", "es"));

TEST(ConsentWording, SaysWhoAsksAndThatConsentCanBeWithdrawnInEachLanguage)
{
    web::I18n i18n;
    site::Program program;
    program.short_name = "PMI-LED";
    program.implementer.set("en", "Federation of Canadian Municipalities");
    program.contact_email = "pmi@fcm.example";
    std::set<std::string> hashes;
    for (const char* language : {"en", "fr", "es"}) {
        auto wording = consent_wording(i18n, language, program);
        EXPECT_NE(wording.text.find("Federation of Canadian Municipalities"), std::string::npos);
        EXPECT_NE(wording.text.find("pmi@fcm.example"), std::string::npos);
        EXPECT_EQ(wording.language, language);
        hashes.insert(wording.hash);
    }
    EXPECT_EQ(hashes.size(), 3u) << "each language's text is kept as shown";
}

TEST(ListGrowth, CountsWhoJoinedAndLeftEachMonth)
{
    const Seconds december = 1'796'083'200;  // 2026-12-01
    const Seconds january = 1'798'761'600;   // 2027-01-01
    std::vector<ListSpan> spans = {{december + 10, std::nullopt}, {december + 20, january + 5}, {january + 30, std::nullopt}};
    auto points = list_growth(spans, kNow, 3);
    ASSERT_EQ(points.size(), 3u);
    EXPECT_EQ(points[1].month, december);
    EXPECT_EQ(points[1].joined, 2);
    EXPECT_EQ(points[1].total, 2);
    EXPECT_EQ(points[2].month, january);
    EXPECT_EQ(points[2].joined, 1);
    EXPECT_EQ(points[2].left, 1);
    EXPECT_EQ(points[2].total, 2);
    EXPECT_EQ(points[0].total, 0);
}

TEST(ImportFormat, ReadsCommasQuotesAndSkipsTheHeader)
{
    auto lines = parse_import("Email,Name\r\n\"quispe@example.org\",\"Quispe, \"\"Inés\"\"\",ES,Sucre\n\n  bo@example.org ; Bo\t");
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0].number, 2);
    EXPECT_EQ(lines[0].name, "Quispe, \"Inés\"");
    EXPECT_EQ(lines[0].language, "es");
    EXPECT_EQ(lines[1].number, 4);
    EXPECT_EQ(lines[1].email, "bo@example.org");
    EXPECT_EQ(lines[1].name, "Bo");
}

}  // namespace
}  // namespace pmi::mailing
