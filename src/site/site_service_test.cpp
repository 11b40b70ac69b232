// The site's content cache on every backend: an edit shows on the next read in the same
// process at once, and in another process (a second SiteService on the same database) after
// its once-a-second check, including writers that bypass SiteService such as `pmi demo`.
#include "support/account_fixture.hpp"

#include <thread>

#include "accounts/organisation_store.hpp"
#include "site/site_service.hpp"
#include "site/site_store.hpp"

namespace pmi::site {
namespace {

using testing::kPassword;

LocalizedText english(const std::string& text)
{
    LocalizedText localized;
    localized.set("en", text);
    return localized;
}

NewsEdit news_edit(const std::string& slug, const std::string& title, Publish publish = Publish::Yes)
{
    return NewsEdit{slug, english(title), english(title + " in short"), english(title + ", the whole story"), publish};
}

class SiteServiceTest : public testing::AccountFixture {
protected:
    SiteServiceTest() : site(*database, clock), other_process(*database, clock)
    {
        auto office = organisation();
        EXPECT_TRUE(service.ensure_user({"Officer", "officer@example.org", kPassword, "en"}, Role::ProgramOfficer, office).ok());
        officer = service.resolve(service.sign_in("officer@example.org", kPassword).value().session_id)->actor;
        load_program("Partnerships for Municipal Innovation");
    }

    OrganisationId organisation()
    {
        auto connection = database->acquire();
        return accounts::OrganisationStore(*connection)
            .insert({OrganisationId{}, accounts::OrganisationKind::ProgramOffice, "Office", "CA", "ON"}, 0);
    }

    // Writes the way `pmi demo` does: straight through the store, without SiteService.
    void load_program(const std::string& name)
    {
        auto connection = database->acquire();
        SiteStore store(*connection);
        Program program;
        program.name = english(name);
        program.updated_at = clock.now();
        store.save_program(program);
        store.save_region({"africa", english("Africa"), 1});
        store.save_country({"SN", "africa", {"fr"}, english("Senegal"), english("Senegal in short"),
                            english("Senegal, the whole story"), 1, clock.now()});
        store.save_area({"governance", 1, english("Governance"), english("In short"), english("Whole"), clock.now()});
    }

    std::vector<std::string> titles(SiteService& service_of_process, int limit = 50)
    {
        std::vector<std::string> titles;
        for (const auto& post : service_of_process.news(limit)) titles.push_back(post.title.get("en"));
        return titles;
    }

