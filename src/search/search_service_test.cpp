// Search over the real index on every backend: relevance, accents, the reader's language and
// the permission filter, which must hide what a viewer may not read from hits, counts and
// snippets alike.
#include "support/account_fixture.hpp"

#include "calls/call_service.hpp"
#include "calls/time_zone.hpp"
#include "directory/directory_service.hpp"
#include "search/index_updates.hpp"
#include "search/search_index.hpp"
#include "search/search_service.hpp"
#include "search/search_store.hpp"
#include "site/site_service.hpp"

namespace pmi::search {
namespace {

class SearchServiceTest : public testing::AccountFixture {
protected:
    SearchServiceTest() : index(clock, {"en", "fr", "es"}), search(*database) {}

    void add(Kind kind, const std::string& key, const std::string& title, const std::string& body,
             Audience audience = Audience::Public, OrganisationId owner = {}, const std::string& language = "en")
    {
        auto connection = database->acquire();
        SearchStore(*connection).save({kind, key, language, title, body, "/" + key, audience, owner}, clock.now());
    }

    SearchResults find(const Actor& actor, const std::string& query, std::optional<Kind> only = std::nullopt,
                       const std::string& language = "en")
    {
        auto found = search.search(actor, {query, language, only, 1});
        EXPECT_TRUE(found.ok());
        return found.ok() ? *found : SearchResults{};
    }

    static std::vector<std::string> titles(const SearchResults& results)
    {
        std::vector<std::string> titles;
        for (const auto& group : results.groups)
            for (const auto& hit : group.hits) titles.push_back(hit.title);
        return titles;
    }

