// The resource library on every backend: officers write and publish resources, files follow
// the upload rules, and a members-only resource never reaches the public: not in the list,
// not in the facet counts, not on its page, not as a file, and not in the site search's hits,
// counts or snippets.
#include <unistd.h>

#include <filesystem>

#include "support/account_fixture.hpp"

#include "library/demo_library.hpp"
#include "library/resource_service.hpp"
#include "search/search_service.hpp"

namespace pmi::library {
namespace {

class ResourceServiceTest : public testing::AccountFixture {
protected:
    ResourceServiceTest()
        : folder(std::filesystem::temp_directory_path() / ("pmi-library-" + std::to_string(::getpid()) + "-" + GetParam())),
          files(folder.string()), index(clock, {"en", "fr", "es"}), resources(*database, clock, files, &index), search(*database)
    {
        officer = actor("officer@example.org", Role::ProgramOfficer, organisation("Program office", accounts::OrganisationKind::ProgramOffice));
        member = actor("staff@segou.example", Role::Partner, organisation("Ségou", accounts::OrganisationKind::PartnerLocalGovernment));
        verified_user("nobody@example.org");
        signed_in_without_role = refreshed("nobody@example.org");
    }
    ~ResourceServiceTest() override { std::filesystem::remove_all(folder); }

    static ResourceEdit edit(const std::string& title, Visibility visibility, std::vector<std::string> areas, std::vector<std::string> countries,
                             const std::string& language = "en")
    {
        ResourceEdit edit;
        edit.kind = ResourceKind::Guide;
        edit.title.set("en", title);
        edit.summary.set("en", "About irrigation cooperatives and " + title);
        edit.areas = std::move(areas);
        edit.countries = std::move(countries);
        edit.document_language = language;
        edit.published_on = "2026-05-01";
        edit.link = "https://example.org/" + std::to_string(title.size());
        edit.visibility = visibility;
        return edit;
    }

    ResourceId published(const ResourceEdit& e, const std::optional<UploadedDocument>& document = std::nullopt)
    {
        auto id = resources.create(officer, e, document);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().field + ": " + id.error().message);
        EXPECT_TRUE(resources.publish(officer, *id).ok());
        return *id;
    }

    static std::int64_t count_of(const std::vector<FacetCount>& counts, const std::string& code)
    {
        for (const auto& count : counts)
            if (count.code == code) return count.count;
        return 0;
    }

    search::SearchResults find(const Actor& reader, const std::string& query)
    {
        return search.search(reader, {query, "en", std::nullopt, 1}).value();
    }

    std::filesystem::path folder;
    files::FileStore files;
    search::SearchIndex index;
    ResourceService resources;
    search::SearchService search;
    Actor officer, member, signed_in_without_role, visitor;
};

TEST_P(ResourceServiceTest, OnlyOfficersWriteAndAuthorisationComesBeforeValidation)
{
    ResourceEdit empty;
    EXPECT_EQ(resources.create(visitor, empty, std::nullopt).error().code, ErrorCode::Unauthenticated);
    EXPECT_EQ(resources.create(member, empty, std::nullopt).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(resources.publish(member, ResourceId{1}).error().code, ErrorCode::Forbidden);
    auto refused = resources.create(officer, empty, std::nullopt);
    ASSERT_FALSE(refused.ok());
    std::vector<std::string> fields;
    for (const auto& error : flatten(refused.error())) fields.push_back(error.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"title_en", "document_language", "published_on", "link"}));

    auto bad = edit("Guide", Visibility::Public, {"fishing"}, {"FR"});
    bad.link = "javascript:alert(1)";
    bad.published_on = "2026-02-30";
    fields.clear();
    for (const auto& error : flatten(resources.create(officer, bad, std::nullopt).error())) fields.push_back(error.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"areas", "countries", "published_on", "link"}));
}

TEST_P(ResourceServiceTest, FilesFollowTheUploadRulesAndMembersOnlyFilesAreHidden)
{
    auto document = edit("Market stalls", Visibility::Members, {"inclusive-led"}, {"BF"});
    document.link.clear();
    auto script = resources.create(officer, document, UploadedDocument{"tool.pdf", "#!/bin/sh\necho hi\n"});
    ASSERT_FALSE(script.ok());
    EXPECT_EQ(script.error().field, "file");
    const std::string pdf = demo_pdf("Market stalls");
    const auto id = published(document, UploadedDocument{"../stalls.pdf", pdf});

    auto download = resources.download(member, id);
    ASSERT_TRUE(download.ok());
    EXPECT_EQ(download->file.content_type, "application/pdf");
    EXPECT_EQ(download->file.name, "stalls.pdf");
    EXPECT_EQ(files.read(download->file.sha256), pdf);
    EXPECT_EQ(resources.download(visitor, id).error().code, ErrorCode::NotFound);
    EXPECT_EQ(resources.download(signed_in_without_role, id).error().code, ErrorCode::NotFound);
    EXPECT_EQ(resources.resource(visitor, id).error().code, ErrorCode::NotFound);

    ASSERT_TRUE(resources.withdraw(officer, id).ok());
    EXPECT_EQ(resources.download(member, id).error().code, ErrorCode::NotFound);
    EXPECT_TRUE(resources.download(officer, id).ok());
    EXPECT_EQ(resources.withdraw(officer, id).error().code, ErrorCode::Conflict);
}