    SiteService site;
    SiteService other_process;
    Actor officer;
    Actor visitor;
};

TEST_P(SiteServiceTest, AnEditShowsOnTheNextReadOfTheSameProcess)
{
    ASSERT_EQ(site.home().value()->program->name.get("en"), "Partnerships for Municipal Innovation");
    EXPECT_EQ(site.page("about").error().code, ErrorCode::NotFound);
    EXPECT_TRUE(titles(site).empty());

    ASSERT_TRUE(site.edit_page(officer, "about", {english("About us"), english("Who we are")}).ok());
    EXPECT_EQ(site.page("about")->title.get("en"), "About us");
    ASSERT_TRUE(site.edit_page(officer, "about", {english("About the program"), english("Who we are")}).ok());
    EXPECT_EQ(site.content()->page("about")->title.get("en"), "About the program");

    auto id = site.create_news(officer, news_edit("first", "First post"));
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(titles(site), std::vector<std::string>{"First post"});
    EXPECT_EQ(site.news_post(visitor, "first").value()->body.get("en"), "First post, the whole story");

    ASSERT_TRUE(site.update_news(officer, *id, news_edit("first", "First post, edited")).ok());
    EXPECT_EQ(titles(site), std::vector<std::string>{"First post, edited"});
    EXPECT_EQ(site.news_post(visitor, "first").value()->body.get("en"), "First post, edited, the whole story");

    // Back to a draft: gone from the public list and from visitors, still there for officers.
    ASSERT_TRUE(site.update_news(officer, *id, news_edit("first", "First post", Publish::No)).ok());
    EXPECT_TRUE(titles(site).empty());
    EXPECT_EQ(site.news_post(visitor, "first").error().code, ErrorCode::NotFound);
    EXPECT_FALSE(site.news_post(officer, "first").value()->published_at.has_value());
    EXPECT_EQ(site.news_for_editing(officer).size(), 1u);
}

TEST_P(SiteServiceTest, AnotherProcessSeesAnEditAtItsNextCheck)
{
    auto first = site.create_news(officer, news_edit("first", "First, draft title"));
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(titles(other_process), std::vector<std::string>{"First, draft title"});
    // An edit in the same second changes no id and no newest updated_at: only the
    // content_version counter tells the other process.
    ASSERT_TRUE(site.update_news(officer, *first, news_edit("first", "First post")).ok());
    clock.advance(1);
    EXPECT_EQ(titles(other_process), std::vector<std::string>{"First post"});
    ASSERT_EQ(other_process.news_post(visitor, "first").value()->title.get("en"), "First post");

    auto second = site.create_news(officer, news_edit("second", "Second post"));
    ASSERT_TRUE(second.ok());
    ASSERT_TRUE(site.edit_page(officer, "about", {english("About us"), english("Who we are")}).ok());
    ASSERT_TRUE(site.update_news(officer, *first, news_edit("first", "First, edited")).ok());
    // Within the same second the other process answers from memory, without a query...
    EXPECT_EQ(titles(other_process), std::vector<std::string>{"First post"});
    // ...and from the next second on it has checked the version and read again.
    clock.advance(1);
    EXPECT_EQ(titles(other_process), (std::vector<std::string>{"Second post", "First, edited"}));
    EXPECT_EQ(other_process.page("about")->title.get("en"), "About us");
    EXPECT_EQ(other_process.news_post(visitor, "first").value()->title.get("en"), "First, edited");

    ASSERT_TRUE(site.update_news(officer, *second, news_edit("second", "Second post", Publish::No)).ok());
    clock.advance(1);
    EXPECT_EQ(titles(other_process), std::vector<std::string>{"First, edited"});
    EXPECT_EQ(other_process.news_post(visitor, "second").error().code, ErrorCode::NotFound);
}

TEST_P(SiteServiceTest, WritersThatBypassTheServiceAreNoticedToo)
{
    EXPECT_EQ(other_process.countries().countries.size(), 1u);
    {
        // As `pmi demo` or the benchmark's seeding do: no content_version bump.
        auto connection = database->acquire();
        SiteStore store(*connection);
        store.save_country({"VN", "africa", {"vi"}, english("Vietnam"), english("In short"), english("Whole"), 2,
                            clock.now() + 1});
        store.insert_news(news_edit("imported", "Imported post"), clock.now() - 86400, clock.now() - 86400, std::nullopt);
    }
    clock.advance(1);
    EXPECT_EQ(other_process.countries().countries.size(), 2u);
    EXPECT_EQ(other_process.country("VN")->name.get("en"), "Vietnam");
    EXPECT_EQ(titles(other_process), std::vector<std::string>{"Imported post"});

    load_program("PMI, renamed");  // the program's updated_at moves on
    clock.advance(1);
    EXPECT_EQ(other_process.program()->name.get("en"), "PMI, renamed");
}

TEST_P(SiteServiceTest, TheProgramMissingIsNoticedOnceItIsLoaded)
{
    {
        auto connection = database->acquire();
        connection->execute("DELETE FROM program");
    }
    SiteService fresh(*database, clock);
    EXPECT_EQ(fresh.home().error().code, ErrorCode::NotFound);
    load_program("Loaded later");
    clock.advance(1);
    EXPECT_EQ(fresh.home().value()->program->name.get("en"), "Loaded later");
}

TEST_P(SiteServiceTest, ListsShowPublishedPostsNewestFirstWithoutBodies)
{
    // Two posts published in the same second: the later id comes first.
    ASSERT_TRUE(site.create_news(officer, news_edit("a", "A")).ok());
    ASSERT_TRUE(site.create_news(officer, news_edit("b", "B")).ok());
    clock.advance(60);
    ASSERT_TRUE(site.create_news(officer, news_edit("draft", "Draft", Publish::No)).ok());
    ASSERT_TRUE(site.create_news(officer, news_edit("c", "C")).ok());
    EXPECT_EQ(titles(site), (std::vector<std::string>{"C", "B", "A"}));
    EXPECT_EQ(titles(site, 2), (std::vector<std::string>{"C", "B"}));
    EXPECT_EQ(titles(site, 500), (std::vector<std::string>{"C", "B", "A"})) << "beyond the cached length";
    for (const auto& post : site.news(50)) {
        EXPECT_TRUE(post.body.empty()) << "a list shows no body";
        EXPECT_EQ(post.summary.get("en"), post.title.get("en") + " in short");
    }
    // The manage list has the draft too, and the bodies (it shows their languages).
    std::vector<std::string> managed;
    for (const auto& post : site.news_for_editing(officer)) {
        managed.push_back(post.slug);
        EXPECT_FALSE(post.body.empty());
    }
    EXPECT_EQ(managed, (std::vector<std::string>{"c", "draft", "b", "a"}));
}

TEST_P(SiteServiceTest, ReadersOnSeveralThreadsWhileEditsLand)
{
    std::atomic<bool> stop = false;
    std::atomic<int> reads = 0;
    std::vector<std::thread> readers;
    for (int t = 0; t < 3; ++t)
        readers.emplace_back([&] {
            while (!stop) {
                auto content = other_process.content();
                EXPECT_TRUE(content->program.has_value());
                for (const auto& post : content->latest_news) EXPECT_FALSE(post.title.empty());
                (void)other_process.news_post(visitor, "post-1");
                ++reads;
            }
        });
    for (int i = 1; i <= 10; ++i) {
        ASSERT_TRUE(site.create_news(officer, news_edit("post-" + std::to_string(i), "Post " + std::to_string(i))).ok());
        clock.advance(1);
    }
    while (reads < 100) std::this_thread::yield();
    stop = true;
    for (auto& reader : readers) reader.join();
    clock.advance(1);
    EXPECT_EQ(other_process.news(50).size(), 10u);
    EXPECT_EQ(other_process.news(50).front().title.get("en"), "Post 10");
}

INSTANTIATE_TEST_SUITE_P(Backends, SiteServiceTest, ::testing::ValuesIn(testing::backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace pmi::site
