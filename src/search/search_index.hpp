#pragma once
// Keeps the search index current: the documents each kind of content gives, written when the
// content is saved (in the transaction of the save) and all rebuilt by `pmi search reindex`.
// One document per language the site serves, each with the text the reader of that language
// sees (the language's version, or the fallback the pages show).
#include <string>
#include <vector>

#include "calls/call.hpp"
#include "core/clock.hpp"
#include "db/database.hpp"
#include "directory/directory.hpp"
#include "events/event.hpp"
#include "library/resource.hpp"
#include "networks/network.hpp"
#include "search/search.hpp"
#include "site/content.hpp"
#include "stories/story.hpp"

namespace pmi::search {

class SearchIndex {
public:
    SearchIndex(const Clock& clock, std::vector<std::string> languages) : clock_(clock), languages_(std::move(languages)) {}

    std::vector<SearchDocument> documents(const site::NewsPost& post) const;
    std::vector<SearchDocument> documents(const site::ContentPage& page) const;
    std::vector<SearchDocument> documents(const calls::Call& call) const;
    std::vector<SearchDocument> documents(const directory::PartnerGovernment& partner) const;
    std::vector<SearchDocument> documents(const events::Event& event) const;
    std::vector<SearchDocument> documents(const networks::NetworkOrganisation& network) const;
    // Published resources reach their readers (everyone, or the program's members); drafts and
    // withdrawn ones only the office.
    std::vector<SearchDocument> documents(const library::Resource& resource) const;
    std::vector<SearchDocument> documents(const stories::Story& story) const;

    // Writes the documents on `connection`, replacing the object's earlier ones.
    void save(db::Connection& connection, const std::vector<SearchDocument>& documents) const;

    // Empties the index and indexes every news post, page, call, partner profile, event, network, resource and
    // published story again,
    // in one transaction; returns the number of documents written.
    std::size_t rebuild(db::Database& database) const;

private:
    // One document per language from the texts of `title` and `body` in that language.
    std::vector<SearchDocument> localized(SearchDocument shape, const LocalizedText& title, const std::vector<const LocalizedText*>& body,
                                          std::string_view prefix = "") const;

    const Clock& clock_;
    std::vector<std::string> languages_;
};

}  // namespace pmi::search