TEST_P(ResourceServiceTest, FacetsCountOnlyWhatTheReaderMaySee)
{
    published(edit("Open guide", Visibility::Public, {"enabling-environment"}, {"BF", "ML"}));
    published(edit("Open report", Visibility::Public, {"trade-regional"}, {"BO"}, "es"));
    published(edit("Secret tool", Visibility::Members, {"enabling-environment", "inclusive-led"}, {"BF"}));
    ASSERT_TRUE(resources.create(officer, edit("Draft guide", Visibility::Public, {"enabling-environment"}, {"BF"}), std::nullopt).ok());

    auto open = resources.list(visitor, {});
    EXPECT_EQ(open.total, 2);
    EXPECT_EQ(count_of(open.areas, "enabling-environment"), 1);
    EXPECT_EQ(count_of(open.areas, "inclusive-led"), 0);
    EXPECT_EQ(count_of(open.countries, "BF"), 1);
    EXPECT_EQ(count_of(open.languages, "en"), 1);
    EXPECT_EQ(count_of(open.kinds, "guide"), 2);
    EXPECT_EQ(resources.list(signed_in_without_role, {}).total, 2);

    auto members = resources.list(member, {});
    EXPECT_EQ(members.total, 3);
    EXPECT_EQ(count_of(members.areas, "enabling-environment"), 2);
    EXPECT_EQ(count_of(members.areas, "inclusive-led"), 1);

    ResourceFilter in_burkina;
    in_burkina.country = "BF";
    auto filtered = resources.list(member, in_burkina);
    EXPECT_EQ(filtered.total, 2);
    EXPECT_EQ(count_of(filtered.countries, "BO"), 1);  // a facet is counted under the other facets only
    EXPECT_EQ(count_of(filtered.languages, "es"), 0);
    in_burkina.area = "inclusive-led";
    ASSERT_EQ(resources.list(member, in_burkina).resources.size(), 1u);
    EXPECT_EQ(resources.list(member, in_burkina).resources[0].title.get("en"), "Secret tool");
    EXPECT_EQ(resources.list(visitor, in_burkina).total, 0);
}

TEST_P(ResourceServiceTest, PagesHoldTwentyNewestFirst)
{
    for (int i = 0; i < 23; ++i) {
        auto e = edit("Guide " + std::to_string(i), Visibility::Public, {}, {});
        e.published_on = "2026-01-" + std::string(i + 1 < 10 ? "0" : "") + std::to_string(i + 1);
        published(e);
    }
    ResourceFilter second;
    second.page = 2;
    auto first = resources.list(visitor, {});
    EXPECT_EQ(first.total, 23);
    ASSERT_EQ(first.resources.size(), static_cast<std::size_t>(kResourcesPerPage));
    EXPECT_EQ(first.resources[0].published_on, "2026-01-23");
    EXPECT_EQ(resources.list(visitor, second).resources.size(), 3u);
}

TEST_P(ResourceServiceTest, TheSearchFindsMembersOnlyResourcesOnlyForMembers)
{
    published(edit("Open irrigation guide", Visibility::Public, {}, {}));
    const auto secret = published(edit("Confidential irrigation budget", Visibility::Members, {}, {}));
    auto draft = resources.create(officer, edit("Unreleased irrigation draft", Visibility::Public, {}, {}), std::nullopt);
    ASSERT_TRUE(draft.ok());

    auto seen = find(visitor, "irrigation");
    EXPECT_EQ(seen.total, 1);
    ASSERT_EQ(seen.groups.size(), 1u);
    EXPECT_EQ(seen.groups[0].kind, search::Kind::Resource);
    EXPECT_EQ(seen.groups[0].total, 1);
    EXPECT_EQ(seen.groups[0].hits[0].title, "Open irrigation guide");
    EXPECT_EQ(find(visitor, "confidential").total, 0);
    EXPECT_TRUE(find(visitor, "confidential").groups.empty());
    EXPECT_EQ(find(signed_in_without_role, "confidential").total, 0);
    EXPECT_EQ(find(member, "irrigation").total, 2);
    EXPECT_EQ(find(member, "confidential").groups[0].hits[0].url, "/resources/" + std::to_string(secret.value));
    EXPECT_EQ(find(officer, "irrigation").total, 3);

    ASSERT_TRUE(resources.withdraw(officer, secret).ok());  // the index follows at once
    EXPECT_EQ(find(member, "confidential").total, 0);
    ASSERT_TRUE(resources.publish(officer, *draft).ok());
    EXPECT_EQ(find(visitor, "unreleased").total, 1);
    EXPECT_EQ(index.rebuild(*database), 9u);  // three resources in three languages
    EXPECT_EQ(find(visitor, "irrigation").total, 2);
    EXPECT_EQ(find(member, "confidential").total, 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, ResourceServiceTest, ::testing::ValuesIn(testing::backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace pmi::library