    SearchIndex index;
    SearchService search;
    Actor visitor;
};

TEST_P(SearchServiceTest, FindsAccentedWordsWithoutAccentsAndRanksTitlesFirst)
{
    add(Kind::News, "1", "Mission to Côte d'Ivoire", "Teams travel to Abidjan in March.");
    add(Kind::News, "2", "A year of partnerships", "Work went on in Mali, Côte d'Ivoire and Bolivia.");
    add(Kind::Partner, "bouake", "Bouaké", "Gbêkê region, Côte d'Ivoire");
    add(Kind::News, "3", "Budget news", "Nothing about that country.");

    auto results = find(visitor, "Cote d'Ivoire");
    EXPECT_EQ(results.total, 3);
    ASSERT_EQ(results.groups.size(), 2u);
    EXPECT_EQ(results.groups[0].kind, Kind::News);
    EXPECT_EQ(results.groups[0].total, 2);
    EXPECT_EQ(results.groups[0].hits[0].title, "Mission to Côte d'Ivoire");  // title match first
    EXPECT_EQ(results.groups[1].kind, Kind::Partner);
    EXPECT_EQ(find(visitor, "BOUAKE").total, 1);
    EXPECT_EQ(find(visitor, "bolivia mali").total, 1);  // every word must match
    EXPECT_EQ(find(visitor, "bolivia budget").total, 0);
}

TEST_P(SearchServiceTest, SearchesInTheReadersLanguage)
{
    add(Kind::Page, "about", "About the program", "Local economic development", Audience::Public, {}, "en");
    add(Kind::Page, "about", "À propos du programme", "Développement économique local", Audience::Public, {}, "fr");
    EXPECT_EQ(find(visitor, "economique", std::nullopt, "fr").total, 1);
    EXPECT_EQ(find(visitor, "economique", std::nullopt, "en").total, 0);
    EXPECT_EQ(titles(find(visitor, "program", std::nullopt, "en")), (std::vector<std::string>{"About the program"}));
}

TEST_P(SearchServiceTest, MembersOnlyItemsNeverReachThePublicNotEvenInCounts)
{
    auto office = organisation("Program office", accounts::OrganisationKind::ProgramOffice);
    auto town = organisation("Ville de Ségou", accounts::OrganisationKind::PartnerLocalGovernment);
    auto other_town = organisation("Ville de Kayes", accounts::OrganisationKind::PartnerLocalGovernment);
    add(Kind::News, "public", "Irrigation workshop", "Open to everyone.");
    add(Kind::News, "members", "Irrigation budget", "secretword for members", Audience::SignedIn);
    add(Kind::News, "draft", "Irrigation draft", "secretword in a draft", Audience::Program);
    add(Kind::Partner, "segou", "Ségou profile", "secretword of Ségou", Audience::Program, town);

    auto public_results = find(visitor, "irrigation");
    EXPECT_EQ(public_results.total, 1);
    EXPECT_EQ(titles(public_results), (std::vector<std::string>{"Irrigation workshop"}));
    EXPECT_EQ(find(visitor, "secretword").total, 0);
    EXPECT_TRUE(find(visitor, "secretword").groups.empty());

    auto stranger = actor("kayes@example.org", Role::Partner, other_town);
    EXPECT_EQ(find(stranger, "secretword").total, 1);  // signed in: the members' item only
    auto owner = actor("segou@example.org", Role::Partner, town);
    EXPECT_EQ(find(owner, "secretword").total, 2);  // and its own profile
    auto officer = actor("officer@example.org", Role::ProgramOfficer, office);
    EXPECT_EQ(find(officer, "secretword").total, 3);
}

TEST_P(SearchServiceTest, ReaderQueriesCannotUseTheIndexQueryLanguage)
{
    add(Kind::News, "1", "Water", "Clean water for Ouahigouya");
    for (std::string query : {"\"", "water\" OR \"x", "title:water", "water*", "NEAR(water clean)", "-water", "water AND",
                              "'; DROP TABLE search_documents; --", "(((", "water & !clean"})
        EXPECT_TRUE(search.search(visitor, {query, "en", std::nullopt, 1}).ok()) << query;
    EXPECT_EQ(find(visitor, "NEAR(water clean)").total, 0);  // "near" is a word like any other
    EXPECT_EQ(find(visitor, "water AND clean").total, 0);
    EXPECT_EQ(find(visitor, "water clean").total, 1);
    auto too_long = search.search(visitor, {std::string(kMaxQueryBytes + 1, 'a'), "en", std::nullopt, 1});
    ASSERT_FALSE(too_long.ok());
    EXPECT_EQ(too_long.error().field, "q");
    EXPECT_EQ(find(visitor, "   ").total, 0);
}

TEST_P(SearchServiceTest, OneKindIsPagedAndSnippetsMarkTheWords)
{
    for (int i = 0; i < 25; ++i) add(Kind::Call, std::to_string(i), "Call " + std::to_string(i), "Expertise in Nicaragua wanted");
    auto first = find(visitor, "nicaragua", Kind::Call);
    ASSERT_EQ(first.groups.size(), 1u);
    EXPECT_EQ(first.groups[0].total, 25);
    EXPECT_EQ(first.groups[0].hits.size(), static_cast<std::size_t>(kHitsPerPage));
    auto second = search.search(visitor, {"nicaragua", "en", Kind::Call, 2});
    EXPECT_EQ(second->groups[0].hits.size(), 5u);
    auto every_kind = find(visitor, "nicaragua");
    EXPECT_EQ(every_kind.groups[0].hits.size(), static_cast<std::size_t>(kHitsPerGroup));
    const auto& parts = every_kind.groups[0].hits[0].snippet;
    ASSERT_EQ(parts.size(), 3u);
    EXPECT_EQ(parts[1].text, "Nicaragua");
    EXPECT_TRUE(parts[1].matched);
}

TEST_P(SearchServiceTest, NewsEditsKeepTheIndexCurrent)
{
    site::SiteService site(*database, clock, &index);
    auto office = organisation("Program office", accounts::OrganisationKind::ProgramOffice);
    auto officer = actor("officer@example.org", Role::ProgramOfficer, office);
    LocalizedText title, summary, body;
    title.set("en", "Study tour in Vietnam");
    title.set("fr", "Voyage d'étude au Viêt Nam");
    summary.set("en", "Ten municipalities visit Huế.");
    body.set("en", "A **study tour** on tourism.");
    auto id = site.create_news(officer, {"study-tour", title, summary, body, site::Publish::No});
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(find(visitor, "study tour").total, 0);  // a draft
    EXPECT_EQ(find(officer, "study tour").total, 1);
    ASSERT_TRUE(site.update_news(officer, *id, {"study-tour", title, summary, body, site::Publish::Yes}).ok());
    EXPECT_EQ(find(visitor, "hue").total, 1);
    EXPECT_EQ(titles(find(visitor, "viet nam", std::nullopt, "fr")), (std::vector<std::string>{"Voyage d'étude au Viêt Nam"}));
    EXPECT_EQ(find(visitor, "tourism", std::nullopt, "es").total, 1);  // Spanish readers see the English text
    EXPECT_EQ(index.rebuild(*database), 3u);  // one post in three languages
    EXPECT_EQ(find(visitor, "hue").groups[0].hits[0].url, "/news/study-tour");
}

TEST_P(SearchServiceTest, CallEditsKeepTheIndexCurrent)
{
    calls::CallService calls(*database, clock, i18n, "https://pmi.example", &index);
    auto officer = actor("officer@example.org", Role::ProgramOfficer, organisation("Office", accounts::OrganisationKind::ProgramOffice));
    calls::Call call;
    call.slug = "water-2027";
    call.title.set("en", "Water partnerships 2027");
    call.description.set("en", "Teams with **irrigation** expertise.");
    call.time_zone = "America/Toronto";
    call.opens_at = calls::local_to_utc("2026-11-15T09:00", call.time_zone, "opens").value();
    call.deadline_at = call.opens_at + 60 * 86400;
    call.review_due_at = call.deadline_at + 30 * 86400;
    call.criteria.push_back({{}, {}, 1, 5});
    call.criteria[0].name.set("en", "Expertise");
    call.id = calls.save_call(officer, call).value();
    EXPECT_EQ(titles(find(visitor, "irrigation")), (std::vector<std::string>{"Water partnerships 2027"}));

    call.title.set("en", "Sanitation partnerships 2027");
    call.description.set("en", "Teams with waste collection expertise.");
    ASSERT_TRUE(calls.save_call(officer, call).ok());
    EXPECT_EQ(find(visitor, "irrigation").total, 0);  // without a reindex
    auto found = find(visitor, "waste collection");
    ASSERT_EQ(titles(found), (std::vector<std::string>{"Sanitation partnerships 2027"}));
    EXPECT_EQ(found.groups[0].hits[0].url, "/calls/water-2027");
}

TEST_P(SearchServiceTest, PartnerProfileSavesImportsAndRemovalsKeepTheIndexCurrent)
{
    directory::DirectoryService directory(*database, clock, &index);
    auto officer = actor("officer@example.org", Role::ProgramOfficer, organisation("Office", accounts::OrganisationKind::ProgramOffice));
    auto reo_office = organisation("Commune de Réo", accounts::OrganisationKind::PartnerLocalGovernment);
    auto reo_staff = actor("reo@example.org", Role::Partner, reo_office);
    directory::PartnerGovernment reo;
    reo.key = "bf-reo", reo.name = "Réo", reo.country = "BF", reo.region = "Centre-Ouest", reo.population = 37'000;
    reo.languages = {"fr"}, reo.wanted_partners = 1, reo.organisation = reo_office;
    reo.description.set("en", "Market gardening along the river.");
    reo.id = directory.save_partner(officer, reo).value();
    EXPECT_EQ(titles(find(visitor, "gardening")), (std::vector<std::string>{"Réo"}));

    reo.description.set("en", "A new bus station and its revenue.");  // the commune's own staff edit their profile
    ASSERT_TRUE(directory.save_partner(reo_staff, reo).ok());
    EXPECT_EQ(find(visitor, "gardening").total, 0);
    EXPECT_EQ(find(visitor, "bus station").total, 1);

    const std::string file = "key,name,country,region,level,population,languages,need_enabling_environment,need_inclusive_led,need_trade_regional,wanted_partners\n"
                             "bf-koudougou,Koudougou,BF,Boulkiemde,commune,160000,fr,2,3,2,2\n";
    ASSERT_TRUE(directory.import_partners(officer, csv::Table::read(file).value(), directory::ImportMode::AddNewOnly,
                                          directory::WhenProblems::WriteNothing)->written);
    EXPECT_EQ(titles(find(visitor, "boulkiemde")), (std::vector<std::string>{"Koudougou"}));

    ASSERT_TRUE(directory.remove_partner(officer, "bf-reo").ok());
    EXPECT_EQ(find(visitor, "bus station").total, 0);
    EXPECT_EQ(find(officer, "reo").total, 0);
}

TEST_P(SearchServiceTest, AnEmptyIndexIsFilledOnceAndAFilledOneIsLeftAlone)
{
    site::SiteService site(*database, clock);  // content written without the index
    auto officer = actor("officer@example.org", Role::ProgramOfficer, organisation("Office", accounts::OrganisationKind::ProgramOffice));
    LocalizedText title, summary, body;
    title.set("en", "Solar pumps in Kampot");
    ASSERT_TRUE(site.create_news(officer, {"solar-pumps", title, summary, body, site::Publish::Yes}).ok());
    EXPECT_EQ(find(visitor, "solar").total, 0);
    EXPECT_EQ(fill_when_empty(index, *database), 3u);  // one post in three languages
    EXPECT_EQ(find(visitor, "solar").total, 1);
    EXPECT_EQ(fill_when_empty(index, *database), 0u);
}

INSTANTIATE_TEST_SUITE_P(Backends, SearchServiceTest, ::testing::ValuesIn(testing::backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace pmi::search
