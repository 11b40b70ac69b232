#include "search/search_index.hpp"

#include "calls/call_store.hpp"
#include "directory/directory_store.hpp"
#include "events/event_store.hpp"
#include "library/resource_store.hpp"
#include "networks/network_store.hpp"
#include "search/search_store.hpp"
#include "search/snippet.hpp"
#include "site/site_store.hpp"
#include "stories/story_store.hpp"

namespace pmi::search {

std::vector<SearchDocument> SearchIndex::localized(SearchDocument shape, const LocalizedText& title,
                                                   const std::vector<const LocalizedText*>& body, std::string_view prefix) const
{
    std::vector<SearchDocument> documents;
    for (const auto& language : languages_) {
        SearchDocument document = shape;
        document.language = language;
        document.title = title.empty() ? document.title : title.pick(language).text;
        document.body = std::string(prefix);
        for (const auto* text : body) {
            auto plain = markdown_to_plain(text->pick(language).text);
            if (plain.empty()) continue;
            document.body += (document.body.empty() ? "" : " ") + plain;
        }
        documents.push_back(std::move(document));
    }
    return documents;
}

std::vector<SearchDocument> SearchIndex::documents(const site::NewsPost& post) const
{
    SearchDocument shape{Kind::News, std::to_string(post.id.value), "", "", "", "/news/" + post.slug,
                         post.published_at ? Audience::Public : Audience::Program, {}};
    return localized(shape, post.title, {&post.summary, &post.body});
}

std::vector<SearchDocument> SearchIndex::documents(const site::ContentPage& page) const
{
    return localized({Kind::Page, page.slug, "", "", "", "/pages/" + page.slug, Audience::Public, {}}, page.title, {&page.body});
}

std::vector<SearchDocument> SearchIndex::documents(const calls::Call& call) const
{
    return localized({Kind::Call, std::to_string(call.id.value), "", "", "", "/calls/" + call.slug, Audience::Public, {}}, call.title,
                     {&call.description});
}

std::vector<SearchDocument> SearchIndex::documents(const directory::PartnerGovernment& partner) const
{
    SearchDocument shape{Kind::Partner, partner.key, "", partner.name, "", "/partners/" + partner.key, Audience::Public,
                         partner.organisation};
    return localized(shape, {}, {&partner.description}, partner.region);
}

std::vector<SearchDocument> SearchIndex::documents(const events::Event& event) const
{
    return localized({Kind::Event, std::to_string(event.id.value), "", "", "", "/events/" + std::to_string(event.id.value),
                      event.published ? Audience::Public : Audience::Program, {}},
                     event.title, {&event.description}, event.place);
}

std::vector<SearchDocument> SearchIndex::documents(const networks::NetworkOrganisation& network) const
{
    SearchDocument shape{Kind::Network, network.key, "", network.name, "", "/networks/" + network.key, Audience::Public,
                         network.organisation};
    return localized(shape, {}, {&network.description});
}

std::vector<SearchDocument> SearchIndex::documents(const library::Resource& resource) const
{
    const bool published = resource.status == library::ResourceStatus::Published;
    const Audience audience = !published ? Audience::Program
                              : resource.visibility == library::Visibility::Public ? Audience::Public
                                                                                   : Audience::Members;
    return localized({Kind::Resource, std::to_string(resource.id.value), "", "", "", "/resources/" + std::to_string(resource.id.value),
                      audience, {}},
                     resource.title, {&resource.summary});
}

std::vector<SearchDocument> SearchIndex::documents(const stories::Story& story) const
{
    return localized({Kind::Story, story.slug, "", "", "", "/stories/" + story.slug, Audience::Public, {}}, story.title, {&story.body});
}

void SearchIndex::save(db::Connection& connection, const std::vector<SearchDocument>& documents) const
{
    SearchStore store(connection);
    const Seconds now = clock_.now();
    for (const auto& document : documents) store.save(document, now);
}

std::size_t SearchIndex::rebuild(db::Database& database) const
{
    auto connection = database.acquire();
    db::Transaction transaction(*connection, db::TransactionKind::Write);
    SearchStore(*connection).remove_all();
    std::size_t written = 0;
    auto add = [&](const std::vector<SearchDocument>& documents) {
        save(*connection, documents);
        written += documents.size();
    };
    site::SiteStore site(*connection);
    for (const auto& post : site.news(100000, site::Publish::No)) add(documents(post));
    for (const auto& page : site.pages()) add(documents(page));
    for (const auto& call : calls::CallStore(*connection).list()) add(documents(call));
    for (const auto& partner : directory::DirectoryStore(*connection).all_partners()) add(documents(partner));
    for (const auto& event : events::EventStore(*connection).list(events::Listing::All)) add(documents(event));
    for (const auto& network : networks::NetworkStore(*connection).list()) add(documents(network));
    for (const auto& resource : library::ResourceStore(*connection).all()) add(documents(resource));
    for (const auto& story : stories::StoryStore(*connection).published({}, 100000)) add(documents(story));
    transaction.commit();
    return written;
}

}  // namespace pmi::search
