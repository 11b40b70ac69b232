// The drafts filled in for officers: "a new call is open" in each language, with the call's
// countries, areas and deadline as each reader reads them; the digest of the news since the
// last one.
#include <gtest/gtest.h>

#include "mailing/campaign_templates.hpp"

namespace pmi::mailing {
namespace {

constexpr Seconds kDeadline = 1800853140;  // 2027-01-24 23:59 in Toronto

std::shared_ptr<site::SiteContent> content()
{
    auto shared = std::make_shared<site::SiteContent>();
    auto& c = *shared;
    site::Program program;
    program.short_name = "PMI-LED";
    c.program = program;
    site::Country burkina{"BF", "africa", {"fr"}, {}, {}, {}, 1, 0};
    burkina.name.set("en", "Burkina Faso");
    burkina.name.set("fr", "Burkina Faso");
    site::Country bolivia{"BO", "latin-america", {"es"}, {}, {}, {}, 2, 0};
    bolivia.name.set("en", "Bolivia");
    bolivia.name.set("fr", "Bolivie");
    bolivia.name.set("es", "Bolivia");
    c.countries = {burkina, bolivia};
    site::ProgrammingArea inclusive{"inclusive-led", 2, {}, {}, {}, 0};
    inclusive.name.set("en", "Inclusive local economic development");
    inclusive.name.set("fr", "Développement économique local inclusif");
    c.areas = {inclusive};
    return shared;
}

TEST(CampaignTemplates, ANewCallIsAnnouncedInEachLanguageWithItsDeadlineAsReadersReadIt)
{
    web::I18n i18n;
    calls::Call call;
    call.slug = "teams-2027";
    call.title.set("en", "Teams 2027");
    call.title.set("fr", "Équipes 2027");
    call.description.set("en", "Canadian teams for local economic development.\n\nMore details follow.");
    call.countries = {"BO"};
    call.areas = {"inclusive-led"};
    call.deadline_at = kDeadline;
    call.time_zone = "America/Toronto";
    const auto draft = call_announcement(call, *content(), i18n, "https://pmi.example");
    EXPECT_EQ(draft.topics, (std::vector<std::string>{"calls", "region-latin-america"}));
    EXPECT_EQ(draft.languages.size(), i18n.languages().size());
    const std::string french = draft.body.get("fr");
    EXPECT_NE(french.find("Équipes 2027"), std::string::npos);
    EXPECT_NE(french.find("Bolivie"), std::string::npos);
    EXPECT_NE(french.find("Développement économique local inclusif"), std::string::npos);
    EXPECT_NE(french.find(i18n.date_time_in("fr", kDeadline, "America/Toronto")), std::string::npos);
    EXPECT_NE(french.find("janvier"), std::string::npos) << french;
    EXPECT_NE(draft.body.get("en").find("January"), std::string::npos);
    EXPECT_NE(draft.body.get("en").find("(https://pmi.example/calls/teams-2027)"), std::string::npos);
    EXPECT_EQ(draft.body.get("en").find("More details follow"), std::string::npos) << "the first paragraph only";
    EXPECT_NE(draft.subject.get("fr").find("Équipes 2027"), std::string::npos);
}

TEST(CampaignTemplates, TheDigestHoldsThePostsSinceTheLastOne)
{
    web::I18n i18n;
    auto post = [](std::string slug, Seconds published) {
        site::NewsPost p;
        p.slug = std::move(slug);
        p.title.set("en", "Title of " + p.slug);
        p.summary.set("en", "Summary of " + p.slug);
        p.published_at = published;
        return p;
    };
    const std::vector<site::NewsPost> posts = {post("newest", 5000), post("older", 3000), post("before", 1000)};
    auto draft = news_digest(posts, 2000, 6000, *content(), i18n, "https://pmi.example");
    ASSERT_TRUE(draft.ok());
    EXPECT_EQ(draft->topics, std::vector<std::string>{"news"});
    const std::string body = draft->body.get("es");
    EXPECT_NE(body.find("(https://pmi.example/news/newest)"), std::string::npos);
    EXPECT_NE(body.find("Summary of older"), std::string::npos);
    EXPECT_EQ(body.find("before"), std::string::npos) << "posts of the last digest are not sent again";
    auto empty = news_digest(posts, 5000, 6000, *content(), i18n, "https://pmi.example");
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().field, "kind");
}

}  // namespace
}  // namespace pmi::mailing
