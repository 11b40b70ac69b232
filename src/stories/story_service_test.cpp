// Stories on every backend: who writes, who decides (never the author), which decision each
// state allows, refused texts and photos that write nothing, search on publishing and
// unpublishing, the public's view, and the audit log.
#include "support/partnership_fixture.hpp"

#include <unistd.h>

#include <filesystem>

#include "files/photo.hpp"
#include "partnerships/rules.hpp"
#include "results/results_service.hpp"
#include "search/search_service.hpp"
#include "stories/story_service.hpp"

namespace pmi::stories {
namespace {

using partnerships::PartnershipId;

class StoryServiceTest : public partnerships::PartnershipFixture {
protected:
    StoryServiceTest()
        : folder(std::filesystem::temp_directory_path() / ("pmi-stories-" + std::to_string(::getpid()) + "-" + GetParam())),
          files(folder.string()),
          search_index(clock, {"en", "fr", "es"}),
          stories(*database, clock, files, {"en", "fr", "es"}, &search_index),
          results(*database, clock)
    {
        second_officer = actor("second-officer@example.org", Role::ProgramOfficer, office);
        reo = partnership("2026-04-01", "2029-03-31");
    }
    ~StoryServiceTest() override { std::filesystem::remove_all(folder); }

    static StoryInput market_story()
    {
        StoryInput in;
        in.title = {{"en", "Réo's market opens at dawn"}, {"fr", "Le marché de Réo ouvre à l'aube"}};
        in.body = {{"en", "Forty **stallholders** moved into the new covered market."}, {"fr", "Quarante marchandes ont emménagé."}};
        return in;
    }

    static PhotoInput described(std::string_view data)
    {
        return {{{"en", "Stallholders under the new roof"}, {"fr", "Des marchandes sous le nouveau toit"}}, {{"en", "Opening day"}}, data};
    }

    static std::string photo(int width, int height)
    {
        files::Pixels pixels{width, height, std::vector<std::uint8_t>(static_cast<std::size_t>(width) * height * 3, 120)};
        return files::encode_jpeg(pixels, 80);
    }

    std::string draft(const Actor& author)
    {
        auto slug = stories.create(author, reo, market_story());
        EXPECT_TRUE(slug.ok()) << (slug.ok() ? "" : slug.error().field + " " + slug.error().message);
        return slug.ok() ? *slug : "";
    }

    std::int64_t found(const std::string& words)
    {
        search::SearchService search(*database);
        search::SearchRequest request;
        request.query = words;
        request.language = "en";
        return search.search(visitor, request)->total;
    }

    std::filesystem::path folder;
    files::FileStore files;
    search::SearchIndex search_index;
    StoryService stories;
    results::ResultsService results;
    Actor second_officer;
    PartnershipId reo;
};

TEST_P(StoryServiceTest, StaffDraftAnOfficerWhoIsNotTheAuthorApprovesAndPublishes)
{
    const auto slug = draft(reo_staff);
    EXPECT_EQ(slug, "reo-s-market-opens-at-dawn");
    EXPECT_EQ(draft(town_staff), "reo-s-market-opens-at-dawn-2");
    ASSERT_TRUE(stories.add_photo(reo_staff, slug, described(photo(1200, 900))).ok());
    EXPECT_EQ(stories.story(visitor, slug).error().code, ErrorCode::NotFound);
    ASSERT_TRUE(stories.submit(reo_staff, slug).ok());
    EXPECT_EQ(stories.update(reo_staff, slug, market_story()).error().code, ErrorCode::Conflict);

    EXPECT_EQ(stories.decide(reo_staff, slug, StoryDecision::Approve, "").error().code, ErrorCode::Forbidden);
    EXPECT_EQ(stories.decide(visitor, slug, StoryDecision::Approve, "").error().code, ErrorCode::Unauthenticated);
    EXPECT_EQ(stories.decide(officer, slug, StoryDecision::Publish, "").error().code, ErrorCode::Conflict);
    ASSERT_TRUE(stories.decide(officer, slug, StoryDecision::Approve, "").ok());
    EXPECT_EQ(found("stallholders"), 0);
    ASSERT_TRUE(stories.decide(officer, slug, StoryDecision::Publish, "").ok());

    auto seen = stories.story(visitor, slug).value();
    EXPECT_EQ(seen.story.status, StoryStatus::Published);
    EXPECT_EQ(seen.story.approved_by, officer.name);
    EXPECT_EQ(seen.partnership.contact_email, "");
    ASSERT_EQ(seen.story.photos.size(), 1u);
    ASSERT_EQ(seen.story.photos[0].sizes.size(), 3u);
    EXPECT_EQ(seen.story.photos[0].sizes[0].width, 480);
    EXPECT_EQ(seen.story.photos[0].sizes[2].height, 900);  // 1200 wide: its own size, not 1600
    EXPECT_EQ(stories.published(reo).size(), 1u);
    EXPECT_EQ(stories.photo_file(visitor, slug, seen.story.photos[0].id, 480)->published, true);
    EXPECT_EQ(stories.photo_file(visitor, slug, seen.story.photos[0].id, 500).error().code, ErrorCode::NotFound);
    EXPECT_EQ(found("stallholders"), 1);

    ASSERT_TRUE(stories.decide(officer, slug, StoryDecision::Unpublish, "").ok());
    EXPECT_EQ(found("stallholders"), 0);
    EXPECT_EQ(stories.story(visitor, slug).error().code, ErrorCode::NotFound);
    EXPECT_TRUE(stories.published().empty());
    EXPECT_EQ(audited("story."), (std::vector<std::string>{"story.create", "story.create", "story.photo.add", "story.submit", "story.approve",
                                                           "story.publish", "story.unpublish"}));
}

TEST_P(StoryServiceTest, TheAuthorNeverApprovesEvenAsAnOfficer)
{
    const auto slug = draft(officer);
    ASSERT_TRUE(stories.submit(officer, slug).ok());
    EXPECT_EQ(stories.decide(officer, slug, StoryDecision::Approve, "").error().code, ErrorCode::Forbidden);
    EXPECT_TRUE(stories.decide(second_officer, slug, StoryDecision::Approve, "").ok());
}

TEST_P(StoryServiceTest, AReturnedStoryIsADraftAgainWithTheReason)
{
    const auto slug = draft(reo_staff);
    ASSERT_TRUE(stories.submit(reo_staff, slug).ok());
    EXPECT_EQ(stories.decide(officer, slug, StoryDecision::Return, "  ").error().field, "reason");
    ASSERT_TRUE(stories.decide(officer, slug, StoryDecision::Return, "Name the stallholders' association.").ok());
    auto returned = stories.story(reo_staff, slug).value().story;
    EXPECT_EQ(returned.status, StoryStatus::Draft);
    EXPECT_EQ(returned.return_reason, "Name the stallholders' association.");
    ASSERT_TRUE(stories.update(reo_staff, slug, market_story()).ok());
    ASSERT_TRUE(stories.submit(reo_staff, slug).ok());
    EXPECT_EQ(stories.story(reo_staff, slug)->story.return_reason, "");
    EXPECT_EQ(stories.awaiting_decision(officer)->size(), 1u);
    EXPECT_EQ(stories.awaiting_decision(reo_staff).error().code, ErrorCode::Forbidden);
}

TEST_P(StoryServiceTest, OnlyThePartnershipsStaffAndOfficersWriteAndReadDrafts)
{
    EXPECT_EQ(stories.create(other_staff, reo, market_story()).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(stories.create(visitor, reo, market_story()).error().code, ErrorCode::Unauthenticated);
    const auto slug = draft(town_staff);
    EXPECT_EQ(stories.story(other_staff, slug).error().code, ErrorCode::NotFound);
    EXPECT_EQ(stories.update(other_staff, slug, market_story()).error().code, ErrorCode::NotFound);
    EXPECT_EQ(stories.may_add_photo(other_staff, slug).error().code, ErrorCode::NotFound);
    EXPECT_EQ(stories.of_partnership(other_staff, reo).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(stories.of_partnership(reo_staff, reo)->stories.size(), 1u);
    // Forbidden before any check of the texts: a refused writer learns nothing of the rules.
    EXPECT_EQ(stories.create(other_staff, reo, StoryInput{}).error().code, ErrorCode::Forbidden);
    const auto hidden = partnership("2026-04-01", "2029-03-31", false, "bf-koudougou");
    EXPECT_EQ(stories.create(other_staff, hidden, market_story()).error().code, ErrorCode::NotFound);
}

TEST_P(StoryServiceTest, RefusedTextsAndPhotosWriteNothing)
{
    StoryInput untitled;
    untitled.body = {{"en", "A story without a title."}};
    auto refused = stories.create(reo_staff, reo, untitled);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, "title_en");
    StoryInput foreign = market_story();
    foreign.title["de"] = "Markt";
    EXPECT_EQ(stories.create(reo_staff, reo, foreign).error().field, "title_de");
    StoryInput unknown_indicator = market_story();
    unknown_indicator.indicators = {"999999"};
    EXPECT_EQ(stories.create(reo_staff, reo, unknown_indicator).error().field, "indicators");
    StoryInput long_title = market_story();
    long_title.title["en"] = std::string(kMaxTitleBytes + 1, 'a');
    EXPECT_EQ(stories.create(reo_staff, reo, long_title).error().field, "title_en");
    EXPECT_EQ(count("stories"), 0);

    const auto slug = draft(reo_staff);
    PhotoInput no_french = described(photo(600, 400));
    no_french.alt.erase("fr");
    EXPECT_EQ(stories.add_photo(reo_staff, slug, no_french).error().field, "alt_fr");
    EXPECT_EQ(stories.add_photo(reo_staff, slug, described("Minutes of the market committee")).error().field, "photo");
    EXPECT_EQ(count("story_photos"), 0);
    EXPECT_TRUE(!std::filesystem::exists(folder) || std::filesystem::is_empty(folder));
}

TEST_P(StoryServiceTest, LinksTheIndicatorsWhoseResultsItTellsOf)
{
    ASSERT_TRUE(results.save_node(officer, {"", "ultimate", "1000", "", {{"en", "Local economies grow."}}}).ok());
    ASSERT_TRUE(results.save_node(officer, {"1000", "intermediate", "1200", "inclusive-led", {{"en", "Women and youth find work."}}}).ok());
    results::IndicatorInput in;
    in.node = "1200", in.code = "1200.1", in.unit = "number", in.direction = "higher", in.aggregation = "sum", in.disaggregation = "none";
    in.frequency = "annual", in.name = {{"en", "Women running a business"}}, in.baseline = "0";
    const auto indicator = results.save_indicator(officer, in).value();
    StoryInput linked = market_story();
    linked.indicators = {std::to_string(indicator.value), std::to_string(indicator.value)};
    const auto slug = stories.create(reo_staff, reo, linked).value();
    auto story = stories.story(reo_staff, slug)->story;
    ASSERT_EQ(story.indicators.size(), 1u);
    EXPECT_EQ(story.indicators[0].code, "1200.1");
    EXPECT_EQ(story.indicators[0].name.get("en"), "Women running a business");
}

TEST_P(StoryServiceTest, PublishesOnlyStoriesOfAPublishedPartnership)
{
    const auto hidden = partnership("2026-04-01", "2029-03-31", false, "bf-koudougou");
    const auto slug = stories.create(officer, hidden, market_story()).value();
    ASSERT_TRUE(stories.submit(officer, slug).ok());
    ASSERT_TRUE(stories.decide(second_officer, slug, StoryDecision::Approve, "").ok());
    auto refused = stories.decide(second_officer, slug, StoryDecision::Publish, "");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
}

TEST_P(StoryServiceTest, WithdrawingThePartnershipTakesItsStoriesOutOfSearchUntilItIsPublishedAgain)
{
    const auto slug = draft(reo_staff);
    ASSERT_TRUE(stories.submit(reo_staff, slug).ok());
    ASSERT_TRUE(stories.decide(officer, slug, StoryDecision::Approve, "").ok());
    ASSERT_TRUE(stories.decide(officer, slug, StoryDecision::Publish, "").ok());
    ASSERT_EQ(found("stallholders"), 1);

    partnerships::PartnershipService indexed(*database, clock, &search_index);
    auto in = partnerships::input_of(indexed.find(officer, reo)->partnership);
    in.published = false;
    ASSERT_TRUE(indexed.update(officer, reo, in).ok());
    EXPECT_EQ(found("stallholders"), 0);
    EXPECT_EQ(stories.story(visitor, slug).error().code, ErrorCode::NotFound);

    in.published = true;
    ASSERT_TRUE(indexed.update(officer, reo, in).ok());
    EXPECT_EQ(found("stallholders"), 1);
    EXPECT_EQ(stories.story(visitor, slug)->story.status, StoryStatus::Published);
}

INSTANTIATE_TEST_SUITE_P(Backends, StoryServiceTest, ::testing::ValuesIn(testing::backends()), [](const auto& info) { return info.param; });

}  // namespace
}  // namespace pmi::stories
